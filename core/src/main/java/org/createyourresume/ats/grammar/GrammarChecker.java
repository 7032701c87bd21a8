package org.createyourresume.ats.grammar;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import org.createyourresume.ats.AtsException;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;
import org.languagetool.rules.CategoryId;
import org.languagetool.rules.Rule;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.spelling.SpellingCheckRule;

/**
 * English spelling and grammar with LanguageTool, with a user dictionary of technical terms so that
 * "Kubernetes" or "PostgreSQL" is not a typo.
 *
 * <p>LanguageTool takes about a second to start and a hundred megabytes of memory, so the checker
 * is created once, lazily, on a background thread ({@link #start()}); {@link #ready()} tells
 * whether a check would have to wait. One LanguageTool instance is not thread-safe: checks borrow
 * one from a small pool and create another only when all are busy (later ones start much faster,
 * sharing the dictionaries the first one loaded).
 */
public final class GrammarChecker {

  /** One spelling or grammar problem. */
  public record Issue(String rule, boolean spelling, String message, String text, List<String> suggestions) {}

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
          own.add(word.toLowerCase(java.util.Locale.ROOT));
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
    List<Issue> issues = new ArrayList<>();
    // one call for the whole resume, each line its own paragraph: far faster than a call per line
    StringBuilder all = new StringBuilder();
    for (String line : lines) {
      String text = line.strip();
      if (text.length() >= 3) {
        all.append(text).append("\n\n");
      }
    }
    String text = all.toString();
    try {
      for (RuleMatch m : tool.check(text)) {
        String wrong = text.substring(m.getFromPos(), Math.min(text.length(), m.getToPos()));
        if (ignorable(wrong) || own.contains(wrong.strip().toLowerCase(java.util.Locale.ROOT))) {
          continue;
        }
        boolean spelling = m.getRule().isDictionaryBasedSpellingRule();
        issues.add(new Issue(m.getRule().getId(), spelling, m.getMessage(), wrong,
            m.getSuggestedReplacements().stream().limit(3).toList()));
      }
    } catch (java.io.IOException e) {
      throw AtsException.failed("the grammar checker failed", e);
    } finally {
      if (idle.size() < 4) {
        idle.offer(tool);
      }
    }
    return issues;
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
