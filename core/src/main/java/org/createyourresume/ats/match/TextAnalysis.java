package org.createyourresume.ats.match;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Turns text into stemmed tokens with Lucene (Unicode word breaks, lower case, English possessives
 * dropped, Porter stems: "managed" and "management" both become "manag"), keeping each token's
 * original spelling, sentence and whether a negation governs it. Thread-safe.
 */
final class TextAnalysis {

  /**
   * One analysed word.
   *
   * @param listed whether a list separator (comma, slash, semicolon, closing bracket) or the end
   *     of the line follows it: "SAP, Tally" names items
   */
  record Token(String stem, String original, int start, int sentence, boolean sentenceStart, boolean negated,
      boolean listed) {}

  private static final Pattern[] SPECIAL = {
    Pattern.compile("(?i)(?<![\\w+#])c\\+\\+"),
    Pattern.compile("(?i)(?<![\\w+#])c#"),
    Pattern.compile("(?i)(?<![\\w+#])f#"),
    Pattern.compile("(?i)(?<![\\w.])\\.net\\b"),
    Pattern.compile("(?i)\\bsecurity\\+"),
    Pattern.compile("(?i)\\bnetwork\\+"),
    Pattern.compile("(?i)\\bcomptia a\\+"),
    Pattern.compile("(?i)\\br&d\\b"),
  };
  private static final String[] REPLACEMENT = {
    "cplusplus", "csharp", "fsharp", "dotnet", "securityplus", "networkplus", "comptia aplus",
    "research and development"
  };
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?;:]\\s|[.!?]$|\\n|•|\\u2022");
  private static final Set<String> NEGATIONS =
      Set.of("no", "not", "without", "never", "non", "nor", "neither", "don't", "doesn't", "isn't",
          "aren't", "won't", "dont", "doesnt", "isnt");
  private static final Pattern NEGATED_SENTENCE =
      Pattern.compile("(?i)\\b(not|isn't|is not|aren't|are not)\\s+(required|needed|necessary|a requirement|expected|essential)\\b|\\bno need\\b");

  // "PowerShell is preferred but not required", "helpful but not essential": still wanted, as an extra.
  private static final Pattern WANTED_ANYWAY =
      Pattern.compile("(?i)\\b(?:preferred|desirable|desired|a plus|a bonus|nice to have|helpful|an advantage|advantageous|beneficial|welcome)\\b");

  private static final Analyzer ANALYZER =
      new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
          StandardTokenizer source = new StandardTokenizer();
          TokenStream stream = new LowerCaseFilter(source);
          stream = new EnglishPossessiveFilter(stream);
          stream = new PorterStemFilter(stream);
          return new TokenStreamComponents(source, stream);
        }
      };

  private TextAnalysis() {}

  /** Rewrites names the tokenizer would break ("C++", "C#", ".NET") into single words. */
  static String normalise(String text) {
    String t = text;
    for (int i = 0; i < SPECIAL.length; i++) {
      t = SPECIAL[i].matcher(t).replaceAll(REPLACEMENT[i]);
    }
    return t;
  }

  /** Stems of a short phrase, for the vocabulary. */
  static List<String> stems(String phrase) {
    List<String> out = new ArrayList<>();
    for (Token t : tokens(phrase)) {
      out.add(t.stem());
    }
    return out;
  }

  private static boolean listed(String text, int end) {
    int i = end;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    return i == text.length() || ",/;)\n.".indexOf(text.charAt(i)) >= 0;
  }

  /** The tokens of {@code text}, in order. */
  static List<Token> tokens(String raw) {
    String text = normalise(raw);
    List<int[]> sentences = new ArrayList<>();
    Matcher m = SENTENCE_END.matcher(text);
    int from = 0;
    while (m.find()) {
      sentences.add(new int[] {from, m.end()});
      from = m.end();
    }
    sentences.add(new int[] {from, text.length()});
    boolean[] negatedSentence = new boolean[sentences.size()];
    for (int i = 0; i < sentences.size(); i++) {
      int[] s = sentences.get(i);
      String sentence = text.substring(s[0], s[1]);
      negatedSentence[i] = NEGATED_SENTENCE.matcher(sentence).find() && !WANTED_ANYWAY.matcher(sentence).find();
    }
    List<Token> tokens = new ArrayList<>();
    try (TokenStream stream = ANALYZER.tokenStream("text", new StringReader(text))) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      int sentence = 0;
      int lastSentence = -1;
      int negatedUntil = -1;
      while (stream.incrementToken()) {
        int start = offset.startOffset();
        while (sentence < sentences.size() - 1 && start >= sentences.get(sentence)[1]) {
          sentence++;
        }
        String original = text.substring(start, offset.endOffset());
        String lower = original.toLowerCase(Locale.ROOT);
        boolean first = sentence != lastSentence;
        if (first) {
          negatedUntil = -1;
        }
        if (NEGATIONS.contains(lower)) {
          negatedUntil = tokens.size() + 5;
        }
        boolean negated = negatedSentence[sentence] || tokens.size() <= negatedUntil && !NEGATIONS.contains(lower);
        tokens.add(new Token(term.toString(), original, start, sentence, first, negated, listed(text, offset.endOffset())));
        lastSentence = sentence;
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tokens;
  }
}
