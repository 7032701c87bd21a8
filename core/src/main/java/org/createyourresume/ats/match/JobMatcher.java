package org.createyourresume.ats.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.createyourresume.ats.parse.ParsedEntry;
import org.createyourresume.ats.parse.ParsedResume;
import org.createyourresume.ats.parse.ParsedSection;
import org.createyourresume.ats.parse.SectionKind;

/**
 * Matches a resume against a job posting: reads the posting's requirements (job title, hard
 * skills, tools, certifications, education level, years of experience, soft skills), looks for
 * each in the resume with stemming, phrases, synonyms and acronyms, and weighs them. Thread-safe
 * and deterministic.
 */
public final class JobMatcher {

  private static final Pattern YEARS =
      Pattern.compile("(?i)(\\d{1,2})\\s*\\+?\\s*(?:(?:-|–|to)\\s*\\d{1,2}\\s*)?\\+?\\s*(?:years?|yrs?)");
  private static final Set<String> TITLE_STOP = Set.of("a", "an", "the", "we", "are", "to", "for", "of", "and", "our", "m", "f", "d", "x");
  private static final Set<String> ACRONYM_STOP =
      Set.of("US", "USA", "UK", "EU", "HR", "CV", "OK", "PTO", "FAQ", "CEO", "CTO", "CFO", "HQ", "EOE",
          "ID", "IT", "TBD", "ASAP", "FTE", "NA", "AM", "PM", "ET", "PT", "GMT", "UTC", "LLC", "INC",
          "LTD", "GMBH", "KPI", "KPIS", "YOE", "WFH");

  private final SkillVocabulary vocabulary = SkillVocabulary.get();

  /** Every skill name and synonym of the vocabulary, as written. */
  public Set<String> vocabularyNames() {
    return vocabulary.names();
  }

  /**
   * Matches {@code resume} against {@code jobDescription}.
   *
   * @param yearsOfExperience the resume's years of experience, from its job dates
   */
  public JobMatch match(ParsedResume resume, double yearsOfExperience, String jobDescription) {
    // "We're hiring: …" announces the post; it does not ask for hiring skills.
    String posting = blank(HIRING_ANNOUNCEMENT, jobDescription);
    List<TextAnalysis.Token> job = TextAnalysis.tokens(posting);
    String normalised = TextAnalysis.normalise(posting);
    PostingOutline outline = PostingOutline.of(normalised);
    PostingOutline.Part[] jobParts = new PostingOutline.Part[job.size()];
    for (int i = 0; i < job.size(); i++) {
      jobParts[i] = outline.partAt(normalised, job.get(i).start());
    }

    // 1. requirements from the posting
    Map<String, Requirement> requirements = new LinkedHashMap<>();
    for (Occurrence o : occurrences(job)) {
      if (o.negated) {
        continue;
      }
      Requirement r = requirements.computeIfAbsent(o.entry.name(),
          n -> new Requirement(n, o.entry.kind(), o.text, o.position));
      r.mentions++;
      r.seenIn(jobParts[o.tokenIndex]);
    }
    for (Requirement r : unlistedTerms(job, requirements.keySet(), jobParts)) {
      requirements.putIfAbsent(r.name, r);
    }
    for (Requirement r : listedTerms(outline, requirements.keySet())) {
      requirements.putIfAbsent(r.name.toLowerCase(Locale.ROOT), r);
    }

    // 2. what the resume has, and where
    List<Part> parts = parts(resume);
    Map<String, String> foundIn = new LinkedHashMap<>();
    Set<String> resumeStems = new HashSet<>();
    for (Part part : parts) {
      List<TextAnalysis.Token> tokens = part.tokens();
      for (TextAnalysis.Token t : tokens) {
        if (!t.negated()) {
          resumeStems.add(t.stem());
        }
      }
      for (Occurrence o : occurrences(tokens)) {
        if (!o.negated) {
          foundIn.putIfAbsent(o.entry.name(), part.label);
        }
      }
      for (TextAnalysis.Token t : tokens) {
        if (!t.negated()) {
          foundIn.putIfAbsent("term:" + t.original().toLowerCase(Locale.ROOT), part.label);
        }
      }
    }

    // skills written in other words: "managed stakeholders" for "stakeholder management"
    for (Requirement r : requirements.values()) {
      if (r.unlisted || foundIn.containsKey(r.name)
          || (r.kind != KeywordKind.HARD_SKILL && r.kind != KeywordKind.SOFT_SKILL)) {
        continue;
      }
      for (Part part : parts) {
        if (looseMatch(r.name, part.tokens())) {
          foundIn.put(r.name, part.label);
          break;
        }
      }
    }

    List<Keyword> matched = new ArrayList<>();
    List<Keyword> missing = new ArrayList<>();
    boolean hasSkills = resume.has(SectionKind.SKILLS);
    for (Requirement r : requirements.values()) {
      String where = !r.unlisted ? foundIn.get(r.name)
          : r.name.contains(" ") ? phraseFoundIn(parts, r.name)
          : foundIn.get("term:" + r.name.toLowerCase(Locale.ROOT));
      add(r.toKeyword(where, suggestion(r.kind, hasSkills)), matched, missing);
    }

    // 3. job title, education level, years of experience
    String title = jobTitle(jobDescription);
    if (title != null) {
      List<String> stems = new ArrayList<>();
      for (TextAnalysis.Token t : TextAnalysis.tokens(title)) {
        if (!TITLE_STOP.contains(t.original().toLowerCase(Locale.ROOT))) {
          stems.add(t.stem());
        }
      }
      String where = titleFoundIn(resume, stems);
      add(new Keyword(title, KeywordKind.JOB_TITLE, KeywordKind.JOB_TITLE.baseWeight(), 1, title, where,
          where == null ? suggestion(KeywordKind.JOB_TITLE, hasSkills) : null, Importance.REQUIRED), matched, missing);
    }
    Education.Level required = Education.required(jobDescription);
    if (required != null) {
      Education.Level has = Education.highest(resume.schools());
      boolean ok = has != null && has.ordinal() >= required.ordinal();
      add(new Keyword(required.label(), KeywordKind.EDUCATION, KeywordKind.EDUCATION.baseWeight(), 1,
          required.label(), ok ? "Education" : null, ok ? null : suggestion(KeywordKind.EDUCATION, hasSkills),
          Importance.REQUIRED), matched, missing);
    }
    int years = requiredYears(jobDescription);
    if (years > 0) {
      boolean ok = yearsOfExperience + 0.25 >= years;
      String name = years + "+ years of experience";
      add(new Keyword(name, KeywordKind.EXPERIENCE, KeywordKind.EXPERIENCE.baseWeight(), 1, name,
          ok ? "Experience" : null, ok ? null : "Your experience dates show about "
              + Math.round(yearsOfExperience) + " years; if you have more (freelance, internships,"
              + " earlier jobs), list it in Experience and state the total in your summary.",
          Importance.REQUIRED), matched, missing);
    }

    // A preferred item never outranks a required one, whatever its weight: the tier comes first.
    Comparator<Keyword> order = Comparator.comparing((Keyword k) -> k.importance() == Importance.PREFERRED)
        .thenComparing(Comparator.comparingDouble(Keyword::weight).reversed())
        .thenComparing(Keyword::name, String.CASE_INSENSITIVE_ORDER).thenComparing(Keyword::name);
    matched.sort(order);
    missing.sort(order);
    double total = 0;
    double met = 0;
    for (Keyword k : matched) {
      total += k.weight();
      met += k.weight();
    }
    for (Keyword k : missing) {
      total += k.weight();
    }
    int rate = total == 0 ? 0 : (int) Math.round(100 * met / total);
    return new JobMatch(rate, title, matched, missing);
  }

  private static final Pattern HIRING_ANNOUNCEMENT = Pattern.compile(
      "(?im)\\b(?:we(?:'re|’re| are)|now|urgently|currently|is|are)\\s+hiring\\b|^\\s*hiring(?=\\s*[:!])");

  /** {@code text} with every match of {@code pattern} replaced by spaces, so offsets stay. */
  private static String blank(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    StringBuilder out = new StringBuilder(text);
    while (m.find()) {
      for (int i = m.start(); i < m.end(); i++) {
        out.setCharAt(i, ' ');
      }
    }
    return out.toString();
  }

  private static void add(Keyword k, List<Keyword> matched, List<Keyword> missing) {
    (k.matched() ? matched : missing).add(k);
  }

  // ------------------------------------------------------------- requirements

  private static final class Requirement {
    final String name;
    final KeywordKind kind;
    final String asWritten;
    final int position;
    int mentions;
    double emphasis = 0;
    Importance importance = Importance.PREFERRED;
    boolean unlisted;

    Requirement(String name, KeywordKind kind, String asWritten, int position) {
      this.name = name;
      this.kind = kind;
      this.asWritten = asWritten;
      this.position = position;
    }

    /** Counts a mention in {@code part}: the strongest part seen sets the importance. */
    void seenIn(PostingOutline.Part part) {
      emphasis = Math.max(emphasis, part.emphasis);
      if (part.importance().ordinal() < importance.ordinal()) {
        importance = part.importance();
      }
    }

    Keyword toKeyword(String foundIn, String suggestion) {
      double weight = kind.baseWeight() * (1 + 0.25 * Math.min(4, mentions - 1)) * Math.max(emphasis, 0.5);
      weight = Math.round(weight * 100) / 100.0;
      return new Keyword(name, kind, weight, mentions, asWritten, foundIn, foundIn == null ? suggestion : null, importance);
    }
  }

  /** A vocabulary phrase found in a token list. */
  private record Occurrence(SkillVocabulary.Entry entry, String text, int position, int tokenIndex, boolean negated) {}

  private List<Occurrence> occurrences(List<TextAnalysis.Token> tokens) {
    List<Occurrence> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      TextAnalysis.Token t = tokens.get(i);
      int length = 0;
      for (SkillVocabulary.Phrase p : vocabulary.startingWith(t.stem())) {
        if (matches(p, tokens, i)) {
          boolean negated = false;
          StringBuilder text = new StringBuilder();
          for (int k = i; k < i + p.stems().size(); k++) {
            negated |= tokens.get(k).negated();
            text.append(k > i ? " " : "").append(tokens.get(k).original());
          }
          out.add(new Occurrence(p.entry(), text.toString(), t.start(), i, negated));
          length = p.stems().size();
          break;
        }
      }
      i += Math.max(1, length);
    }
    return out;
  }

  /**
   * Whether every stem of one of the entry's multi-word names appears, in any order, within five
   * words of each other in one sentence, none of them negated.
   */
  private boolean looseMatch(String name, List<TextAnalysis.Token> tokens) {
    for (SkillVocabulary.Phrase p : vocabulary.phrases(name)) {
      if (p.stems().size() < 2 || p.exactCase() != null) {
        continue;
      }
      for (int i = 0; i < tokens.size(); i++) {
        TextAnalysis.Token start = tokens.get(i);
        if (start.negated() || !p.stems().contains(start.stem())) {
          continue;
        }
        Set<String> seen = new HashSet<>();
        for (int k = i; k < Math.min(tokens.size(), i + 6); k++) {
          TextAnalysis.Token t = tokens.get(k);
          if (t.sentence() != start.sentence() || t.negated()) {
            break;
          }
          seen.add(t.stem());
        }
        if (seen.containsAll(p.stems())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether two words with the same stem are forms of one word ("managed", "management") rather
   * than a collision of the stemmer ("community", "communicate"): they must share all but the
   * last letter of the shorter one.
   */
  private static boolean related(String a, String b) {
    int common = 0;
    int max = Math.min(a.length(), b.length());
    while (common < max && a.charAt(common) == b.charAt(common)) {
      common++;
    }
    return common >= max - 1;
  }

  private static boolean matches(SkillVocabulary.Phrase p, List<TextAnalysis.Token> tokens, int i) {
    List<String> stems = p.stems();
    if (i + stems.size() > tokens.size()) {
      return false;
    }
    for (int k = 0; k < stems.size(); k++) {
      TextAnalysis.Token t = tokens.get(i + k);
      if (!t.stem().equals(stems.get(k)) || (k > 0 && t.sentence() != tokens.get(i).sentence())) {
        return false;
      }
      String word = t.original().toLowerCase(Locale.ROOT);
      String want = p.words().get(k);
      if (p.surfaceOnly()) {
        if (!word.equals(want) && !word.equals(want + "s") && !word.equals(want + "es")) {
          return false;
        }
      } else if (!related(word, want)) {
        return false;
      }
    }
    if (p.exactCase() != null) {
      TextAnalysis.Token t = tokens.get(i);
      return t.original().equals(p.exactCase()) && !t.sentenceStart();
    }
    return true;
  }

  private static final Pattern LEAD_WORDS = Pattern.compile(
      "(?i)^(?:(?:and|or|plus|also|ideally|including|e\\.g\\.|such as|strong|solid|good|sound|deep|excellent|advanced|basic|basics of"
          + "|proven|hands-on|practical|working|commercial|professional|demonstrable|some|prior|previous|current|valid"
          + "|expert|expertise|proficien(?:t|cy)|fluency|fluent|familiar(?:ity)?|exposure|understanding|knowledge|experience|skills?"
          + "|background|comfortable|confident|in|with|of|to|on|using|an?|the|any|\\d+\\+? years?(?: of)?)\\s+)+");
  // Listed items that are qualifications, people or qualities rather than skills.
  private static final Pattern NOT_A_SKILL = Pattern.compile(
      "(?i)\\b(?:degree|years?|team|teams|people|customers|company|role|ability|candidates?|graduates?|bachelor'?s?"
          + "|master'?s?|phd|b\\.?e|b\\.?tech|mca|bsc|msc|ba|ma|english|german|french|dutch|spanish|portfolio|evidence"
          + "|commitment|track record|passion|process)\\b");
  private static final Pattern TRAIL_WORDS = Pattern.compile(
      "(?i)(?:\\s+(?:experience|skills?|knowledge|expertise|competenc(?:y|ies)|certification|qualification|preferred|required"
          + "|essential|desirable|in production|or similar|or equivalent|a plus|is a plus|basics|fundamentals|tools?))+$");

  /**
   * Items the vocabulary lacks but the posting lists under its requirements or nice-to-haves:
   * "Civil 3D", "Drainage design", "NMC registration". Only short items count (one to three words,
   * after dropping "experience with", "strong" and the like), so that sentences in a list are not
   * taken for skills.
   */
  private List<Requirement> listedTerms(PostingOutline outline, Set<String> known) {
    Set<String> knownLower = new HashSet<>();
    known.forEach(k -> knownLower.add(k.toLowerCase(Locale.ROOT)));
    Map<String, Requirement> out = new LinkedHashMap<>();
    for (PostingOutline.Line line : outline.lines()) {
      PostingOutline.Part part = line.part();
      if (!line.listItem() || (part != PostingOutline.Part.REQUIRED && part != PostingOutline.Part.PREFERRED)) {
        continue;
      }
      String body = line.body().replaceAll("\\([^)]*\\)", " ").replaceAll("[.!]+$", "");
      for (String clause : body.split(";")) {
        PostingOutline.Part clausePart = PostingOutline.cue(clause, part);
        for (String piece : clause.split("\\s*(?:[,;]|\\band\\b|\\bor\\b|\\s/\\s|&)\\s*")) {
          String term = TRAIL_WORDS.matcher(LEAD_WORDS.matcher(piece.strip()).replaceFirst("")).replaceFirst("").strip();
          term = term.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}+#]+$", "");
          int words = term.isEmpty() ? 0 : term.split("\\s+").length;
          if (words == 0 || words > 3 || term.length() < 2 || !Character.isUpperCase(firstLetter(term))
              || knownLower.contains(term.toLowerCase(Locale.ROOT)) || vocabulary.namesLowerCase().contains(term.toLowerCase(Locale.ROOT))
              || NOT_A_SKILL.matcher(term).find() || !occurrences(TextAnalysis.tokens(term)).isEmpty()) {
            continue;
          }
          String name = term;
          Requirement r = out.computeIfAbsent(name.toLowerCase(Locale.ROOT),
              n -> new Requirement(name, KeywordKind.HARD_SKILL, name, line.start()));
          r.unlisted = true;
          r.mentions++;
          r.seenIn(clausePart);
        }
      }
    }
    return List.copyOf(out.values());
  }

  private static char firstLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        return s.charAt(i);
      }
    }
    return 'a';
  }

  /** Where the resume has a phrase of several words, matched case-insensitively as whole words. */
  private static String phraseFoundIn(List<Part> parts, String phrase) {
    Pattern p = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])" + Pattern.quote(phrase) + "(?![\\p{L}\\p{N}])");
    for (Part part : parts) {
      if (p.matcher(part.text()).find()) {
        return part.label;
      }
    }
    return null;
  }

  /**
   * Terms the vocabulary lacks but the posting stresses: CamelCase names and acronyms written at
   * least twice ("Pulumi"-like names are caught only when capitalised inside a sentence).
   */
  private List<Requirement> unlistedTerms(List<TextAnalysis.Token> job, Set<String> known, PostingOutline.Part[] parts) {
    Map<String, Requirement> terms = new LinkedHashMap<>();
    Set<String> knownLower = new HashSet<>();
    known.forEach(k -> knownLower.add(k.toLowerCase(Locale.ROOT)));
    knownLower.addAll(vocabulary.normalisedNamesLowerCase());
    for (int i = 0; i < job.size(); i++) {
      TextAnalysis.Token t = job.get(i);
      String o = t.original();
      boolean acronym = o.matches("[A-Z][A-Z0-9]{1,5}") && !ACRONYM_STOP.contains(o);
      boolean camel = o.matches("[A-Z]?[a-z]+[A-Z][A-Za-z0-9]*");
      if ((acronym || camel) && !t.negated() && !knownLower.contains(o.toLowerCase(Locale.ROOT))) {
        Requirement r = terms.computeIfAbsent(o, n -> new Requirement(n, KeywordKind.HARD_SKILL, n, t.start()));
        r.unlisted = true;
        r.mentions++;
        r.seenIn(parts[i]);
      }
    }
    List<Requirement> out = new ArrayList<>();
    for (Requirement r : terms.values()) {
      if (r.mentions >= 2) {
        out.add(r);
      }
    }
    return out;
  }

  static String jobTitle(String text) {
    return JobTitleReader.read(text);
  }

  /** Where the resume states the job title: its headline, a job title or its summary. */
  private static String titleFoundIn(ParsedResume resume, List<String> titleStems) {
    if (titleStems.isEmpty()) {
      return null;
    }
    if (resume.headline() != null && containsAll(resume.headline(), titleStems)) {
      return "Headline";
    }
    for (ParsedEntry job : resume.jobs()) {
      if ((job.title() != null && containsAll(job.title(), titleStems))
          || (job.company() != null && containsAll(job.company(), titleStems))) {
        return "Experience";
      }
    }
    if (resume.summary() != null && containsAll(resume.summary(), titleStems)) {
      return "Summary";
    }
    return null;
  }

  private static boolean containsAll(String text, List<String> stems) {
    Set<String> have = new HashSet<>();
    for (TextAnalysis.Token t : TextAnalysis.tokens(text)) {
      have.add(t.stem());
    }
    return have.containsAll(stems);
  }

  static int requiredYears(String text) {
    int best = 0;
    for (String sentence : text.split("[.!?\\n;]")) {
      String lower = sentence.toLowerCase(Locale.ROOT);
      if (!lower.contains("experience") || lower.matches(".*\\b(preferred|nice to have|bonus|a plus)\\b.*")) {
        continue;
      }
      Matcher m = YEARS.matcher(sentence);
      while (m.find()) {
        int n = Integer.parseInt(m.group(1));
        if (n > 0 && n <= 25) {
          best = Math.max(best, n);
        }
      }
    }
    return best;
  }

  /** A labelled piece of the resume to search, analysed once. */
  private record Part(String label, String text, List<TextAnalysis.Token> tokens) {

    Part(String label, String text) {
      this(label, text, TextAnalysis.tokens(text));
    }
  }

  private static List<Part> parts(ParsedResume resume) {
    List<Part> parts = new ArrayList<>();
    if (resume.headline() != null) {
      parts.add(new Part("Headline", resume.headline()));
    }
    for (ParsedSection s : resume.sections()) {
      String label = s.kind() == SectionKind.OTHER ? s.heading() : s.kind().standardHeading();
      StringBuilder text = new StringBuilder();
      for (String line : s.lines()) {
        text.append(line).append('\n');
      }
      parts.add(new Part(label, text.toString()));
    }
    if (!resume.unsectioned().isEmpty()) {
      parts.add(new Part("Top of the resume", String.join("\n", resume.unsectioned())));
    }
    return parts;
  }

  private static String suggestion(KeywordKind kind, boolean hasSkills) {
    return switch (kind) {
      case HARD_SKILL, TOOL -> (hasSkills ? "Skills section" : "a new Skills section")
          + ", and a bullet under Experience or Projects showing where you used it";
      case CERTIFICATION -> "Certifications section (only if you hold it or are working towards it, with the expected date)";
      case SOFT_SKILL -> "a bullet under Experience that shows it with a result, or your summary";
      case JOB_TITLE -> "the headline under your name and the first line of your summary (use the posting's exact title if it fits)";
      case EDUCATION -> "Education section (or note equivalent experience in your summary)";
      case EXPERIENCE -> "your summary";
    };
  }
}
