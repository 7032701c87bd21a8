package org.createyourresume.render.view;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;
import org.createyourresume.model.Award;
import org.createyourresume.model.Basics;
import org.createyourresume.model.Certificate;
import org.createyourresume.model.CustomEntry;
import org.createyourresume.model.CustomSection;
import org.createyourresume.model.Design;
import org.createyourresume.model.Education;
import org.createyourresume.model.Interest;
import org.createyourresume.model.Language;
import org.createyourresume.model.Location;
import org.createyourresume.model.Profile;
import org.createyourresume.model.Project;
import org.createyourresume.model.Publication;
import org.createyourresume.model.Reference;
import org.createyourresume.model.Resume;
import org.createyourresume.model.SectionId;
import org.createyourresume.model.Skill;
import org.createyourresume.model.Volunteer;
import org.createyourresume.model.WebLink;
import org.createyourresume.model.Work;
import org.createyourresume.render.RenderDiagnostic;
import org.createyourresume.render.theme.Style;
import org.createyourresume.render.theme.Theme;
import org.createyourresume.render.words.Wording;

/**
 * Turns a resume into what the templates print: sections in the user's order with their
 * headings, empty sections and entries dropped, dates formatted, text cleaned, links made safe.
 * Every template shares this view, so every template prints the same text in the same order.
 */
public final class ViewBuilder {

  private static final Pattern NUMERIC_SCORE = Pattern.compile("\\d+(?:[.,]\\d+)?(?:\\s*/\\s*\\d+(?:[.,]\\d+)?)?");

  private final Style style;
  private final TextCleaner text;
  private final DateRanges dates;
  private final Wording words;

  /**
   * @param drawable which code points the font can draw; others are left out and reported
   * @param diagnostics receives what was left out or adjusted
   */
  public ViewBuilder(Style style, IntPredicate drawable, Consumer<RenderDiagnostic> diagnostics) {
    this.style = style;
    this.text = new TextCleaner(drawable, diagnostics);
    this.dates = new DateRanges(style.dateFormat(), style.locale());
    this.words = Wording.of(style.locale());
  }

  /** The view of {@code resume}. */
  public ResumeView build(Resume resume) {
    Basics basics = resume.basicsOrEmpty();
    String name = text.line(basics.name(), "/basics/name");
    String label = text.line(basics.label(), "/basics/label");
    String title = words.documentTitle(name);
    String subject =
        name == null ? words.documentSubject(null) : words.documentSubject(name) + (label == null ? "" : ", " + label);
    Theme theme = style.theme();
    String photo = "none".equals(theme.photo()) ? null : photo(basics.image());
    HeaderView header = new HeaderView(name, label, contacts(basics), photo);
    List<SectionView> sections = sections(resume);
    return new ResumeView(
        style.languageTag(),
        title,
        name == null ? "" : name,
        subject,
        keywords(resume),
        layout(theme, sections, name, header.contacts()),
        header,
        sections);
  }

  /** The photo if it is one the PDF engine may draw: a PNG or JPEG {@code data:} URI. */
  private static String photo(String image) {
    if (image == null) {
      return null;
    }
    String uri = image.strip();
    boolean drawable =
        (uri.startsWith("data:image/png;base64,") || uri.startsWith("data:image/jpeg;base64,"))
            && uri.indexOf(';', 11) == uri.indexOf(";base64,")
            && uri.substring(uri.indexOf(',') + 1).matches("[A-Za-z0-9+/=]+");
    return drawable ? uri : null;
  }

  /**
   * The template's header, or the left header when it is split and a contact item is too long
   * for the right-hand column (44 % of the width at 0.95 × the font size), or the name for the
   * left one: wrapped, an address would come apart into two contact lines, a name into two
   * names.
   */
  private String header(Theme theme, String name, List<ContactView> contacts) {
    if (!"split".equals(theme.header())) {
      return theme.header();
    }
    double contentWidthPt = style.contentWidthPt();
    int fits = (int) (contentWidthPt * 0.44 / (style.fontSize() * 0.95 * 0.56));
    boolean tooLong = contacts.stream().anyMatch(c -> c.text().length() > fits);
    // the name, at up to 2.2 × the font size, stays on one line in the left 56 %
    boolean nameTooLong =
        name != null && name.length() * style.fontSize() * 2.2 * 0.6 > contentWidthPt * 0.56;
    return tooLong || nameTooLong ? "left" : "split";
  }

  private Layout layout(Theme theme, List<SectionView> sections, String name, List<ContactView> contacts) {
    List<String> side = new ArrayList<>();
    if (theme.sidebar() != null) {
      for (String id : theme.sidebar().sections()) {
        side.add("section-" + id);
      }
      side.retainAll(sections.stream().map(SectionView::anchor).toList());
    }
    boolean sidebar = !side.isEmpty() && sidebarFits(theme.sidebar(), sections, side);
    return new Layout(
        header(theme, name, contacts),
        theme.headings(),
        theme.inlineEntries(),
        theme.skillsLayout(),
        theme.timeline(),
        theme.contactIcons(),
        theme.photo(),
        sidebar ? theme.sidebar().side() : "none",
        sidebar ? side : List.of());
  }

  /**
   * Whether the sidebar's sections fit beside the main column on the first page. A sidebar that
   * runs on to later pages would be read by some extractors interleaved with the main column on
   * those pages, so a resume whose sidebar is too long is set in one column instead. The estimate
   * counts wrapped lines at the template's own size and width and errs towards one column.
   */
  private boolean sidebarFits(Theme.Sidebar sidebar, List<SectionView> sections, List<String> side) {
    double contentWidthPt = style.contentWidthPt();
    double sideWidthPt = contentWidthPt * sidebar.width() / 100 - style.fontSize();
    int charsPerLine = Math.max(8, (int) (sideWidthPt / (style.fontSize() * 0.52)));
    double lines = 0;
    for (SectionView s : sections) {
      if (!side.contains(s.anchor())) {
        continue;
      }
      lines += 2.2; // a sidebar holds sections of lines only (Theme.Sidebar)
      for (LineView l : s.lines()) {
        String all = (l.label() == null ? "" : l.label() + ": ") + l.text();
        lines += wrapped(all, charsPerLine) + (l.hasMeter() ? 0.8 : 0.2);
      }
    }
    double lineHeightPt = style.fontSize() * style.lineSpacing();
    double available = style.contentHeightPt() / lineHeightPt - 6;
    return lines <= available;
  }

  private static int wrapped(String text, int charsPerLine) {
    return Math.max(1, (int) Math.ceil(text.length() * 1.15 / charsPerLine));
  }

  private List<ContactView> contacts(Basics b) {
    List<ContactView> contacts = new ArrayList<>();
    String email = text.line(b.email(), "/basics/email");
    if (email != null && email.regionMatches(true, 0, "mailto:", 0, 7)) {
      email = email.substring(7);
    }
    if (email != null) {
      contacts.add(new ContactView(email, "mailto:" + email, words.contact("email") + " " + email, "email"));
    }
    String phone = text.line(b.phone(), "/basics/phone");
    if (phone != null) {
      String dial = phone.replaceAll("[^+0-9]", "");
      contacts.add(
          new ContactView(phone, dial.isEmpty() ? null : "tel:" + dial, words.contact("phone") + " " + phone, "phone"));
    }
    String place = place(b.location());
    if (place != null) {
      contacts.add(new ContactView(place, null, null, "location"));
    }
    String url = text.line(b.url(), "/basics/url");
    if (url != null) {
      contacts.add(new ContactView(displayUrl(url), href(url), words.contact("website") + " " + displayUrl(url), "web"));
    }
    List<Profile> profiles = b.profileList();
    for (int i = 0; i < profiles.size(); i++) {
      Profile p = profiles.get(i);
      String at = "/basics/profiles/" + i;
      String network = text.line(p.network(), at + "/network");
      String username = text.line(p.username(), at + "/username");
      String link = text.line(p.url(), at + "/url");
      if (link != null) {
        String shown = displayUrl(link);
        String what = network == null ? words.contact("profile") : words.profileOn(network);
        contacts.add(new ContactView(profileText(shown, network, username), href(link), what + " " + shown, "profile"));
      } else if (username != null) {
        contacts.add(
            new ContactView(network == null ? username : network + ": " + username, null, null, "profile"));
      }
    }
    return contacts;
  }

  /**
   * A profile with an address as it prints: the address, after "Network: " unless the address
   * already names the network ("linkedin.com/in/ann"), and before "(username)" unless it already
   * holds the username, so the network and username the user gave are in the text too.
   */
  private static String profileText(String shown, String network, String username) {
    StringBuilder printed = new StringBuilder();
    if (network != null && !mentions(shown, network)) {
      printed.append(network).append(": ");
    }
    printed.append(shown);
    if (username != null && !mentions(shown, username)) {
      printed.append(" (").append(username).append(')');
    }
    return printed.toString();
  }

  /** Whether {@code address} holds {@code word}, comparing letters and digits only. */
  private static boolean mentions(String address, String word) {
    String letters = lettersAndDigits(word);
    return letters.isEmpty() || lettersAndDigits(address).contains(letters);
  }

  private static String lettersAndDigits(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .filter(Character::isLetterOrDigit)
        .forEach(c -> out.appendCodePoint(Character.toLowerCase(c)));
    return out.toString();
  }

  private String place(Location location) {
    if (location == null) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    addIfPresent(parts, text.line(location.city(), "/basics/location/city"));
    addIfPresent(parts, text.line(location.region(), "/basics/location/region"));
    String country = text.line(location.countryCode(), "/basics/location/countryCode");
    if (country != null) {
      parts.add(countryName(country, style.locale()));
    }
    return parts.isEmpty() ? null : String.join(", ", parts);
  }

  /** "DE" → "Germany" (in the resume's language); text that is not an ISO code is kept. */
  private static String countryName(String code, Locale language) {
    if (code.length() == 2 && code.chars().allMatch(Character::isLetter)) {
      String name = new Locale("", code.toUpperCase(Locale.ROOT)).getDisplayCountry(language);
      if (!name.isEmpty() && !name.equalsIgnoreCase(code)) {
        return name;
      }
    }
    return code;
  }

  private String keywords(Resume resume) {
    List<String> hidden = resume.design().hiddenSections();
    if (hidden != null && hidden.contains(SectionId.SKILLS.id())) {
      return null;
    }
    Set<String> words = new LinkedHashSet<>();
    for (Skill skill : resume.skillList()) {
      for (String keyword : skill.keywordList()) {
        String word = text.line(keyword, "/skills");
        if (word != null) {
          words.add(word);
        }
      }
    }
    return words.isEmpty() ? null : String.join(", ", words.stream().limit(40).toList());
  }

  private List<SectionView> sections(Resume resume) {
    Design design = resume.design();
    Map<String, CustomSection> custom = new java.util.LinkedHashMap<>();
    for (CustomSection section : design.customSectionList()) {
      if (section.id() != null && !section.id().isBlank() && SectionId.of(section.id()).isEmpty()) {
        custom.putIfAbsent(section.id(), section);
      }
    }
    Set<String> order = new LinkedHashSet<>();
    List<String> wanted =
        design.sectionOrder() != null ? design.sectionOrder() : style.theme().sectionOrder();
    if (wanted != null) {
      for (String id : wanted) {
        if (SectionId.of(id).isPresent() || custom.containsKey(id)) {
          order.add(id);
        }
      }
    }
    SectionId.defaultOrder().forEach(s -> order.add(s.id()));
    order.addAll(custom.keySet());
    Set<String> hidden =
        design.hiddenSections() == null ? Set.of() : new HashSet<>(design.hiddenSections());

    List<SectionView> sections = new ArrayList<>();
    for (String id : order) {
      if (hidden.contains(id)) {
        continue;
      }
      var standard = SectionId.of(id);
      SectionView section =
          standard.isPresent()
              ? standard(standard.get(), resume, title(design, id, words.sectionTitle(standard.get())))
              : custom(custom.get(id), design);
      if (section != null) {
        sections.add(section);
      }
    }
    return sections;
  }

  private String title(Design design, String id, String fallback) {
    if (design.sectionTitles() != null) {
      String renamed =
          text.line(design.sectionTitles().get(id), "/meta/createYourResume/sectionTitles/" + id);
      if (renamed != null) {
        return renamed;
      }
    }
    return fallback;
  }

  private SectionView standard(SectionId id, Resume r, String title) {
    String anchor = "section-" + id.id();
    return switch (id) {
      case SUMMARY -> textSection(anchor, title, text.paragraphs(r.basicsOrEmpty().summary(), "/basics/summary"));
      case WORK -> entrySection(anchor, title, entries(r.workList(), "/work", this::work));
      case VOLUNTEER -> entrySection(anchor, title, entries(r.volunteerList(), "/volunteer", this::volunteer));
      case EDUCATION -> entrySection(anchor, title, entries(r.educationList(), "/education", this::education));
      case AWARDS -> entrySection(anchor, title, entries(r.awardList(), "/awards", this::award));
      case CERTIFICATES -> entrySection(anchor, title, entries(r.certificateList(), "/certificates", this::certificate));
      case PUBLICATIONS -> entrySection(anchor, title, entries(r.publicationList(), "/publications", this::publication));
      case PROJECTS -> entrySection(anchor, title, entries(r.projectList(), "/projects", this::project));
      case REFERENCES -> entrySection(anchor, title, entries(r.referenceList(), "/references", this::reference));
      case SKILLS -> lineSection(anchor, title, skills(r.skillList()));
      case LANGUAGES -> lineSection(anchor, title, languages(r.languageList()));
      case INTERESTS -> lineSection(anchor, title, interests(r.interestList()));
    };
  }

  private SectionView custom(CustomSection section, Design design) {
    String fallback = section.title() == null || section.title().isBlank() ? section.id() : section.title();
    int index = design.customSectionList().indexOf(section);
    String at = "/meta/createYourResume/customSections/" + index;
    String title = title(design, section.id(), text.line(fallback, at + "/title"));
    List<EntryView> entries = entries(section.entryList(), at + "/entries", this::customEntry);
    String anchor = "section-x-" + section.id().replaceAll("[^a-z0-9-]", "-");
    return entrySection(anchor, title == null ? section.id() : title, entries);
  }

  private SectionView textSection(String anchor, String title, List<String> paragraphs) {
    return paragraphs.isEmpty()
        ? null
        : new SectionView(anchor, heading(title), title, SectionLayout.TEXT, paragraphs, List.of(), List.of());
  }

  private SectionView entrySection(String anchor, String title, List<EntryView> entries) {
    return entries.isEmpty()
        ? null
        : new SectionView(anchor, heading(title), title, SectionLayout.ENTRIES, List.of(), entries, List.of());
  }

  private SectionView lineSection(String anchor, String title, List<LineView> lines) {
    return lines.isEmpty()
        ? null
        : new SectionView(anchor, heading(title), title, SectionLayout.LINES, List.of(), List.of(), lines);
  }

  /**
   * The heading as the template prints it. Capitals are made here rather than with CSS so that
   * Greek loses its accents in capitals, as Greek typography wants ("ΕΜΠΕΙΡΙΑ", not "ΕΜΠΕΙΡΊΑ").
   */
  private String heading(String title) {
    if (!style.theme().upperCaseHeadings()) {
      return title;
    }
    String upper = title.toUpperCase(style.locale());
    String decomposed = Normalizer.normalize(upper, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      boolean tonosOnGreek = (c == '\u0301' || c == '\u0342') && i > 0 && greek(decomposed.charAt(i - 1));
      if (!tonosOnGreek) {
        out.append(c);
      }
    }
    return Normalizer.normalize(out, Normalizer.Form.NFC);
  }

  private static boolean greek(char c) {
    return (c >= '\u0370' && c <= '\u03ff') || (c >= '\u1f00' && c <= '\u1fff');
  }

  /** Maps one model entry to a view; returns null for an entry with nothing to show. */
  private interface EntryMapper<T> {
    EntryView map(T item, String pointer);
  }

  private static <T> List<EntryView> entries(List<T> items, String pointer, EntryMapper<T> mapper) {
    List<EntryView> entries = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      EntryView entry = mapper.map(items.get(i), pointer + "/" + i);
      if (entry != null) {
        entries.add(entry);
      }
    }
    return entries;
  }

  private EntryView work(Work w, String at) {
    List<String> paragraphs = text.paragraphs(w.description(), at + "/description");
    paragraphs.addAll(text.paragraphs(w.summary(), at + "/summary"));
    return entry(
        text.line(w.name(), at + "/name"),
        w.url(),
        text.line(w.position(), at + "/position"),
        text.line(w.location(), at + "/location"),
        dates.range(w.startDate(), w.endDate()),
        paragraphs,
        text.bullets(w.highlightList(), at + "/highlights"),
        address(words.label("website"), w.url(), at));
  }

  private EntryView volunteer(Volunteer v, String at) {
    return entry(
        text.line(v.organization(), at + "/organization"),
        v.url(),
        text.line(v.position(), at + "/position"),
        null,
        dates.range(v.startDate(), v.endDate()),
        text.paragraphs(v.summary(), at + "/summary"),
        text.bullets(v.highlightList(), at + "/highlights"),
        address(words.label("website"), v.url(), at));
  }

  private EntryView education(Education e, String at) {
    String studyType = text.line(e.studyType(), at + "/studyType");
    String area = text.line(e.area(), at + "/area");
    String degree = studyType == null ? area : area == null ? studyType : studyType + ", " + area;
    List<LineView> details = new ArrayList<>();
    String score = text.line(e.score(), at + "/score");
    if (score != null) {
      details.add(NUMERIC_SCORE.matcher(score).matches()
          ? new LineView(words.label("gpa"), score, null)
          : new LineView(null, score, null));
    }
    List<String> courses = text.bullets(e.courseList(), at + "/courses");
    if (!courses.isEmpty()) {
      details.add(new LineView(words.label("courses"), String.join(", ", courses), null));
    }
    details.addAll(address(words.label("website"), e.url(), at));
    return entry(
        text.line(e.institution(), at + "/institution"),
        e.url(),
        degree,
        null,
        dates.range(e.startDate(), e.endDate()),
        List.of(),
        List.of(),
        details);
  }

  private EntryView award(Award a, String at) {
    return entry(
        text.line(a.title(), at + "/title"),
        null,
        text.line(a.awarder(), at + "/awarder"),
        null,
        dates.date(a.date()),
        text.paragraphs(a.summary(), at + "/summary"),
        List.of(),
        List.of());
  }

  private EntryView certificate(Certificate c, String at) {
    return entry(
        text.line(c.name(), at + "/name"),
        c.url(),
        text.line(c.issuer(), at + "/issuer"),
        null,
        dates.date(c.date()),
        List.of(),
        List.of(),
        address(words.label("link"), c.url(), at));
  }

  private EntryView publication(Publication p, String at) {
    return entry(
        text.line(p.name(), at + "/name"),
        p.url(),
        text.line(p.publisher(), at + "/publisher"),
        null,
        dates.date(p.releaseDate()),
        text.paragraphs(p.summary(), at + "/summary"),
        List.of(),
        address(words.label("link"), p.url(), at));
  }

  private EntryView project(Project p, String at) {
    // "Open source, Creator, Maintainer, Apache Software Foundation": what kind of project,
    // the user's roles in it, and whose it is, as one line under the name
    List<String> secondary = new ArrayList<>();
    addIfPresent(secondary, text.line(p.type(), at + "/type"));
    secondary.addAll(text.bullets(p.roleList(), at + "/roles"));
    addIfPresent(secondary, text.line(p.entity(), at + "/entity"));
    List<LineView> details = new ArrayList<>();
    List<String> keywords = text.bullets(p.keywordList(), at + "/keywords");
    if (!keywords.isEmpty()) {
      details.add(new LineView(words.label("technologies"), String.join(", ", keywords), null));
    }
    details.addAll(address(words.label("link"), p.url(), at));
    return entry(
        text.line(p.name(), at + "/name"),
        null,
        secondary.isEmpty() ? null : String.join(", ", secondary),
        null,
        dates.range(p.startDate(), p.endDate()),
        text.paragraphs(p.description(), at + "/description"),
        text.bullets(p.highlightList(), at + "/highlights"),
        details);
  }

  private EntryView reference(Reference r, String at) {
    return entry(
        text.line(r.name(), at + "/name"),
        null,
        null,
        null,
        null,
        text.paragraphs(r.reference(), at + "/reference"),
        List.of(),
        List.of());
  }

  private EntryView customEntry(CustomEntry e, String at) {
    return entry(
        text.line(e.title(), at + "/title"),
        e.url(),
        text.line(e.subtitle(), at + "/subtitle"),
        text.line(e.location(), at + "/location"),
        dates.range(e.startDate(), e.endDate()),
        text.paragraphs(e.summary(), at + "/summary"),
        text.bullets(e.highlightList(), at + "/highlights"),
        address(words.label("link"), e.url(), at));
  }

  /**
   * An entry's web address as a line of its own ("Website: nordvik.example.com"), so that the
   * address is in the text an ATS reads and not only in the link on the entry's name; none when
   * the entry has no address.
   */
  private List<LineView> address(String label, String url, String at) {
    String link = text.line(url, at + "/url");
    return link == null ? List.of() : List.of(new LineView(label, displayUrl(link), href(link)));
  }

  /** An entry, its secondary line promoted when there is no primary; null when it is empty. */
  private EntryView entry(
      String primary, String url, String secondary, String location, String when,
      List<String> paragraphs, List<String> bullets, List<LineView> details) {
    if (primary == null) {
      primary = secondary;
      secondary = null;
    }
    if (primary == null) {
      if (paragraphs.isEmpty() && bullets.isEmpty() && details.isEmpty()
          && location == null && when == null) {
        return null;
      }
      primary = "";
    }
    String link = url == null || url.isBlank() ? null : href(url.strip());
    return new EntryView(primary, link, secondary, location, when, paragraphs, bullets, details);
  }

  private List<LineView> skills(List<Skill> skills) {
    List<LineView> lines = new ArrayList<>();
    for (int i = 0; i < skills.size(); i++) {
      Skill s = skills.get(i);
      String at = "/skills/" + i;
      String name = text.line(s.name(), at + "/name");
      String level = text.line(s.level(), at + "/level");
      String label = name == null ? level : level == null ? name : name + " (" + level + ")";
      List<String> keywords = text.bullets(s.keywordList(), at + "/keywords");
      double meter = style.theme().skillsLayout().equals("levels") ? SkillLevels.meter(level) : -1;
      if (!keywords.isEmpty()) {
        lines.add(new LineView(label, String.join(", ", keywords), null, meter));
      } else if (label != null) {
        lines.add(new LineView(null, label, null, meter));
      }
    }
    return lines;
  }

  /** "Spanish (Native), English (Fluent)"; "English – Fluent (C1)" when a fluency has brackets. */
  private List<LineView> languages(List<Language> languages) {
    List<String[]> pairs = new ArrayList<>();
    boolean bracketed = false;
    for (int i = 0; i < languages.size(); i++) {
      String at = "/languages/" + i;
      String language = text.line(languages.get(i).language(), at + "/language");
      String fluency = text.line(languages.get(i).fluency(), at + "/fluency");
      if (language != null || fluency != null) {
        pairs.add(new String[] {language, fluency});
        bracketed |= fluency != null && fluency.contains("(");
      }
    }
    List<String> items = new ArrayList<>();
    for (String[] pair : pairs) {
      if (pair[0] == null || pair[1] == null) {
        items.add(pair[0] == null ? pair[1] : pair[0]);
      } else {
        items.add(bracketed ? pair[0] + " – " + pair[1] : pair[0] + " (" + pair[1] + ")");
      }
    }
    return items.isEmpty() ? List.of() : List.of(new LineView(null, String.join(", ", items), null));
  }

  private List<LineView> interests(List<Interest> interests) {
    List<LineView> lines = new ArrayList<>();
    for (int i = 0; i < interests.size(); i++) {
      String at = "/interests/" + i;
      String name = text.line(interests.get(i).name(), at + "/name");
      List<String> keywords = text.bullets(interests.get(i).keywordList(), at + "/keywords");
      if (!keywords.isEmpty()) {
        lines.add(new LineView(name, String.join(", ", keywords), null));
      } else if (name != null) {
        lines.add(new LineView(null, name, null));
      }
    }
    return lines;
  }

  private static String href(String url) {
    return WebLink.href(url).orElse(null);
  }

  private static String displayUrl(String url) {
    return WebLink.display(url);
  }

  private static void addIfPresent(List<String> parts, String part) {
    if (part != null) {
      parts.add(part);
    }
  }
}
