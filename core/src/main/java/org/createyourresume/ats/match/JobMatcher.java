package org.createyourresume.ats.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
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
import org.createyourresume.ats.parse.TextLanguage;

/**
 * Matches a resume against a job posting: reads the posting's requirements (job title, hard
 * skills, tools, certifications, education level, years of experience, soft skills), looks for
 * each in the resume with stemming, phrases, synonyms and acronyms, and weighs them. Thread-safe
 * and deterministic.
 */
public final class JobMatcher {

  /**
   * The {@link Keyword#foundIn()} of a keyword found in the headline under the name; a keyword
   * found in a section names the section's standard heading ({@code SectionKind.standardHeading()})
   * or, for a section of its own, the resume's heading as written.
   */
  public static final String HEADLINE = "Headline";

  /** The {@link Keyword#foundIn()} of a keyword found above the first heading. */
  public static final String TOP_OF_THE_RESUME = "Top of the resume";

  private static final Pattern YEARS = Pattern.compile(
      "(?i)\\b(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen)(?:\\s*\\(\\d{1,2}\\+?\\))?\\s*\\+?\\s*"
          + "(?:(?:-|–|to|bis|à|a)\\s*\\d{1,2}\\s*)?\\+?\\s*(?:or more\\s+|plus\\s+|oder mehr\\s+|ou plus\\s+|o más\\s+)?"
          + "(?:years?|yrs?|jahre?n?|ans|années|an|años|año)(?![\\p{L}])");
  private static final List<String> NUMBER_WORDS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
      "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen");
  private static final Set<String> TITLE_STOP = Set.of("a", "an", "the", "we", "are", "to", "for", "of", "and", "our", "m", "f", "d", "x");
  private static final Set<String> ACRONYM_STOP =
      Set.of("US", "USA", "UK", "EU", "HR", "CV", "OK", "PTO", "FAQ", "CEO", "CTO", "CFO", "HQ", "EOE",
          "ID", "IT", "TBD", "ASAP", "FTE", "NA", "AM", "PM", "ET", "PT", "GMT", "UTC", "LLC", "INC",
          "LTD", "GMBH", "KPI", "KPIS", "YOE", "WFH", "MS", "LPA", "CTC", "BDE");

  private final TextLanguage language;
  private final SkillVocabulary vocabulary;
  private final TextAnalysis analysis;
  // One matcher per posting language, each with its own stems of the vocabulary; made on first use.
  private final Map<TextLanguage, JobMatcher> byLanguage;

  /** A matcher for postings in any of the {@link TextLanguage}s. */
  public JobMatcher() {
    this(TextLanguage.ENGLISH, new java.util.concurrent.ConcurrentHashMap<>());
  }

  private JobMatcher(TextLanguage language, Map<TextLanguage, JobMatcher> byLanguage) {
    this.language = language;
    this.vocabulary = SkillVocabulary.get(language);
    this.analysis = TextAnalysis.of(language);
    this.byLanguage = byLanguage;
  }

  /** Every skill name and synonym of the vocabulary, as written. */
  public Set<String> vocabularyNames() {
    return vocabulary.names();
  }

  /**
   * Matches {@code resume} against {@code jobDescription}, in the posting's language (English,
   * German, French or Spanish, told from its words; {@link JobMatch#language()} says which).
   *
   * @param yearsOfExperience the resume's years of experience, from its job dates
   */
  public JobMatch match(ParsedResume resume, double yearsOfExperience, String jobDescription) {
    TextLanguage postingLanguage = TextLanguage.detect(jobDescription);
    JobMatcher matcher = postingLanguage == language ? this
        : byLanguage.computeIfAbsent(postingLanguage, l -> new JobMatcher(l, byLanguage));
    return matcher.matchInOwnLanguage(resume, yearsOfExperience, jobDescription);
  }

  /**
   * Matches with this matcher's language: the posting's, told from its words. The resume is
   * analysed the same way, so that its stems meet the posting's; the names of skills and tools
   * are mostly the same words in every language.
   */
  private JobMatch matchInOwnLanguage(ParsedResume resume, double yearsOfExperience, String jobDescription) {
    // "We're hiring: …" announces the post; it does not ask for hiring skills.
    String posting = blank(HASHTAG, blank(GENDER_MARKER, blank(HIRING_ANNOUNCEMENT, jobDescription)));
    List<TextAnalysis.Token> job = analysis.tokens(posting);
    String normalised = TextAnalysis.normalise(posting);
    PostingOutline outline = PostingOutline.of(normalised);
    PostingOutline.Part[] jobParts = new PostingOutline.Part[job.size()];
    for (int i = 0; i < job.size(); i++) {
      jobParts[i] = outline.partAt(normalised, job.get(i).start());
    }

    // 1. requirements from the posting
    Map<String, SkillVocabulary.Entry> senses = senses(posting);
    Map<String, Requirement> requirements = new LinkedHashMap<>();
    for (Occurrence found : occurrences(job)) {
      Occurrence o = inSense(found, senses);
      if (o.negated || o.entry.kind() == KeywordKind.LANGUAGE && partOfAProperName(job.get(o.tokenIndex))) {
        continue;
      }
      Requirement r = requirements.computeIfAbsent(o.entry.name(),
          n -> new Requirement(n, o.entry.kind(), o.text, o.position));
      r.mentions++;
      r.seenIn(jobParts[o.tokenIndex]);
    }
    for (Requirement r : unlistedTerms(posting, job, requirements.keySet(), jobParts)) {
      requirements.putIfAbsent(r.name, r);
    }
    for (Requirement r : listedTerms(outline, requirements.keySet())) {
      requirements.putIfAbsent(r.name.toLowerCase(Locale.ROOT), r);
    }
    for (Requirement r : namedProducts(outline, normalised, job, requirements.keySet())) {
      requirements.putIfAbsent(r.name.toLowerCase(Locale.ROOT), r);
    }
    for (Requirement r : skillCompounds(outline, normalised, requirements.keySet())) {
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
          foundIn.putIfAbsent(inSense(o, senses).entry.name(), part.label);
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
    String title = JobTitleReader.read(jobDescription, language);
    if (title != null) {
      List<String> stems = new ArrayList<>();
      for (TextAnalysis.Token t : analysis.tokens(title)) {
        if (!TITLE_STOP.contains(t.original().toLowerCase(Locale.ROOT))) {
          stems.add(t.stem());
        }
      }
      String where = titleFoundIn(resume, stems);
      add(new Keyword(title, KeywordKind.JOB_TITLE, KeywordKind.JOB_TITLE.baseWeight(), 1, title, where,
          where == null ? suggestion(KeywordKind.JOB_TITLE, hasSkills) : null, Importance.REQUIRED), matched, missing);
    }
    for (Education.Asked degree : Education.asked(outline)) {
      Education.Level required = degree.level();
      Education.Level has = Education.highest(resume.schools());
      boolean ok = has != null && has.ordinal() >= required.ordinal();
      double weight = KeywordKind.EDUCATION.baseWeight() * (degree.importance() == Importance.PREFERRED ? 0.6 : 1);
      add(new Keyword(required.label(), KeywordKind.EDUCATION, weight, 1,
          required.label(), ok ? "Education" : null, ok ? null : suggestion(KeywordKind.EDUCATION, hasSkills),
          degree.importance()), matched, missing);
    }
    int years = requiredYears(outline);
    if (years > 0) {
      boolean ok = yearsOfExperience + 0.25 >= years;
      String name = years + "+ years of experience";
      add(new Keyword(name, KeywordKind.EXPERIENCE, KeywordKind.EXPERIENCE.baseWeight(), 1, name,
          ok ? "Experience" : null, ok ? null : "Your experience dates show about "
              + Math.round(yearsOfExperience) + " years; if you have more (freelance, internships,"
              + " earlier jobs), list it in Experience and state the total in your summary.",
          Importance.REQUIRED), matched, missing);
    }

    // The tier comes first, whatever the weights: what the posting requires, then what its duties
    // and description name, then its nice-to-haves. A preferred item never outranks a required one.
    Comparator<Keyword> order = Comparator.comparing(Keyword::importance)
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
    return new JobMatch(rate, title, matched, missing, language.tag());
  }

  // "(m/w/d)", "H/F", "(f/m/x)": who may apply, not a skill ("H" is no acronym to look for).
  private static final Pattern GENDER_MARKER = Pattern.compile(
      "(?i)\\(?(?<![\\p{L}/])[mwdfhx]\\s*/\\s*[mwdfhx](?:\\s*/\\s*[mwdfhx])?(?![\\p{L}/])\\)?");
  // "#hiring #SRE #remotejobs": tags for the board's search, not requirements ("C#" and "F#" are no tags).
  private static final Pattern HASHTAG = Pattern.compile("(?<![\\p{L}\\p{N}#])#\\p{L}[\\p{L}\\p{N}_]*");
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

  // "Tamil Nadu", "English Channel": a language's name before another capitalised word names a
  // place or a thing; the words that follow a language when it is asked for are no such name.
  private static final Pattern PROPER_NAME_AFTER = Pattern.compile("^[ \\t]+(\\p{Lu}\\p{Ll}+)(?![\\p{L}\\p{N}])");
  private static final Set<String> AFTER_A_LANGUAGE = Set.of("speaker", "speakers", "speaking", "language", "skills", "skill",
      "fluency", "proficiency", "communication", "level", "native", "and", "or", "is", "required", "preferred", "desirable",
      "essential", "mandatory", "plus", "written", "spoken", "verbal", "oral", "both", "teacher", "tutor", "literature",
      "support", "customer", "customers", "proficient", "fluent", "knowledge", "would", "will", "a", "an", "as");

  /** Whether a language's name at {@code t} is the first word of a proper name ("Tamil Nadu"). */
  private boolean partOfAProperName(TextAnalysis.Token t) {
    Matcher next = PROPER_NAME_AFTER.matcher(t.source().substring(t.end()));
    if (!next.find()) {
      return false;
    }
    String word = next.group(1).toLowerCase(Locale.ROOT);
    return !AFTER_A_LANGUAGE.contains(word) && !JobTitleReader.hasTitleWord(word) && vocabulary.phrases(next.group(1)).isEmpty()
        && occurrences(analysis.tokens(next.group(1))).isEmpty();
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

    /**
     * Counts a mention in {@code part}: the strongest part it is named in sets the importance, so
     * an item of the nice-to-haves that the duties name too ("you will build GraphQL APIs") is
     * part of the job, and mentioned rather than preferred.
     */
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

  /** An acronym with two meanings: the vocabulary's usual one, and another the posting's words call for. */
  private record Sense(String acronym, String other, Pattern context) {}

  // "GCP" is Google Cloud, except in a posting about clinical trials or research, where it is Good
  // Clinical Practice.
  private static final List<Sense> SENSES = List.of(new Sense("GCP", "Good Clinical Practice",
      Pattern.compile("(?i:\\bclinical\\s+(?:trials?|research|studies|study|operations)\\b)|\\bICH\\b")));

  /** The other meanings the posting's words call for, by acronym. */
  private Map<String, SkillVocabulary.Entry> senses(String posting) {
    Map<String, SkillVocabulary.Entry> out = new HashMap<>();
    for (Sense s : SENSES) {
      List<SkillVocabulary.Phrase> other = vocabulary.phrases(s.other());
      if (!other.isEmpty() && s.context().matcher(posting).find()) {
        out.put(s.acronym(), other.get(0).entry());
      }
    }
    return out;
  }

  /** {@code o} with the meaning the posting calls for when it is written as such an acronym. */
  private static Occurrence inSense(Occurrence o, Map<String, SkillVocabulary.Entry> senses) {
    SkillVocabulary.Entry other = senses.get(o.text());
    return other == null ? o : new Occurrence(other, o.text(), o.position(), o.tokenIndex(), o.negated());
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
          for (int k = i; k < i + p.stems().size(); k++) {
            negated |= tokens.get(k).negated();
          }
          TextAnalysis.Token last = tokens.get(i + p.stems().size() - 1);
          // As written, with any stop words the analysis dropped between the words.
          String text = t.source().substring(t.start(), last.end()).replaceAll("\\s+", " ");
          out.add(new Occurrence(p.entry(), text, t.start(), i, negated));
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
      return t.original().equals(p.exactCase()) && (!t.sentenceStart() || aNameAlone(tokens, i));
    }
    return true;
  }

  /**
   * Whether the sentence opening at {@code i} is a bare item of a list ("- Rust", "Good to have:
   * Python; Rust.", "- Go or Python"): there a name that is also an ordinary word ("Go", "Swift")
   * can only be the name.
   */
  private static boolean aNameAlone(List<TextAnalysis.Token> tokens, int i) {
    int sentence = tokens.get(i).sentence();
    int length = 0;
    while (i + length < tokens.size() && tokens.get(i + length).sentence() == sentence) {
      length++;
    }
    if (length <= 2 || tokens.get(i).listed()) {
      return true;
    }
    String next = tokens.get(i + 1).original();
    // "Tally ERP, GST filing": a name followed by another capitalised name
    return Character.isUpperCase(next.charAt(0)) && !next.equals("I")
        || length <= 4 && (next.equals("or") || next.equals("and"));
  }

  private static final Pattern LEAD_WORDS = Pattern.compile(
      // "Working towards RA qualification", "Qualified to perform DOT inspections", "Able to read drawings":
      // the candidate's standing towards the item, not its name (before "working" and "qualification"); "Class A CDL": the grade.
      "(?iu)^(?:(?:(?:currently )?working towards|studying (?:for|towards)|qualified to|able to|class [a-e]|and|or|plus|also|ideally|including|e\\.g\\.|such as|strong|solid|good|sound|deep|excellent|advanced|basic|basics of|full"
          + "|proven|hands-on|practical|working|commercial|professional|demonstrable|some|prior|previous|current|valid"
          // "real litigation support experience", "accurate cash handling": praise of the skill, not its name.
          + "|real|genuine|accurate|careful|thorough|clear|very|relevant|demonstrated|extensive|in-depth|broad|confident|warm"
          + "|expert|expertise|proficien(?:t|cy)|fluency|fluent|familiar(?:ity)?|exposure|understanding|knowledge|experience|skills?"
          + "|grasp|command|awareness|appreciation|grounding|(?:track )?record of"
          + "|background|comfortable|confident|trained|training|certificate|certification|qualification|diploma|interest|enough|completed|accredited"
          + "|contributions?|according to|compliant with|in line with|in accordance with|willing(?:ness)? to (?:complete|obtain|learn|work towards)"
          + "|in|with|of|to|on|using|an?|the|any|intermediate|\\d+\\+? years?(?: of)?|years?'?|yrs|pqe"
          + "|at least|a minimum of|minimum(?: of)?|\\d+\\+? months?'?(?: of)?|months?'?"
          + "|erfahrungen?|kenntnisse|sehr|gute|guten|fundierte|sicherer?|umgang|im|der|dem|den|die|das|mit|und|oder|erste"
          + "|expérience|connaissances?|maîtrise|bonnes?|solides?|de|du|des|d'|en|avec|une?|première|notions|et|ou"
          + "|experiencia|conocimientos?|manejo|dominio|formación|la|el|los|las|al|del|previa|demostrable|y|o|con)\\s+)+");
  // In prose: "experience in event management", "knowledge of payroll", up to the clause's end.
  private static final Pattern PROSE_CUE = Pattern.compile(
      "(?iu)\\b(?:experience|knowledge|understanding|expertise|background|(?<=a |proven |track )record)\\s+(?:in|of|with)\\s+(?:(?!\\s[—–-]\\s)[^,:()\"—])+"
          // "3+ years PQE in residential conveyancing", "5 years in payroll": years spent in a field;
          // "3+ years in a studio or agency" is a place of work, which an article announces.
          + "|\\b(?:years?|yrs)'?(?:\\s+pqe)?\\s+in\\s+(?!(?:a|an|the|our|your)\\s)(?:(?!\\s[—–-]\\s)[^,:()\"—])+"
          // "Erfahrung in der Intensivpflege", "connaissances en Docker", "experiencia en triaje"
          + "|\\b(?:erfahrungen?|kenntnisse|know-how)\\s+(?:in|im|mit|als)\\s+[^,:()\"]+"
          + "|\\b(?:expérience|connaissances?|maîtrise|notions)\\s+(?:en|de|du|des|d'|avec)\\s*[^,:()\"]+"
          + "|\\b(?:experiencia|conocimientos?|dominio|manejo|formación)\\s+(?:en|de|del|con)\\s+[^,:()\"]+");
  // "taking vital signs", "teaching phonics", "Used Gong": the verb before a listed skill is not part of it.
  private static final Pattern LEAD_VERB = Pattern.compile(
      "(?i)^(?:taking|perform|performing|processing|teaching|running|building|designing|developing|delivering|supporting|handling"
          + "|creating|maintaining|administering|conducting|providing|implementing|leading|analy[sz]ing|operating|preparing|producing|giving"
          + "|carrying out|working (?:in|with|on)|obtaining|coordinating|managing|used|written|worked (?:with|in|on)|built|shipped|run|ran|led|sent"
          // "selling medical devices", "You have worked in fintech": a candidate's past named by what they did.
          + "|selling|sold|(?:(?:you(?:'ve| have)|have)\\s+)(?:also\\s+)?(?:worked (?:with|in|on)|built|run|led|used|sold|shipped))\\s+(?=\\S)");
  // A lead that says the rest is a skill ("experience of critical care", "knowledge of payroll").
  private static final Pattern SKILL_CUE = Pattern.compile(
      "(?iu)\\b(?:experience[ds]?|knowledge|understanding|skills?|expertise|proficien(?:t|cy)|familiar(?:ity)?|exposure"
          // "comfortable with legal research", "competent in phlebotomy": the candidate's ease with a skill.
          + "|comfortable|confident|competent|adept|versed|pqe|(?:years?|yrs)'?(?=\\s+(?:pqe\\s+)?in\\s+(?!(?:a|an|the|our|your)\\s))"
          + "|background|trained|training|certificate|certification|qualification|fluen(?:t|cy)"
          + "|erfahrungen?|kenntnisse|know-how|expérience|connaissances?|maîtrise|notions|experiencia|conocimientos?|manejo|dominio)\\b");
  // "operations management in a healthcare setting": the skill ends where a phrase about its setting
  // begins, or a verb ("personal care is welcome but not essential").
  private static final Pattern SETTING = Pattern.compile(
      // "telemetry experience strongly preferred but …": the item ends where its mark begins.
      "(?i)\\s+(?:(?:strongly |highly )?(?:preferred|desired|desirable)|in|into|at|for|within|across|from|with|to|on|under|including|like|such as|as|is|are|was|would|will|can)\\s.*$");
  private static final Pattern LOOSE_END = Pattern.compile("(?i)(?:^|\\s)(?:in|of|or|and|to|for|with|on|at|the|a|an|how|what|your|our|least|most)$");
  // Listed items that are qualifications, people or qualities rather than skills.
  private static final Pattern NOT_A_SKILL = Pattern.compile(
      "(?i)\\b(?:degree|years?|team|teams|people|customers|company|role|ability|candidates?|graduates?|bachelor'?s?"
          + "|master'?s?|phd|b\\.?e|b\\.?tech|mca|mba|bsc|msc|ba|ma|freshers?|willing(?:ness)?|english|german|french|dutch|spanish|hindi|italian|portuguese"
          + "|japanese|mandarin|arabic|portfolio|evidence"
          + "|commitment|track record|passion|process|interest|willingness|desire|enthusiasm|equivalent|similar"
          + "|you|we|required|preferred|desirable|essential"
          + "|pupils|students|children|patients|clients|users|staff|colleagues|families|adults|employees)\\b");
  private static final Pattern TRAIL_WORDS = Pattern.compile(
      "(?i)(?:\\s+(?:experience|skills?|knowledge|expertise|competenc(?:y|ies)|certification|qualification|preferred|required"
          // "HVAC industry knowledge", "CTET qualified", "IV cannulation accreditation", "CRC credential"
          + "|industry|qualified|certified|accreditation|accredited|credentials?"
          + "|essential|desirable|in production|or similar|or equivalent|a plus|is a plus|basics|fundamentals|tools?"
          // A version number goes, but a standard's number stays with its body: "ISO 45001", "IEC 62304".
          + "|development|programming|training|certificate|methods?|techniques?|cms|ownership|responsibility"
          // "built marketplaces before", "pricing problems": words that end an item without naming more of it.
          + "|before|previously|problems"
          + "|(?<!\\b(?-i:\\p{Lu}{2,6})\\s)\\d+(?:\\.\\d+)*\\+?|\\d{1,2}(?:\\.\\d+)*\\+?))+$");

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
      // "Blood bank: 1 year (Preferred)": a board's item marked as a whole by its aside.
      if (EXPERIENCE_LINE.matcher(line.body()).matches()) {
        part = PostingOutline.cue(line.body(), part);
      }
      // Prose outside the requirements still asks in its own words: "Experience with pricing would be a plus".
      boolean prose = part != PostingOutline.Part.REQUIRED && part != PostingOutline.Part.PREFERRED;
      if (prose && (part == PostingOutline.Part.ABOUT || line.listItem())) {
        continue;
      }
      String body = line.body().replaceAll("\\([^)]*\\)", " ").replaceAll("[.!]+$", "");
      body = EXPERIENCE_LINE.matcher(body).replaceFirst("$1");
      List<String> clauses = new ArrayList<>();
      List<PostingOutline.Part> clauseParts = new ArrayList<>();
      if (line.listItem() && !prose) {
        // "Preferred: IV certification. Long-term care experience.": each sentence of an item is an item.
        for (String clause : ITEM_BREAK.split(body)) {
          clauses.add(clause);
          clauseParts.add(PostingOutline.cue(clause, part));
        }
      }
      {
        // In prose, and in items that open with other words ("candidates with experience in
        // retail pharmacy software"), what a cue names: "substantial experience in event management".
        for (String sentence : body.split("[.!?;](?:\\s|$)")) {
          Matcher cue = PROSE_CUE.matcher(sentence);
          while (cue.find()) {
            PostingOutline.Part said = PostingOutline.cue(sentence, part);
            if (!prose || said == PostingOutline.Part.REQUIRED || said == PostingOutline.Part.PREFERRED) {
              clauses.add(cue.group());
              clauseParts.add(said);
            }
          }
        }
      }
      int listed = line.listItem() ? ITEM_BREAK.split(body).length : 0;
      for (int c = 0; c < clauses.size(); c++) {
        String clause = clauses.get(c);
        PostingOutline.Part clausePart = clauseParts.get(c);
        // "monitoring and evaluation", "literacy and numeracy": a pair named as one is kept whole.
        clause = pairsKeptWhole(clause);
        // "B.Pharm with valid pharmacist registration": a second requirement joined by "with".
        String[] pieces = clause.split("\\s*(?:[,;]|\\band\\b|\\bor\\b|\\s/\\s|\\s&\\s|\\swith(?=\\s+(?:a\\s+)?(?:valid|current|active|full)\\s))\\s*");
        // "C#/.NET Core/ASP.NET MVC/Web API": names set between slashes, two slashes or more.
        if (SLASHED_LIST.matcher(clause).find()) {
          pieces = Arrays.stream(pieces).flatMap(p -> Arrays.stream(p.split("(?<=\\S)/(?=\\S)"))).toArray(String[]::new);
        }
        // Said to be skills: "experience of critical care", "patient assessment and treatment planning skills".
        boolean clauseCued = SKILL_CUE.matcher(clause).find();
        // "Solid medical terminology and anatomy", "smart class / digital teaching tools": an item
        // that is only a few short names is a list of them, each as good as a whole item.
        boolean namesOnly = listed == 1 && c == 0 && pieces.length >= 2 && !clause.matches("(?s).*\\d.*") && shortNames(pieces);
        for (String piece : pieces) {
          String stripped = piece.strip();
          String afterLead = LEAD_WORDS.matcher(stripped).replaceFirst("");
          // "Deep, hands-on Kubernetes": a piece that is only a lead word names nothing.
          if (LEAD_WORDS.matcher(stripped + " ").replaceFirst("").isBlank()) {
            continue;
          }
          String afterVerb = LEAD_VERB.matcher(afterLead).replaceFirst("");
          // "performing phlebotomy": a verb before it says so too.
          boolean ownCue = SKILL_CUE.matcher(stripped.substring(0, stripped.length() - afterVerb.length())).find()
              || afterVerb.length() < afterLead.length();
          String beforeTrail = SETTING.matcher(afterVerb).replaceFirst("").strip();
          // "Registration with AHPRA as a Registered Nurse": the body's name before the head.
          Matcher registeredWith = REGISTERED_WITH.matcher(afterVerb);
          // "Current Colorado OT license", "valid state special education certification": a licence
          // or registration for a profession, named without its qualifiers and place.
          String graded = gradedCredential(afterVerb);
          String credential = graded != null ? graded
              : registeredWith.find() ? registeredWith.group(2) + " " + registeredWith.group(1).toLowerCase(Locale.ROOT)
              : credential(beforeTrail);
          String term = credential != null ? credential : TRAIL_WORDS.matcher(beforeTrail).replaceFirst("").strip();
          // "sourcing skills": a verbal noun is a skill when the item calls it one.
          boolean calledSkill = credential == null && SKILL_CUE.matcher(beforeTrail.substring(term.length())).find();
          // A cue elsewhere in the clause vouches for phrases, not single words ("…, agency or in-house");
          // a credential or a kind of tool ("ticketing systems") names itself.
          boolean cued = ownCue || calledSkill || clauseCued && term.contains(" ") || credential != null || namesAKindOfTool(term);
          term = term.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}+#]+$", "").replace(PAIR_JOINT, " and ");
          int words = term.isEmpty() ? 0 : term.split("\\s+").length;
          // A name may be lower case ("retail management", "eBPF") when it is the whole item, or
          // when the item says it is a skill.
          boolean wholeItem = listed == 1 && c == 0 && pieces.length == 1 || namesOnly;
          if (words == 0 || words > (graded != null ? 5 : 3) || term.length() < 2 || LOOSE_END.matcher(term).find() || credential == null && plainWords(term, calledSkill)
              || !(Character.isUpperCase(firstLetter(term)) || wholeItem || cued || hasInnerCapital(term))
              || knownLower.contains(term.toLowerCase(Locale.ROOT)) || vocabulary.namesLowerCase().contains(term.toLowerCase(Locale.ROOT))
              || vocabulary.namesLowerCase().contains(beforeTrail.toLowerCase(Locale.ROOT))
              || NOT_A_SKILL.matcher(term).find() || namesARole(term) || namesVocabulary(term)) {
            continue;
          }
          String name = term;
          // "Previous hotel experience", "12 months' retail experience": a field named by one word is
          // sought in the resume by that word, and shown as the posting asks for it, the experience
          // of it. A capitalised word counts only as the item's first ("Industry experience as …").
          String written = credential == null && words == 1 && (Character.isLowerCase(term.charAt(0)) || stripped.startsWith(term))
              && !hasInnerCapital(term) && !term.matches("\\p{Lu}{2,}.*")
              && FIELD_EXPERIENCE.matcher(beforeTrail.substring(term.length())).matches() ? term + " experience" : term;
          KeywordKind kind = credential != null ? KeywordKind.CERTIFICATION : KeywordKind.HARD_SKILL;
          Requirement r = out.computeIfAbsent(name.toLowerCase(Locale.ROOT),
              n -> new Requirement(name, kind, written, line.start()));
          r.unlisted = true;
          r.mentions++;
          r.seenIn(clausePart);
        }
      }
    }
    return List.copyOf(out.values());
  }

  private static final Pattern FIELD_EXPERIENCE = Pattern.compile("(?i)\\s+experience");

  // Two nouns of work or of a faculty joined by "and", opening the item or after "in", "of", "with"
  // or "on": "Inspection and testing qualification", "skills in monitoring and evaluation".
  private static final Pattern PAIR = Pattern.compile(
      "(?<=^\\s{0,3}|[,;:]\\s{1,3}|\\b(?:in|of|with|on)\\s)(\\p{L}\\p{Ll}{2,}(?:ing|ion|acy|ment|ance|ence|ity))\\s+and\\s+(\\p{Ll}{3,}(?:ing|ion|acy|ment|ance|ence|ity))(?![\\p{L}-])");
  private static final String PAIR_JOINT = "_and_";

  /**
   * {@code clause} with each pair of nouns joined by "and" that names one kind of work ("monitoring
   * and evaluation") set as one word, so that it is not split into two items. A pair is kept only
   * when the vocabulary names neither noun: "onboarding and induction" stays two items.
   */
  private String pairsKeptWhole(String clause) {
    Matcher m = PAIR.matcher(clause);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      boolean known = vocabulary.namesLowerCase().contains(m.group(1).toLowerCase(Locale.ROOT))
          || vocabulary.namesLowerCase().contains(m.group(2)) || !occurrences(analysis.tokens(m.group())).isEmpty();
      m.appendReplacement(out, Matcher.quoteReplacement(known ? m.group() : m.group(1) + PAIR_JOINT + m.group(2)));
    }
    m.appendTail(out);
    return out.toString();
  }

  // Where one item of a line ends and the next begins: a semicolon, or a full stop after a word of
  // three letters or more (not "e.g." or "B.Sc.") before a capital.
  private static final Pattern ITEM_BREAK = Pattern.compile(";|(?<=[\\p{L}\\p{N}]{3}|\\s)\\.\\s+(?=\\p{Lu})");

  // "Blood bank: 1 year (Preferred)", "Java: 3 years": a board's line of years per skill.
  private static final Pattern EXPERIENCE_LINE = Pattern.compile("(?i)^\\s*([^:]{2,40}?)\\s*:\\s*\\d{1,2}\\+?\\s*(?:years?|yrs?)\\b.*$");
  // Three names or more joined by bare slashes: "Azure/Angular/Entity Framework".
  private static final Pattern SLASHED_LIST = Pattern.compile("[^\\s/]/[^\\s/]+(?:\\s[^\\s/]+){0,2}/[^\\s/]");

  private static final Pattern REGISTERED_WITH = Pattern.compile(
      "^(?i)(registration|licen[cs]e|membership)\\s+(?:as an?\\s+(?:[\\p{L}()-]+\\s+){1,4})?(?:with|by|on|from|of)\\s+(?:the\\s+)?(?-i)(\\p{Lu}{2,8})(?![\\p{L}\\p{N}])");

  // "Grade II Water Treatment Operator certification issued by the State": a credential held at a
  // grade, named by its grade and field; the role it is for ("Operator") and its issuer go.
  private static final Pattern GRADED_CREDENTIAL = Pattern.compile(
      "^((?:Grade|Class|Level)\\s+(?:[IVX]{1,4}|[1-8])(?:\\s+\\p{Lu}[\\p{L}-]+){1,4}?)(?:\\s+\\p{Lu}[\\p{L}-]+)?\\s+(?i:licen[cs]e|certification|certificate)\\b");

  /** The name of a credential held at a grade ("Grade II Water Treatment"), or null. */
  private static String gradedCredential(String item) {
    Matcher m = GRADED_CREDENTIAL.matcher(item);
    if (!m.lookingAt()) {
      return null;
    }
    String name = m.group(1);
    String role = m.group().substring(name.length()).strip().split("\\s+")[0];
    // The optional word before the head is kept unless it names the role the credential is for.
    return JobTitleReader.hasTitleWord(role) || role.matches("(?i)licen[cs]e|certificat\\w+") ? name : name + " " + role;
  }

  /** Whether every piece, without its lead words, is a name of one to three words. */
  private static boolean shortNames(String[] pieces) {
    for (String piece : pieces) {
      String name = LEAD_VERB.matcher(LEAD_WORDS.matcher(piece.strip()).replaceFirst("")).replaceFirst("").strip();
      int words = name.isEmpty() ? 0 : name.split("\\s+").length;
      if (words == 0 || words > 3) {
        return false;
      }
    }
    return true;
  }

  // A licence, registration or certification for a profession, after its qualifiers ("active",
  // "valid", "state") and a place set in capitals before it ("Ohio RN license", "North Carolina
  // journeyman electrician license"); a name set all in capitals before the head ("Gas Safe
  // registration") is left to the other rules.
  private static final Pattern CREDENTIAL = Pattern.compile(
      "^(?i:(?:active|current|valid|unrestricted|full|state|national|provincial)\\s+)*(?:\\p{Lu}\\p{Ll}+\\s+)*"
          + "((?:(?:\\p{Ll}[\\p{Ll}-]*|\\p{Lu}{2,5})\\s+){1,3})((?i:licen[cs]e|registration|certification|certificate|credentials?))$");

  private static final Pattern PIECE_END = Pattern.compile("\\s*(?:[,;(]|\\band\\b|\\bor\\b|\\bwith\\b)");

  /** Whether {@code rest} opens with the place of a credential: "Ohio" in "Ohio RN license and BLS". */
  private boolean placeOfACredential(String rest) {
    String piece = PIECE_END.split(rest, 2)[0].strip();
    String credential = credential(piece);
    return credential != null && !piece.startsWith(credential);
  }

  /**
   * The credential {@code item} names ("OT license", "school psychologist certification"), or
   * null. A certification in a skill is that skill ("CCRC certification" is CCRC, "sensory
   * integration certification" is sensory integration): it keeps its head only for a role
   * ("school psychologist certification") or for a field the vocabulary names more broadly
   * ("special education certification", not special educational needs).
   */
  private String credential(String item) {
    Matcher m = CREDENTIAL.matcher(item);
    if (!m.matches()) {
      return null;
    }
    String words = m.group(1).strip();
    String head = m.group(2).toLowerCase(Locale.ROOT);
    if (head.startsWith("certific") || head.startsWith("credential")) {
      String[] each = words.split("\\s+");
      if (!JobTitleReader.hasTitleWord(each[each.length - 1].toLowerCase(Locale.ROOT))
          && !vocabulary.namesLowerCase().contains(words.toLowerCase(Locale.ROOT))) {
        return null;
      }
    }
    return words + " " + head;
  }

  // Nouns for a kind of tool: after a verbal noun they make a name ("ticketing systems",
  // "scheduling software"), where a verbal noun alone is a verb phrase ("shipping production code").
  private static final Set<String> KINDS_OF_TOOL = Set.of("system", "systems", "platform", "platforms", "software", "tools",
      "suite", "suites");

  /** Whether {@code term} is a verbal noun before a kind of tool: "ticketing systems". */
  private static boolean namesAKindOfTool(String term) {
    String[] words = term.toLowerCase(Locale.ROOT).split("\\s+");
    return words.length == 2 && words[0].endsWith("ing") && KINDS_OF_TOOL.contains(words[1]);
  }

  // A run of capitalised words: "Backstage", "Azure Data Factory", "Civil 3D".
  private static final Pattern CAPITALISED = Pattern.compile(
      "(?<![\\p{L}\\p{N}.@/#+-])\\p{Lu}[\\p{L}\\p{N}+#-]*(?:\\.[Jj][Ss])?(?:\\s\\p{Lu}[\\p{L}\\p{N}+#-]*|\\s\\d[\\p{L}\\d]*){0,2}(?![\\p{L}\\p{N}@])");
  // What names a tool just before it: "experience with", "using", "built in", "knowledge of".
  // "in", "of" and "on" only after a word about skill, so that "based in Chicago" and "Department of
  // Genetics" name no tool.
  private static final Pattern TOOL_CUE = Pattern.compile(
      "(?iu)(?:\\b(?:with|using|via|use|uses|used|know|knowing|mit|mittels|avec|sous|con|usando|mediante)"
          + "|\\b(?:erfahrungen?|kenntnisse|expérience|connaissances?|maîtrise|experiencia|conocimientos?|manejo|dominio)\\s+(?:in|im|mit|en|de|du|d'|del|con)"
          + "|\\b(?:experience|experienced|knowledge|proficien(?:t|cy)|skilled|skills"
          + "|expertise|expert|familiar(?:ity)?|exposure|background|fluen(?:t|cy)|hands-on|working|work|worked|used|written|built|coding"
          + "|programming|certified|certification|modell?ing|design|testing|development|analysis|scripting|reporting|automation)"
          + "\\s+(?:in|of|on|to|with)|\\b(?:according|compliant) (?:to|with)|\\bin (?:line|accordance) with"
          // "online surveys in Qualtrics", "dashboards in Looker": a piece of work made in a tool.
          + "|\\b(?:surveys?|dashboards?|reports?|queries|models?|pipelines?|workflows?|spreadsheets?|scripts?|notes|campaigns?"
          + "|drawings?|prototypes?|wireframes?|designs?|records|tickets?) in)\\s+(?:the\\s+|a\\s+)?$");
  // German capitalises every noun: "Erfahrung", "Entwicklung", "Kenntnisse", "Fähigkeit" in a
  // list item are ordinary words, and nouns of these endings name no product.
  private static final Pattern GERMAN_NOUN = Pattern.compile("(?:ung|ungen|heit|keit|schaft|nis|nisse|tät)$");
  // "our lab in Aarhus", "travel to Leeds": a place, not a product.
  private static final Pattern PLACE_CUE = Pattern.compile("(?i)\\b(?:in|at|from|near|across|throughout|to|around)\\s+(?:the\\s+)?$");
  // A qualification's acronym with its level before or after it: "NVQ Level 3", "Level 2 NVQ".
  private static final Pattern GRADED_QUALIFICATION = Pattern.compile(
      "(?!(?:US|UK|EU)\\b)\\p{Lu}{2,6}\\s+Level\\s+[1-8]|Level\\s+[1-8]\\s+(?!(?:US|UK|EU)\\b)\\p{Lu}{2,6}");

  // Capitalised words that name no skill: calendar words, languages, places of work, and words
  // postings capitalise for emphasis.
  private static final Set<String> NOT_A_PRODUCT = Set.of(
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
      "english", "german", "french", "spanish", "dutch", "hindi", "portuguese", "italian", "mandarin", "arabic",
      "remote", "hybrid", "europe", "european", "america", "american", "asia", "india", "indian", "uk", "us", "eu",
      "british", "national", "international", "global", "head", "office", "i", "we", "you", "our", "your", "the",
      "a", "an", "and", "or", "of", "in", "on", "for", "to", "with", "at", "by", "is", "are", "this", "that", "it",
      "team", "teams", "company", "group", "department", "division", "school", "university", "hospital",
      "trust", "council", "ltd", "inc", "llc", "gmbh", "plc", "year", "years", "level", "band", "grade", "key",
      "stage", "ks1", "ks2", "ks3", "ks4", "phd", "mba", "cv", "resume", "any", "all", "other", "specialization",
      "specialisation", "discipline", "field", "subject", "stream", "education", "mac", "macs", "pc", "pcs",
      "bachelor", "master", "masters", "degree", "diploma", "skills", "experience", "requirements", "have",
      "responsibilities", "duties", "role", "roles", "required", "preferred", "desirable", "essential", "hons", "fully",
      "location", "language", "languages");

  /**
   * Names the vocabulary lacks that the posting makes prominent: a capitalised name right after
   * "with", "using", "in" or "of" ("experience with Crossplane", "provision it with Pulumi"), or a
   * capitalised name inside a list item of the requirements, nice-to-haves or duties ("Keep
   * Backstage up to date"). Words of the title line, of the company's own story and any word the
   * posting also writes in lower case are left out: those are the company, places and ordinary
   * words set in capitals.
   */
  private List<Requirement> namedProducts(PostingOutline outline, String normalised, List<TextAnalysis.Token> job,
      Set<String> known) {
    Set<String> skip = new HashSet<>(NOT_A_PRODUCT);
    known.forEach(k -> skip.add(k.toLowerCase(Locale.ROOT)));
    for (TextAnalysis.Token t : job) {
      if (t.original().equals(t.original().toLowerCase(Locale.ROOT))) {
        skip.add(t.original());
      }
    }
    boolean first = true;
    for (PostingOutline.Line line : outline.lines()) {
      if (first || line.part() == PostingOutline.Part.ABOUT) {
        for (String w : line.body().split("[^\\p{L}\\p{N}+#]+")) {
          skip.add(w.toLowerCase(Locale.ROOT));
        }
      }
      first = false;
    }
    Map<String, Requirement> out = new LinkedHashMap<>();
    for (PostingOutline.Line line : outline.lines()) {
      PostingOutline.Part part = line.part();
      if (part == PostingOutline.Part.ABOUT) {
        continue;
      }
      boolean listed = line.listItem() && part != PostingOutline.Part.NEUTRAL;
      String text = normalised.substring(line.start(), line.end());
      // Only the line's body: an inline label ("Mandatory Skills:") names no product.
      int bodyAt = Math.max(0, text.indexOf(line.body()));
      Matcher m = CAPITALISED.matcher(text);
      m.region(bodyAt, text.length());
      m.useTransparentBounds(true);
      int chainEnd = -1;
      while (m.find()) {
        String before = text.substring(0, m.start());
        String lead = text.substring(bodyAt, m.start()).replaceAll("^[\\s\\-*•·–→▪◦>»►➢✓✔■○\\d.)]*", "");
        boolean sentenceStart = lead.isBlank() || before.matches("(?s).*(?:[.!?:;]|\\s[-–—])\\s*$");
        String name = m.group().strip();
        int at = m.start();
        if (sentenceStart) {
          // "Keep Backstage up to date": the first word is capitalised as the sentence's first.
          int space = name.indexOf(' ');
          String firstWord = space < 0 ? name : name.substring(0, space);
          if (space < 0 || firstWord.equals(firstWord.toUpperCase(Locale.ROOT))
              || vocabulary.namesLowerCase().contains(firstWord.toLowerCase(Locale.ROOT)) || opensWithVocabulary(name)) {
            continue;
          }
          at += space + 1;
          name = name.substring(space + 1);
          before = text.substring(0, at);
        }
        boolean chained = chainEnd >= 0 && text.substring(chainEnd, at).matches("\\s*(?:,|/|&|\\bor\\b|\\band\\b)\\s*");
        boolean cued = TOOL_CUE.matcher(before).find() || listedAfterCuedTool(before);
        // "plan sheets in MicroStation": a name with a capital inside its word is a product, never a place.
        boolean innerCapital = name.matches("\\p{Lu}\\p{Ll}+\\p{Lu}[\\p{L}\\p{N}]*");
        if (!listed && !chained && !cued || !cued && !innerCapital && PLACE_CUE.matcher(before).find()) {
          continue;
        }
        // "Epic Bridges", "Mirth Connect": a product named after a tool of the vocabulary is a product of its own.
        String[] nameWords = name.split("\\s+");
        boolean productLine = nameWords.length >= 2 && opensWithOneWordTool(name);
        boolean ordinary = false;
        // "NVQ Level 3", "Level 3 NVQ": a qualification keeps the level it is held at.
        boolean graded = GRADED_QUALIFICATION.matcher(name).matches();
        for (int w = graded ? nameWords.length : productLine ? 1 : 0; w < nameWords.length; w++) {
          String lower = nameWords[w].toLowerCase(Locale.ROOT);
          ordinary |= skip.contains(lower) || skip.contains(lower.replaceAll("s$", "")) || JobTitleReader.hasTitleWord(lower)
              || language == TextLanguage.GERMAN && GERMAN_NOUN.matcher(lower).find()
              || vocabulary.namesLowerCase().contains(lower) || ACRONYM_STOP.contains(nameWords[w].toUpperCase(Locale.ROOT))
              || !Character.isUpperCase(nameWords[w].charAt(0)) && productLine;
        }
        if (ordinary || name.length() < 3 || name.matches("\\p{Lu}+s") || NOT_A_SKILL.matcher(name).find()
            || !productLine && !occurrences(analysis.tokens(name)).isEmpty() || placeOfACredential(text.substring(at))) {
          continue;
        }
        chainEnd = at + name.length();
        String found = name;
        int offset = line.start() + at;
        Requirement r = out.computeIfAbsent(found.toLowerCase(Locale.ROOT),
            n -> new Requirement(found, KeywordKind.TOOL, found, offset));
        r.unlisted = true;
        r.mentions++;
        r.seenIn(outline.partAt(normalised, offset));
      }
    }
    return List.copyOf(out.values());
  }

  // A skill named as a noun and the work done on it: "penetration testing", "report writing",
  // "menu development", "preventive maintenance". The head says it is a kind of work; the word
  // before it says which.
  private static final Pattern SKILL_COMPOUND = Pattern.compile(
      "(?<![\\p{L}\\p{N}'-])(\\p{Ll}[\\p{Ll}-]{2,})\\s+(testing|writing|analysis|development|design|maintenance|review|research"
          + "|management|planning|handling|reporting|evaluation|assessment|drafting|inspection|installation|negotiation|leadership|sampling"
          // "wound care", "fault finding": care given to something, faults sought.
          + "|care|finding)(?![\\p{L}\\p{N}-])");
  // Words before such a head that say how much, whose or when, not what: "strong analysis", "our
  // research", "daily reporting", "further development".
  private static final Set<String> NOT_A_MODIFIER = Set.of("the", "a", "an", "our", "your", "their", "its", "his", "her", "this",
      "that", "these", "those", "and", "or", "of", "in", "on", "for", "to", "with", "by", "from", "into", "at", "as", "all", "any",
      "some", "more", "most", "new", "good", "great", "strong", "solid", "excellent", "sound", "basic", "advanced", "proven",
      "effective", "overall", "general", "ongoing", "further", "daily", "weekly", "monthly", "regular", "continuous", "own",
      "other", "such", "full", "high", "quality", "clear", "careful", "accurate", "thorough", "professional", "personal",
      "self", "career", "product", "business", "technical", "practical", "relevant", "related", "key", "core", "main",
      "staff", "people", "time", "work", "job", "role", "do", "carry", "out", "lead", "run", "support", "manage", "conduct",
      "perform", "use", "help", "take", "make", "write", "data", "system", "systems", "software", "web", "code",
      // "primary care", "residential care", "compassionate care": where or how care is given, not to what.
      "primary", "secondary", "social", "health", "day", "home", "residential", "direct", "compassionate", "holistic", "safe",
      "outstanding", "due", "reasonable", "customer", "medical", "nursing", "child", "extra", "special");

  /**
   * Skills the vocabulary lacks, named as a compound of a noun and a kind of work ("penetration
   * testing", "policy analysis") anywhere but the company's own story, each with the importance of
   * the clause it sits in. One pass over each line; a compound the vocabulary already names, or
   * whose first word is no noun of a skill ("our research", "strong analysis"), is left out. The
   * vocabulary's name for the head alone ("Research") does not stand for the compound ("legal
   * research"): the first word makes it a skill of its own.
   */
  private List<Requirement> skillCompounds(PostingOutline outline, String normalised, Set<String> known) {
    Set<String> knownLower = new HashSet<>();
    known.forEach(k -> knownLower.add(k.toLowerCase(Locale.ROOT)));
    Map<String, Requirement> out = new LinkedHashMap<>();
    boolean first = true;
    for (PostingOutline.Line line : outline.lines()) {
      // Prose outside the lists counts when it describes the post ("You will carry out penetration
      // testing"), not when it is the company's story ("our research team") or the title line.
      boolean story = line.part() == PostingOutline.Part.NEUTRAL && !line.listItem()
          && (first || ABOUT_US.matcher(line.body()).find() && !ABOUT_YOU.matcher(line.body()).find());
      first = false;
      if (line.part() == PostingOutline.Part.ABOUT || story) {
        continue;
      }
      Matcher m = SKILL_COMPOUND.matcher(normalised);
      m.region(line.start(), line.end());
      while (m.find()) {
        String modifier = m.group(1);
        String name = modifier + " " + m.group(2);
        if (NOT_A_MODIFIER.contains(modifier) || modifier.endsWith("ing") || modifier.endsWith("ed") || modifier.endsWith("ly")
            || knownLower.contains(name) || vocabulary.namesLowerCase().contains(name) || vocabulary.namesLowerCase().contains(modifier)
            || namesARole(modifier)) {
          continue;
        }
        int offset = m.start();
        Requirement r = out.computeIfAbsent(name, n -> new Requirement(n, KeywordKind.HARD_SKILL, n, offset));
        r.unlisted = true;
        r.mentions++;
        r.seenIn(outline.partAt(normalised, offset));
      }
      // "handle cash, card and gift card payments": the same kind of work written as a verb and
      // the one word it is done to, named as the noun it would be ("cash handling").
      Matcher v = WORK_AS_VERB.matcher(normalised);
      v.region(line.start(), line.end());
      while (v.find()) {
        String object = v.group(2).toLowerCase(Locale.ROOT);
        String noun = object.endsWith("s") && !object.endsWith("ss") ? object.substring(0, object.length() - 1) : object;
        String name = noun + " " + WORK_NOUN.get(v.group(1).toLowerCase(Locale.ROOT).replaceAll("(?:e?s|ing|e)$", ""));
        // "drafting skills" says it is a skill; it does not draft skills.
        if (NOT_A_MODIFIER.contains(object) || object.endsWith("ly") || GENERAL_WORDS.contains(object) || knownLower.contains(name)
            || SKILL_CUE.matcher(object).matches()
            || vocabulary.namesLowerCase().contains(noun) || namesARole(noun) || !occurrences(analysis.tokens(name)).isEmpty()) {
          continue;
        }
        int offset = v.start();
        Requirement r = out.computeIfAbsent(name, n -> new Requirement(n, KeywordKind.HARD_SKILL, n, offset));
        r.unlisted = true;
        r.mentions++;
        r.seenIn(outline.partAt(normalised, offset));
      }
    }
    return List.copyOf(out.values());
  }

  // A kind of work by the stem of its verb: "handle" is handling, "negotiate" negotiation.
  private static final Map<String, String> WORK_NOUN = Map.of("handl", "handling", "negotiat", "negotiation", "supervis",
      "supervision", "inspect", "inspection", "install", "installation", "draft", "drafting");
  // The verb, then one lower-case word it is done to, then the end of the phrase: "handle cash,".
  private static final Pattern WORK_AS_VERB = Pattern.compile(
      "(?i)(?<![\\p{L}-])(handl(?:e|es|ing)|negotiat(?:e|es|ing)|supervis(?:e|es|ing)|inspect(?:s|ing)?|install(?:s|ing)?|draft(?:s|ing)?)\\s+(?-i:(\\p{Ll}{3,}))(?=\\s*[,;:.]|\\s+(?:and|or)\\s)");

  // Lower-case words that are too general to be a skill on their own ("programming skills in Python").
  private static final Set<String> GENERAL_WORDS = Set.of("data", "programming", "coding", "code", "jobs", "work", "software",
      "systems", "tools", "projects", "mobile", "web", "products", "services", "technology", "computers", "applications",
      "models", "reports", "documentation", "tasks", "things", "people", "design", "development", "analysis", "research",
      "writing", "business", "industry", "environment", "setting", "settings", "subject", "knowledge", "understanding",
      "computer", "internet");

  /**
   * Whether a lower-case item is ordinary words rather than a skill's name: one general word
   * ("data", "programming"), a phrase opening with a verb ("shipping production code",
   * "contributing", but not "sourcing" in "sourcing skills"), or a setting ("fast-paced environment").
   */
  private static boolean plainWords(String term, boolean calledSkill) {
    if (!Character.isLowerCase(term.charAt(0)) || hasInnerCapital(term)) {
      return false;
    }
    String[] words = term.toLowerCase(Locale.ROOT).split("\\s+");
    return words[0].endsWith("ing") && !(calledSkill && words.length == 1) && !namesAKindOfTool(term)
        || words.length == 1 && GENERAL_WORDS.contains(words[0]) || SURROUNDINGS.contains(words[words.length - 1]);
  }

  // "a fast-paced environment", "a friendly manner": where or how one works, not a skill.
  private static final Set<String> SURROUNDINGS = Set.of("environment", "environments", "setting", "settings", "organisation",
      "organization", "company", "role", "position", "team", "culture", "attitude", "manner", "way", "hours", "shifts", "basis");

  /**
   * Whether an item is a role rather than a skill: it ends with a job-title word ("Software
   * Engineer"); "teacher evaluation" or "pharmacist registration" only start with one.
   */
  private static boolean namesARole(String term) {
    String[] words = term.split("\\s+");
    return JobTitleReader.hasTitleWord(words[words.length - 1]);
  }

  private static final Pattern CONNECTOR_AT_END = Pattern.compile("\\s*(?:,|/|\\bor\\b|\\band\\b)\\s*$");

  /**
   * Whether {@code before} ends with a vocabulary name that a cue introduces, then "or", "and" or
   * a comma: "Experience with Terraform or Delta Lake" names Delta Lake as a tool too.
   */
  private boolean listedAfterCuedTool(String before) {
    Matcher connector = CONNECTOR_AT_END.matcher(before);
    if (!connector.find()) {
      return false;
    }
    String head = before.substring(0, connector.start());
    int from = head.length();
    for (int words = 1; words <= 3 && from > 0; words++) {
      from = head.lastIndexOf(' ', from - 1) + 1;
      String name = head.substring(from);
      List<TextAnalysis.Token> tokens = analysis.tokens(name);
      List<Occurrence> found = occurrences(tokens);
      if (found.size() == 1 && found.get(0).tokenIndex() == 0 && analysis.tokens(found.get(0).text()).size() == tokens.size()
          && Character.isUpperCase(name.charAt(0))) {
        return TOOL_CUE.matcher(head.substring(0, from)).find();
      }
      if (from == 0) {
        break;
      }
      from--;
    }
    return false;
  }

  /** Whether {@code name} opens with a one-word tool of the vocabulary and names nothing else of it ("Epic Bridges"). */
  private boolean opensWithOneWordTool(String name) {
    List<Occurrence> found = occurrences(analysis.tokens(name));
    return found.size() == 1 && found.get(0).tokenIndex() == 0 && found.get(0).entry().kind() == KeywordKind.TOOL
        && !found.get(0).text().contains(" ");
  }

  /** Whether a vocabulary name of two or more words opens {@code name} ("Active Directory and …"). */
  private boolean opensWithVocabulary(String name) {
    List<Occurrence> found = occurrences(analysis.tokens(name));
    return !found.isEmpty() && found.get(0).tokenIndex() == 0 && found.get(0).text().contains(" ");
  }

  /** "eBPF", "iOS", "gRPC": a name written with a capital inside its first word. */
  private static boolean hasInnerCapital(String term) {
    return term.split("\\s+")[0].matches("\\p{Ll}+\\p{Lu}[\\p{L}\\p{N}]*");
  }

  /**
   * Whether the vocabulary already names part of {@code term} ("Coding in Python" is Python,
   * "Positive behaviour management" is behaviour management). A name whose every word is
   * capitalised is a product of its own even so ("Sitecore XM Cloud", "Salesforce Marketing Cloud").
   */
  private boolean namesVocabulary(String term) {
    List<TextAnalysis.Token> tokens = analysis.tokens(term);
    List<Occurrence> found = occurrences(tokens);
    if (found.isEmpty()) {
      return false;
    }
    boolean capitalised = true;
    for (String w : term.split("\\s+")) {
      capitalised &= Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0));
    }
    if (capitalised) {
      return false;
    }
    // In lower case, a phrase is the vocabulary's name when that name is its last word, the
    // head of the phrase ("multi-state payroll"); "research ethics" or "marketing mix modeling"
    // are skills of their own. A capitalised product before plain words is that product
    // ("Python scripting").
    Occurrence last = found.get(found.size() - 1);
    return last.tokenIndex() + analysis.tokens(last.text()).size() >= tokens.size()
        || found.get(0).tokenIndex() == 0 && Character.isUpperCase(term.charAt(0));
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
  private List<Requirement> unlistedTerms(String posting, List<TextAnalysis.Token> job, Set<String> known, PostingOutline.Part[] parts) {
    Map<String, Requirement> terms = new LinkedHashMap<>();
    Set<String> knownLower = new HashSet<>();
    known.forEach(k -> knownLower.add(k.toLowerCase(Locale.ROOT)));
    knownLower.addAll(vocabulary.normalisedNamesLowerCase());
    for (int i = 0; i < job.size(); i++) {
      TextAnalysis.Token t = job.get(i);
      String o = t.original();
      // Words of a heading set in capitals ("WHAT YOU NEED") are no acronyms.
      // "Network Engineer II": a Roman numeral is a grade, not an acronym.
      boolean acronym = o.matches("[A-Z][A-Z0-9]{1,5}") && !ACRONYM_STOP.contains(o) && !o.matches("[IVX]+")
          && !inCapitalsLine(posting, t.start());
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

  /** Whether the line around {@code offset} has three or more words, all in capitals. */
  private static boolean inCapitalsLine(String text, int offset) {
    int from = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
    int to = text.indexOf('\n', offset);
    String line = text.substring(from, to < 0 ? text.length() : to);
    return line.split("\\s+").length >= 3 && line.equals(line.toUpperCase(Locale.ROOT)) && !line.equals(line.toLowerCase(Locale.ROOT));
  }

  static String jobTitle(String text) {
    return JobTitleReader.read(text);
  }

  /** Where the resume states the job title: its headline, a job title or its summary. */
  private String titleFoundIn(ParsedResume resume, List<String> titleStems) {
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

  private boolean containsAll(String text, List<String> stems) {
    Set<String> have = new HashSet<>();
    for (TextAnalysis.Token t : analysis.tokens(text)) {
      have.add(t.stem());
    }
    return have.containsAll(stems);
  }

  // "8 years in backend development", "5+ yrs as a developer", "three years implementing ERP":
  // years of work even without the word "experience"; "years old" and "years of age" are not.
  private static final Pattern YEARS_OF_WORK = Pattern.compile(
      "(?i)\\b(?:years?|yrs?)'?\\s+(?:of\\s+)?(?:experience|professional|relevant|industry|hands-on|commercial|post-qualification|pqe"
          + "|work|working|in\\s|as\\s|with\\s|on\\s|of\\s+(?!age)\\w+\\s+(?:experience|development|engineering|work)|\\p{L}+ing\\b)");
  private static final Pattern YEARS_OF_A_SKILL = Pattern.compile("(?i)\\b(?:years?|yrs?)'?\\s+(?:of|in|on|as|at|with)\\s+(?!age\\b)");
  private static final Pattern ABOUT_US = Pattern.compile(
      "(?iu)\\b(?:we|our|us|founded|since|wir|unser|unsere|seit|nous|notre|nos|depuis|nosotros|nuestro|nuestra|somos|desde)\\b");
  // "We are looking for someone with 4 years of …": the person sought is the candidate too.
  private static final Pattern ABOUT_YOU = Pattern.compile("(?iu)\\b(?:you|your|someone|candidates?|applicants?|du|dein|deine|ihr|ihre|vous|votre|tu|tienes|usted|candidat[oa]?)\\b");

  /**
   * The years of experience the posting asks for: the highest number in a sentence about years of
   * work that is neither a nice-to-have nor about the company ("we have 20 years of experience").
   */
  private static int requiredYears(PostingOutline outline) {
    int best = 0;
    for (PostingOutline.Line line : outline.lines()) {
      // An item marked "(Required)" is asked for wherever the board set it.
      if (line.part() == PostingOutline.Part.ABOUT && !PostingOutline.REQUIRED_ASIDE.matcher(line.body()).find()) {
        continue;
      }
      for (String sentence : line.body().split("[.!?;](?:\\s|$)|\\n")) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        boolean work = lower.contains("experience") || lower.contains("erfahrung") || lower.contains("expérience")
            || lower.contains("experiencia") || YEARS_OF_WORK.matcher(sentence).find()
            // Among the requirements, "3+ years of B2B sales", "2 years of outpatient coding"; on
            // boards that mark each item, "Warehouse supervision: 2 years (Required)".
            || line.part() == PostingOutline.Part.REQUIRED && YEARS_OF_A_SKILL.matcher(sentence).find()
            || PostingOutline.REQUIRED_ASIDE.matcher(sentence).find();
        if (!work || PostingOutline.cue(sentence, line.part()) == PostingOutline.Part.PREFERRED
            || (ABOUT_US.matcher(sentence).find() && !ABOUT_YOU.matcher(sentence).find())) {
          continue;
        }
        Matcher m = YEARS.matcher(sentence);
        while (m.find()) {
          String count = m.group(1).toLowerCase(Locale.ROOT);
          int n = Character.isDigit(count.charAt(0)) ? Integer.parseInt(count) : NUMBER_WORDS.indexOf(count);
          if (n > 0 && n <= 25) {
            best = Math.max(best, n);
          }
        }
      }
    }
    return best;
  }

  /** A labelled piece of the resume to search, analysed once. */
  private record Part(String label, String text, List<TextAnalysis.Token> tokens) {}

  private Part part(String label, String text) {
    return new Part(label, text, analysis.tokens(text));
  }

  private List<Part> parts(ParsedResume resume) {
    List<Part> parts = new ArrayList<>();
    if (resume.headline() != null) {
      parts.add(part(HEADLINE, resume.headline()));
    }
    for (ParsedSection s : resume.sections()) {
      String label = s.kind() == SectionKind.OTHER ? s.heading() : s.kind().standardHeading();
      StringBuilder text = new StringBuilder();
      for (String line : s.lines()) {
        text.append(line).append('\n');
      }
      parts.add(part(label, text.toString()));
    }
    if (!resume.unsectioned().isEmpty()) {
      parts.add(part(TOP_OF_THE_RESUME, String.join("\n", resume.unsectioned())));
    }
    return parts;
  }

  /**
   * Where a missing keyword of {@code kind} could go, the sentence a {@link Keyword#suggestion()}
   * holds; {@code hasSkills} is whether the resume has a Skills section. An interface in another
   * language recognises the sentence by this method and words it itself.
   */
  public static String suggestion(KeywordKind kind, boolean hasSkills) {
    return switch (kind) {
      case HARD_SKILL, TOOL -> (hasSkills ? "Skills section" : "a new Skills section")
          + ", and a bullet under Experience or Projects showing where you used it";
      case CERTIFICATION -> "Certifications section (only if you hold it or are working towards it, with the expected date)";
      case SOFT_SKILL -> "a bullet under Experience that shows it with a result, or your summary";
      case LANGUAGE -> "a Languages section with your level (for example \"Spanish – fluent\")";
      case JOB_TITLE -> "the headline under your name and the first line of your summary (use the posting's exact title if it fits)";
      case EDUCATION -> "Education section (or note equivalent experience in your summary)";
      case EXPERIENCE -> "your summary";
    };
  }
}
