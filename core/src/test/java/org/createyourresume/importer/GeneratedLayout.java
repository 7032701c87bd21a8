package org.createyourresume.importer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The layout choices of one generated page, each drawn on its own from a list of named values, so
 * that accuracy can be broken down by every value ({@code heading.case=UPPER}). A few values are
 * made consistent after the draw (a title joined to its employer by " at " is on one line with
 * it); the map holds the values the page really uses.
 */
public record GeneratedLayout(Map<String, String> choices) {

  /** Every choice and the values it is drawn from, in the order they are drawn. */
  static final Map<String, List<String>> VALUES = values();

  private static Map<String, List<String>> values() {
    Map<String, List<String>> v = new LinkedHashMap<>();
    v.put("heading.summary", List.of("Summary", "Profile", "Professional Summary", "About Me", "Career Objective",
        "Personal Statement", "Overview", "Who I Am"));
    v.put("heading.work", List.of("Experience", "Work Experience", "Professional Experience", "Employment History",
        "Employment", "Career History", "Work History", "Where I've Worked", "Relevant Experience"));
    v.put("heading.education", List.of("Education", "Academic Background", "Qualifications", "Education & Training",
        "Academic Qualifications", "Studies", "Schooling", "Education and Qualifications"));
    v.put("heading.skills", List.of("Skills", "Technical Skills", "Core Competencies", "Key Skills",
        "Areas of Expertise", "Toolbox", "Skills & Tools", "Competencies"));
    v.put("heading.projects", List.of("Projects", "Academic Projects", "Personal Projects", "Selected Projects",
        "Side Projects", "Things I've Built"));
    v.put("heading.certificates", List.of("Certifications", "Certificates", "Licences & Certifications", "Training",
        "Credentials", "Courses & Certificates"));
    v.put("heading.languages", List.of("Languages", "Language Skills", "Spoken Languages", "Languages Known"));
    v.put("heading.contact", List.of("Contact", "Contact Details", "Get in Touch", "Details", "Personal Details"));
    v.put("heading.case", List.of("UPPER", "Title", "small-caps"));
    v.put("heading.size", List.of("1.0", "1.15", "1.3", "1.6"));
    v.put("heading.bold", List.of("bold", "regular"));
    v.put("heading.colour", List.of("black", "blue", "maroon", "grey"));
    v.put("heading.rule", List.of("none", "under", "over"));
    v.put("heading.spacing", List.of("normal", "letter-spaced"));
    v.put("heading.colon", List.of("none", "colon"));
    v.put("heading.place", List.of("above", "left-gutter"));
    v.put("section.order", List.of("standard", "education-first", "skills-first", "shuffled"));
    v.put("entry.order", List.of("title-first", "employer-first"));
    v.put("entry.lines", List.of("one", "two", "three"));
    v.put("entry.sep", List.of(" | ", ", ", " — ", " at ", " · "));
    v.put("entry.place", List.of("shown", "hidden"));
    v.put("entry.dates", List.of("inline", "right-table", "right-float", "own-line-above", "own-line-below", "left-column"));
    v.put("date.format", List.of("Mar 2021", "March 2021", "03/2021", "2021-03", "2021", "Mar. 2021", "03.2021"));
    v.put("date.present", List.of("Present", "Current", "Now"));
    v.put("date.dash", List.of(" – ", " - ", " — ", " to "));
    v.put("bullet.marker", List.of("•", "–", "▪", "◦", "none-indented", "paragraph"));
    v.put("education.form", List.of("degree in area", "area, degree", "degree, area"));
    v.put("education.school", List.of("before", "after"));
    v.put("education.grade", List.of("same-line", "own-line", "labelled", "left-out"));
    v.put("education.dates", List.of("span", "end-only"));
    v.put("skills.form", List.of("comma", "group-lines", "one-per-line", "tags", "columns", "group-headings", "group-tags"));
    v.put("contact.form", List.of("one-line", "lines", "labelled", "icons"));
    v.put("contact.sep", List.of(" | ", " · ", " • ", ", "));
    v.put("contact.order", List.of("email-first", "place-first"));
    v.put("languages.form", List.of("parens", "dash", "colon", "name-only"));
    v.put("languages.layout", List.of("lines", "one-line"));
    v.put("certificates.form", List.of("dash", "parens", "two-lines", "date-right"));
    v.put("certificates.issuer", List.of("shown", "left-out"));
    v.put("projects.form", List.of("dash", "name-over", "colon"));
    v.put("name.case", List.of("as-written", "UPPER"));
    v.put("label", List.of("shown", "left-out"));
    v.put("columns", List.of("one", "one", "sidebar-left", "sidebar-right"));
    v.put("font", List.of("Noto Serif", "Liberation Serif", "Noto Sans", "Carlito", "Liberation Sans"));
    v.put("font.size", List.of("9", "10", "10.5", "11", "12"));
    v.put("margins", List.of("12mm", "18mm", "25mm"));
    return Collections.unmodifiableMap(v);
  }

  /** Every choice drawn from {@code random}, then made consistent. */
  static GeneratedLayout draw(SplittableRandom random) {
    Map<String, String> c = new LinkedHashMap<>();
    VALUES.forEach((name, values) -> c.put(name, GeneratedPeople.pick(random, values)));
    if (c.get("entry.sep").equals(" at ")) {
      // "Title at Employer" reads one way only, and on one line
      c.put("entry.order", "title-first");
      if (c.get("entry.lines").equals("three")) {
        c.put("entry.lines", "two");
      }
    }
    if (c.get("heading.place").equals("left-gutter") && Double.parseDouble(c.get("heading.size")) > 1.15) {
      // a heading in a narrow gutter is set small, as such layouts do, so that it fits
      c.put("heading.size", "1.15");
    }
    if (c.get("columns").startsWith("sidebar")) {
      // the gutter is a column of its own: a page has a sidebar or a gutter, not both
      c.put("heading.place", "above");
    } else {
      c.remove("heading.contact");
    }
    return new GeneratedLayout(Collections.unmodifiableMap(c));
  }

  public String get(String name) {
    String value = choices.get(name);
    if (value == null) {
      throw new IllegalArgumentException("no choice " + name);
    }
    return value;
  }

  boolean is(String name, String value) {
    return value.equals(choices.get(name));
  }
}
