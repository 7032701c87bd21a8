package org.createyourresume.ats.grammar;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.createyourresume.ats.AtsException;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;
import org.languagetool.rules.CategoryId;
import org.languagetool.rules.Rule;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.spelling.SpellingCheckRule;

/**
 * English spelling and grammar with LanguageTool, with a user dictionary of technical terms so that
 * "Kubernetes" or "PostgreSQL" is not a typo, tuned for resume text: plural-noun compounds
 * ("payments dashboard"), British spellings, names inside sentences, titles, ALL-CAPS headings,
 * addresses and date ranges are not reported, and the same problem found several times is one
 * {@link Issue} with its count.
 *
 * <p>LanguageTool takes about a second to start and a hundred megabytes of memory, so the checker
 * is created once, lazily, on a background thread ({@link #start()}); {@link #ready()} tells
 * whether a check would have to wait. One LanguageTool instance is not thread-safe: checks borrow
 * one from a small pool and create another only when all are busy (later ones start much faster,
 * sharing the dictionaries the first one loaded).
 */
public final class GrammarChecker {

  /**
   * One distinct spelling or grammar problem.
   *
   * @param occurrences how many times the same rule found the same words with the same message
   */
  public record Issue(String rule, boolean spelling, String message, String text, List<String> suggestions,
      int occurrences) {}

  /** Rules that misfire on resume text (fragments without subjects, lists, headings, our own dashes). */
  private static final Set<String> OFF = Set.of(
      "UPPERCASE_SENTENCE_START", "PUNCTUATION_PARAGRAPH_END", "WHITESPACE_RULE", "EN_QUOTES",
      "DASH_RULE", "SENTENCE_FRAGMENT", "COMMA_PARENTHESIS_WHITESPACE", "ENGLISH_WORD_REPEAT_BEGINNING_RULE",
      "EN_UNPAIRED_BRACKETS", "CONSECUTIVE_SPACES", "EN_COMPOUNDS", "PROFANITY", "PLUS_MINUS",
      "MULTIPLICATION_SIGN", "ARROWS", "EN_A_VS_AN", "THREE_NN", "TOO_LONG_SENTENCE");

  /**
   * Style advice written for prose (wordiness, plain English, typography, regional usage): it
   * misfires on resume fragments and costs most of LanguageTool's time.
   */
  private static final Set<String> OFF_CATEGORIES = Set.of(
      "STYLE", "TYPOGRAPHY", "REDUNDANCY", "PLAIN_ENGLISH", "WIKIPEDIA", "CREATIVE_WRITING",
      "TEXT_ANALYSIS", "REPETITIONS_STYLE", "MISUSED_TERMS_EU_PUBLICATIONS", "GENDER_NEUTRALITY",
      "REGIONALISMS", "ACADEMIC_WRITING");

  private final Set<String> dictionary;
  private volatile CompletableFuture<Void> warm;
  private final ConcurrentLinkedQueue<JLanguageTool> idle = new ConcurrentLinkedQueue<>();

  /** A checker that ignores {@code dictionary}'s words (case-insensitively) as spelling errors. */
  public GrammarChecker(Collection<String> dictionary) {
    this.dictionary = Set.copyOf(dictionary);
  }

  /** Starts LanguageTool on a background thread, once; returns at once. */
  public synchronized CompletableFuture<Void> start() {
    if (warm == null) {
      warm = CompletableFuture.runAsync(() -> {
        JLanguageTool tool = create();
        try {
          tool.check("Warm up the checker with one sentence.");
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
        idle.offer(tool);
      });
    }
    return warm;
  }

  /** Whether LanguageTool has started, so that a check would not wait for it. */
  public boolean ready() {
    CompletableFuture<Void> w = warm;
    return w != null && w.isDone() && !w.isCompletedExceptionally();
  }

  /** Checks {@code lines} (sentences, bullets, a summary), waiting for LanguageTool if needed. */
  public List<Issue> check(List<String> lines) {
    return check(lines, Set.of());
  }

  /**
   * Checks {@code lines}, also accepting the words of {@code ownTerms} (the resume's own skills,
   * say) as correctly spelt.
   */
  public List<Issue> check(List<String> lines, Collection<String> ownTerms) {
    Set<String> own = new java.util.HashSet<>();
    for (String term : ownTerms) {
      for (String word : term.split("[\\s,;/()]+")) {
        if (!word.isBlank()) {
          own.add(word.toLowerCase(Locale.ROOT));
        }
      }
    }
    try {
      start().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw AtsException.failed("interrupted while starting the grammar checker", e);
    } catch (ExecutionException e) {
      throw AtsException.failed("the grammar checker failed to start", e.getCause());
    }
    JLanguageTool polled = idle.poll();
    JLanguageTool tool = polled != null ? polled : create();
    // one call for the whole resume, each line its own paragraph: far faster than a call per line
    StringBuilder all = new StringBuilder();
    List<int[]> titles = new ArrayList<>();
    for (String line : lines) {
      String text = line.strip();
      // an ALL-CAPS line is a heading: nothing in it is a sentence, and its words are checked elsewhere
      if (text.length() < 3 || heading(text)) {
        continue;
      }
      if (title(text)) {
        titles.add(new int[] {all.length(), all.length() + text.length()});
      }
      all.append(text).append("\n\n");
    }
    String text = all.toString();
    List<int[]> names = spans(text);
    Map<String, Issue> distinct = new LinkedHashMap<>();
    try {
      for (RuleMatch m : tool.check(text)) {
        String wrong = text.substring(m.getFromPos(), Math.min(text.length(), m.getToPos()));
        boolean spelling = m.getRule().isDictionaryBasedSpellingRule();
        if (ignorable(wrong) || own.contains(wrong.strip().toLowerCase(Locale.ROOT))
            || within(names, m.getFromPos(), m.getToPos())
            || (!spelling && within(titles, m.getFromPos(), m.getToPos()))
            || (spelling && (regional(m) || name(text, m.getFromPos(), wrong) || compoundOfNames(wrong)))
            || nounCompound(m, text)) {
          continue;
        }
        // one finding per distinct problem: the same rule, words and message ten times is one issue
        String key = m.getRule().getId() + "\u0000" + wrong.strip().toLowerCase(Locale.ROOT) + "\u0000" + m.getMessage();
        distinct.merge(key, new Issue(m.getRule().getId(), spelling, m.getMessage(), wrong,
            m.getSuggestedReplacements().stream().limit(3).toList(), 1),
            (a, b) -> new Issue(a.rule(), a.spelling(), a.message(), a.text(), a.suggestions(),
                a.occurrences() + b.occurrences()));
      }
      for (Issue issue : digitsForLetters(tool, text, names, own)) {
        distinct.merge(issue.rule() + "\u0000" + issue.text().toLowerCase(Locale.ROOT), issue,
            (a, b) -> new Issue(a.rule(), a.spelling(), a.message(), a.text(), a.suggestions(),
                a.occurrences() + b.occurrences()));
      }
      return List.copyOf(distinct.values());
    } catch (java.io.IOException e) {
      throw AtsException.failed("the grammar checker failed", e);
    } finally {
      if (idle.size() < 4) {
        idle.offer(tool);
      }
    }
  }

  /** The rule id of {@link #digitsForLetters}: a 1 or 0 read in place of an l or o. */
  public static final String DIGIT_FOR_LETTER = "DIGIT_FOR_LETTER";

  /** A word with a 1 or a 0 among its letters ("bi1ling", "fami1ies", "0ffice"), and no other digit. */
  private static final Pattern DIGIT_WORD = Pattern.compile("(?<![\\p{L}\\p{N}])[\\p{L}01]*[01][\\p{L}01]*(?![\\p{L}\\p{N}])");

  /**
   * Words in which OCR (or a damaged text layer) put a 1 for an l or a 0 for an o: "bi1ling" is
   * "billing" with one letter read wrong, and an ATS search for "billing" will not find it.
   * LanguageTool's speller skips any word with a digit (versions and product names carry them), so
   * these are found here: a word of at least three letters whose 1s and 0s, read as l and o, give
   * a word the speller knows. Words without a lower-case letter ("SOC1") are product names and
   * are left alone, as are the dictionary's and the resume's own terms.
   */
  private List<Issue> digitsForLetters(JLanguageTool tool, String text, List<int[]> skip, Set<String> own)
      throws java.io.IOException {
    List<Issue> issues = new ArrayList<>();
    SpellingCheckRule speller = null;
    Matcher m = DIGIT_WORD.matcher(text);
    while (m.find()) {
      String word = m.group();
      long letters = word.chars().filter(Character::isLetter).count();
      if (letters < 3 || word.chars().noneMatch(Character::isLowerCase) || within(skip, m.start(), m.end())
          || own.contains(word.toLowerCase(Locale.ROOT)) || dictionary.stream().anyMatch(word::equalsIgnoreCase)) {
        continue;
      }
      if (speller == null) {
        // looked up only when a word needs it: most resumes have none
        speller = speller(tool);
        if (speller == null) {
          return issues;
        }
      }
      String read = word.replace('1', 'l').replace('0', 'o');
      if (!speller.isMisspelled(read)) {
        issues.add(new Issue(DIGIT_FOR_LETTER, true,
            "A digit stands where a letter belongs (\"" + word + "\" for \"" + read + "\"): the text was"
                + " probably read by OCR or copied from a damaged PDF, and a search for the word will miss it.",
            word, List.of(read), 1));
      }
    }
    return issues;
  }

  private static SpellingCheckRule speller(JLanguageTool tool) {
    for (Rule rule : tool.getAllActiveRules()) {
      if (rule instanceof SpellingCheckRule spelling) {
        return spelling;
      }
    }
    return null;
  }

  /** Words in the user dictionary, or that look like names of things (acronyms, CamelCase, versions). */
  private boolean ignorable(String word) {
    String w = word.strip();
    if (w.isEmpty()) {
      return true;
    }
    for (String d : dictionary) {
      if (d.equalsIgnoreCase(w)) {
        return true;
      }
    }
    return w.matches("[A-Z0-9][A-Z0-9.+#/-]+s?") || w.matches("\\p{L}*\\p{Ll}\\p{Lu}\\p{L}*") || w.matches(".*\\d.*");
  }

  /** Nouns a plural noun before them usually owns ("patients families"); anything else is a compound. */
  private static final Set<String> POSSESSED = Set.of(
      "families", "family", "parents", "children", "needs", "rights", "lives", "homes", "wellbeing", "safety",
      "expectations", "feedback", "concerns", "questions");

  /**
   * "payments dashboard", "sales pipeline", "operations team", "claims system": a plural noun used
   * as a modifier is normal English in a resume, not a missing apostrophe. The apostrophe rule is
   * kept only where the next noun is something people have (families, needs, rights).
   */
  private static boolean nounCompound(RuleMatch m, String text) {
    if (!m.getRule().getId().equals("POSSESSIVE_APOSTROPHE")) {
      return false;
    }
    Matcher next = NEXT_WORD.matcher(text).region(Math.min(text.length(), m.getToPos()), text.length());
    return !(next.lookingAt() && POSSESSED.contains(next.group(1).toLowerCase(Locale.ROOT)));
  }

  private static final Pattern NEXT_WORD = Pattern.compile("\\s+(\\p{L}+)");

  /** "organised", "colour": LanguageTool says the word is British English; both spellings are right. */
  private static boolean regional(RuleMatch m) {
    return m.getMessage().contains("is British English");
  }

  /**
   * An unknown capitalised word in the middle of a sentence is a name (Vellore, Anaplan, a client):
   * resumes are full of places, employers and products no dictionary holds.
   */
  private static boolean name(String text, int from, String word) {
    if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
      return false;
    }
    int i = from - 1;
    while (i >= 0 && text.charAt(i) == ' ') {
      i--;
    }
    return i >= 0 && text.charAt(i) != '\n' && ".!?:•".indexOf(text.charAt(i)) < 0;
  }

  /** "ICAN-qualified", "RNA-seq": a compound whose first part is an acronym or a known term. */
  private boolean compoundOfNames(String word) {
    int dash = word.indexOf('-');
    return dash > 0 && ignorable(word.substring(0, dash));
  }

  /** E-mail addresses, web addresses and date ranges: never words to check. */
  private static final Pattern NOT_WORDS = Pattern.compile(
      "[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+|(https?://|www\\.)\\S+|\\b[\\w-]+(\\.[a-z]{2,})+/\\S*"
          + "|\\b(\\d{1,2}[/.])?\\d{4}\\s*[–—-]\\s*((\\d{1,2}[/.])?\\d{4}|[Pp]resent|[Nn]ow|[Cc]urrent)\\b");

  private static List<int[]> spans(String text) {
    List<int[]> spans = new ArrayList<>();
    Matcher m = NOT_WORDS.matcher(text);
    while (m.find()) {
      spans.add(new int[] {m.start(), m.end()});
    }
    return spans;
  }

  private static boolean within(List<int[]> spans, int from, int to) {
    for (int[] s : spans) {
      if (from < s[1] && to > s[0]) {
        return true;
      }
    }
    return false;
  }

  /** A heading: letters all in capitals ("PROFESSIONAL EXPERIENCE"). */
  private static boolean heading(String line) {
    boolean letters = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letters |= Character.isLetter(c);
    }
    return letters;
  }

  /**
   * A title ("Graduate Engineer Trainee", "Head of Customer Service"): short, no end stop, every
   * long word capitalised. Its words are spell-checked, but grammar rules read it as a sentence
   * ("Graduate" wants "from") and misfire.
   */
  private static boolean title(String line) {
    if (line.endsWith(".")) {
      return false;
    }
    String[] words = line.split("\\s+");
    if (words.length > 8) {
      return false;
    }
    for (String w : words) {
      if (w.length() > 3 && Character.isLetter(w.charAt(0)) && !Character.isUpperCase(w.charAt(0))) {
        return false;
      }
    }
    return true;
  }

  private JLanguageTool create() {
    JLanguageTool tool = new JLanguageTool(Languages.getLanguageForShortCode("en-US"));
    for (String id : OFF) {
      tool.disableRule(id);
    }
    for (String category : OFF_CATEGORIES) {
      tool.disableCategory(new CategoryId(category));
    }
    List<String> tokens = new ArrayList<>();
    for (String d : dictionary) {
      if (!d.contains(" ")) {
        tokens.add(d);
      }
    }
    for (Rule rule : tool.getAllActiveRules()) {
      if (rule instanceof SpellingCheckRule spelling) {
        spelling.addIgnoreTokens(tokens);
      }
    }
    return tool;
  }
}
