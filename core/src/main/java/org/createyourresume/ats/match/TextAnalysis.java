package org.createyourresume.ats.match;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.EnumMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.createyourresume.ats.parse.TextLanguage;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Turns text into stemmed tokens with Lucene, keeping each token's original spelling, sentence and
 * whether a negation governs it. One analysis per {@link TextLanguage}: English drops possessives
 * and takes Porter stems ("managed" and "management" both become "manag"); German folds umlauts
 * and "ß" and takes light stems ("Erfahrungen" as "Erfahrung"); French drops elided articles
 * ("l'expérience") and takes light stems; Spanish takes light stems ("bases de datos" as "base
 * dato"). German, French and Spanish also drop their stop words, except words of negation, which
 * the negation rule needs. German text also yields the parts of its compounds after the compound
 * ("Softwareentwicklung", then "Software" and "Entwicklung"), so that a compound meets the
 * vocabulary's and the resume's words; the vocabulary itself is read without splitting. Thread-safe.
 */
final class TextAnalysis {

  /**
   * One analysed word.
   *
   * @param listed whether a list separator (comma, slash, semicolon, closing bracket) or the end
   *     of the line follows it: "SAP, Tally" names items
   * @param end offset just past the word in the normalised text
   * @param source the normalised text the word was read from, so that a phrase can be quoted as
   *     written, with the stop words the analysis dropped ("carnet de conducir")
   */
  record Token(String stem, String original, int start, int sentence, boolean sentenceStart, boolean negated,
      boolean listed, int end, String source) {

    @Override
    public String toString() {
      return original + "/" + stem;
    }
  }

  // "d'anglais", "l'expérience": the elided article is not part of the word as written.
  private static final Pattern ELIDED = Pattern.compile("(?i)^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu)['’](?=\\p{L})");

  private static final Pattern[] SPECIAL = {
    Pattern.compile("(?i)(?<![\\w+#])c\\+\\+"),
    Pattern.compile("(?i)(?<![\\w+#])c#"),
    Pattern.compile("(?i)(?<![\\w+#])f#"),
    Pattern.compile("(?i)(?<![\\w.])\\.net\\b"),
    Pattern.compile("(?i)\\bsecurity\\+"),
    Pattern.compile("(?i)\\bnetwork\\+"),
    Pattern.compile("(?i)\\bcomptia a\\+"),
    Pattern.compile("(?i)\\br&d\\b"),
    // "Englischkenntnisse", "Deutsch- und Französischkenntnisse": the language is a word of its own.
    Pattern.compile("(?i)\\b(deutsch|englisch|französisch|spanisch|italienisch|niederländisch|polnisch|russisch|türkisch"
        + "|arabisch|chinesisch|portugiesisch)(kenntniss)"),
  };
  private static final String[] REPLACEMENT = {
    "cplusplus", "csharp", "fsharp", "dotnet", "securityplus", "networkplus", "comptia aplus",
    "research and development", "$1 $2"
  };
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?;:]\\s|[.!?]$|\\n|•|\\u2022");
  private static final Set<String> NEGATIONS =
      Set.of("no", "not", "without", "never", "non", "nor", "neither", "don't", "doesn't", "isn't",
          "aren't", "won't", "dont", "doesnt", "isnt", "kein", "keine", "keinen", "nicht", "ohne", "sans",
          "pas", "ni", "sin", "nunca");
  private static final Pattern NEGATED_SENTENCE =
      Pattern.compile("(?i)\\b(not|isn't|is not|aren't|are not)\\s+(required|needed|necessary|a requirement|expected|essential)\\b|\\bno need\\b");

  // "PowerShell is preferred but not required", "helpful but not essential": still wanted, as an extra.
  private static final Pattern WANTED_ANYWAY =
      Pattern.compile("(?i)\\b(?:preferred|desirable|desired|a plus|a bonus|nice to have|helpful|an advantage|advantageous|beneficial|welcome)\\b");

  // Shorter parts ("Java", "Rust") would be found inside ordinary words; compounds shorter than
  // eight letters are rarely worth splitting.
  private static final int MIN_PART = 5;
  private static final int MIN_COMPOUND = 8;
  // Lucene's default of 15 letters would miss "Finanzbuchhaltung" and "Projektmanagement".
  private static final int MAX_PART = 30;
  private static final CharArraySet GERMAN_PARTS = germanParts();

  private static final Map<TextLanguage, TextAnalysis> BY_LANGUAGE = new EnumMap<>(TextLanguage.class);

  static {
    for (TextLanguage language : TextLanguage.values()) {
      Analyzer whole = analyzer(language, false);
      BY_LANGUAGE.put(language, new TextAnalysis(language == TextLanguage.GERMAN ? analyzer(language, true) : whole, whole));
    }
  }

  private final Analyzer analyzer;
  private final Analyzer phraseAnalyzer;

  private TextAnalysis(Analyzer analyzer, Analyzer phraseAnalyzer) {
    this.analyzer = analyzer;
    this.phraseAnalyzer = phraseAnalyzer;
  }

  private static CharArraySet germanParts() {
    CharArraySet parts = new CharArraySet(100, true);
    try (InputStream in = TextAnalysis.class.getResourceAsStream("/org/createyourresume/ats/german-compound-parts.txt");
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(parts::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return CharArraySet.unmodifiableSet(parts);
  }

  /**
   * Keeps the parts Lucene finds in a compound only where a part begins or ends it: a part found
   * inside ("analyse" in "Bedarfsanalysen" stays, "system" inside "Ökosystemforschung" goes) is
   * more often a coincidence of letters than a word of the compound.
   */
  private static final class CompoundEdges extends FilteringTokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private String compound = "";

    CompoundEdges(TokenStream in) {
      super(in);
    }

    @Override
    protected boolean accept() {
      String t = term.toString();
      if (increment.getPositionIncrement() > 0) {
        compound = t;
        return true;
      }
      return !t.equals(compound) && (compound.startsWith(t) || compound.endsWith(t));
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      compound = "";
    }
  }

  /** The analysis of {@code language}. */
  static TextAnalysis of(TextLanguage language) {
    return BY_LANGUAGE.get(language);
  }

  /** The analysis of English, the language of most postings and of the vocabulary. */
  static TextAnalysis english() {
    return BY_LANGUAGE.get(TextLanguage.ENGLISH);
  }

  /** The stop words of {@code defaults} less the words of negation. */
  private static CharArraySet stopWords(CharArraySet defaults) {
    CharArraySet out = new CharArraySet(defaults.size(), false);
    for (Object word : defaults) {
      String w = new String((char[]) word);
      if (!NEGATIONS.contains(w)) {
        out.add(w);
      }
    }
    return CharArraySet.unmodifiableSet(out);
  }

  private static Analyzer analyzer(TextLanguage language, boolean splitCompounds) {
    CharArraySet stop = switch (language) {
      case ENGLISH -> null;
      case GERMAN -> stopWords(GermanAnalyzer.getDefaultStopSet());
      case FRENCH -> stopWords(FrenchAnalyzer.getDefaultStopSet());
      case SPANISH -> stopWords(SpanishAnalyzer.getDefaultStopSet());
    };
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(source);
        stream = switch (language) {
          // English keeps its stop words: vocabulary phrases such as "Attention to detail" hold them.
          case ENGLISH -> new PorterStemFilter(new EnglishPossessiveFilter(stream));
          case GERMAN -> new GermanLightStemFilter(new GermanNormalizationFilter(new StopFilter(
              splitCompounds ? new CompoundEdges(new DictionaryCompoundWordTokenFilter(stream, GERMAN_PARTS, MIN_COMPOUND,
                  MIN_PART, MAX_PART, true)) : stream, stop)));
          case FRENCH -> new FrenchLightStemFilter(new StopFilter(new ElisionFilter(stream, FrenchAnalyzer.DEFAULT_ARTICLES), stop));
          case SPANISH -> new SpanishLightStemFilter(new StopFilter(stream, stop));
        };
        return new TokenStreamComponents(source, stream);
      }
    };
  }

  /** Rewrites names the tokenizer would break ("C++", "C#", ".NET") into single words. */
  static String normalise(String text) {
    String t = text;
    for (int i = 0; i < SPECIAL.length; i++) {
      t = SPECIAL[i].matcher(t).replaceAll(REPLACEMENT[i]);
    }
    return t;
  }

  /** Stems of a short phrase, for the vocabulary: compounds stay whole, as the name is written. */
  List<String> stems(String phrase) {
    List<String> out = new ArrayList<>();
    for (Token t : phraseTokens(phrase)) {
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

  /** The tokens of {@code text}, in order; the parts of a German compound follow it. */
  List<Token> tokens(String raw) {
    return tokens(raw, analyzer);
  }

  /**
   * The tokens of a vocabulary name: its compounds stay whole, so that "Projektmanagement" is one
   * word to look for and meets the part of "Projektmanagementerfahrung" in a posting.
   */
  List<Token> phraseTokens(String name) {
    return tokens(name, phraseAnalyzer);
  }

  private static List<Token> tokens(String raw, Analyzer analyzer) {
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
    try (TokenStream stream = analyzer.tokenStream("text", new StringReader(text))) {
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
        Matcher elided = ELIDED.matcher(text).region(start, offset.endOffset());
        if (elided.lookingAt()) {
          start = elided.end();
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
        tokens.add(new Token(term.toString(), original, start, sentence, first, negated, listed(text, offset.endOffset()),
            offset.endOffset(), text));
        lastSentence = sentence;
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tokens;
  }
}
