package org.createyourresume.ats.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds email addresses, phone numbers, links and places in contact lines. */
final class ContactFinder {
  private ContactFinder() {}

  static final Pattern EMAIL =
      Pattern.compile("(?i)(?<![\\w.+-])[\\w.+'-]+@[\\p{L}\\d-]+(?:\\.[\\p{L}\\d-]+)*\\.\\p{L}{2,}");
  static final Pattern PHONE = Pattern.compile("(?<![\\w/])(\\+?\\(?\\d[\\d ().\\-\\u00a0]{5,}\\d)(?![\\w/])");
  static final Pattern URL =
      Pattern.compile(
          "(?i)(?<![@\\w.])((?:https?://)?(?:www\\.)?[\\p{L}\\d-]+(?:\\.[\\p{L}\\d-]+)*\\.(?:com|org|net|io|dev|me|info|app|co|ai|tech|page|site|xyz|eu|uk|de|fr|es|it|nl|pl|ru|ua|in|ca|au|us|gr|se|no|dk|fi|cz|ro|tr|pt|ch|at|be|ie|nz|br|mx|jp|cn|edu|gov)(?:/[^\\s|,;]*)?)(?![\\w@])");
  private static final Pattern SEPARATORS = Pattern.compile("\\s+[|•·◦▪∙]\\s+|\\s*\\|\\s*|\\t|\\s{3,}|;\\s+");
  /**
   * A contact item's label: "Phone:", "E-mail:", or in a table's label cell, set apart by a gap
   * or standing alone ("Address  Chicago, IL"), which names the item and is no part of it.
   */
  static final Pattern LABEL =
      Pattern.compile(
          "(?i)^(?:(?:e-?mail|mail|phone|telephone|mobile|cell|linkedin|github|website|web|portfolio|location|address)"
              + "(?:\\s*:|\\t|\\s{2,}|$)"
              + "|(?:tel|mob|ph)\\s*[:.]|[epmt]\\s*:)\\s*");

  /**
   * A label on a line of its own, over its value ("Phone" over the number, as builders set a
   * sidebar's contact): a word of the form, not a place.
   */
  static final Pattern BARE_LABEL =
      Pattern.compile("(?i)(?:e-?mail|mail|phone|telephone|mobile|cell|linkedin|github|website|web|portfolio|location"
          + "|address|contact)\\s*:?");

  /**
   * "GitHub: ameliafo", "Mastodon: @ann@social.example.org": a network people keep a profile on,
   * then one word. The networks are listed so that "Nationality: Spanish" is not taken for one.
   */
  private static final Pattern HANDLE =
      Pattern.compile(
          "(?i)^(linkedin|github|gitlab|bitbucket|twitter|x|mastodon|bluesky|threads|stack ?overflow"
              + "|medium|dev\\.to|behance|dribbble|kaggle|orcid|researchgate|google scholar|youtube"
              + "|instagram|facebook|telegram|skype|discord|hugging ?face|leetcode|codepen|npm|substack"
              + "|tiktok|xing|vk|weibo|wechat)\\s*:\\s*(@?[\\p{L}\\d][\\p{L}\\d._@+-]{0,80})$");

  /** What one set of lines holds. */
  static final class Found {
    String email;
    String phone;
    String location;
    final List<String> links = new ArrayList<>();
    final List<Handle> handles = new ArrayList<>();
    final List<String> rest = new ArrayList<>();
  }

  /**
   * Reads contact lines item by item. In the contact area ({@code locations}) a place and
   * "Network: user" profiles are read too; elsewhere only addresses, numbers and links.
   */
  static void scan(List<LayoutLine> lines, Found found, boolean locations) {
    for (LayoutLine line : lines) {
      for (Span span : line.spans()) {
        for (String part : SEPARATORS.split(span.text())) {
          Matcher handle = HANDLE.matcher(part.strip());
          if (handle.matches() && (handle.group(2).contains("@") || !URL.matcher(handle.group(2)).matches())) {
            if (locations) {
              found.handles.add(new Handle(handle.group(1), handle.group(2)));
            }
            continue;
          }
          if (BARE_LABEL.matcher(part.strip()).matches()) {
            continue;
          }
          String item = LABEL.matcher(part.strip()).replaceFirst("").strip();
          if (!item.isEmpty()) {
            scanItem(item, found, locations);
          }
        }
      }
    }
  }

  static void scanItem(String item, Found found, boolean locations) {
    String rest = item;
    Matcher email = EMAIL.matcher(rest);
    if (email.find()) {
      if (found.email == null) {
        found.email = email.group();
      }
      rest = (rest.substring(0, email.start()) + " " + rest.substring(email.end())).strip();
    }
    Matcher url = URL.matcher(rest);
    StringBuilder left = new StringBuilder();
    int from = 0;
    while (url.find()) {
      String link = url.group(1);
      boolean webby = link.contains("/") || link.toLowerCase(Locale.ROOT).startsWith("www.")
          || link.toLowerCase(Locale.ROOT).startsWith("http");
      boolean domainOnly = !webby && link.matches("(?i)[\\p{L}\\d-]+(\\.[\\p{L}\\d-]+)+") && !link.matches(".*\\d\\.\\d.*");
      if (webby || domainOnly) {
        if (!found.links.contains(link)) {
          found.links.add(link);
        }
        left.append(rest, from, url.start()).append(' ');
        from = url.end();
      }
    }
    left.append(rest.substring(from));
    rest = left.toString().strip();
    Matcher phone = PHONE.matcher(rest);
    while (phone.find()) {
      String number = phone.group(1).strip();
      long digits = number.chars().filter(Character::isDigit).count();
      if (digits >= 7 && digits <= 15 && Dates.get().find(number).filter(d -> d.text().length() > number.length() / 2).isEmpty()) {
        if (found.phone == null) {
          found.phone = number;
        }
        rest = (rest.substring(0, phone.start()) + " " + rest.substring(phone.end())).strip();
        break;
      }
    }
    if (rest.isEmpty() || rest.matches("[\\p{Punct}\\s]+")) {
      return;
    }
    if (locations && found.location == null && looksLikePlace(rest)) {
      found.location = rest;
    } else {
      found.rest.add(rest);
    }
  }

  /** "Madrid, Spain", "Austin, TX 78701", "Remote": short, letters, not a sentence. */
  static boolean looksLikePlace(String text) {
    String t = text.strip();
    if (t.length() > 70 || t.endsWith(".") || t.contains("@")) {
      return false;
    }
    String[] words = t.split("\\s+");
    if (words.length > 8) {
      return false;
    }
    long digits = t.chars().filter(Character::isDigit).count();
    if (digits > 6) {
      return false;
    }
    return Character.isUpperCase(t.codePointAt(0)) && (t.contains(",") || words.length <= 3);
  }
}
