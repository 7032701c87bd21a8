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
  private static final Pattern TITLE_LABEL =
      Pattern.compile("(?im)^\\s*(?:job title|title|position|role)\\s*[:\\-–]\\s*(.{3,80})$");
  private static final Pattern LOOKING_FOR =
      Pattern.compile("(?i)(?:looking for|hiring|seeking|search of|join us as)\\s+(?:an?|the|our)?\\s*(?:experienced\\s+|talented\\s+|motivated\\s+)?((?:[A-Z][\\w+#./-]*\\s?){1,5})");
  private static final Set<String> TITLE_WORDS =
      Set.of("engineer", "developer", "manager", "analyst", "designer", "scientist", "administrator",
          "architect", "consultant", "specialist", "technician", "coordinator", "director", "lead",
          "intern", "officer", "assistant", "accountant", "lecturer", "professor", "researcher",
          "representative", "executive", "associate", "nurse", "teacher", "writer", "editor", "owner",
          "programmer", "tester", "recruiter", "marketer", "strategist", "hydrologist", "support");
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
    List<TextAnalysis.Token> job = TextAnalysis.tokens(jobDescription);
    double[] emphasis = emphasis(jobDescription, job);

    // 1. requirements from the posting
    Map<String, Requirement> requirements = new LinkedHashMap<>();
    for (Occurrence o : occurrences(job)) {
      if (o.negated) {
        continue;
      }
      Requirement r = requirements.computeIfAbsent(o.entry.name(),
          n -> new Requirement(n, o.entry.kind(), o.text, o.position));
      r.mentions++;
      r.emphasis = Math.max(r.emphasis, emphasis[o.tokenIndex]);
    }
    for (Requirement r : unlistedTerms(job, requirements.keySet(), emphasis)) {
      requirements.putIfAbsent(r.name, r);
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
      String where = r.unlisted ? foundIn.get("term:" + r.name.toLowerCase(Locale.ROOT)) : foundIn.get(r.name);
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
          where == null ? suggestion(KeywordKind.JOB_TITLE, hasSkills) : null), matched, missing);
    }
    Education.Level required = Education.required(jobDescription);
    if (required != null) {
      Education.Level has = Education.highest(resume.schools());
      boolean ok = has != null && has.ordinal() >= required.ordinal();
      add(new Keyword(required.label(), KeywordKind.EDUCATION, KeywordKind.EDUCATION.baseWeight(), 1,
          required.label(), ok ? "Education" : null, ok ? null : suggestion(KeywordKind.EDUCATION, hasSkills)),
          matched, missing);
    }
    int years = requiredYears(jobDescription);
    if (years > 0) {
      boolean ok = yearsOfExperience + 0.25 >= years;
      String name = years + "+ years of experience";
      add(new Keyword(name, KeywordKind.EXPERIENCE, KeywordKind.EXPERIENCE.baseWeight(), 1, name,
          ok ? "Experience" : null, ok ? null : "Your experience dates show about "
              + Math.round(yearsOfExperience) + " years; if you have more (freelance, internships,"
              + " earlier jobs), list it in Experience and state the total in your summary."),
          matched, missing);
    }

    Comparator<Keyword> order = Comparator.comparingDouble(Keyword::weight).reversed()
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
    double emphasis = 1;
    boolean unlisted;

    Requirement(String name, KeywordKind kind, String asWritten, int position) {
      this.name = name;
      this.kind = kind;
      this.asWritten = asWritten;
      this.position = position;
    }

    Keyword toKeyword(String foundIn, String suggestion) {
      double weight = kind.baseWeight() * (1 + 0.25 * Math.min(4, mentions - 1)) * emphasis;
      weight = Math.round(weight * 100) / 100.0;
      return new Keyword(name, kind, weight, mentions, asWritten, foundIn, foundIn == null ? suggestion : null);
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

  /**
   * Terms the vocabulary lacks but the posting stresses: CamelCase names and acronyms written at
   * least twice ("Pulumi"-like names are caught only when capitalised inside a sentence).
   */
  private List<Requirement> unlistedTerms(List<TextAnalysis.Token> job, Set<String> known, double[] emphasis) {
    Map<String, Requirement> terms = new LinkedHashMap<>();
    Set<String> knownLower = new HashSet<>();
    known.forEach(k -> knownLower.add(k.toLowerCase(Locale.ROOT)));
    vocabulary.names().forEach(k -> knownLower.add(TextAnalysis.normalise(k).toLowerCase(Locale.ROOT)));
    for (int i = 0; i < job.size(); i++) {
      TextAnalysis.Token t = job.get(i);
      String o = t.original();
      boolean acronym = o.matches("[A-Z][A-Z0-9]{1,5}") && !ACRONYM_STOP.contains(o);
      boolean camel = o.matches("[A-Z]?[a-z]+[A-Z][A-Za-z0-9]*");
      if ((acronym || camel) && !t.negated() && !knownLower.contains(o.toLowerCase(Locale.ROOT))) {
        Requirement r = terms.computeIfAbsent(o, n -> new Requirement(n, KeywordKind.HARD_SKILL, n, t.start()));
        r.unlisted = true;
        r.mentions++;
        r.emphasis = Math.max(r.emphasis, emphasis[i]);
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

  /**
   * How much the posting stresses each token: 1.3 under a "Requirements" or "Must have" heading,
   * 0.6 under "Nice to have" or "Preferred", 0.5 under "About us" or "Benefits", else 1.
   */
  private static double[] emphasis(String text, List<TextAnalysis.Token> tokens) {
    String normalised = TextAnalysis.normalise(text);
    List<int[]> regions = new ArrayList<>();
    List<Double> weights = new ArrayList<>();
    int offset = 0;
    double current = 1;
    for (String line : normalised.split("\n", -1)) {
      String l = line.strip().toLowerCase(Locale.ROOT).replaceAll("[:#*]", "").strip();
      if (!l.isEmpty() && l.length() <= 60) {
        if (l.matches(".*\\b(nice to have|preferred|bonus|a plus|desirable|good to have)\\b.*")) {
          current = 0.6;
        } else if (l.matches(".*(requirements|required|must have|must-have|qualifications|what you.ll need|what we.re looking for|you have|skills|experience).*")
            && l.split("\\s+").length <= 6) {
          current = 1.3;
        } else if (l.matches(".*(about us|about the company|benefits|perks|what we offer|who we are|equal opportunity).*")) {
          current = 0.5;
        } else if (l.matches(".*(responsibilities|what you.ll do|the role|your role|day to day).*") && l.split("\\s+").length <= 6) {
          current = 1;
        }
      }
      regions.add(new int[] {offset, offset + line.length() + 1});
      weights.add(current);
      offset += line.length() + 1;
    }
    double[] out = new double[tokens.size()];
    int region = 0;
    for (int i = 0; i < tokens.size(); i++) {
      int start = tokens.get(i).start();
      while (region < regions.size() - 1 && start >= regions.get(region)[1]) {
        region++;
      }
      out[i] = weights.get(region);
    }
    return out;
  }

  static String jobTitle(String text) {
    Matcher label = TITLE_LABEL.matcher(text);
    if (label.find()) {
      return label.group(1).strip();
    }
    for (String line : text.split("\n")) {
      String l = line.strip();
      if (l.isEmpty()) {
        continue;
      }
      String[] words = l.split("\\s+");
      if (words.length <= 8 && !l.endsWith(".") && hasTitleWord(l)) {
        return l.replaceAll("[|–—-]\\s*(remote|hybrid|on-site|full[- ]time|part[- ]time).*$", "").strip();
      }
      break;
    }
    Matcher m = LOOKING_FOR.matcher(text);
    while (m.find()) {
      String candidate = m.group(1).strip();
      if (hasTitleWord(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  private static boolean hasTitleWord(String text) {
    for (String w : text.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
      if (TITLE_WORDS.contains(w)) {
        return true;
      }
    }
    return false;
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
