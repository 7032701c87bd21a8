package org.createyourresume.importer;

import static org.createyourresume.ats.parse.TextNorm.clean;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.createyourresume.model.Award;
import org.createyourresume.model.Basics;
import org.createyourresume.model.Certificate;
import org.createyourresume.model.CustomEntry;
import org.createyourresume.model.CustomSection;
import org.createyourresume.model.DateFormat;
import org.createyourresume.model.Education;
import org.createyourresume.model.Interest;
import org.createyourresume.model.Language;
import org.createyourresume.model.Location;
import org.createyourresume.model.PartialDate;
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

/**
 * Field-by-field comparison of an imported resume with the one it should equal: every field a
 * resume prints, compared after the clean-up the renderer applies (white space, Unicode NFC, a
 * typed bullet mark), links by the form they are printed in, dates at the precision printed. A
 * field counts when either side has a value, so a value that appears from nowhere is a miss too.
 */
final class ImportAccuracy {

  /** One compared field. */
  record Field(String path, String expected, String actual) {
    boolean matches() {
      return expected == null ? actual == null : expected.equals(actual);
    }

    @Override
    public String toString() {
      return path + ": expected " + quote(expected) + ", got " + quote(actual);
    }

    private static String quote(String s) {
      return s == null ? "nothing" : "\"" + s + "\"";
    }
  }

  /** The fields compared, and how many matched. */
  record Score(List<Field> fields) {
    int total() {
      return fields.size();
    }

    int matched() {
      return (int) fields.stream().filter(Field::matches).count();
    }

    List<Field> misses() {
      return fields.stream().filter(f -> !f.matches()).toList();
    }

    Score plus(Score other) {
      List<Field> all = new ArrayList<>(fields);
      all.addAll(other.fields);
      return new Score(all);
    }

    double percent() {
      return fields.isEmpty() ? 100 : 100.0 * matched() / total();
    }
  }

  private final List<Field> fields = new ArrayList<>();
  private final boolean yearsOnly;

  private ImportAccuracy(boolean yearsOnly) {
    this.yearsOnly = yearsOnly;
  }

  /** Compares every printed field of {@code expected} (its hidden sections left out) with {@code actual}. */
  static Score compare(Resume expected, Resume actual) {
    boolean years = DateFormat.ofPattern(expected.design().dateFormat()).orElse(null) == DateFormat.YEAR;
    ImportAccuracy a = new ImportAccuracy(years);
    a.all(expected, actual);
    return new Score(List.copyOf(a.fields));
  }

  private void all(Resume e, Resume a) {
    Set<String> hidden = new HashSet<>(e.design().hiddenSections() == null ? List.of() : e.design().hiddenSections());
    basics(e.basicsOrEmpty(), a.basicsOrEmpty(), hidden.contains(SectionId.SUMMARY.id()));
    if (!hidden.contains("work")) {
      list("work", e.workList(), a.workList(), this::work);
    }
    if (!hidden.contains("volunteer")) {
      list("volunteer", e.volunteerList(), a.volunteerList(), this::volunteer);
    }
    if (!hidden.contains("education")) {
      list("education", e.educationList(), a.educationList(), this::education);
    }
    if (!hidden.contains("awards")) {
      list("awards", e.awardList(), a.awardList(), (at, x, y) -> {
        text(at + ".title", x.title(), y.title());
        text(at + ".awarder", x.awarder(), y.awarder());
        date(at + ".date", x.date(), y.date());
        paragraphs(at + ".summary", x.summary(), y.summary());
      });
    }
    if (!hidden.contains("certificates")) {
      list("certificates", e.certificateList(), a.certificateList(), (at, x, y) -> {
        text(at + ".name", x.name(), y.name());
        text(at + ".issuer", x.issuer(), y.issuer());
        date(at + ".date", x.date(), y.date());
        link(at + ".url", x.url(), y.url());
      });
    }
    if (!hidden.contains("publications")) {
      list("publications", e.publicationList(), a.publicationList(), (at, x, y) -> {
        text(at + ".name", x.name(), y.name());
        text(at + ".publisher", x.publisher(), y.publisher());
        date(at + ".releaseDate", x.releaseDate(), y.releaseDate());
        paragraphs(at + ".summary", x.summary(), y.summary());
        link(at + ".url", x.url(), y.url());
      });
    }
    if (!hidden.contains("skills")) {
      list("skills", e.skillList(), a.skillList(), (at, x, y) -> {
        text(at + ".name", x.name(), y.name());
        text(at + ".level", x.level(), y.level());
        texts(at + ".keywords", x.keywordList(), y.keywordList());
      });
    }
    if (!hidden.contains("languages")) {
      list("languages", e.languageList(), a.languageList(), (at, x, y) -> {
        text(at + ".language", x.language(), y.language());
        text(at + ".fluency", x.fluency(), y.fluency());
      });
    }
    if (!hidden.contains("interests")) {
      list("interests", e.interestList(), a.interestList(), (at, x, y) -> {
        text(at + ".name", x.name(), y.name());
        texts(at + ".keywords", x.keywordList(), y.keywordList());
      });
    }
    if (!hidden.contains("references")) {
      list("references", e.referenceList(), a.referenceList(), (at, x, y) -> {
        text(at + ".name", x.name(), y.name());
        paragraphs(at + ".reference", x.reference(), y.reference());
      });
    }
    if (!hidden.contains("projects")) {
      list("projects", e.projectList(), a.projectList(), this::project);
    }
    List<CustomSection> shown = printedOrder(e).stream().filter(c -> !hidden.contains(c.id())).toList();
    List<CustomSection> found = a.design().customSectionList();
    for (int i = 0; i < Math.max(shown.size(), found.size()); i++) {
      CustomSection x = i < shown.size() ? shown.get(i) : null;
      CustomSection y = i < found.size() ? found.get(i) : null;
      String at = "custom[" + i + "]";
      String printed = x == null ? null : titleOf(e, x);
      // templates may print headings in capitals, so the case of a title is not in the file
      field(at + ".title", lower(clean(printed)), lower(clean(y == null ? null : y.title())));
      list(at + ".entries", x == null ? List.of() : x.entryList(), y == null ? List.of() : y.entryList(), this::customEntry);
    }
  }

  /** Custom sections in the order the resume prints them: as placed by sectionOrder, then the rest. */
  private static List<CustomSection> printedOrder(Resume r) {
    List<CustomSection> all = r.design().customSectionList().stream().filter(c -> c.id() != null).toList();
    List<CustomSection> ordered = new ArrayList<>();
    for (String id : r.design().sectionOrder() == null ? List.<String>of() : r.design().sectionOrder()) {
      all.stream().filter(c -> c.id().equals(id) && !ordered.contains(c)).findFirst().ifPresent(ordered::add);
    }
    all.stream().filter(c -> !ordered.contains(c)).forEach(ordered::add);
    return ordered;
  }

  private static String titleOf(Resume r, CustomSection c) {
    if (r.design().sectionTitles() != null && r.design().sectionTitles().get(c.id()) != null) {
      return r.design().sectionTitles().get(c.id());
    }
    return c.title() == null || c.title().isBlank() ? c.id() : c.title();
  }

  private void basics(Basics e, Basics a, boolean summaryHidden) {
    text("basics.name", e.name(), a.name());
    text("basics.label", e.label(), a.label());
    String email = e.email() != null && e.email().regionMatches(true, 0, "mailto:", 0, 7) ? e.email().substring(7) : e.email();
    text("basics.email", email, a.email());
    text("basics.phone", e.phone(), a.phone());
    link("basics.url", e.url(), a.url());
    if (!summaryHidden) {
      paragraphs("basics.summary", e.summary(), a.summary());
    }
    Location el = e.location();
    Location al = a.location();
    text("basics.location.city", el == null ? null : el.city(), al == null ? null : al.city());
    text("basics.location.region", el == null ? null : el.region(), al == null ? null : al.region());
    text("basics.location.countryCode", el == null ? null : el.countryCode(), al == null ? null : al.countryCode());
    list("basics.profiles", e.profileList(), a.profileList(), (at, x, y) -> {
      field(at + ".network", lower(clean(x.network())), lower(clean(y.network())));
      if (clean(x.url()) != null) {
        link(at + ".url", x.url(), y.url());
      } else {
        text(at + ".username", x.username(), y.username());
      }
    });
  }

  private void work(String at, Work e, Work a) {
    text(at + ".name", e.name(), a.name());
    text(at + ".position", e.position(), a.position());
    text(at + ".location", e.location(), a.location());
    date(at + ".startDate", e.startDate(), a.startDate());
    date(at + ".endDate", e.endDate(), a.endDate());
    paragraphs(at + ".summary", join(e.description(), e.summary()), join(a.description(), a.summary()));
    texts(at + ".highlights", e.highlightList(), a.highlightList());
    link(at + ".url", e.url(), a.url());
  }

  private void volunteer(String at, Volunteer e, Volunteer a) {
    text(at + ".organization", e.organization(), a.organization());
    text(at + ".position", e.position(), a.position());
    date(at + ".startDate", e.startDate(), a.startDate());
    date(at + ".endDate", e.endDate(), a.endDate());
    paragraphs(at + ".summary", e.summary(), a.summary());
    texts(at + ".highlights", e.highlightList(), a.highlightList());
    link(at + ".url", e.url(), a.url());
  }

  private void education(String at, Education e, Education a) {
    text(at + ".institution", e.institution(), a.institution());
    text(at + ".studyType", e.studyType(), a.studyType());
    text(at + ".area", e.area(), a.area());
    date(at + ".startDate", e.startDate(), a.startDate());
    date(at + ".endDate", e.endDate(), a.endDate());
    text(at + ".score", e.score(), a.score());
    texts(at + ".courses", e.courseList(), a.courseList());
    link(at + ".url", e.url(), a.url());
  }

  private void project(String at, Project e, Project a) {
    text(at + ".name", e.name(), a.name());
    paragraphs(at + ".description", e.description(), a.description());
    // the type, roles and entity are printed as one line, "Open source, Creator, Maintainer, Apache"
    text(at + ".roles", rolesLine(e), rolesLine(a));
    date(at + ".startDate", e.startDate(), a.startDate());
    date(at + ".endDate", e.endDate(), a.endDate());
    link(at + ".url", e.url(), a.url());
    texts(at + ".keywords", e.keywordList(), a.keywordList());
    texts(at + ".highlights", e.highlightList(), a.highlightList());
  }

  private void customEntry(String at, CustomEntry e, CustomEntry a) {
    text(at + ".title", e.title(), a.title());
    text(at + ".subtitle", e.subtitle(), a.subtitle());
    text(at + ".location", e.location(), a.location());
    date(at + ".startDate", e.startDate(), a.startDate());
    date(at + ".endDate", e.endDate(), a.endDate());
    paragraphs(at + ".summary", e.summary(), a.summary());
    texts(at + ".highlights", e.highlightList(), a.highlightList());
    link(at + ".url", e.url(), a.url());
  }

  private static String rolesLine(Project p) {
    List<String> parts = new ArrayList<>();
    if (p.type() != null) {
      parts.add(p.type());
    }
    parts.addAll(p.roleList());
    if (p.entity() != null) {
      parts.add(p.entity());
    }
    return parts.isEmpty() ? null : String.join(", ", parts);
  }

  /** Compares two lists item by item; an item on one side only counts all its fields as misses. */
  private <T> void list(String path, List<T> e, List<T> a, Item<T> item) {
    for (int i = 0; i < Math.max(e.size(), a.size()); i++) {
      T x = i < e.size() ? e.get(i) : null;
      T y = i < a.size() ? a.get(i) : null;
      String at = path + "[" + i + "]";
      if (x != null && y != null) {
        item.compare(at, x, y);
        continue;
      }
      // list the present item's fields by comparing it with itself, then blank the other side
      int from = fields.size();
      T present = x != null ? x : y;
      item.compare(at, present, present);
      for (int k = from; k < fields.size(); k++) {
        Field f = fields.get(k);
        fields.set(k, x != null ? new Field(f.path(), f.expected(), null) : new Field(f.path(), null, f.actual()));
      }
    }
  }

  /** Compares one item of a list. */
  private interface Item<T> {
    void compare(String at, T expected, T actual);
  }

  private void texts(String path, List<String> e, List<String> a) {
    List<String> x = e.stream().map(ImportAccuracy::bullet).filter(s -> s != null).toList();
    List<String> y = a.stream().map(ImportAccuracy::bullet).filter(s -> s != null).toList();
    for (int i = 0; i < Math.max(x.size(), y.size()); i++) {
      field(path + "[" + i + "]", i < x.size() ? x.get(i) : null, i < y.size() ? y.get(i) : null);
    }
  }

  private void text(String path, String e, String a) {
    field(path, clean(e), clean(a));
  }

  private void paragraphs(String path, String e, String a) {
    field(path, paragraphs(e), paragraphs(a));
  }

  private void link(String path, String e, String a) {
    field(path, e == null || e.isBlank() ? null : WebLink.display(e), a == null || a.isBlank() ? null : WebLink.display(a));
  }

  private void date(String path, String e, String a) {
    field(path, printedDate(e), printedDate(a));
  }

  /** A date at the precision the resume prints it: year and month, or the year alone. */
  private String printedDate(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return PartialDate.parse(text).map(d -> yearsOnly || !d.hasMonth()
        ? String.valueOf(d.year()) : String.format(Locale.ROOT, "%04d-%02d", d.year(), d.month()))
        .orElse(clean(text));
  }

  private void field(String path, String expected, String actual) {
    if (expected != null || actual != null) {
      fields.add(new Field(path, expected, actual));
    }
  }

  private static String join(String a, String b) {
    String x = paragraphs(a);
    String y = paragraphs(b);
    return x == null ? y : y == null ? x : x + "\n" + y;
  }

  /** Each non-blank line cleaned, joined by new lines. */
  private static String paragraphs(String text) {
    if (text == null) {
      return null;
    }
    List<String> lines = new ArrayList<>();
    for (String line : text.split("\\R")) {
      String c = clean(line);
      if (c != null) {
        lines.add(c);
      }
    }
    return lines.isEmpty() ? null : String.join("\n", lines);
  }

  private static String bullet(String text) {
    String c = clean(text);
    if (c == null) {
      return null;
    }
    String bare = c.replaceFirst("^[•·▪■◦‣∙●○\\-–—*>]+\\s+", "");
    return bare.isEmpty() ? null : bare;
  }

  private static String lower(String text) {
    return text == null ? null : text.toLowerCase(Locale.ROOT);
  }
}
