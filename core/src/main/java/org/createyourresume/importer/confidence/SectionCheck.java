package org.createyourresume.importer.confidence;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.createyourresume.ats.parse.DateSpan;
import org.createyourresume.ats.parse.Dates;
import org.createyourresume.ats.parse.ParsedResume;
import org.createyourresume.ats.parse.ParsedSection;
import org.createyourresume.ats.parse.ResumeParser;
import org.createyourresume.ats.parse.SectionKind;
import org.createyourresume.json.JsonResumeWriter;
import org.createyourresume.model.Basics;
import org.createyourresume.model.Problem;
import org.createyourresume.model.Resume;
import tools.jackson.databind.JsonNode;

/**
 * Section flags: the evidence that a whole section was read incompletely, which no flag on a
 * field can point at, since the fields that went missing are not there to point at. A section
 * whose printed lines did not reach any of its entries, whose heading was found with nothing under
 * it, that was read twice (a sub-heading taken for a section), or that is followed by a custom
 * section holding dated lines (its later entries cut off under a running header or a title read
 * as a heading) gets an {@value Confidence#CODE} warning at its list ({@code /skills}), naming
 * what the import was unsure of; the review marks the section as a whole. Stateless.
 */
final class SectionCheck {

  /** The list each section kind's entries go to; kinds without a list of their own are absent. */
  private static final Map<SectionKind, String> LISTS = new EnumMap<>(SectionKind.class);

  static {
    LISTS.put(SectionKind.EXPERIENCE, "/work");
    LISTS.put(SectionKind.EDUCATION, "/education");
    LISTS.put(SectionKind.VOLUNTEER, "/volunteer");
    LISTS.put(SectionKind.PROJECTS, "/projects");
    LISTS.put(SectionKind.CERTIFICATIONS, "/certificates");
    LISTS.put(SectionKind.AWARDS, "/awards");
    LISTS.put(SectionKind.PUBLICATIONS, "/publications");
    LISTS.put(SectionKind.SKILLS, "/skills");
    LISTS.put(SectionKind.LANGUAGES, "/languages");
    LISTS.put(SectionKind.INTERESTS, "/interests");
    LISTS.put(SectionKind.REFERENCES, "/references");
  }

  /** The kinds of section whose entries carry dates and titles that can be set like headings. */
  private static final Set<SectionKind> DATED =
      java.util.EnumSet.of(SectionKind.EXPERIENCE, SectionKind.EDUCATION, SectionKind.VOLUNTEER, SectionKind.PROJECTS);
  /** A word of two letters or more (digits and dates are rewritten by the mapper, so not counted). */
  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}'’]+");
  /** A short label before a colon at the start of a line. */
  private static final Pattern LABELLED = Pattern.compile("^\\s*[\\p{L} ]{1,20}:\\s");
  /** A skill that reads like a certificate's name. */
  private static final Pattern CERTIFICATE = Pattern.compile("(?i)\\bcertifi(ed|cates?|cations?)\\b");
  /** A line break after a word, before a word in lower case: a sentence broken over two lines. */
  private static final Pattern WRAPPED = Pattern.compile("\\p{L}\\n\\p{Ll}");
  /** A full stop at the end of a line, a capital after it: a paragraph break, or a wrap read as one. */
  private static final Pattern SENTENCE_BREAK = Pattern.compile("[.!?]\\n\\p{Lu}");
  /** A bullet mark at the start of a line, as OCR reads it. */
  private static final Pattern BULLET = Pattern.compile("(?m)^\\s*[»•▪●◦‣*·]\\s");
  /** "Senior Engineer at Acme": a title still in the employer. */
  private static final Pattern AT = Pattern.compile("\\s(at|@)\\s");
  /** A label printed before a contact detail, read as the place itself. */
  private static final Pattern LABEL = Pattern.compile("(?i)(address|location|city|phone|e-?mail|website)\\b.*");

  /** What the review calls the header fields this check flags. */
  private static final Map<String, String> HEADER =
      Map.of("/basics/location", "place", "/basics/name", "name", "/basics/summary", "summary");

  private SectionCheck() {}

  /** Adds the section flags of an import to {@code warnings}, at most one per list. */
  static void flag(ParsedResume parsed, Resume resume, List<Problem> warnings) {
    Map<String, String> why = new LinkedHashMap<>();
    JsonNode tree = new JsonResumeWriter().toTree(resume);
    Map<String, Set<String>> words = new LinkedHashMap<>();
    Map<SectionKind, Integer> seen = new EnumMap<>(SectionKind.class);
    parsed.sections().forEach(s -> seen.merge(s.kind(), 1, Integer::sum));
    List<ParsedSection> sections = parsed.sections();
    for (int i = 0; i < sections.size(); i++) {
      ParsedSection s = sections.get(i);
      String list = LISTS.get(s.kind());
      if (list == null) {
        continue;
      }
      String heading = "\"" + shorten(s.heading()) + "\"";
      if (s.lines().stream().allMatch(String::isBlank)) {
        why.putIfAbsent(list, "the heading " + heading + " was found with nothing under it, so its items may be missing"
            + " or read into another section");
        continue;
      }
      if (seen.get(s.kind()) > 1) {
        why.putIfAbsent(list, "two headings were read as this section, so a sub-heading may have been taken for a"
            + " section and items put in the wrong one");
      }
      // a skills block may hold the spoken languages ("Spoken Languages: English (Fluent)"), which
      // the mapper moves to the languages list: those lines are not lost
      Set<String> found = words.computeIfAbsent(list, l -> words(text(tree.at(l))
          + (s.kind() == SectionKind.SKILLS ? "\n" + text(tree.at("/languages")) : "")));
      List<String> lost = s.lines().stream().filter(line -> lost(line, found)).toList();
      if (!lost.isEmpty()) {
        why.putIfAbsent(list, lost.size() == 1
            ? "the line \"" + shorten(lost.get(0)) + "\" under " + heading + " is in none of its entries"
            : lost.size() + " lines under " + heading + " (\"" + shorten(lost.get(0)) + "\"…) are in none of its entries");
      }
      if (DATED.contains(s.kind()) && i + 1 < sections.size() && entryAsHeading(sections.get(i + 1), resume)) {
        ParsedSection next = sections.get(i + 1);
        int dated = Confidence.ranges(next);
        String last = s.lines().get(s.lines().size() - 1);
        if (dated > 0) {
          why.putIfAbsent(list, "the section after it, \"" + shorten(next.heading()) + "\", was not recognised and holds "
              + dated + (dated == 1 ? " date range" : " date ranges") + ", so some of its entries may have been cut off"
              + " into it");
        } else if (words(last).isEmpty() && Dates.get().find(last).isPresent()) {
          why.putIfAbsent(list, "its last line is a date with nothing after it, and the section after it, \""
              + shorten(next.heading()) + "\", was not recognised, so that may be the entry the date belongs to");
        }
      }
    }
    for (int g = 0; g < resume.skillList().size(); g++) {
      var group = resume.skillList().get(g);
      Optional<String> certificate = java.util.stream.Stream.concat(java.util.stream.Stream.ofNullable(group.name()),
          group.keywordList().stream()).filter(k -> CERTIFICATE.matcher(k).find()).findFirst();
      if (certificate.isPresent()) {
        String k = shorten(certificate.get());
        why.putIfAbsent("/skills/" + g, "\"" + k + "\" reads like a certificate, so certificates may have been read"
            + " into this skill group");
        why.putIfAbsent("/certificates", "\"" + k + "\" was read as a skill but reads like a certificate, so this"
            + " list may be missing some");
      }
    }
    entries(resume, why);
    header(resume.basicsOrEmpty(), !parsed.unsectioned().isEmpty(), why);
    for (Map.Entry<String, String> e : why.entrySet()) {
      if (warnings.stream().noneMatch(w -> w.pointer().equals(e.getKey()) && w.code().equals(Confidence.CODE))) {
        warnings.add(Problem.warning(Confidence.CODE, e.getKey(), lead(e.getKey()) + e.getValue()
            + "; check it against the file"));
      }
    }
  }

  /**
   * The share of the document's lines of two words or more (in its sections and above its first
   * heading) whose words mostly reached no field of the import: text the reading lost or could not
   * place, whatever the layout.
   */
  static double unread(ParsedResume parsed, Resume resume) {
    Set<String> found = words(text(new JsonResumeWriter().toTree(resume)));
    int lines = 0;
    int lost = 0;
    List<String> all = new ArrayList<>(parsed.unsectioned());
    parsed.sections().forEach(s -> all.addAll(s.lines()));
    for (String line : all) {
      if (words(line).size() >= 2) {
        lines++;
        lost += lost(line, found) ? 1 : 0;
      }
    }
    return lines == 0 ? 0 : (double) lost / lines;
  }

  /** How a flag's message starts, by what it points at. */
  private static String lead(String pointer) {
    if (pointer.startsWith("/skills/")) {
      return "not sure of this skill group: ";
    }
    if (pointer.startsWith("/work/")) {
      return "not sure of this job: ";
    }
    return pointer.startsWith("/basics/") ? "not sure of the " + HEADER.getOrDefault(pointer, "field") + ": "
        : "not sure this section is complete: ";
  }

  /**
   * Whether a section kept as custom has a heading that reads like an entry's title rather than a
   * section's: a job title, a school or degree, a company, or the person's own name (a running
   * header on a later page).
   */
  private static boolean entryAsHeading(ParsedSection section, Resume resume) {
    String heading = section.heading() == null ? "" : section.heading().strip();
    String name = resume.basicsOrEmpty().name();
    return section.kind() == SectionKind.OTHER && !heading.isEmpty() && (ResumeParser.looksLikeJobTitle(heading)
        || ResumeParser.looksLikeSchool(heading) || ResumeParser.looksLikeDegree(heading)
        || name != null && heading.equalsIgnoreCase(name.strip()));
  }

  /**
   * Entries whose text shows it was cut or joined in the wrong place: a job's description that
   * starts in lower case (the end of a line above) or holds bullet marks (its bullets read as
   * text), an employer that still holds "at" and the title before it, and a project's description
   * running over three lines or more (the next project read into it).
   */
  private static void entries(Resume resume, Map<String, String> why) {
    for (int i = 0; i < resume.workList().size(); i++) {
      var w = resume.workList().get(i);
      String text = w.summary() == null ? "" : w.summary().strip();
      if (!text.isEmpty() && (Character.isLowerCase(text.codePointAt(0)) || BULLET.matcher(text).find())) {
        why.putIfAbsent("/work/" + i, "its description " + (Character.isLowerCase(text.codePointAt(0))
            ? "starts in lower case, so it may be the end of a line above" : "holds bullet marks, so its bullets may"
            + " have been read as its description"));
      }
      if (w.name() != null && AT.matcher(w.name()).find()) {
        why.putIfAbsent("/work/" + i, "the employer \"" + shorten(w.name()) + "\" holds \"at\", so the job title may be"
            + " part of it");
      }
    }
    for (int i = 0; i < resume.projectList().size(); i++) {
      String text = resume.projectList().get(i).description();
      if (text != null && text.strip().split("\n").length >= 3) {
        why.putIfAbsent("/projects", "a project's description runs over " + text.strip().split("\n").length
            + " lines, so the next project may have been read into it");
      }
    }
  }

  /**
   * The header: no name, a summary broken mid-sentence, a place that is a label, or no place
   * where contact details were found and some text above the first heading went nowhere.
   */
  private static void header(Basics basics, boolean unplaced, Map<String, String> why) {
    if (basics.name() == null || basics.name().isBlank()) {
      why.put("/basics/name", "no name was found, so it may have been read into another field or left out");
    }
    String summary = basics.summary() == null ? "" : basics.summary().strip();
    if (WRAPPED.matcher(summary).find()) {
      why.put("/basics/summary", "a line of it breaks in the middle of a sentence, so lines may have been joined or"
          + " split in the wrong place");
    } else if (SENTENCE_BREAK.matcher(summary).find()) {
      // a page whose bullet marks are drawn makes every sentence at a line's end an item of its
      // own, so a paragraph that wrapped right after a full stop reads as two
      why.put("/basics/summary", "it was read as several paragraphs, each ending a sentence at a line's end; if it is"
          + " one paragraph, join them");
    }
    var place = basics.location();
    String city = place == null ? null : place.city();
    if (city != null && LABEL.matcher(city.strip()).matches()) {
      why.put("/basics/location", "the place reads \"" + shorten(city) + "\", the label of a contact detail, so the place"
          + " itself may be missing");
    } else if ((place == null || city == null && place.region() == null && place.countryCode() == null)
        && (basics.email() != null || basics.phone() != null) && unplaced) {
      why.put("/basics/location", "contact details were found but no place, and some text above the first heading"
          + " could not be placed; the place may be in it");
    }
  }

  /** Whether fewer than half of a line's words (two or more) are anywhere in its list's entries. */
  private static boolean lost(String line, Set<String> found) {
    // a label ("GPA:", "Courses:") is dropped by the mapper, and a date is rewritten
    String rest = LABELLED.matcher(line).replaceFirst("");
    Optional<DateSpan> span = Dates.get().find(rest);
    if (span.isPresent() && span.get().text() != null) {
      rest = rest.replace(span.get().text(), " ");
    }
    Set<String> own = words(rest);
    if (own.size() < 2) {
      return false; // a single word is too little to tell a lost line from a label left out
    }
    long in = own.stream().filter(found::contains).count();
    return in * 2 < own.size();
  }

  /** The lower-cased words of {@code text}. */
  private static Set<String> words(String text) {
    Set<String> words = new HashSet<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      words.add(m.group().toLowerCase(Locale.ROOT));
    }
    return words;
  }

  /** Every text value under {@code node}, one per line. */
  private static String text(JsonNode node) {
    List<String> out = new ArrayList<>();
    collect(node, out);
    return String.join("\n", out);
  }

  private static void collect(JsonNode node, List<String> out) {
    if (node == null || node.isMissingNode()) {
      return;
    }
    if (node.isString()) {
      out.add(node.asString());
    }
    for (JsonNode child : node) {
      collect(child, out);
    }
  }

  private static String shorten(String text) {
    String s = text == null ? "" : text.strip();
    return s.length() <= 50 ? s : s.substring(0, 47) + "…";
  }
}
