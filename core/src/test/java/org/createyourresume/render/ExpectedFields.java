package org.createyourresume.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.createyourresume.model.Basics;
import org.createyourresume.model.CustomSection;
import org.createyourresume.model.Design;
import org.createyourresume.model.PartialDate;
import org.createyourresume.model.Profile;
import org.createyourresume.model.Resume;
import org.createyourresume.model.SectionId;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The test's own account of what a rendered resume must show and in which order: every text
 * field of the model, sections in the order the design (or the template's default) asks for,
 * entries in list order, each entry's fields in the order its template lays them out. It is
 * written from the model and the templates' documented layouts, not from the renderer's view,
 * so that it can catch the renderer leaving something out.
 */
final class ExpectedFields {

  /** One field that must appear: where it comes from, and its text. */
  record Field(String path, String text) {}

  private static final String[] MONTHS = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December"
  };

  private final List<Field> fields = new ArrayList<>();
  private final boolean inline;
  private final boolean english;
  private final String dateFormat;
  private final Locale language;

  private ExpectedFields(boolean inline, String language, String dateFormat) {
    this.inline = inline;
    this.english = language == null || language.startsWith("en");
    this.dateFormat = dateFormat == null ? "MMM YYYY" : dateFormat;
    this.language = language == null ? Locale.ENGLISH : Locale.forLanguageTag(language);
  }

  /** The fields in the order the template prints them. */
  static List<Field> of(Resume resume, String templateId) {
    return of(resume, templateId, "inline".equals(theme(templateId).get("entryLayout").asString()), true);
  }

  /**
   * The fields in the order the resume writes them, as the Word document keeps them: a
   * template's sidebar is a page layout, not an order of the document.
   */
  static List<Field> asWritten(Resume resume, String templateId) {
    return of(resume, templateId, "inline".equals(theme(templateId).get("entryLayout").asString()), false);
  }

  /**
   * The fields in the order of a format that sets each entry's title pieces on one line
   * (plain text, Markdown), whatever the template does on paper.
   */
  static List<Field> inline(Resume resume, String templateId) {
    return of(resume, templateId, true, false);
  }

  /**
   * @param paper whether the order is the page's, where a sidebar's sections come first as one
   *     block, rather than a text export's, which keeps the written order
   */
  private static List<Field> of(Resume resume, String templateId, boolean inline, boolean paper) {
    JsonNode theme = theme(templateId);
    Design design = resume.design();
    ExpectedFields expected = new ExpectedFields(inline, design.language(), design.dateFormat());
    expected.header(resume.basicsOrEmpty());
    List<String> order = order(design, theme);
    if (paper && theme.has("sidebar")) {
      order = sidebarFirst(resume, templateId, order);
    }
    for (String section : order) {
      expected.section(section, resume);
    }
    return expected.fields;
  }

  private static final ResumeRenderer RENDERER = ResumeRenderer.create();
  private static final java.util.regex.Pattern SECTION_ID =
      java.util.regex.Pattern.compile("id=\"section-([a-z]+)\"");

  /** The sections the page prints in its sidebar (none when it fell back to one column) first. */
  private static List<String> sidebarFirst(Resume resume, String templateId, List<String> order) {
    String html = new String(
        RENDERER.render(resume, new RenderOptions(OutputFormat.HTML, templateId)).content(),
        java.nio.charset.StandardCharsets.UTF_8);
    int side = html.indexOf("<div class=\"side-col\">");
    if (side < 0) {
      return order;
    }
    List<String> first = new java.util.ArrayList<>();
    var ids = SECTION_ID.matcher(html.substring(side, html.indexOf("<div class=\"main-col\">")));
    while (ids.find()) {
      first.add(ids.group(1));
    }
    List<String> all = new java.util.ArrayList<>(first);
    order.stream().filter(id -> !first.contains(id)).forEach(all::add);
    return all;
  }

  private static JsonNode theme(String id) {
    try (InputStream in =
        ExpectedFields.class.getResourceAsStream("/org/createyourresume/render/theme/" + id + ".json")) {
      return JsonMapper.builder().build().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> order(Design design, JsonNode theme) {
    Set<String> order = new LinkedHashSet<>();
    if (design.sectionOrder() != null) {
      order.addAll(design.sectionOrder());
    } else if (theme.has("sectionOrder")) {
      theme.get("sectionOrder").forEach(id -> order.add(id.asString()));
    }
    for (SectionId id : SectionId.values()) {
      order.add(id.id());
    }
    design.customSectionList().forEach(c -> order.add(c.id()));
    Set<String> hidden = new HashSet<>(design.hiddenSections() == null ? List.of() : design.hiddenSections());
    return order.stream().filter(id -> !hidden.contains(id)).toList();
  }

  private void add(String path, String text) {
    if (text != null && !text.isBlank()) {
      fields.add(new Field(path, PdfFacts.flat(text)));
    }
  }

  private void header(Basics b) {
    add("basics.name", b.name());
    add("basics.label", b.label());
    add("basics.email", b.email());
    add("basics.phone", b.phone());
    if (b.location() != null) {
      add("basics.location.city", b.location().city());
      add("basics.location.region", b.location().region());
      add("basics.location.countryCode", country(b.location().countryCode()));
    }
    add("basics.url", shown(b.url()));
    List<Profile> profiles = b.profileList();
    for (int i = 0; i < profiles.size(); i++) {
      Profile p = profiles.get(i);
      String at = "basics.profiles[" + i + "]";
      if (p.url() == null) {
        add(at + ".username", p.username());
        continue;
      }
      // the network and username print beside the address unless the address already shows them
      String url = shown(p.url());
      if (!holds(url, p.network())) {
        add(at + ".network", p.network());
      }
      add(at + ".url", url);
      if (!holds(url, p.username())) {
        add(at + ".username", p.username());
      }
    }
  }

  /** The country's name in the resume's language, or the text when it is not a country code. */
  private String country(String code) {
    if (code == null || !code.strip().matches("[A-Za-z]{2}")) {
      return code;
    }
    String name = new Locale("", code.strip().toUpperCase(Locale.ROOT)).getDisplayCountry(language);
    return name.isEmpty() ? code : name;
  }

  private static boolean holds(String url, String word) {
    if (word == null) {
      return true;
    }
    String letters = word.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    return url.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "").contains(letters);
  }

  private void section(String id, Resume r) {
    switch (id) {
      case "summary" -> add("basics.summary", r.basicsOrEmpty().summary());
      case "work" -> {
        for (int i = 0; i < r.workList().size(); i++) {
          var w = r.workList().get(i);
          String at = "work[" + i + "]";
          entry(at, w.name(), w.position(), w.location(), range(w.startDate(), w.endDate()));
          add(at + ".description", w.description());
          add(at + ".summary", w.summary());
          list(at + ".highlights", w.highlightList());
          add(at + ".url", shown(w.url()));
        }
      }
      case "volunteer" -> {
        for (int i = 0; i < r.volunteerList().size(); i++) {
          var v = r.volunteerList().get(i);
          String at = "volunteer[" + i + "]";
          entry(at, v.organization(), v.position(), null, range(v.startDate(), v.endDate()));
          add(at + ".summary", v.summary());
          list(at + ".highlights", v.highlightList());
          add(at + ".url", shown(v.url()));
        }
      }
      case "education" -> {
        for (int i = 0; i < r.educationList().size(); i++) {
          var e = r.educationList().get(i);
          String at = "education[" + i + "]";
          String degree = join(e.studyType(), e.area());
          entry(at, e.institution(), degree, null, range(e.startDate(), e.endDate()));
          add(at + ".score", e.score());
          list(at + ".courses", e.courseList());
          add(at + ".url", shown(e.url()));
        }
      }
      case "awards" -> {
        for (int i = 0; i < r.awardList().size(); i++) {
          var a = r.awardList().get(i);
          entry("awards[" + i + "]", a.title(), a.awarder(), null, range(null, a.date()));
          add("awards[" + i + "].summary", a.summary());
        }
      }
      case "certificates" -> {
        for (int i = 0; i < r.certificateList().size(); i++) {
          var c = r.certificateList().get(i);
          entry("certificates[" + i + "]", c.name(), c.issuer(), null, range(null, c.date()));
          add("certificates[" + i + "].url", shown(c.url()));
        }
      }
      case "publications" -> {
        for (int i = 0; i < r.publicationList().size(); i++) {
          var p = r.publicationList().get(i);
          entry("publications[" + i + "]", p.name(), p.publisher(), null, range(null, p.releaseDate()));
          add("publications[" + i + "].summary", p.summary());
          add("publications[" + i + "].url", shown(p.url()));
        }
      }
      case "projects" -> {
        for (int i = 0; i < r.projectList().size(); i++) {
          var p = r.projectList().get(i);
          String at = "projects[" + i + "]";
          List<String> secondary = new ArrayList<>();
          if (p.type() != null) {
            secondary.add(p.type());
          }
          secondary.addAll(p.roleList());
          if (p.entity() != null) {
            secondary.add(p.entity());
          }
          entry(at, p.name(), secondary.isEmpty() ? null : String.join(", ", secondary), null,
              range(p.startDate(), p.endDate()));
          add(at + ".description", p.description());
          list(at + ".highlights", p.highlightList());
          list(at + ".keywords", p.keywordList());
          add(at + ".url", shown(p.url()));
        }
      }
      case "references" -> {
        for (int i = 0; i < r.referenceList().size(); i++) {
          add("references[" + i + "].name", r.referenceList().get(i).name());
          add("references[" + i + "].reference", r.referenceList().get(i).reference());
        }
      }
      case "skills" -> {
        for (int i = 0; i < r.skillList().size(); i++) {
          var s = r.skillList().get(i);
          add("skills[" + i + "].name", s.name());
          add("skills[" + i + "].level", s.level());
          list("skills[" + i + "].keywords", s.keywordList());
        }
      }
      case "languages" -> {
        for (int i = 0; i < r.languageList().size(); i++) {
          add("languages[" + i + "].language", r.languageList().get(i).language());
          add("languages[" + i + "].fluency", r.languageList().get(i).fluency());
        }
      }
      case "interests" -> {
        for (int i = 0; i < r.interestList().size(); i++) {
          add("interests[" + i + "].name", r.interestList().get(i).name());
          list("interests[" + i + "].keywords", r.interestList().get(i).keywordList());
        }
      }
      default -> custom(id, r.design());
    }
  }

  private void custom(String id, Design design) {
    for (CustomSection section : design.customSectionList()) {
      if (id.equals(section.id())) {
        for (int i = 0; i < section.entryList().size(); i++) {
          var e = section.entryList().get(i);
          String at = "customSections." + id + "[" + i + "]";
          entry(at, e.title(), e.subtitle(), e.location(), range(e.startDate(), e.endDate()));
          add(at + ".summary", e.summary());
          list(at + ".highlights", e.highlightList());
          add(at + ".url", shown(e.url()));
        }
      }
    }
  }

  /** The title lines: stacked "primary, dates, secondary, location"; inline "primary, secondary, location, dates". */
  private void entry(String at, String primary, String secondary, String location, String dates) {
    if (primary == null || primary.isBlank()) {
      primary = secondary;
      secondary = null;
    }
    add(at + ".primary", primary);
    if (inline) {
      add(at + ".secondary", secondary);
      add(at + ".location", location);
      add(at + ".dates", dates);
    } else {
      add(at + ".dates", dates);
      add(at + ".secondary", secondary);
      add(at + ".location", location);
    }
  }

  private void list(String at, List<String> items) {
    for (int i = 0; i < items.size(); i++) {
      add(at + "[" + i + "]", items.get(i));
    }
  }

  /** Dates as the design's format prints them ("Jan 2021 – Present"); for other languages, the year. */
  private String range(String start, String end) {
    String from = date(start);
    String to = date(end);
    if (!english) {
      return from != null ? from : to;
    }
    if (from == null) {
      return to;
    }
    if (to == null) {
      // no end date: "Present"; an end date left empty: the entry ended, the start date alone
      return end == null ? from + " – Present" : from;
    }
    return from.equals(to) ? from : from + " – " + to;
  }

  private String date(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    PartialDate d = PartialDate.parse(text).orElse(null);
    if (d == null) {
      return text;
    }
    if (!english || d.month() == 0 || dateFormat.equals("YYYY")) {
      return String.valueOf(d.year());
    }
    String month = MONTHS[d.month() - 1];
    return switch (dateFormat) {
      case "MMMM YYYY" -> month + " " + d.year();
      case "MM/YYYY" -> String.format("%02d/%d", d.month(), d.year());
      case "YYYY-MM" -> String.format("%d-%02d", d.year(), d.month());
      default -> month.substring(0, 3) + " " + d.year();
    };
  }

  private static String join(String a, String b) {
    if (a == null || a.isBlank()) {
      return b;
    }
    return b == null || b.isBlank() ? a : a + ", " + b;
  }

  private static String shown(String url) {
    if (url == null) {
      return null;
    }
    String s = url.strip().replaceFirst("(?i)^https?://", "").replaceFirst("(?i)^www\\.", "");
    return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
  }
}
