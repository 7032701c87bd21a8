package org.createyourresume.importer.linkedin;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.createyourresume.importer.mapping.Places;
import org.createyourresume.importer.mapping.Profiles;
import org.createyourresume.model.Basics;
import org.createyourresume.model.Location;
import org.createyourresume.model.Profile;
import org.createyourresume.model.WebLink;

/**
 * {@code basics} from Profile.csv (name, headline, summary, location, websites, Twitter),
 * Email Addresses.csv (the primary address) and PhoneNumbers.csv (a mobile number first).
 */
final class BasicsMapping {

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");

  /** "PERSONAL:https://…" in the Websites list: the kind LinkedIn gives a site, then its address. */
  private static final Pattern TYPED_SITE = Pattern.compile("([A-Za-z_ ]{2,30}):(?!//)\\s*(\\S.*)");

  /** A comma that starts another site in the Websites list (addresses may hold commas). */
  private static final Pattern SITE_BREAK =
      Pattern.compile(",(?=\\s*(?:[A-Za-z_ ]{2,30}:(?!//))?\\s*(?:https?://|www\\.))");

  private BasicsMapping() {}

  /** The basics, or {@code null} when the export says nothing about the person. */
  static Basics read(
      CsvTable profile, CsvTable emails, CsvTable phones, TextBudget budget, Notes notes) {
    String name = null;
    String label = null;
    String summary = null;
    Location location = null;
    String url = null;
    List<Profile> profiles = new ArrayList<>();
    if (profile != null && !profile.rows().isEmpty()) {
      RowReader row = new RowReader(profile, profile.rows().get(0));
      String first = row.line(Column.FIRST_NAME, "name");
      String last = row.line(Column.LAST_NAME, "name");
      name = first == null ? last : last == null ? first : first + " " + last;
      String maiden = row.line(Column.MAIDEN_NAME, "name");
      if (maiden != null) {
        row.note("name", "linkedin.maiden-name", row.where(Column.MAIDEN_NAME) + ": “" + maiden
            + "” was not added to your name; add it if your resume should show it");
      }
      label = row.line(Column.HEADLINE, "label");
      String industry = row.line(Column.INDUSTRY, "label");
      if (label == null && industry != null) {
        label = industry;
        row.note("label", "linkedin.industry", row.where() + ": no headline, so your industry, “"
            + industry + "”, became the line under your name");
      }
      summary = row.text(Column.SUMMARY, "summary");
      location = location(row);
      for (String site : sites(row.line(Column.WEBSITES, "url"))) {
        url = site(site, url, profiles, row);
      }
      String linkedIn = row.line(Column.PROFILE_URL, "profiles");
      if (linkedIn != null) {
        addProfile(linkedIn, "LinkedIn", profiles, row, Column.PROFILE_URL);
      }
      twitter(row.line(Column.TWITTER, "profiles"), profiles);
      if (budget.take(row.characters())) {
        for (RowReader.Note note : row.notes()) {
          notes.add(note.code(), "/basics/" + note.field(), note.message());
        }
      } else {
        notes.add("linkedin.too-long", "/basics", profile.fileName()
            + " holds more text than a resume; it was left out");
        name = null;
        label = null;
        summary = null;
        location = null;
        url = null;
        profiles.clear();
      }
    }
    if (name == null) {
      notes.add("linkedin.no-name", "/basics/name", "the export has no name"
          + (profile == null ? " (no Profile.csv)" : "") + "; add yours, it is the first line of a"
          + " resume");
    }
    String email = email(emails, budget, notes);
    String phone = phone(phones, budget, notes);
    if (name == null && label == null && summary == null && location == null && url == null
        && profiles.isEmpty() && email == null && phone == null) {
      return null;
    }
    return new Basics(
        name, label, null, email, phone, url, summary, location,
        profiles.isEmpty() ? null : profiles, null);
  }

  /** "Berlin, Berlin, Germany" or "Greater Seattle Area", with the zip code and address. */
  private static Location location(RowReader row) {
    Location place = Places.parse(row.line(Column.GEO_LOCATION, "location/city"));
    String postalCode = row.line(Column.ZIP_CODE, "location/postalCode");
    String address = row.line(Column.ADDRESS, "location/address");
    if (place == null && postalCode == null && address == null) {
      return null;
    }
    return place == null
        ? new Location(address, postalCode, null, null, null, null)
        : new Location(address, postalCode, place.city(), place.countryCode(), place.region(), null);
  }

  /** The Websites cell, "[PERSONAL:https://a.dev,COMPANY:https://b.com]", as its sites. */
  private static List<String> sites(String cell) {
    if (cell == null) {
      return List.of();
    }
    String list = cell.strip().replaceFirst("^\\[", "").replaceFirst("]$", "");
    List<String> sites = new ArrayList<>();
    for (String site : SITE_BREAK.split(list)) {
      if (!site.isBlank()) {
        sites.add(site.strip());
      }
    }
    return sites;
  }

  /**
   * One site of the Websites list: the resume's own web address when it is the first personal
   * site, a profile otherwise (networks by their name, other sites by LinkedIn's kind).
   *
   * @param url the resume's web address so far, or {@code null}
   * @return the resume's web address after this site
   */
  private static String site(String site, String url, List<Profile> profiles, RowReader row) {
    Matcher typed = TYPED_SITE.matcher(site);
    String kind = typed.matches() ? typed.group(1).strip().toUpperCase(Locale.ROOT) : "OTHER";
    String address = typed.matches() ? typed.group(2).strip() : site;
    String href = link(address);
    if (href == null) {
      row.note("url", "linkedin.url", row.where(Column.WEBSITES) + ": “" + RowReader.shorten(address)
          + "” is not a web address; it was left out");
      return url;
    }
    String network = Profiles.network(href);
    if (url == null && network == null && !kind.equals("COMPANY") && !kind.equals("RSS")) {
      return href;
    }
    if (network != null) {
      profiles.add(Profiles.fromLink(href, network));
      return url;
    }
    String label = switch (kind) {
      case "COMPANY" -> "Company";
      case "BLOG" -> "Blog";
      case "RSS" -> "RSS";
      case "PORTFOLIO" -> "Portfolio";
      default -> "Website";
    };
    profiles.add(new Profile(label, null, href, null));
    return url;
  }

  private static void addProfile(
      String address, String network, List<Profile> profiles, RowReader row, Column column) {
    String href = link(address);
    if (href == null) {
      row.note("profiles", "linkedin.url", row.where(column) + ": “" + RowReader.shorten(address)
          + "” is not a web address; it was left out");
      return;
    }
    profiles.add(Profiles.fromLink(href, network));
  }

  /** "[ann_dev, @ann]" or "ann_dev": the first handle, as an X profile. */
  private static void twitter(String cell, List<Profile> profiles) {
    if (cell == null) {
      return;
    }
    for (String handle : cell.replaceAll("[\\[\\]\"]", "").split("[,\\s]+")) {
      String h = handle.strip().replaceFirst("^@", "");
      if (h.matches("[A-Za-z0-9_]{1,30}")) {
        profiles.add(new Profile("X", h, "https://x.com/" + h, null));
        return;
      }
    }
  }

  /** The link a web address becomes, or {@code null} when it is not one the resume can hold. */
  static String link(String address) {
    String href = WebLink.href(address).orElse(null);
    if (href == null || href.regionMatches(true, 0, "mailto:", 0, 7)) {
      return null;
    }
    try {
      return new URI(href).getHost() == null ? null : href;
    } catch (URISyntaxException e) {
      return null;
    }
  }

  /** The primary address, else the first confirmed one, else the first that is an address. */
  private static String email(CsvTable emails, TextBudget budget, Notes notes) {
    if (emails == null) {
      return null;
    }
    int count = 0;
    String chosen = null;
    int chosenRank = 3;
    for (CsvTable.Row r : emails.rows()) {
      RowReader row = new RowReader(emails, r);
      String address = row.line(Column.EMAIL, "email");
      if (address == null) {
        continue;
      }
      if (!EMAIL.matcher(address).matches()) {
        notes.add("linkedin.email", "/basics/email", row.where(Column.EMAIL) + ": “"
            + RowReader.shorten(address) + "” is not an email address; it was left out");
        continue;
      }
      count++;
      int rank =
          yes(emails.value(r, Column.PRIMARY)) ? 0 : yes(emails.value(r, Column.CONFIRMED)) ? 1 : 2;
      if (rank < chosenRank) {
        chosenRank = rank;
        chosen = address;
      }
    }
    if (count > 1) {
      String why =
          chosenRank == 0 ? "your primary address"
              : chosenRank == 1 ? "the first confirmed one" : "the first";
      notes.add("linkedin.email-chosen", "/basics/email", emails.fileName() + " lists " + count
          + " addresses; a resume shows one, so " + chosen + " (" + why + ") was used");
    }
    return chosen != null && budget.take(chosen.length()) ? chosen : null;
  }

  /** The first mobile number, else the first number; an extension is kept after it. */
  private static String phone(CsvTable phones, TextBudget budget, Notes notes) {
    if (phones == null) {
      return null;
    }
    int count = 0;
    String first = null;
    String mobile = null;
    for (CsvTable.Row r : phones.rows()) {
      RowReader row = new RowReader(phones, r);
      String number = row.line(Column.PHONE, "phone");
      if (number == null) {
        continue;
      }
      if (number.chars().noneMatch(Character::isDigit)) {
        notes.add("linkedin.phone", "/basics/phone", row.where(Column.PHONE) + ": “"
            + RowReader.shorten(number) + "” has no digits; it was left out");
        continue;
      }
      String extension = row.line(Column.EXTENSION, "phone");
      String full = extension == null ? number : number + " ext. " + extension;
      count++;
      first = first == null ? full : first;
      if (mobile == null && phones.value(r, Column.PHONE_TYPE).strip().equalsIgnoreCase("mobile")) {
        mobile = full;
      }
    }
    String chosen = mobile != null ? mobile : first;
    if (count > 1) {
      notes.add("linkedin.phone-chosen", "/basics/phone", phones.fileName() + " lists " + count
          + " numbers; a resume shows one, so " + chosen + (mobile != null ? " (mobile)" : "")
          + " was used");
    }
    return chosen != null && budget.take(chosen.length()) ? chosen : null;
  }

  private static boolean yes(String cell) {
    String c = cell.strip().toLowerCase(Locale.ROOT);
    return c.equals("yes") || c.equals("true") || c.equals("y") || c.equals("1");
  }
}
