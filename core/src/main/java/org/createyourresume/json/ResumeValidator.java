package org.createyourresume.json;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.createyourresume.model.Basics;
import org.createyourresume.model.CustomEntry;
import org.createyourresume.model.CustomSection;
import org.createyourresume.model.DateFormat;
import org.createyourresume.model.Design;
import org.createyourresume.model.Limits;
import org.createyourresume.model.Margins;
import org.createyourresume.model.PageSize;
import org.createyourresume.model.PartialDate;
import org.createyourresume.model.Problem;
import org.createyourresume.model.Profile;
import org.createyourresume.model.Resume;
import org.createyourresume.model.SectionId;
import org.createyourresume.model.WebLink;
import tools.jackson.databind.JsonNode;

/**
 * Checks a resume and reports every problem at once, each with its JSON pointer: dates, emails,
 * web addresses, the photo, design settings, and size limits. Errors make a document invalid; warnings do
 * not.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class ResumeValidator {

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");
  private static final Pattern COLOUR = Pattern.compile("#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})");
  private static final Pattern SECTION_KEY = Pattern.compile("[a-z][a-z0-9-]{0,39}");
  private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());
  private static final String DATE_HINT = "(use YYYY, YYYY-MM or YYYY-MM-DD)";

  private final Set<String> templateIds;
  private final Set<String> fontFamilies;
  private final Limits limits;

  /**
   * @param templateIds the template ids a design may name
   * @param fontFamilies the font family names a design may name
   * @param limits the size limits to enforce
   */
  public ResumeValidator(Set<String> templateIds, Set<String> fontFamilies, Limits limits) {
    this.templateIds = new TreeSet<>(templateIds);
    this.fontFamilies = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    this.fontFamilies.addAll(fontFamilies);
    this.limits = limits;
  }

  /** Every problem with {@code resume}, in document order. */
  public List<Problem> validate(Resume resume) {
    List<Problem> problems = new ArrayList<>();
    basics(resume.basics(), problems);
    for (int i = 0; i < resume.workList().size(); i++) {
      var w = resume.workList().get(i);
      String at = "/work/" + i;
      url(w.url(), at + "/url", problems);
      dateRange(w.startDate(), w.endDate(), at, problems);
    }
    for (int i = 0; i < resume.volunteerList().size(); i++) {
      var v = resume.volunteerList().get(i);
      String at = "/volunteer/" + i;
      url(v.url(), at + "/url", problems);
      dateRange(v.startDate(), v.endDate(), at, problems);
    }
    for (int i = 0; i < resume.educationList().size(); i++) {
      var e = resume.educationList().get(i);
      String at = "/education/" + i;
      url(e.url(), at + "/url", problems);
      dateRange(e.startDate(), e.endDate(), at, problems);
    }
    for (int i = 0; i < resume.awardList().size(); i++) {
      date(resume.awardList().get(i).date(), "/awards/" + i + "/date", problems);
    }
    for (int i = 0; i < resume.certificateList().size(); i++) {
      var c = resume.certificateList().get(i);
      date(c.date(), "/certificates/" + i + "/date", problems);
      url(c.url(), "/certificates/" + i + "/url", problems);
    }
    for (int i = 0; i < resume.publicationList().size(); i++) {
      var p = resume.publicationList().get(i);
      date(p.releaseDate(), "/publications/" + i + "/releaseDate", problems);
      url(p.url(), "/publications/" + i + "/url", problems);
    }
    for (int i = 0; i < resume.projectList().size(); i++) {
      var p = resume.projectList().get(i);
      String at = "/projects/" + i;
      url(p.url(), at + "/url", problems);
      dateRange(p.startDate(), p.endDate(), at, problems);
    }
    design(resume.design(), problems);
    sizes(new JsonResumeWriter().toTree(resume), problems);
    return problems;
  }

  /** Only the size-limit problems: what a renderer must refuse before it starts. */
  public List<Problem> sizeProblems(Resume resume) {
    List<Problem> problems = new ArrayList<>();
    if (resume.basics() != null) {
      // the photo is left out of the text limits, so its own limits are size problems too
      List<Problem> photo = new ArrayList<>();
      PhotoCheck.check(resume.basics().image(), photo);
      photo.stream().filter(p -> p.code().startsWith("limit.")).forEach(problems::add);
    }
    sizes(new JsonResumeWriter().toTree(resume), problems);
    return problems;
  }

  private static void basics(Basics basics, List<Problem> problems) {
    if (basics == null || blank(basics.name())) {
      problems.add(
          Problem.warning(
              "name.missing",
              "/basics/name",
              "no name: add your full name, it is the first line of the resume"));
    }
    if (basics == null) {
      return;
    }
    if (!blank(basics.email()) && !EMAIL.matcher(basics.email().strip()).matches()) {
      problems.add(
          Problem.error(
              "email.invalid",
              "/basics/email",
              quote(basics.email()) + " is not an email address (like name@example.com)"));
    }
    if (!blank(basics.phone()) && basics.phone().chars().noneMatch(Character::isDigit)) {
      problems.add(
          Problem.warning(
              "phone.unusual", "/basics/phone", quote(basics.phone()) + " has no digits"));
    }
    url(basics.url(), "/basics/url", problems);
    PhotoCheck.check(basics.image(), problems);
    List<Profile> profiles = basics.profileList();
    for (int i = 0; i < profiles.size(); i++) {
      url(profiles.get(i).url(), "/basics/profiles/" + i + "/url", problems);
    }
  }

  private static void dateRange(String start, String end, String at, List<Problem> problems) {
    PartialDate from = date(start, at + "/startDate", problems);
    PartialDate to = date(end, at + "/endDate", problems);
    if (from != null && to != null && from.isAfter(to)) {
      problems.add(
          Problem.error(
              "date.order",
              at + "/endDate",
              "ends (" + end.strip() + ") before it starts (" + start.strip() + ")"));
    }
    if (from == null && to != null && blank(start)) {
      problems.add(
          Problem.warning(
              "date.start.missing", at + "/startDate", "has an end date but no start date"));
    }
    // an end date present but empty: the entry has ended and its end date is not given yet, so
    // the start date prints alone (an absent end date would print "Present")
    if (end != null && blank(end) && !blank(start)) {
      problems.add(
          Problem.warning(
              "date.end.missing",
              at + "/endDate",
              "the end date is empty, so only the start date prints: add the end date, or remove"
                  + " it to show \"Present\""));
    }
  }

  private static PartialDate date(String text, String at, List<Problem> problems) {
    if (blank(text)) {
      return null;
    }
    var date = PartialDate.parse(text);
    if (date.isEmpty()) {
      problems.add(
          Problem.error("date.invalid", at, quote(text) + " is not a date " + DATE_HINT));
      return null;
    }
    return date.get();
  }

  private static void url(String text, String at, List<Problem> problems) {
    if (blank(text)) {
      return;
    }
    String url = text.strip();
    String link = WebLink.href(url).orElse(null);
    if (link == null) {
      problems.add(
          Problem.error(
              "url.invalid",
              at,
              quote(text) + " is not a web address (write it like https://example.com/page)"));
      return;
    }
    try {
      URI uri = new URI(link);
      if (!link.regionMatches(true, 0, "mailto:", 0, 7) && uri.getHost() == null) {
        problems.add(Problem.error("url.invalid", at, quote(text) + " has no host name"));
        return;
      }
    } catch (URISyntaxException e) {
      problems.add(
          Problem.error("url.invalid", at, quote(text) + " is not a web address: " + e.getReason()));
      return;
    }
    if (!link.equals(url)) {
      problems.add(
          Problem.warning(
              "url.scheme", at, quote(text) + " has no https:// in front; it is linked as " + link));
    }
  }

  private void design(Design d, List<Problem> problems) {
    String at = "/meta/" + org.createyourresume.model.Meta.DESIGN_KEY;
    if (d.template() != null && !templateIds.contains(d.template())) {
      problems.add(
          Problem.error(
              "design.template",
              at + "/template",
              "no template " + quote(d.template()) + " (choose one of "
                  + String.join(", ", templateIds) + ")"));
    }
    if (d.fontFamily() != null && !fontFamilies.contains(d.fontFamily())) {
      problems.add(
          Problem.error(
              "design.font",
              at + "/fontFamily",
              "no font " + quote(d.fontFamily()) + " (choose one of "
                  + String.join(", ", fontFamilies) + ")"));
    }
    range(d.fontSize(), 7, 16, "pt", at + "/fontSize", problems);
    range(d.lineSpacing(), 0.9, 2.5, "", at + "/lineSpacing", problems);
    if (d.accentColor() != null && !COLOUR.matcher(d.accentColor()).matches()) {
      problems.add(
          Problem.error(
              "design.colour",
              at + "/accentColor",
              quote(d.accentColor()) + " is not a colour (use #RRGGBB, e.g. #1F4E79)"));
    }
    Margins m = d.margins();
    if (m != null) {
      range(m.top(), 5, 50, "mm", at + "/margins/top", problems);
      range(m.right(), 5, 50, "mm", at + "/margins/right", problems);
      range(m.bottom(), 5, 50, "mm", at + "/margins/bottom", problems);
      range(m.left(), 5, 50, "mm", at + "/margins/left", problems);
    }
    if (d.pageSize() != null && PageSize.ofLabel(d.pageSize()).isEmpty()) {
      problems.add(
          Problem.error(
              "design.pageSize", at + "/pageSize", quote(d.pageSize()) + " is not A4 or Letter"));
    }
    if (d.dateFormat() != null && DateFormat.ofPattern(d.dateFormat()).isEmpty()) {
      List<String> patterns = new ArrayList<>();
      for (DateFormat f : DateFormat.values()) {
        patterns.add(f.pattern());
      }
      problems.add(
          Problem.error(
              "design.dateFormat",
              at + "/dateFormat",
              quote(d.dateFormat()) + " is not a date format (choose one of "
                  + String.join(", ", patterns) + ")"));
    }
    if (d.language() != null) {
      language(d.language(), at + "/language", problems);
    }
    Set<String> customIds = customSections(d, at, problems);
    sectionIds(d.sectionOrder(), at + "/sectionOrder", customIds, problems);
    sectionIds(d.hiddenSections(), at + "/hiddenSections", customIds, problems);
    if (d.sectionTitles() != null) {
      for (Map.Entry<String, String> title : d.sectionTitles().entrySet()) {
        String where = Pointers.child(at + "/sectionTitles", title.getKey());
        if (!isSection(title.getKey(), customIds)) {
          problems.add(unknownSection(title.getKey(), where));
        } else if (blank(title.getValue())) {
          problems.add(
              Problem.error("design.title", where, "a section heading cannot be empty"));
        } else if (title.getValue().length() > 60) {
          problems.add(
              Problem.error(
                  "design.title", where, "a section heading has at most 60 characters"));
        }
      }
    }
  }

  private static void language(String tag, String at, List<Problem> problems) {
    try {
      Locale locale = new Locale.Builder().setLanguageTag(tag).build();
      String language = locale.getLanguage();
      if (!ISO_LANGUAGES.contains(language) && language.length() != 3) {
        throw new IllformedLocaleException("not an ISO 639 language: " + language);
      }
    } catch (IllformedLocaleException e) {
      problems.add(
          Problem.error(
              "design.language", at, quote(tag) + " is not a language tag (e.g. en, en-GB, de)"));
    }
  }

  private Set<String> customSections(Design d, String at, List<Problem> problems) {
    Set<String> ids = new HashSet<>();
    List<CustomSection> sections = d.customSectionList();
    for (int i = 0; i < sections.size(); i++) {
      CustomSection section = sections.get(i);
      String where = at + "/customSections/" + i;
      if (blank(section.id())) {
        problems.add(
            Problem.error("custom.id", where + "/id", "a custom section needs an id (e.g. talks)"));
      } else if (!SECTION_KEY.matcher(section.id()).matches()) {
        problems.add(
            Problem.error(
                "custom.id",
                where + "/id",
                quote(section.id())
                    + " is not a section id (lower-case letters, digits and -, starting with a"
                    + " letter, at most 40)"));
      } else if (SectionId.of(section.id()).isPresent()) {
        problems.add(
            Problem.error(
                "custom.id",
                where + "/id",
                quote(section.id()) + " is a standard section; choose another id"));
      } else if (!ids.add(section.id())) {
        problems.add(
            Problem.error(
                "custom.id", where + "/id", quote(section.id()) + " is used by two sections"));
      }
      if (blank(section.title())) {
        problems.add(
            Problem.warning(
                "custom.title", where + "/title", "no heading; the id is shown instead"));
      }
      List<CustomEntry> entries = section.entryList();
      for (int j = 0; j < entries.size(); j++) {
        CustomEntry entry = entries.get(j);
        String entryAt = where + "/entries/" + j;
        url(entry.url(), entryAt + "/url", problems);
        dateRange(entry.startDate(), entry.endDate(), entryAt, problems);
      }
    }
    return ids;
  }

  private static void sectionIds(
      List<String> ids, String at, Set<String> customIds, List<Problem> problems) {
    if (ids == null) {
      return;
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      if (!isSection(id, customIds)) {
        problems.add(unknownSection(id, at + "/" + i));
      } else if (!seen.add(id)) {
        problems.add(
            Problem.warning("design.section", at + "/" + i, quote(id) + " is listed twice"));
      }
    }
  }

  private static boolean isSection(String id, Set<String> customIds) {
    return SectionId.of(id).isPresent() || customIds.contains(id);
  }

  private static Problem unknownSection(String id, String at) {
    List<String> known = new ArrayList<>();
    for (SectionId s : SectionId.values()) {
      known.add(s.id());
    }
    return Problem.error(
        "design.section",
        at,
        "no section " + quote(id) + " (standard sections: " + String.join(", ", known)
            + ", or the id of a custom section)");
  }

  private static void range(
      Double value, double min, double max, String unit, String at, List<Problem> problems) {
    if (value != null && (value.isNaN() || value < min || value > max)) {
      problems.add(
          Problem.error(
              "design.range",
              at,
              format(value) + unit + " is out of range (" + format(min) + unit + " to "
                  + format(max) + unit + ")"));
    }
  }

  /** Size limits, checked over the written document so that no field can be forgotten. */
  private void sizes(JsonNode root, List<Problem> problems) {
    long total = walk(root, "", 0, problems);
    if (total > limits.maxTotalLength()) {
      problems.add(
          Problem.error(
              "limit.document",
              "",
              "the resume has " + total + " characters of text; at most "
                  + limits.maxTotalLength() + " are allowed"));
    }
  }

  private long walk(JsonNode node, String at, int depth, List<Problem> problems) {
    if (node.isString() && isPhotoData(node.stringValue(), at)) {
      // an embedded photo is not text: PhotoCheck limits its bytes and pixels instead
      return 0;
    }
    if (node.isString()) {
      int length = node.stringValue().length();
      if (length > limits.maxFieldLength()) {
        problems.add(
            Problem.error(
                "limit.text",
                at,
                "has " + length + " characters; at most " + limits.maxFieldLength()
                    + " are allowed"));
      }
      return length;
    }
    long total = 0;
    if (node.isArray()) {
      // top-level sections and custom-section entries hold entries; deeper lists hold bullets
      boolean entries = depth == 1 || at.endsWith("/entries") || at.endsWith("/customSections");
      int max = entries ? limits.maxItems() : limits.maxBullets();
      if (node.size() > max) {
        problems.add(
            Problem.error(
                "limit.items",
                at,
                "has " + node.size() + " items; at most " + max + " are allowed"));
      }
      for (int i = 0; i < node.size(); i++) {
        total += walk(node.get(i), at + "/" + i, depth + 1, problems);
      }
    } else if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        total += walk(field.getValue(), Pointers.child(at, field.getKey()), depth + 1, problems);
      }
    }
    return total;
  }

  private static boolean isPhotoData(String text, String at) {
    return at.equals(PhotoCheck.POINTER) && text.regionMatches(true, 0, "data:", 0, 5);
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  private static String quote(String text) {
    String shown = text.length() > 60 ? text.substring(0, 57) + "…" : text;
    return "\"" + shown + "\"";
  }

  private static String format(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
  }
}
