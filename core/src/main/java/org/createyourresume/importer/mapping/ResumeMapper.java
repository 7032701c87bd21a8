package org.createyourresume.importer.mapping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.createyourresume.ats.parse.Contact;
import org.createyourresume.ats.parse.DateSpan;
import org.createyourresume.ats.parse.Handle;
import org.createyourresume.ats.parse.ParsedEntry;
import org.createyourresume.ats.parse.ParsedResume;
import org.createyourresume.ats.parse.ParsedSection;
import org.createyourresume.ats.parse.ResumeParser;
import org.createyourresume.ats.parse.SectionKind;
import org.createyourresume.ats.parse.TextNorm;
import org.createyourresume.importer.ImportFormat;
import org.createyourresume.importer.ImportResult;
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
import org.createyourresume.model.Meta;
import org.createyourresume.model.PartialDate;
import org.createyourresume.model.Problem;
import org.createyourresume.model.Profile;
import org.createyourresume.model.Project;
import org.createyourresume.model.Publication;
import org.createyourresume.model.Reference;
import org.createyourresume.model.Resume;
import org.createyourresume.model.SectionId;
import org.createyourresume.model.Skill;
import org.createyourresume.model.Volunteer;
import org.createyourresume.model.Work;
import org.createyourresume.render.words.Wording;

/**
 * Turns what the resume parser read from a document into a JSON Resume: the header into {@code
 * basics}, each recognised section into its JSON Resume list, and sections JSON Resume has no
 * place for into custom sections of our design extension. Whatever is guessed or left out comes
 * back as a warning with the pointer of the field it concerns. Thread-safe and stateless.
 */
public final class ResumeMapper {

  /** Detail labels that hold an education's grade, and those that list its courses. */
  private static final Set<String> SCORE_LABELS = withPrinted("gpa",
      "gpa", "cgpa", "grade", "grades", "score", "result", "classification", "mark", "average");
  private static final Set<String> COURSE_LABELS = withPrinted("courses",
      "courses", "coursework", "relevant coursework", "modules", "subjects", "key courses");
  /** A thesis or dissertation named under a degree, which academic CVs print. */
  private static final Pattern THESIS = Pattern.compile("(?i)\\b(thesis|dissertation)\\b");
  /** Detail labels of a project's technologies, and of its address. */
  private static final Set<String> KEYWORD_LABELS = withPrinted("technologies",
      "technologies", "technology", "tech", "tech stack", "stack", "tools", "keywords", "skills", "built with");
  private static final Set<String> LINK_LABELS = withPrinted("website",
      withPrinted("link", "link", "url", "website", "web", "repository", "repo", "code", "demo", "source").toArray(String[]::new));

  /**
   * {@code labels} and the label {@code key} as the renderer prints it in each of its languages
   * ("Note", "Kurse", "Lien", "Sitio web"), so that our resumes in other languages read back.
   */
  private static Set<String> withPrinted(String key, String... labels) {
    Set<String> all = new java.util.HashSet<>(Set.of(labels));
    for (String tag : Wording.TRANSLATED) {
      all.add(TextNorm.key(Wording.of(Locale.forLanguageTag(tag)).label(key)));
    }
    return Set.copyOf(all);
  }
  private static final Set<String> SMALL_WORDS =
      Set.of("a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with");

  /**
   * Maps a parsed document.
   *
   * @param format the kind of file it came from, returned in the result
   */
  public ImportResult map(ParsedResume parsed, ImportFormat format) {
    return map(parsed, format, () -> { });
  }

  /**
   * Maps a parsed document, running {@code checkpoint} for every section, so that the caller's
   * deadline (or a cancelled request) can stop the work by throwing.
   */
  public ImportResult map(ParsedResume parsed, ImportFormat format, Runnable checkpoint) {
    return new Mapping(parsed, checkpoint).build(format);
  }

  /** One mapping's state: the lists being filled and the warnings so far. */
  private static final class Mapping {
    final ParsedResume parsed;
    final List<Problem> warnings = new ArrayList<>();
    final List<Work> work = new ArrayList<>();
    final List<Volunteer> volunteer = new ArrayList<>();
    final List<Education> education = new ArrayList<>();
    final List<Award> awards = new ArrayList<>();
    final List<Certificate> certificates = new ArrayList<>();
    final List<Publication> publications = new ArrayList<>();
    final List<Skill> skills = new ArrayList<>();
    final List<Language> languages = new ArrayList<>();
    final List<Interest> interests = new ArrayList<>();
    final List<Reference> references = new ArrayList<>();
    final List<Project> projects = new ArrayList<>();
    final List<CustomSection> custom = new ArrayList<>();
    final List<String> summary = new ArrayList<>();
    final Map<String, String> sectionTitles = new LinkedHashMap<>();
    final Set<String> order = new LinkedHashSet<>();

    final Runnable checkpoint;

    Mapping(ParsedResume parsed, Runnable checkpoint) {
      this.parsed = parsed;
      this.checkpoint = checkpoint;
    }

    ImportResult build(ImportFormat format) {
      for (ParsedSection section : parsed.sections()) {
        checkpoint.run();
        section(section);
      }
      Basics basics = basics();
      Design design = design();
      Resume resume = new Resume(null, basics, orNull(work), orNull(volunteer), orNull(education),
          orNull(awards), orNull(certificates), orNull(publications), orNull(skills), orNull(languages),
          orNull(interests), orNull(references), orNull(projects),
          design == null ? null : new Meta(null, null, null, design, null), null);
      return new ImportResult(resume, format, warnings);
    }

    // ------------------------------------------------------------------ basics

    private Basics basics() {
      if (parsed.name() == null) {
        warn("import.no-name", "/basics/name", "no name was found at the top of the resume; add it");
      }
      Contact c = parsed.contact();
      Location location = Places.parse(c.location());
      String sectionText = String.join("\n", parsed.sections().stream()
          .filter(s -> s.kind() != SectionKind.CONTACT).flatMap(s -> s.lines().stream()).toList());
      String url = null;
      List<Profile> profiles = new ArrayList<>();
      for (String link : c.links()) {
        if (Pattern.compile("(?<![\\w./])" + Pattern.quote(link) + "(?![\\w/])").matcher(sectionText).find()) {
          continue; // a project's or a publication's address, kept there
        }
        String network = Profiles.network(link);
        if (link.endsWith("-")) {
          // no address ends with a hyphen: the rest of it went onto the next line
          warn("import.unsure", network != null ? "/basics/profiles/" + profiles.size() + "/url" : "/basics/url",
              "\"" + link + "\" may have been cut where its line ended; check the address");
        }
        if (network != null) {
          profiles.add(Profiles.fromLink(link, network));
        } else if (url == null) {
          url = Profiles.href(link);
        } else {
          warn("import.link", "/basics/profiles/" + profiles.size(),
              "\"" + link + "\" was kept as a profile; add the name of the network it is on");
          profiles.add(new Profile(null, null, Profiles.href(link), null));
        }
      }
      for (Handle handle : c.handles()) {
        profiles.add(Profiles.fromHandle(handle.network(), handle.username()));
      }
      if (summary.isEmpty() && !parsed.unsectioned().isEmpty()) {
        summary.addAll(parsed.unsectioned());
        warn("import.summary-guessed", "/basics/summary",
            "the text between the contact details and the first heading was read as the summary");
      } else {
        for (String line : parsed.unsectioned()) {
          warn("import.unsectioned", "",
              "\"" + shorten(line) + "\" stood above the first heading and is neither the name nor contact"
                  + " details; it was left out");
        }
      }
      for (String field : c.inHeaderFooterOnly()) {
        warn("import.header-footer", field.equals("links") ? "/basics/profiles" : "/basics/" + field,
            "read from the page header or footer; check it");
      }
      String name = parsed.name();
      if (NameCase.inCapitals(name)) {
        name = NameCase.sentenceCase(name, Locale.ROOT);
        warn("import.unsure", "/basics/name", "the name was printed in capitals and is written here as \""
            + name + "\"; check its capital letters");
      }
      String headline = parsed.headline();
      if (headline != null && TextNorm.allCaps(headline) && headline.split("\\s+").length >= 2) {
        // a template's capitals ("DATA ANALYST"): a job title is most often written in title case
        headline = titleCase(headline);
        warn("import.unsure", "/basics/label", "the headline was printed in capitals and is written here as \""
            + headline + "\"; check its capital letters");
      }
      return new Basics(name, headline, null, c.email(), c.phone(), url,
          summary.isEmpty() ? null : String.join("\n", summary), location, profiles.isEmpty() ? null : profiles,
          null);
    }

    // ------------------------------------------------------------------ sections

    private void section(ParsedSection s) {
      SectionId standard = standardId(s.kind());
      if (standard != null) {
        order.add(standard.id());
        String title = title(s.heading());
        if (!title.equalsIgnoreCase(standard.defaultTitle()) && !sectionTitles.containsKey(standard.id())) {
          sectionTitles.put(standard.id(), title);
        }
      }
      switch (s.kind()) {
        case SUMMARY -> summary.addAll(s.lines());
        case EXPERIENCE -> s.entries().forEach(this::work);
        case EDUCATION -> EducationReader.joinSplitEntries(s.entries()).forEach(this::education);
        case SKILLS -> ListLines.joinDanglingLabels(s.lines()).forEach(this::skill);
        case PROJECTS -> s.entries().forEach(this::project);
        case CERTIFICATIONS -> s.entries().forEach(e -> certificate(e, s.lines()));
        case AWARDS -> s.entries().forEach(this::award);
        case PUBLICATIONS -> s.entries().forEach(this::publication);
        case VOLUNTEER -> s.entries().forEach(this::volunteer);
        case LANGUAGES -> ListLines.joinLevelLines(s.lines()).forEach(l -> languages.addAll(ListLines.languages(l)));
        case INTERESTS -> ListLines.joinDanglingLabels(s.lines()).forEach(l -> interests.addAll(ListLines.interests(l)));
        case REFERENCES -> s.entries().forEach(this::reference);
        case CONTACT -> {
          // read into basics by the parser
        }
        case OTHER -> custom(s);
      }
    }

    private static SectionId standardId(SectionKind kind) {
      return switch (kind) {
        case SUMMARY -> SectionId.SUMMARY;
        case EXPERIENCE -> SectionId.WORK;
        case EDUCATION -> SectionId.EDUCATION;
        case SKILLS -> SectionId.SKILLS;
        case PROJECTS -> SectionId.PROJECTS;
        case CERTIFICATIONS -> SectionId.CERTIFICATES;
        case AWARDS -> SectionId.AWARDS;
        case PUBLICATIONS -> SectionId.PUBLICATIONS;
        case VOLUNTEER -> SectionId.VOLUNTEER;
        case LANGUAGES -> SectionId.LANGUAGES;
        case INTERESTS -> SectionId.INTERESTS;
        case REFERENCES -> SectionId.REFERENCES;
        case CONTACT, OTHER -> null;
      };
    }

    private void work(ParsedEntry printed) {
      Addressed entry = addressed(printed);
      ParsedEntry e = entry.rest();
      String at = "/work/" + work.size();
      Range when = range(e.dates(), false, at);
      if (e.dates() == null) {
        warn("import.no-dates", at + "/startDate", "no dates were found for this job; add them");
      }
      if (e.orderGuessed()) {
        warn("import.order-guessed", at,
            "read \"" + e.company() + "\" as the employer and \"" + e.title() + "\" as the job title;"
                + " swap them if it is the other way round");
      }
      if ((e.company() == null) != (e.title() == null)) {
        warn("import.unsure", at + (e.company() == null ? "/name" : "/position"), "only \""
            + (e.company() == null ? e.title() : e.company()) + "\" was found for this job; the "
            + (e.company() == null ? "employer" : "job title") + " may be in another field or missing");
      }
      if (e.paragraphs().size() >= 2 && e.bullets().isEmpty()) {
        // bullet points whose marks were drawn, not written, read as a description
        warn("import.unsure", at + "/summary", "several lines were read as the job's description; if they are"
            + " bullet points, make them highlights");
      }
      work.add(new Work(e.company(), e.location(), null, e.title(), entry.url(), when.start, when.end,
          text(e.paragraphs(), e.details()), list(e.bullets()), null));
    }

    private void skill(String line) {
      List<Language> spoken = ListLines.spokenLanguages(line);
      if (!spoken.isEmpty()) {
        // "Spoken Languages: English (Fluent), Hindi (Native)" among the skills: languages, not skills
        languages.addAll(spoken);
        return;
      }
      Skill skill = ListLines.skill(line);
      String at = "/skills/" + skills.size();
      List<String> keywords = skill.keywords() == null ? List.of() : skill.keywords();
      SkillTags.Tags tags = keywords.size() == 1 ? SkillTags.split(keywords.get(0)) : null;
      if (tags != null && !tags.tags().isEmpty()) {
        // "SQL Python pandas Excel": a row of tags whose boxes were lost
        skill = new Skill(skill.name(), skill.level(), tags.tags(), skill.unknown());
        keywords = tags.tags();
        if (!tags.allKnown()) {
          warn("import.unsure", at, "\"" + shorten(line) + "\" was split into skills by the names we know;"
              + " check where each one ends");
        }
      }
      if (keywords.stream().anyMatch(k -> k.split("\\s+").length >= 4)
          || (skill.name() != null && keywords.isEmpty() && skill.name().split("\\s+").length >= 4)) {
        // "Java Go SQL Python": skills set apart by spaces alone read as one
        warn("import.unsure", at, "\"" + shorten(line) + "\" may be several skills read as one; split it if so");
      }
      skills.add(skill);
    }

    private void volunteer(ParsedEntry printed) {
      Addressed entry = addressed(printed);
      ParsedEntry e = entry.rest();
      String at = "/volunteer/" + volunteer.size();
      Range when = range(e.dates(), false, at);
      List<String> text = new ArrayList<>(e.paragraphs());
      text.addAll(e.details());
      if (e.location() != null) {
        warn("import.skipped", at, "the place \"" + e.location() + "\" has no field in JSON Resume's volunteer"
            + " entries and was left out");
      }
      volunteer.add(new Volunteer(e.primary(), e.secondary(), entry.url(), when.start, when.end,
          join(text), list(e.bullets()), null));
    }

    private void education(ParsedEntry printed) {
      Addressed entry = addressed(printed);
      ParsedEntry e = entry.rest();
      String at = "/education/" + education.size();
      Range when = range(e.dates(), true, at);
      EducationReader.Reading read = EducationReader.read(e);
      Degrees.Split degree = Degrees.split(read.degree());
      String score = read.score();
      List<String> courses = new ArrayList<>();
      for (String detail : e.details()) {
        int colon = detail.indexOf(':');
        String label = TextNorm.key(detail.substring(0, colon));
        String value = detail.substring(colon + 1).strip();
        if (score == null && SCORE_LABELS.contains(label)) {
          score = value;
        } else if (score == null && THESIS.matcher(label).find()) {
          score = detail; // "Thesis: …": JSON Resume has no thesis field, and score is printed as written
        } else if (COURSE_LABELS.contains(label)) {
          courses.addAll(ResumeParser.splitItems(value));
        } else if (score == null && Grades.isGrade(detail)) {
          score = detail; // "Percentage: 78%", "Grade: 1,3"
        } else {
          skipped(at, detail);
        }
      }
      List<String> rest = new ArrayList<>(read.leftOver());
      if (e.location() != null && score == null && Grades.isGrade(e.location())) {
        score = e.location(); // a grade printed on the right, where a place usually stands
      }
      rest.addAll(e.paragraphs());
      for (String paragraph : rest) {
        if (score == null && (Grades.isGrade(paragraph) || THESIS.matcher(paragraph).find()
            || (paragraph.length() <= 60 && e.paragraphs().contains(paragraph)))) {
          // a grade printed without a label ("First-class honours"), or with the thesis title
          // ("Distinction; thesis: …")
          score = paragraph;
        } else {
          skipped(at, paragraph);
        }
      }
      if (courses.isEmpty()) {
        courses.addAll(e.bullets());
      } else {
        e.bullets().forEach(b -> skipped(at, b));
      }
      for (EducationReader.Guess guess : read.unsure()) {
        warn("import.unsure", at + "/" + guess.field(), guess.reason());
      }
      education.add(new Education(read.institution(), entry.url(), degree.area(), degree.studyType(), when.start,
          when.end, score, list(courses), null));
    }

    private void skipped(String at, String text) {
      warn("import.skipped", at, "\"" + shorten(text) + "\" has no field in JSON Resume's education"
          + " entries and was left out");
    }

    private void project(ParsedEntry e) {
      String at = "/projects/" + projects.size();
      Range when = range(e.dates(), false, at);
      List<String> keywords = new ArrayList<>();
      String url = null;
      List<String> text = new ArrayList<>(e.paragraphs());
      for (String detail : e.details()) {
        int colon = detail.indexOf(':');
        String label = TextNorm.key(detail.substring(0, colon));
        String value = detail.substring(colon + 1).strip();
        if (keywords.isEmpty() && KEYWORD_LABELS.contains(label)) {
          keywords.addAll(ResumeParser.splitItems(value));
        } else if (url == null && LINK_LABELS.contains(label) && !value.contains(" ")) {
          url = Profiles.href(value);
        } else {
          text.add(detail);
        }
      }
      String secondary = e.secondary();
      List<String> named = secondary == null ? List.of() : List.of(secondary.split(",\\s+"));
      if (keywords.isEmpty() && secondary != null
          && (ListLines.itemList(secondary) || named.size() >= 2)
          && !ResumeParser.looksLikeJobTitle(secondary)
          && named.stream().noneMatch(ResumeParser::looksLikeJobTitle)) {
        // "Canteen App | React, Node.js, MongoDB": a list beside the name with no role in it is
        // what it was built with, not the roles played
        keywords.addAll(ResumeParser.splitItems(secondary));
        secondary = null;
      }
      List<String> paragraphs = e.paragraphs();
      if (keywords.isEmpty() && !paragraphs.isEmpty() && ListLines.itemList(paragraphs.get(paragraphs.size() - 1))) {
        // a line of short items under the description ("Python, TensorFlow"), often in italics
        keywords.addAll(ResumeParser.splitItems(paragraphs.get(paragraphs.size() - 1)));
        text.remove(paragraphs.size() - 1);
      }
      List<String> bullets = e.bullets();
      if (text.isEmpty() && bullets.size() == 1) {
        // a lone bullet under a project is its description (one-column LaTeX resumes set it so)
        text.add(bullets.get(0));
        bullets = List.of();
      }
      List<String> roles = secondary == null ? List.of() : List.of(secondary.split(",\\s+"));
      projects.add(new Project(e.primary(), join(text), list(bullets), list(keywords), when.start,
          when.end, url, list(roles), null, null, null));
    }

    private void certificate(ParsedEntry printed, List<String> lines) {
      Addressed entry = addressed(printed);
      ParsedEntry e = entry.rest();
      String at = "/certificates/" + certificates.size();
      leftOut(new ParsedEntry(null, null, null, e.dates(), e.paragraphs(), e.bullets(), e.details(), false), at,
          "certificate");
      // the parser's pieces are read again as one line: a certificate has no place, and its name
      // may hold a comma or a dash of its own ("Oracle Certified Associate, Java SE 8 Programmer")
      List<String> pieces = new ArrayList<>();
      for (String piece : new String[] {e.primary(), e.secondary(), e.location()}) {
        if (piece != null && !piece.isBlank()) {
          pieces.add(piece.strip());
        }
      }
      String name = null;
      String issuer = null;
      if (!pieces.isEmpty()) {
        List<String> separators = new ArrayList<>();
        for (int i = 1; i < pieces.size(); i++) {
          separators.add(separatorBetween(pieces.get(i - 1), pieces.get(i), lines));
        }
        Certificates.NameAndIssuer read = Certificates.read(pieces, separators);
        name = read.name();
        issuer = read.issuer();
      }
      certificates.add(new Certificate(name, single(e.dates(), at), entry.url(), issuer, null));
    }

    /** The separator printed between two pieces of one of the lines, or null when none is found. */
    private static String separatorBetween(String first, String second, List<String> lines) {
      Pattern between = Pattern.compile(Pattern.quote(first) + "(\\s*[-–—,|·]\\s*)" + Pattern.quote(second));
      for (String line : lines) {
        java.util.regex.Matcher m = between.matcher(line);
        if (m.find()) {
          return m.group(1);
        }
      }
      return null;
    }

    private void award(ParsedEntry e) {
      String at = "/awards/" + awards.size();
      awards.add(new Award(e.primary(), single(e.dates(), at), e.secondary(), text(e), null));
    }

    private void publication(ParsedEntry printed) {
      Addressed entry = addressed(printed);
      ParsedEntry e = entry.rest();
      String at = "/publications/" + publications.size();
      publications.add(new Publication(e.primary(), e.secondary(), single(e.dates(), at), entry.url(), text(e), null));
    }

    private void reference(ParsedEntry e) {
      String name = e.primary();
      String words = text(e);
      if (e.secondary() != null) {
        name = name == null ? e.secondary() : name + ", " + e.secondary();
      }
      if (words == null && name != null && (name.length() > 60 || name.endsWith(".")
          || name.toLowerCase(Locale.ROOT).contains("request"))) {
        words = name; // "Available on request." and the like: a sentence, not a referee
        name = null;
      }
      references.add(new Reference(name, words, null));
    }

    private void custom(ParsedSection s) {
      String title = title(s.heading());
      String id = customId(title);
      int index = custom.size();
      List<CustomEntry> entries = new ArrayList<>();
      for (ParsedEntry printed : s.entries()) {
        Addressed entry = addressed(printed);
        ParsedEntry e = entry.rest();
        String at = "/meta/createYourResume/customSections/" + index + "/entries/" + entries.size();
        Range when = range(e.dates(), false, at);
        entries.add(new CustomEntry(e.primary(), e.secondary(), e.location(), when.start, when.end, entry.url(),
            text(e.paragraphs(), e.details()), list(e.bullets()), null));
      }
      order.add(id);
      custom.add(new CustomSection(id, title, entries, null));
      warn("import.custom-section", "/meta/createYourResume/customSections/" + index,
          "\"" + s.heading() + "\" is not a JSON Resume section; it was kept as a custom section");
    }

    /** An entry's web address, and the entry without the detail line that held it. */
    private record Addressed(String url, ParsedEntry rest) {}

    /**
     * Takes an entry's address out of its first "Website: …" or "Link: …" detail (how the
     * renderer prints an entry's url); the entry is unchanged when it has none.
     */
    private static Addressed addressed(ParsedEntry e) {
      List<String> details = new ArrayList<>(e.details());
      for (int i = 0; i < details.size(); i++) {
        String detail = details.get(i);
        int colon = detail.indexOf(':');
        String value = detail.substring(colon + 1).strip();
        if (LINK_LABELS.contains(TextNorm.key(detail.substring(0, colon))) && !value.isEmpty()
            && !value.contains(" ")) {
          details.remove(i);
          return new Addressed(Profiles.href(value), new ParsedEntry(e.primary(), e.secondary(),
              e.location(), e.dates(), e.paragraphs(), e.bullets(), details, e.orderGuessed()));
        }
      }
      return new Addressed(null, e);
    }

    /** Text and bullets of an entry type that has one text field and no bullets. */
    private static String text(ParsedEntry e) {
      List<String> all = new ArrayList<>(e.paragraphs());
      all.addAll(e.details());
      all.addAll(e.bullets());
      return join(all);
    }

    private static String text(List<String> paragraphs, List<String> details) {
      List<String> all = new ArrayList<>(paragraphs);
      all.addAll(details);
      return join(all);
    }

    private void leftOut(ParsedEntry e, String at, String what) {
      List<String> rest = new ArrayList<>(e.paragraphs());
      rest.addAll(e.details());
      rest.addAll(e.bullets());
      if (e.location() != null) {
        rest.add(0, e.location());
      }
      for (String line : rest) {
        warn("import.skipped", at, "\"" + shorten(line) + "\" has no field in a JSON Resume " + what
            + " and was left out");
      }
    }

    // ------------------------------------------------------------------ design

    private Design design() {
      List<String> defaultOrder = new ArrayList<>();
      for (SectionId id : SectionId.defaultOrder()) {
        if (order.contains(id.id())) {
          defaultOrder.add(id.id());
        }
      }
      custom.forEach(c -> defaultOrder.add(c.id()));
      List<String> found = new ArrayList<>(order);
      boolean ordered = found.equals(defaultOrder);
      if (ordered && sectionTitles.isEmpty() && custom.isEmpty()) {
        return null;
      }
      return new Design(null, null, null, null, null, null, null, null, null,
          ordered ? null : found, null, sectionTitles.isEmpty() ? null : sectionTitles,
          custom.isEmpty() ? null : custom, null);
    }

    private String customId(String title) {
      String slug = TextNorm.key(title).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
      if (slug.isEmpty() || !Character.isLetter(slug.charAt(0))) {
        slug = "section";
      }
      if (slug.length() > 36) {
        slug = slug.substring(0, 36).replaceAll("-+$", "");
      }
      String id = slug;
      for (int n = 2; SectionId.of(id).isPresent() || order.contains(id); n++) {
        id = slug + "-" + n;
      }
      return id;
    }

    // ------------------------------------------------------------------ dates

    /** A start and end date in JSON Resume form. */
    private record Range(String start, String end) {}

    /**
     * The dates of an entry. A single date is both start and end, except in education, where a
     * lone year is when the degree was finished.
     */
    private Range range(DateSpan span, boolean singleIsEnd, String at) {
      if (span == null || !span.parsed()) {
        return new Range(null, null);
      }
      twoDigits(span, at);
      if (span.current() || span.end() != null) {
        return new Range(date(span.start()), date(span.end()));
      }
      String only = date(span.start());
      return singleIsEnd ? new Range(null, only) : new Range(only, only);
    }

    /** The one date of an award, certificate or publication. */
    private String single(DateSpan span, String at) {
      if (span == null || !span.parsed()) {
        return null;
      }
      twoDigits(span, at);
      return date(span.end() != null ? span.end() : span.start());
    }

    private void twoDigits(DateSpan span, String at) {
      if (span.twoDigitYear()) {
        warn("import.date-guessed", at, "\"" + span.text() + "\" has a two-digit year; check the century");
      }
    }

    private static String date(PartialDate d) {
      if (d == null) {
        return null;
      }
      return d.hasMonth() ? String.format(Locale.ROOT, "%04d-%02d", d.year(), d.month())
          : String.format(Locale.ROOT, "%04d", d.year());
    }

    // ------------------------------------------------------------------ small things

    private void warn(String code, String pointer, String message) {
      warnings.add(Problem.warning(code, pointer, message));
    }

    private static <T> List<T> orNull(List<T> list) {
      return list.isEmpty() ? null : list;
    }

    private static List<String> list(List<String> items) {
      return items.isEmpty() ? null : items;
    }

    private static String join(List<String> lines) {
      return lines.isEmpty() ? null : String.join("\n", lines);
    }

    private static String shorten(String text) {
      return text.length() <= 60 ? text : text.substring(0, 57) + "…";
    }

    /**
     * Capitals back to title case, short words of the middle in lower case; a word of two
     * letters that is not one of them stays in capitals, as it is most likely an abbreviation
     * ("IT", "HR", "QA").
     */
    static String titleCase(String text) {
      StringBuilder out = new StringBuilder();
      String[] words = text.strip().split("\\s+");
      for (int i = 0; i < words.length; i++) {
        String w = words[i].toLowerCase(Locale.ROOT);
        if (out.length() > 0) {
          out.append(' ');
        }
        if (i > 0 && SMALL_WORDS.contains(w)) {
          out.append(w);
        } else if (w.length() == 2 && !SMALL_WORDS.contains(w) && Character.isLetter(w.charAt(0)) && Character.isLetter(w.charAt(1))) {
          out.append(words[i]);
        } else if (!w.isEmpty()) {
          out.appendCodePoint(Character.toTitleCase(w.codePointAt(0))).append(w.substring(Character.charCount(w.codePointAt(0))));
        }
      }
      return out.toString();
    }

    /**
     * A heading as a title: capitals made by a template ("PROFESSIONAL EXPERIENCE") back to
     * "Professional Experience", a trailing colon and letter-spacing removed.
     */
    static String title(String heading) {
      String t = heading.strip();
      if (t.endsWith(":")) {
        t = t.substring(0, t.length() - 1).strip();
      }
      if (TextNorm.letterSpaced(t)) {
        t = TextNorm.collapseLetterSpacing(t);
      }
      if (!TextNorm.allCaps(t)) {
        return t;
      }
      String[] words = t.toLowerCase(Locale.ROOT).split(" ");
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < words.length; i++) {
        String w = words[i];
        if (out.length() > 0) {
          out.append(' ');
        }
        if (i > 0 && SMALL_WORDS.contains(w)) {
          out.append(w);
        } else if (!w.isEmpty()) {
          out.appendCodePoint(Character.toTitleCase(w.codePointAt(0))).append(w.substring(Character.charCount(w.codePointAt(0))));
        }
      }
      return out.toString();
    }
  }
}
