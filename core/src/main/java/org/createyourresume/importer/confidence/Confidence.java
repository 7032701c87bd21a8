package org.createyourresume.importer.confidence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.createyourresume.ats.parse.DateSpan;
import org.createyourresume.ats.parse.Dates;
import org.createyourresume.ats.parse.ParsedResume;
import org.createyourresume.ats.parse.ParsedSection;
import org.createyourresume.ats.parse.ResumeParser;
import org.createyourresume.ats.parse.SectionKind;
import org.createyourresume.importer.ImportResult;
import org.createyourresume.model.Basics;
import org.createyourresume.model.CustomSection;
import org.createyourresume.model.Education;
import org.createyourresume.model.Location;
import org.createyourresume.model.Problem;
import org.createyourresume.model.Resume;
import org.createyourresume.model.Skill;

/**
 * The review's honesty: how sure the import is of each entry and header field it read from a
 * layout (PDF, DOCX, text), as a logistic model over the features in {@link Signal}. A unit whose
 * doubt reaches {@link #THRESHOLD} gets an {@value #CODE} warning naming what the import was
 * unsure of; a section with more date ranges than entries gets one at its list (an entry may be
 * missing or merged); a field whose text cannot be of its kind gets one from {@link Plausibility};
 * and a document set in columns, or with a quarter of its units in doubt,
 * gets one for the whole document, so the review never says "nothing uncertain" of it. Stateless.
 */
public final class Confidence {

  /** The warning code of the model's flags; one of {@link ImportResult#GUESS_CODES}. */
  public static final String CODE = "import.low-confidence";

  /**
   * The doubt at which a unit is flagged. Chosen on the tuning part to flag most wrong fields
   * while leaving most right ones alone: see docs/ATS.md for the figures at this threshold.
   */
  static final double THRESHOLD = 0.30;

  /** The pointer of a whole list ({@code /work}), as section flags give it. */
  private static final Pattern LIST = Pattern.compile("/[a-z]+");
  /** An e-mail, a web address or a phone number. */
  private static final Pattern CONTACT = Pattern.compile("@|https?://|www\\.|\\+\\d|\\(\\d{3}\\)|\\d{3}[ .-]\\d{3,4}[ .-]\\d{3,4}");
  /** A comma, middle dot or bar inside an employer: what sets a place apart on a title line. */
  private static final Pattern SEPARATOR = Pattern.compile(",|\\s[·|•–—]\\s");
  /** A first item that starts with a capitalised word and goes on: "Languages Java", "Platforms AWS". */
  private static final Pattern NAME_FIRST = Pattern.compile("\\p{Lu}\\p{Ll}+\\s+\\S");
  /** A plausible year. */
  /**
   * A word whose small letters run straight into a capitalised word, a run of capitals or a digit
   * ("PaymentsChicago", "EngineeringCGPA", "Science91"): two pieces of a row joined without a
   * space. Four small letters first, so "JavaScript" and "LinkedIn" are not taken for it.
   */
  static final Pattern GLUED = Pattern.compile("\\p{Ll}{4}(\\p{Lu}\\p{Ll}{2}|\\p{Lu}{2}|\\d)");
  private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19[5-9]\\d|20\\d\\d)(?!\\d)");

  private Confidence() {}

  /** The result with the model's warnings added after the mapper's. */
  public static ImportResult review(ImportResult mapped, ParsedResume parsed, Layout layout) {
    return review(mapped, parsed, layout, THRESHOLD);
  }

  /**
   * The review with units flagged from another doubt. Over 1 no unit is flagged, which leaves the
   * flags that do not come from the weights (sections, plausibility, lists): the fitter adds its
   * own units' flags to those when it chooses weights and a threshold.
   */
  public static ImportResult review(ImportResult mapped, ParsedResume parsed, Layout layout, double threshold) {
    List<Problem> warnings = new ArrayList<>(mapped.warnings());
    List<Unit> units = units(mapped, parsed, layout);
    int flagged = 0;
    int read = 0;
    List<Problem> emptyLists = new ArrayList<>();
    for (Unit unit : units) {
      boolean empty = EMPTY.stream().anyMatch(s -> unit.value(s) > 0);
      read += empty ? 0 : 1;
      if (unit.doubt() >= threshold) {
        // an empty list is nothing read: the share of doubtful units below counts what was
        flagged += empty ? 0 : 1;
        if (mapped.warnings().stream().anyMatch(w -> w.pointer().equals(unit.pointer())
            && ImportResult.GUESS_CODES.contains(w.code()))) {
          continue; // the mapper already said what it guessed here, more precisely
        }
        Problem warning = Problem.warning(CODE, unit.pointer(), "not sure of this " + unit.noun() + ": " + reasons(unit)
            + "; check it against the file");
        (empty ? emptyLists : warnings).add(warning);
      }
    }
    missingEntries(parsed, mapped.resume(), warnings);
    mergedEntries(units, warnings);
    SectionCheck.flag(parsed, mapped.resume(), warnings);
    // an empty list's flag says less than a section flag at the same list ("the heading … was found
    // with nothing under it"): said only where none stands
    for (Problem w : emptyLists) {
      if (warnings.stream().noneMatch(x -> x.pointer().equals(w.pointer()) && x.code().equals(CODE))) {
        warnings.add(w);
      }
    }
    // content that cannot be of its field's kind, whatever the layout: said where nothing else
    // of this review points at the same place already
    for (Plausibility.Finding finding : Plausibility.check(mapped.resume())) {
      if (warnings.stream().noneMatch(w -> w.pointer().equals(finding.pointer()) && w.code().equals(CODE))) {
        warnings.add(Problem.warning(CODE, finding.pointer(), finding.message()));
      }
    }
    // a page in columns, or a parse that left a quarter of what it read in doubt: no field-level
    // flag can point at what went missing altogether, so the whole document is flagged too
    if (layout.columns() || flagged * 4 >= Math.max(4, read)) {
      warnings.add(Problem.warning(CODE, "", (layout.columns()
          ? "the page is set in columns or with a sidebar, which imports often mix up"
          : "parts of this file could not be read with certainty")
          + "; compare every section with the file before you use it"));
    }
    return new ImportResult(mapped.resume(), mapped.format(), warnings);
  }

  /** The priors of an empty list's unit. */
  private static final Set<Signal> EMPTY =
      EnumSet.of(Signal.EMPTY_WORK, Signal.EMPTY_EDUCATION, Signal.EMPTY_SKILLS, Signal.EMPTY_LIST);

  /** Features of the whole document: said once, in the document's own warning, when possible. */
  private static final Set<Signal> DOCUMENT =
      EnumSet.of(Signal.COLUMNS, Signal.UNSTYLED, Signal.UNKNOWN_SECTIONS, Signal.UNSECTIONED, Signal.SECTION_DOUBT,
          Signal.UNREAD);

  /**
   * What most pushed a unit's doubt up: its two strongest features that have a reason, those of
   * the unit itself before those of the whole document, which would otherwise repeat in every
   * warning.
   */
  static String reasons(Unit unit) {
    List<Map.Entry<Signal, Double>> raising = unit.features().entrySet().stream()
        .filter(f -> f.getKey().reason != null && f.getKey().weight * f.getValue() > 0)
        .sorted(Comparator.comparingDouble((Map.Entry<Signal, Double> f) -> -f.getKey().weight * f.getValue()))
        .toList();
    List<String> own = raising.stream().filter(f -> !DOCUMENT.contains(f.getKey())).limit(2)
        .map(f -> f.getKey().reason).toList();
    List<String> top = own.isEmpty() ? raising.stream().limit(2).map(f -> f.getKey().reason).toList() : own;
    return top.isEmpty() ? "files laid out like this one are often read wrongly" : String.join(", and ", top);
  }

  /**
   * A warning at the list of an entry kind whose sections hold more lines with date ranges than
   * entries were found: an entry may be missing, or merged into the one before.
   */
  private static void missingEntries(ParsedResume parsed, Resume resume, List<Problem> warnings) {
    int[] found = {resume.workList().size(), resume.educationList().size(), resume.volunteerList().size()};
    // a range inside an entry's own text ("led the 2019 – 2021 migration", a role within a job) is
    // no missing entry: the entry holding it is flagged for it, and its list when it reads merged
    int[] inText = {
        resume.workList().stream().mapToInt(w -> ranges(w.summary()) + ranges(String.join("\n", w.highlightList()))).sum(),
        resume.educationList().stream().mapToInt(e -> ranges(String.join("\n", e.courseList()))).sum(),
        resume.volunteerList().stream().mapToInt(v -> ranges(v.summary()) + ranges(String.join("\n", v.highlightList())))
            .sum()};
    SectionKind[] kinds = {SectionKind.EXPERIENCE, SectionKind.EDUCATION, SectionKind.VOLUNTEER};
    String[] lists = {"/work", "/education", "/volunteer"};
    String[] nouns = {"jobs", "schools", "volunteering entries"};
    for (int k = 0; k < kinds.length; k++) {
      SectionKind kind = kinds[k];
      int ranges = parsed.sections().stream().filter(s -> s.kind() == kind).mapToInt(Confidence::ranges).sum();
      if (ranges - inText[k] > found[k]) {
        warnings.add(Problem.warning(CODE, lists[k], "the section has " + ranges + " date ranges but " + found[k]
            + " " + nouns[k] + " were found; one may be missing or merged into another"));
      }
    }
  }

  /**
   * A warning at the list of an entry that shows signs of having swallowed the next one (a
   * second date range in its text, a year in a certificate's name or issuer, a line left out under
   * a certificate): that entry is then missing from the list, and no field of it can be pointed at.
   */
  private static void mergedEntries(List<Unit> units, List<Problem> warnings) {
    Set<String> lists = new LinkedHashSet<>();
    for (Unit u : units) {
      boolean merged = u.value(Signal.KIND_FIELD) == 0 && (u.value(Signal.MERGED) > 0
          || (u.pointer().startsWith("/certificates/") && u.value(Signal.DATE_IN_TITLE) > 0));
      if (merged) {
        lists.add(u.pointer().substring(0, u.pointer().lastIndexOf('/')));
      }
    }
    for (String list : lists) {
      if (warnings.stream().noneMatch(w -> w.pointer().equals(list) && w.code().equals(CODE))) {
        warnings.add(Problem.warning(CODE, list, "an entry here holds a second date or another entry's text,"
            + " so the entry after it may have been run into it and be missing from this list"));
      }
    }
  }

  /** The units of an import and their features. */
  public static List<Unit> units(ImportResult mapped, ParsedResume parsed, Layout layout) {
    Map<Signal, Double> document = new EnumMap<>(Signal.class);
    put(document, Signal.COLUMNS, layout.columns());
    put(document, Signal.UNSTYLED, !layout.styled());
    put(document, Signal.UNKNOWN_SECTIONS, parsed.sections().stream().anyMatch(s -> s.kind() == SectionKind.OTHER));
    put(document, Signal.UNSECTIONED, !parsed.unsectioned().isEmpty());
    // evidence, found without the weights, that the reading went wrong somewhere: it makes every
    // other unit of the same document more likely wrong, whatever the layout
    List<Problem> sectionFlags = new ArrayList<>();
    missingEntries(parsed, mapped.resume(), sectionFlags);
    SectionCheck.flag(parsed, mapped.resume(), sectionFlags);
    put(document, Signal.SECTION_DOUBT, sectionFlags.stream().anyMatch(w -> LIST.matcher(w.pointer()).matches()));
    double unread = SectionCheck.unread(parsed, mapped.resume());
    if (unread > 0) {
      document.put(Signal.UNREAD, unread);
    }
    List<Plausibility.Finding> findings = Plausibility.check(mapped.resume());
    Builder b = new Builder(document, mapped.warnings(), findings);
    Resume r = mapped.resume();
    basics(b, r.basicsOrEmpty());
    Sections work = new Sections(parsed, SectionKind.EXPERIENCE);
    for (int i = 0; i < r.workList().size(); i++) {
      var w = r.workList().get(i);
      String at = "/work/" + i;
      Map<Signal, Double> f = b.entry(at, "job", work.at(i), Signal.KIND_JOB, w.startDate() != null || w.endDate() != null,
          w.name() == null || w.position() == null, w.name(), w.position());
      // the employer, place and description are read by rules of their own, so they are units of their own
      boolean shortText = w.summary() != null && !w.summary().contains("\n") && words(w.summary()) <= 4
          && !w.summary().endsWith(".");
      if (w.summary() != null) {
        put(b.field(at + "/summary", "job's description", f), Signal.PLACE_AS_TEXT, shortText && w.location() == null);
      }
      if (w.location() != null || shortText) {
        Map<Signal, Double> place = b.field(at + "/location", "job's place", f);
        put(place, Signal.PLACE_AS_TEXT, shortText && w.location() == null);
        put(place, Signal.ODD_PLACE, w.location() != null && (w.location().strip().length() <= 3 || words(w.location()) >= 4));
      }
      put(f, Signal.MERGED, headingRanges(w.summary()) + headingRanges(String.join("\n", w.highlightList())) > 0);
      if (w.name() != null && SEPARATOR.matcher(w.name()).find()) {
        b.field(at + "/name", "employer", f).put(Signal.COMMA_IN_NAME, 1.0);
      }
      if (w.name() != null && GLUED.matcher(w.name()).find()) {
        b.field(at + "/name", "employer", f).put(Signal.GLUED, 1.0);
      }
    }
    Sections volunteer = new Sections(parsed, SectionKind.VOLUNTEER);
    for (int i = 0; i < r.volunteerList().size(); i++) {
      var v = r.volunteerList().get(i);
      Map<Signal, Double> f = b.entry("/volunteer/" + i, "volunteering entry", volunteer.at(i), Signal.KIND_JOB,
          v.startDate() != null || v.endDate() != null, v.organization() == null || v.position() == null,
          v.organization(), v.position());
      put(f, Signal.MERGED, headingRanges(v.summary()) > 0);
    }
    Sections education = new Sections(parsed, SectionKind.EDUCATION);
    for (int i = 0; i < r.educationList().size(); i++) {
      Education e = r.educationList().get(i);
      Map<Signal, Double> f = b.entry("/education/" + i, "school", education.at(i), Signal.KIND_SCHOOL,
          e.startDate() != null || e.endDate() != null, e.institution() == null || e.studyType() == null || e.area() == null,
          e.institution(), e.studyType(), e.area());
      // a degree word in the school, or a school word in the degree: the pieces may be swapped
      if ((e.institution() != null && ResumeParser.looksLikeDegree(e.institution()))
          || (e.studyType() != null && ResumeParser.looksLikeSchool(e.studyType()))) {
        f.put(Signal.FOREIGN, 1.0);
      }
      if (e.area() != null && GLUED.matcher(e.area()).find()) {
        b.field("/education/" + i + "/area", "subject", f).put(Signal.GLUED, 1.0);
      }
    }
    Sections projects = new Sections(parsed, SectionKind.PROJECTS);
    for (int i = 0; i < r.projectList().size(); i++) {
      var p = r.projectList().get(i);
      b.entry("/projects/" + i, "project", projects.at(i), null, true, p.name() == null, p.name());
    }
    Sections certificates = new Sections(parsed, SectionKind.CERTIFICATIONS);
    for (int i = 0; i < r.certificateList().size(); i++) {
      var c = r.certificateList().get(i);
      Map<Signal, Double> f = b.entry("/certificates/" + i, "certificate", certificates.at(i), Signal.KIND_SHORT_ENTRY,
          c.date() != null, c.name() == null || c.issuer() == null, c.name(), c.issuer());
      put(f, Signal.SIDE_LIST, layout.columns());
      // a line left out under a certificate, which has no text field, is most often the next certificate
      String at = "/certificates/" + i;
      put(f, Signal.MERGED, mapped.warnings().stream().anyMatch(w -> w.code().equals("import.skipped")
          && w.pointer().equals(at)));
    }
    Sections awards = new Sections(parsed, SectionKind.AWARDS);
    for (int i = 0; i < r.awardList().size(); i++) {
      var a = r.awardList().get(i);
      b.entry("/awards/" + i, "award", awards.at(i), Signal.KIND_SHORT_ENTRY, a.date() != null, a.title() == null,
          a.title(), a.awarder());
    }
    Sections publications = new Sections(parsed, SectionKind.PUBLICATIONS);
    for (int i = 0; i < r.publicationList().size(); i++) {
      var p = r.publicationList().get(i);
      // a publication's title is a sentence, often with a year in it: only its publisher is a title
      b.entry("/publications/" + i, "publication", publications.at(i), Signal.KIND_SHORT_ENTRY,
          p.releaseDate() != null, p.name() == null, p.publisher());
    }
    Sections skills = new Sections(parsed, SectionKind.SKILLS);
    // skills that came in clean groups (every group named, every item short) were not mixed up by
    // the columns: a side column's list is a doubt only when its groups show it
    boolean clean = !r.skillList().isEmpty() && r.skillList().stream().allMatch(s -> s.name() != null
        && !s.keywordList().isEmpty() && s.keywordList().stream().allMatch(k -> words(k) < 3));
    for (int i = 0; i < r.skillList().size(); i++) {
      Skill s = r.skillList().get(i);
      Map<Signal, Double> f = b.entry("/skills/" + i, "skill group", skills.at(0), Signal.KIND_SKILL, true,
          s.name() == null || s.keywordList().isEmpty(), s.name());
      if (s.keywordList().stream().anyMatch(k -> words(k) >= 3) || (s.name() != null && words(s.name()) >= 4)) {
        f.put(Signal.LONG_ITEM, 1.0);
      }
      put(f, Signal.NAME_IN_ITEM, s.name() == null && !s.keywordList().isEmpty()
          && NAME_FIRST.matcher(s.keywordList().get(0)).lookingAt());
      put(f, Signal.SIDE_LIST, layout.columns() && !clean);
      b.glyphs(f, s.keywordList());
    }
    Sections languages = new Sections(parsed, SectionKind.LANGUAGES);
    for (int i = 0; i < r.languageList().size(); i++) {
      var l = r.languageList().get(i);
      Map<Signal, Double> f = b.entry("/languages/" + i, "language", languages.at(0), Signal.KIND_LANGUAGE, true,
          l.language() == null || l.fluency() == null, l.language(), l.fluency());
      put(f, Signal.LONG_ITEM, l.language() != null && words(l.language()) >= 2);
      put(f, Signal.SIDE_LIST, layout.columns());
    }
    Sections interests = new Sections(parsed, SectionKind.INTERESTS);
    for (int i = 0; i < r.interestList().size(); i++) {
      var n = r.interestList().get(i);
      b.entry("/interests/" + i, "interest", interests.at(0), null, true, n.name() == null, n.name());
    }
    Sections references = new Sections(parsed, SectionKind.REFERENCES);
    for (int i = 0; i < r.referenceList().size(); i++) {
      var n = r.referenceList().get(i);
      b.entry("/references/" + i, "reference", references.at(i), null, true, n.name() == null, n.name());
    }
    List<CustomSection> custom = r.design().customSectionList();
    // the mapper makes one custom section of each unknown section, in order
    List<ParsedSection> unknown = parsed.sections().stream().filter(x -> x.kind() == SectionKind.OTHER).toList();
    for (int i = 0; i < custom.size(); i++) {
      CustomSection c = custom.get(i);
      Map<Signal, Double> f = b.entry("/meta/createYourResume/customSections/" + i, "section",
          i < unknown.size() ? unknown.get(i) : null, null,
          c.entryList().stream().anyMatch(e -> e.startDate() != null || e.endDate() != null),
          c.entryList().isEmpty(), c.title());
      f.put(Signal.CUSTOM, 1.0);
      c.entryList().forEach(e -> {
        b.titles(f, e.title(), e.subtitle());
        b.glyphs(f, e.highlightList());
      });
    }
    // a list that came out empty has no field to flag, yet a whole section lost is the commonest
    // wrong reading of an unseen layout: the empty list is a unit of its own, flagged at the list
    int stray = parsed.sections().stream().filter(x -> !ENTRIES.contains(x.kind())).mapToInt(Confidence::ranges).sum()
        + ranges(String.join("\n", parsed.unsectioned()));
    // unless the file holds almost nothing below its header: then empty lists are what it has
    b.littleText = parsed.unsectioned().size() + parsed.sections().stream().mapToInt(x -> x.lines().size()).sum() < 3;
    b.empty("/work", "list of jobs, which came out empty", r.workList().isEmpty(), Signal.EMPTY_WORK, stray > 0);
    b.empty("/education", "list of schools, which came out empty", r.educationList().isEmpty(), Signal.EMPTY_EDUCATION,
        stray > 0);
    b.empty("/skills", "list of skills, which came out empty", r.skillList().isEmpty(), Signal.EMPTY_SKILLS, false);
    b.empty("/languages", "list of languages, which came out empty", r.languageList().isEmpty(), Signal.EMPTY_LIST, false);
    b.empty("/certificates", "list of certificates, which came out empty", r.certificateList().isEmpty(),
        Signal.EMPTY_LIST, false);
    b.empty("/projects", "list of projects, which came out empty", r.projectList().isEmpty(), Signal.EMPTY_LIST, false);
    b.empty("/basics/profiles", "list of profiles and links, which came out empty",
        r.basicsOrEmpty().profileList().isEmpty(), Signal.EMPTY_LIST, false);
    return b.built();
  }

  /** The kinds of section whose dated lines are entries of a list. */
  private static final Set<SectionKind> ENTRIES = EnumSet.of(SectionKind.EXPERIENCE, SectionKind.EDUCATION,
      SectionKind.VOLUNTEER, SectionKind.PROJECTS, SectionKind.CERTIFICATIONS, SectionKind.AWARDS,
      SectionKind.PUBLICATIONS);

  /** The header's fields, each a unit of its own: they are read by separate rules. */
  private static void basics(Builder b, Basics basics) {
    b.field("/basics/name", "name", basics.name(), Function.identity());
    b.field("/basics/label", "headline", basics.label(), Function.identity());
    b.field("/basics/email", "e-mail address", basics.email(), Function.identity());
    b.field("/basics/phone", "phone number", basics.phone(), v -> null);
    b.field("/basics/url", "web address", basics.url(), v -> null);
    b.field("/basics/summary", "summary", basics.summary(), v -> null);
    Location l = basics.location();
    if (l != null) {
      b.field("/basics/location/city", "city", l.city(), Function.identity());
      b.field("/basics/location/region", "region", l.region(), Function.identity());
      b.field("/basics/location/countryCode", "country", l.countryCode(), v -> null);
    }
    for (int i = 0; i < basics.profileList().size(); i++) {
      var p = basics.profileList().get(i);
      String link = p.url() != null ? p.url() : p.username() != null ? p.username() : "";
      b.field("/basics/profiles/" + i, "profile", link, v -> null);
    }
  }

  /** The parsed sections of one kind, and which of them an entry came from. */
  private static final class Sections {
    final List<ParsedSection> sections;

    Sections(ParsedResume parsed, SectionKind kind) {
      this.sections = parsed.sections().stream().filter(s -> s.kind() == kind).toList();
    }

    /** The section of the entry at {@code index}, counting entries section by section. */
    ParsedSection at(int index) {
      int seen = 0;
      for (ParsedSection s : sections) {
        seen += s.entries().size();
        if (index < seen) {
          return s;
        }
      }
      return sections.isEmpty() ? null : sections.get(sections.size() - 1);
    }
  }

  /** Collects units, adding the document's features to each. */
  private static final class Builder {
    final Map<Signal, Double> document;
    final List<Problem> earlier;
    final List<Plausibility.Finding> findings;
    /** Whether the document holds almost no text below its header. */
    boolean littleText;
    final List<Unit> units = new ArrayList<>();
    final List<Map<Signal, Double>> pending = new ArrayList<>();
    /** The date ranges of each section, counted once: every entry of a section asks. */
    final Map<ParsedSection, Integer> rangesIn = new IdentityHashMap<>();

    Builder(Map<Signal, Double> document, List<Problem> earlier, List<Plausibility.Finding> findings) {
      this.document = document;
      this.earlier = earlier;
      this.findings = findings;
    }

    /**
     * Adds an entry's unit and returns its features for the caller to add to; the unit is
     * built from them when {@link #units} is read, so later additions count.
     */
    Map<Signal, Double> entry(String pointer, String noun, ParsedSection section, Signal kind, boolean dated,
        boolean missingPart, String... titles) {
      Map<Signal, Double> f = new EnumMap<>(document);
      if (kind != null) {
        f.put(kind, 1.0);
      }
      if (section != null) {
        put(f, Signal.HEADING_GUESSED, !section.standardHeading());
        put(f, Signal.COUNT_MISMATCH, dated(section.kind()) && section.entries().size() > 0
            && rangesIn.computeIfAbsent(section, Confidence::ranges) != section.entries().size());
      }
      put(f, Signal.NO_DATES, !dated);
      put(f, Signal.MISSING_PART, missingPart);
      titles(f, titles);
      put(f, Signal.EARLIER_WARNING, earlier.stream().anyMatch(w -> !w.code().equals("import.custom-section")
          && (w.pointer().equals(pointer) || w.pointer().startsWith(pointer + "/"))));
      put(f, Signal.IMPLAUSIBLE, findings.stream().anyMatch(p -> p.pointer().equals(pointer)
          || p.pointer().startsWith(pointer + "/")));
      units.add(new Unit(pointer, noun, Map.of()));
      pending.add(f);
      return f;
    }

    /**
     * A field of an entry read by a rule of its own: a unit of its own, with the entry's features
     * (those of its title fields left out) for the caller to add to.
     */
    Map<Signal, Double> field(String pointer, String noun, Map<Signal, Double> entry) {
      Map<Signal, Double> f = new EnumMap<>(entry);
      f.remove(Signal.LONG_TITLE);
      f.remove(Signal.FOREIGN);
      f.remove(Signal.DATE_IN_TITLE);
      f.remove(Signal.MISSING_PART);
      f.remove(Signal.MERGED);
      f.put(Signal.KIND_FIELD, 1.0);
      units.add(new Unit(pointer, noun, Map.of()));
      pending.add(f);
      return f;
    }

    /** A header field, when present: its own features over the document's. */
    void field(String pointer, String noun, String value, Function<String, String> title) {
      if (value == null || value.isBlank() && !pointer.contains("/profiles/")) {
        return;
      }
      Map<Signal, Double> f = new EnumMap<>(document);
      f.put(Signal.KIND_HEADER, 1.0);
      String t = title.apply(value);
      if (t != null) {
        titles(f, t);
      }
      // an address or handle ending in a hyphen, dot or @ was cut where a narrow column wrapped it
      put(f, Signal.CUT, value.strip().matches(".*[-_.@/]$") && !pointer.endsWith("/summary"));
      put(f, Signal.EARLIER_WARNING, earlier.stream().anyMatch(w -> w.pointer().equals(pointer)));
      units.add(new Unit(pointer, "the " + noun, Map.of()));
      pending.add(f);
    }

    /** A list that came out empty, when it did: the document's features and its own. */
    void empty(String pointer, String noun, boolean empty, Signal prior, boolean strayDates) {
      if (!empty || littleText) {
        return;
      }
      Map<Signal, Double> f = new EnumMap<>(document);
      f.put(prior, 1.0);
      put(f, Signal.STRAY_DATES, strayDates);
      units.add(new Unit(pointer, noun, Map.of()));
      pending.add(f);
    }

    /** Features of the title fields of an entry. */
    void titles(Map<Signal, Double> f, String... titles) {
      for (String t : titles) {
        if (t == null || t.isBlank()) {
          continue;
        }
        String s = t.strip();
        if (CONTACT.matcher(s).find()) {
          f.put(Signal.FOREIGN, 1.0);
        }
        if (YEAR.matcher(s).find()) {
          f.put(Signal.DATE_IN_TITLE, 1.0);
        }
        if (words(s) > 8 || s.matches(".*[.,;:]$") || Character.isLowerCase(s.codePointAt(0))) {
          f.put(Signal.LONG_TITLE, 1.0);
        }
        glyphs(f, List.of(s));
      }
    }

    void glyphs(Map<Signal, Double> f, List<String> texts) {
      for (String t : texts) {
        if (t != null && t.codePoints().anyMatch(c -> (c >= 0xE000 && c <= 0xF8FF)
            || Character.getType(c) == Character.OTHER_SYMBOL)) {
          f.put(Signal.GLYPH, 1.0);
        }
      }
    }

    List<Unit> built() {
      List<Unit> all = new ArrayList<>();
      for (int i = 0; i < units.size(); i++) {
        all.add(new Unit(units.get(i).pointer(), units.get(i).noun(), pending.get(i)));
      }
      return all;
    }
  }

  private static boolean dated(SectionKind kind) {
    return kind == SectionKind.EXPERIENCE || kind == SectionKind.EDUCATION || kind == SectionKind.VOLUNTEER;
  }

  /** How many of a section's lines hold a date range (or a start to the present). */
  static int ranges(ParsedSection section) {
    return ranges(String.join("\n", section.lines()));
  }

  /**
   * How many lines of {@code text} read like another entry's heading with its dates: a date range
   * on a short line that is no sentence ("09/2018 – 04/2021", "Staff Nurse, 2018 – 2021"), not
   * one inside a sentence ("…grew from 9 to 31 students between 2021 and 2024.").
   */
  static int headingRanges(String text) {
    if (text == null) {
      return 0;
    }
    int n = 0;
    for (String line : text.split("\n")) {
      String s = line.strip();
      if (!s.endsWith(".") && words(s) <= 8) {
        n += ranges(s);
      }
    }
    return n;
  }

  /** How many lines of {@code text} hold a date range (or a start to the present); 0 for null. */
  static int ranges(String text) {
    if (text == null) {
      return 0;
    }
    int n = 0;
    for (String line : text.split("\n")) {
      if (!YEAR.matcher(line).find()) {
        continue; // most lines hold no year; the full date reading is spared them
      }
      Optional<DateSpan> span = Dates.get().find(line);
      if (span.isPresent() && (span.get().end() != null || span.get().current())) {
        n++;
      }
    }
    return n;
  }

  private static void put(Map<Signal, Double> f, Signal s, boolean on) {
    if (on) {
      f.put(s, 1.0);
    }
  }

  private static int words(String text) {
    return text.strip().split("\\s+").length;
  }
}
