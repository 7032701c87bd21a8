package org.createyourresume.importer.confidence;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.createyourresume.ats.parse.Dates;
import org.createyourresume.ats.parse.ResumeParser;
import org.createyourresume.ats.parse.TextNorm;
import org.createyourresume.model.Basics;
import org.createyourresume.model.Certificate;
import org.createyourresume.model.Education;
import org.createyourresume.model.Project;
import org.createyourresume.model.Resume;
import org.createyourresume.model.Skill;
import org.createyourresume.model.Work;

/**
 * Plausibility flags: whether what the import put in a field can be that kind of field at all,
 * read from the field's text alone and never from how the page looked, so that they hold on
 * layouts no rule was written from. A school that reads like a degree, a job title that is a
 * sentence, dates that end before they start, a name of two capitals: each is wrong whatever the
 * layout, and each flag says which of these it saw. Stateless.
 */
public final class Plausibility {

  /** The kinds of implausible content, each with the reason the review gives. */
  public enum Check {
    /** The school holds a degree and no word of a place of learning, or the degree holds a school. */
    SCHOOL_DEGREE_SWAPPED,
    /** The subject or degree holds a grade ("Distinction", "GPA 3.7") while the grade is empty. */
    GRADE_IN_SUBJECT,
    /** A job title that reads like a sentence: long, ends with a comma, starts in lower case. */
    TITLE_SENTENCE,
    /** An employer that holds a date, reads like a sentence, or is a place of the same resume. */
    EMPLOYER_ODD,
    /** Dates that end before they start, lie years ahead, or span more than fifty years. */
    DATES_IMPLAUSIBLE,
    /** A name with digits or an @, more than five words, or only initials. */
    NAME_ODD,
    /** A job's place that holds a year, an @ or a job title. */
    PLACE_ODD,
    /** A line of an entry's text that reads like another entry's title or dates line. */
    TEXT_AS_HEADING,
    /** A skill item longer than five words or ending like a sentence. */
    LONG_KEYWORD,
    /** The same text in two fields of one entry. */
    SAME_TEXT_TWICE,
    /** A dated entry with neither of its two titles. */
    ALMOST_EMPTY,
    /** A project without technologies whose text ends in a short list of them. */
    TECHNOLOGIES_IN_TEXT,
    /** A certificate's issuer holding a number, a comma or a level word: the name cut short. */
    CERTIFICATE_CUT,
    /** Contact details found but no place. */
    NO_PLACE,
    /** A headline holding contact details, or as long as a paragraph. */
    HEADLINE_ODD,
    /** A spoken language holding a digit or several words. */
    LANGUAGE_ODD,
    /** A school holding a year, or reading like a sentence. */
    SCHOOL_ODD,
    /** A subject that starts like a degree: the degree run into it. */
    DEGREE_IN_SUBJECT,
    /** A field most other entries of the list have, empty in this one. */
    MISSING_BESIDE_OTHERS
  }

  /**
   * One implausible field or entry.
   *
   * @param check which plausibility rule it failed
   * @param pointer the JSON pointer of the field or its entry
   * @param noun what it is, for the warning ("school", "the name")
   * @param reason what was implausible, as the end of "not sure of this …: …"
   */
  public record Finding(Check check, String pointer, String noun, String reason) {

    /** The review's message for it. */
    public String message() {
      return "not sure of " + (noun.startsWith("the ") ? noun : "this " + noun) + ": " + reason
          + "; check it against the file";
    }
  }

  /** An e-mail, a web address or a phone number. */
  private static final Pattern CONTACT = Pattern.compile("@|https?://|www\\.|\\+\\d{2}|\\d{3}[ .-]\\d{3,4}[ .-]\\d{3,4}");
  /** A year of four digits standing alone. */
  private static final Pattern YEAR = Pattern.compile("(?<![\\d])(19\\d\\d|20\\d\\d)(?![\\d])");
  /** A grade printed after a subject. */
  private static final Pattern GRADE = Pattern.compile(
      "(?i)\\b(c?gpa|grade|distinction|merit|honou?rs|cum laude|first class|upper second|lower second|2:[12]|\\d{2}(\\.\\d)?\\s?%)\\b|\\d%");
  /** A number standing alone as a word ("8", "7-12"): names of organisations rarely hold one. */
  private static final Pattern BARE_NUMBER = Pattern.compile("(?<![\\p{L}\\d])\\d+(-\\d+)?(?![\\p{L}\\d])");
  /** Words that name the level or role a certificate is for, which belong in its name. */
  private static final Pattern LEVEL = Pattern.compile(
      "(?i)^(associate|professional|practitioner|expert|specialist|foundation|fundamentals|programmer|developer|"
          + "administrator|architect|level|part|advanced|intermediate|beginner)\\b");
  /** An item of a technologies list: a short run of words with no sentence punctuation. */
  private static final Pattern LIST_ITEM = Pattern.compile("[\\p{L}\\d][\\p{L}\\d.+#/&-]*( [\\p{L}\\d.+#/&-]+){0,2}");

  private Plausibility() {}

  /** The implausible fields of {@code resume}: the header's first, then list by list. */
  public static List<Finding> check(Resume resume) {
    return check(resume, Year.now().getValue());
  }

  /** As {@link #check(Resume)}, with the year dates are judged against. */
  static List<Finding> check(Resume resume, int thisYear) {
    List<Finding> out = new ArrayList<>();
    Basics basics = resume.basicsOrEmpty();
    name(basics, out);
    if ((basics.email() != null || basics.phone() != null) && (basics.location() == null
        || basics.location().city() == null && basics.location().region() == null
        && basics.location().countryCode() == null)) {
      out.add(new Finding(Check.NO_PLACE, "/basics/location", "the place",
          "contact details were found but no place, which most resumes give beside them"));
    }
    String label = basics.label() == null ? "" : basics.label().strip();
    if (!label.isEmpty() && (CONTACT.matcher(label).find() || words(label) > 12)) {
      out.add(new Finding(Check.HEADLINE_ODD, "/basics/label", "the headline", CONTACT.matcher(label).find()
          ? "it holds an e-mail address, a phone number or a web address" : "it is " + words(label)
          + " words long, more like the summary than a headline"));
    }
    if (basics.summary() != null) {
      List.of(basics.summary().split("\n")).stream().filter(Plausibility::headingLine).findFirst().ifPresent(line ->
          out.add(new Finding(Check.TEXT_AS_HEADING, "/basics/summary", "the summary", "the line \"" + shorten(line)
              + "\" reads like a job's title or dates, so entries may have been read into it")));
    }
    for (int i = 0; i < resume.languageList().size(); i++) {
      String language = resume.languageList().get(i).language();
      if (language != null && (language.matches(".*\\d.*") || words(language) > 3)) {
        out.add(new Finding(Check.LANGUAGE_ODD, "/languages/" + i, "language", "\"" + shorten(language)
            + "\" holds a digit or several words, more than the name of a language"));
      }
    }
    List<String> places = new ArrayList<>();
    if (basics.location() != null) {
      places.add(basics.location().city());
      places.add(basics.location().region());
    }
    for (int i = 0; i < resume.workList().size(); i++) {
      Work w = resume.workList().get(i);
      work("/work/" + i, w.name(), w.position(), w.location(), w.startDate(), w.endDate(), lines(w.summary(),
          w.highlightList()), places, thisYear, out);
    }
    for (int i = 0; i < resume.volunteerList().size(); i++) {
      var v = resume.volunteerList().get(i);
      work("/volunteer/" + i, v.organization(), v.position(), null, v.startDate(), v.endDate(), lines(v.summary(),
          v.highlightList()), places, thisYear, out);
    }
    for (int i = 0; i < resume.educationList().size(); i++) {
      education("/education/" + i, resume.educationList().get(i), thisYear, out);
    }
    missing("/work/", "job", resume.workList(), new String[] {"location", "position", "name", "startDate"},
        new String[] {"place", "title", "employer", "start date"},
        w -> new String[] {w.location(), w.position(), w.name(), w.startDate()}, out);
    missing("/education/", "school", resume.educationList(), new String[] {"institution", "studyType", "area"},
        new String[] {"school", "degree", "subject"}, e -> new String[] {e.institution(), e.studyType(), e.area()}, out);
    for (int i = 0; i < resume.projectList().size(); i++) {
      project("/projects/" + i, resume.projectList().get(i), out);
    }
    for (int i = 0; i < resume.certificateList().size(); i++) {
      certificate("/certificates/" + i, resume.certificateList().get(i), out);
    }
    for (int i = 0; i < resume.skillList().size(); i++) {
      Skill s = resume.skillList().get(i);
      String at = "/skills/" + i;
      s.keywordList().stream().filter(k -> words(k) > 5 || k.strip().endsWith(".")).findFirst().ifPresent(k ->
          out.add(new Finding(Check.LONG_KEYWORD, at, "skill group", "the item \"" + shorten(k)
              + "\" is a run of words rather than a skill, so a sentence or several items may have been read into it")));
    }
    return out;
  }

  /** The header's name: digits, an address, more than five words, or initials alone. */
  private static void name(Basics basics, List<Finding> out) {
    String name = basics.name();
    if (name == null || name.isBlank()) {
      return;
    }
    String n = name.strip();
    String why = n.matches(".*[\\d@].*") ? "it holds digits or an @, which a name does not"
        : words(n) > 5 ? "it has " + words(n) + " words, more than a name has"
        : n.replaceAll("[\\s.]", "").length() <= 3 ? "it is only " + n.replaceAll("[\\s.]", "").length()
            + " letters, which may be a monogram of initials rather than the name"
        : null;
    if (why != null) {
      out.add(new Finding(Check.NAME_ODD, "/basics/name", "the name", why));
    } else if (basics.label() != null && TextNorm.key(basics.label()).equals(TextNorm.key(n))) {
      out.add(new Finding(Check.SAME_TEXT_TWICE, "/basics/label", "the headline", "it is the name again"));
    }
  }

  private static void work(String at, String employer, String title, String place, String start, String end,
      List<String> text, List<String> places, int thisYear, List<Finding> out) {
    dates(at, "job", start, end, thisYear, out);
    if (title != null && sentence(title)) {
      out.add(new Finding(Check.TITLE_SENTENCE, at + "/position", "job title", "\"" + shorten(title)
          + "\" reads like part of a sentence (long, in lower case, with a percentage or ending in punctuation), not a job title"));
    }
    if (employer != null) {
      String e = employer.strip();
      String why = YEAR.matcher(e).find() ? "it holds a year, which belongs in the dates"
          : sentence(e) ? "it reads like part of a sentence (long, in lower case, with a percentage or ending in punctuation)"
          : places.stream().filter(Objects::nonNull).anyMatch(p -> TextNorm.key(p).equals(TextNorm.key(e)))
              ? "it is the name of a place given elsewhere in the resume"
          : null;
      if (why != null) {
        out.add(new Finding(Check.EMPLOYER_ODD, at + "/name", "employer", why));
      }
    }
    if (place != null && (YEAR.matcher(place).find() || place.contains("@") || ResumeParser.looksLikeJobTitle(place))) {
      out.add(new Finding(Check.PLACE_ODD, at + "/location", "job's place", "\"" + shorten(place)
          + "\" holds a year, an address or a job title rather than a place"));
    }
    String same = same(employer, title, place);
    if (same != null) {
      out.add(new Finding(Check.SAME_TEXT_TWICE, at, "job", "\"" + shorten(same)
          + "\" was read into two of its fields, so one of them may belong elsewhere"));
    }
    if (employer == null && title == null && (start != null || end != null)) {
      out.add(new Finding(Check.ALMOST_EMPTY, at, "job", "it has dates but neither an employer nor a title, so they"
          + " may have been read into the entry before"));
    }
    text.stream().filter(Plausibility::headingLine).findFirst().ifPresent(line -> out.add(new Finding(
        Check.TEXT_AS_HEADING, at, "job", "the line \"" + shorten(line) + "\" of its text reads like another"
        + " entry's title or dates, so the next entry may have been run into it")));
  }

  private static void education(String at, Education e, int thisYear, List<Finding> out) {
    dates(at, "school", e.startDate(), e.endDate(), thisYear, out);
    String school = e.institution();
    boolean schoolIsDegree = school != null && ResumeParser.looksLikeDegree(school) && !ResumeParser.looksLikeSchool(school);
    String degreeIsSchool = java.util.stream.Stream.of(e.studyType(), e.area())
        .filter(d -> d != null && ResumeParser.looksLikeSchool(d) && !ResumeParser.looksLikeDegree(d)).findFirst()
        .orElse(null);
    if (schoolIsDegree || degreeIsSchool != null && (school == null || !ResumeParser.looksLikeSchool(school))) {
      out.add(new Finding(Check.SCHOOL_DEGREE_SWAPPED, at, "school", schoolIsDegree
          ? "the school \"" + shorten(school) + "\" reads like a degree, so school and degree may be swapped"
          : "the degree or subject \"" + shorten(degreeIsSchool) + "\" reads like a school, so school and degree may be"
              + " swapped"));
    }
    if (e.score() == null) {
      String field = e.area() != null && GRADE.matcher(e.area()).find() ? "area"
          : e.studyType() != null && GRADE.matcher(e.studyType()).find() ? "studyType" : null;
      if (field != null) {
        String why = "\"" + shorten(field.equals("area") ? e.area() : e.studyType()) + "\" holds a grade, which belongs"
            + " in the grade field";
        out.add(new Finding(Check.GRADE_IN_SUBJECT, at + "/" + field, field.equals("area") ? "subject" : "degree", why));
        out.add(new Finding(Check.GRADE_IN_SUBJECT, at + "/score", "grade", "none was found, and " + why));
      }
    }
    if (school != null && (YEAR.matcher(school).find() || sentence(school))) {
      out.add(new Finding(Check.SCHOOL_ODD, at + "/institution", "school", "\"" + shorten(school) + "\" holds a year or"
          + " reads like part of a sentence, not the name of a school"));
    }
    if (e.area() != null && ResumeParser.looksLikeDegree(e.area())) {
      String why = "the subject \"" + shorten(e.area()) + "\" starts like a degree, so the degree may have been run into"
          + " it";
      out.add(new Finding(Check.DEGREE_IN_SUBJECT, at + "/area", "subject", why));
      out.add(new Finding(Check.DEGREE_IN_SUBJECT, at + "/studyType", "degree", why));
    }
    String same = same(school, e.studyType(), e.area());
    if (same != null) {
      out.add(new Finding(Check.SAME_TEXT_TWICE, at, "school", "\"" + shorten(same)
          + "\" was read into two of its fields, so one of them may belong elsewhere"));
    }
    if (school == null && e.studyType() == null && e.area() == null && (e.startDate() != null || e.endDate() != null)) {
      out.add(new Finding(Check.ALMOST_EMPTY, at, "school", "it has dates but no school and no degree, so they may"
          + " have been read into the entry before"));
    }
    e.courseList().stream().filter(Plausibility::headingLine).findFirst().ifPresent(line -> out.add(new Finding(
        Check.TEXT_AS_HEADING, at, "school", "the line \"" + shorten(line) + "\" of its text reads like another"
        + " entry's title or dates, so the next entry may have been run into it")));
  }

  private static void project(String at, Project p, List<Finding> out) {
    if (!p.keywordList().isEmpty()) {
      return;
    }
    String description = p.description() == null ? "" : p.description().strip();
    String last = description.isEmpty() ? "" : description.substring(description.lastIndexOf('\n') + 1).strip();
    // roles that are two or more names without a role word among them are technologies too
    List<String> roles = p.roleList();
    boolean rolesAreTools = roles.size() >= 2 && roles.stream().allMatch(r -> technologies(r + ", " + r)
        && !ResumeParser.looksLikeJobTitle(r));
    if (technologies(last) || rolesAreTools) {
      String list = technologies(last) ? last : String.join(", ", roles);
      String field = technologies(last) ? "description" : "roles";
      String why = "\"" + shorten(list) + "\" reads like its technologies but was read as its " + (field.equals("roles")
          ? "roles" : "description");
      out.add(new Finding(Check.TECHNOLOGIES_IN_TEXT, at + "/" + field, "project's " + (field.equals("roles")
          ? "roles" : "description"), why));
      out.add(new Finding(Check.TECHNOLOGIES_IN_TEXT, at + "/keywords", "project's technologies", "none were found, and "
          + why));
    }
  }

  private static void certificate(String at, Certificate c, List<Finding> out) {
    String issuer = c.issuer() == null ? "" : c.issuer().strip();
    if (!issuer.isEmpty() && (BARE_NUMBER.matcher(issuer).find() || issuer.contains(",")
        || LEVEL.matcher(issuer).find())) {
      String why = "the issuer \"" + shorten(issuer) + "\" holds a number, a comma or a level, so the certificate's name"
          + " may have been cut short into it";
      out.add(new Finding(Check.CERTIFICATE_CUT, at + "/name", "certificate's name", why));
      out.add(new Finding(Check.CERTIFICATE_CUT, at + "/issuer", "certificate's issuer", why));
    }
  }

  /**
   * A field empty in one entry while at least two others of its list, and two thirds of them,
   * have it: a job without a place among jobs with places. What a resume leaves out it mostly
   * leaves out everywhere; one gap among many is more often a field read into another one.
   * {@code values} gives an entry's fields in the order of {@code fields} and {@code names}.
   */
  private static <T> void missing(String list, String noun, List<T> entries, String[] fields, String[] names,
      java.util.function.Function<T, String[]> values, List<Finding> out) {
    if (entries.size() < 3) {
      return;
    }
    for (int i = 0; i < entries.size(); i++) {
      String[] own = values.apply(entries.get(i));
      for (int f = 0; f < fields.length; f++) {
        if (own[f] != null && !own[f].isBlank()) {
          continue;
        }
        int field = f;
        long others = entries.stream().map(values).filter(v -> v[field] != null && !v[field].isBlank()).count();
        if (others >= 2 && others * 3 >= (entries.size() - 1) * 2L) {
          out.add(new Finding(Check.MISSING_BESIDE_OTHERS, list + i + "/" + fields[f], noun + "'s " + names[f],
              "none was found, while " + others + " of the other " + (entries.size() - 1) + " have one, so it may have"
              + " been read into another field"));
        }
      }
    }
  }

  /** Dates that cannot be one entry's: ending before the start, years ahead, over fifty years. */
  private static void dates(String at, String noun, String start, String end, int thisYear, List<Finding> out) {
    int from = year(start);
    int to = year(end);
    String why = from > 0 && to > 0 && (to < from || to == from && month(end) > 0 && month(end) < month(start))
        ? "its dates end before they start"
        : Math.max(from, to) > thisYear + 6 ? "its dates lie more than six years ahead"
        : from > 0 && to > 0 && to - from > 50 ? "its dates span more than fifty years"
        : null;
    if (why != null) {
      out.add(new Finding(Check.DATES_IMPLAUSIBLE, at, noun, why + ", so they may belong to another entry or be misread"));
    }
  }

  /**
   * A title that reads like a sentence: over eight words, lower case first, a comma or colon
   * last, a percentage, or four words and more ending in a full stop after a lower-case word (not
   * after an abbreviation such as "sp. z o.o." or "ehf.", which end many company names).
   */
  static boolean sentence(String text) {
    String s = text.strip();
    return !s.isEmpty() && (words(s) > 8 || Character.isLowerCase(s.codePointAt(0)) || s.matches(".*[,;:]$")
        || s.contains("%") || words(s) >= 4 && s.matches(".*\\s\\p{Ll}{4,}\\.$"));
  }

  /**
   * A line of an entry's text that is another entry's heading: short, no sentence, with a date
   * range in it ("Staff Nurse, 2018 – 2021", "09/2018 – 04/2021").
   */
  static boolean headingLine(String line) {
    String s = line.strip();
    if (s.isEmpty() || s.endsWith(".")) {
      return false;
    }
    boolean dates = words(s) <= 8 && YEAR.matcher(s).find() && Dates.get().find(s)
        .filter(span -> span.end() != null || span.current()).isPresent();
    // a job title alone on a line ("Senior Software Engineer"): every word capitalised, a role word
    boolean title = words(s) <= 4 && ResumeParser.looksLikeJobTitle(s)
        && java.util.Arrays.stream(s.split("\\s+")).allMatch(w -> Character.isUpperCase(w.codePointAt(0)));
    return dates || title;
  }

  /** A line of two to eight short comma-separated items with nothing else: a technologies list. */
  static boolean technologies(String line) {
    String s = line.strip();
    if (s.endsWith(".") || !s.contains(",")) {
      return false;
    }
    String[] items = s.split("\\s*,\\s*");
    if (items.length < 2 || items.length > 8) {
      return false;
    }
    for (String item : items) {
      if (!LIST_ITEM.matcher(item).matches() || Character.isLowerCase(item.codePointAt(0))) {
        return false;
      }
    }
    return true;
  }

  /** The first text found in two of the fields, compared without case or punctuation. */
  private static String same(String... fields) {
    for (int i = 0; i < fields.length; i++) {
      for (int j = i + 1; j < fields.length; j++) {
        if (fields[i] != null && fields[j] != null && !TextNorm.key(fields[i]).isEmpty()
            && TextNorm.key(fields[i]).equals(TextNorm.key(fields[j]))) {
          return fields[i].strip();
        }
      }
    }
    return null;
  }

  private static List<String> lines(String summary, List<String> highlights) {
    List<String> lines = new ArrayList<>();
    if (summary != null) {
      lines.addAll(List.of(summary.split("\n")));
    }
    lines.addAll(highlights);
    return lines;
  }

  /** The year of an ISO date ("2019-03"), 0 when there is none. */
  private static int year(String date) {
    return date != null && date.matches("\\d{4}.*") ? Integer.parseInt(date.substring(0, 4)) : 0;
  }

  private static int month(String date) {
    return date != null && date.matches("\\d{4}-\\d{2}.*") ? Integer.parseInt(date.substring(5, 7)) : 0;
  }

  private static int words(String text) {
    return text.strip().split("\\s+").length;
  }

  private static String shorten(String text) {
    String s = text.strip().replace('\n', ' ');
    return s.length() <= 50 ? s : s.substring(0, 47) + "…";
  }
}
