package org.createyourresume.web.learn;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.createyourresume.web.learn.SearchHit.Fragment;
import org.springframework.stereotype.Component;

/**
 * Search across every lesson's title, summary and text, on the server. The lessons are a few
 * dozen kilobytes of text held in memory, so each search simply reads all of them: there is no
 * index to build or keep in step, and the results page works without any script.
 *
 * <p>A query is split into words; case and accents are ignored, and each word matches the words
 * that start with it ("port" finds "ports"), except single letters and digits, which must match
 * whole words. Common words ("what", "is", "the") are ignored unless the query has nothing else.
 * Lessons matching more of the query's words come first, then those where the words are in the
 * title, then the summary, then headings, then the text. A result whose title has every word
 * leads to the lesson and quotes its summary; any other leads to the section with the most of
 * the words and quotes the passage where they are. A lesson whose key-term box defines a term
 * made of the query's words ranks above lessons that only mention them, and its result quotes the
 * definition and leads to the section of the box, unless its title already says it all.
 */
@Component
final class LessonSearch {

  /** Longest query read; the rest is ignored. */
  static final int MAX_QUERY = 100;
  private static final int MAX_TERMS = 8;
  private static final int WORDS_BEFORE = 10;
  private static final int WORDS_AFTER = 24;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Set<String> COMMON =
      Set.of("a", "an", "and", "are", "as", "at", "be", "by", "can", "do", "does", "for", "from",
          "how", "i", "in", "is", "it", "its", "me", "my", "of", "on", "or", "should", "so",
          "that", "the", "to", "what", "when", "where", "which", "who", "why", "with", "you",
          "your");

  private final LearnCatalog catalog;

  LessonSearch(LearnCatalog catalog) {
    this.catalog = catalog;
  }

  /** The lessons matching {@code query}, best first; empty for a blank query. */
  List<SearchHit> search(String query) {
    List<String> terms = terms(query);
    if (terms.isEmpty()) {
      return List.of();
    }
    List<Scored> found = new ArrayList<>();
    for (Course course : catalog.courses()) {
      for (Lesson lesson : course.lessons()) {
        Scored scored = score(course, lesson, terms);
        if (scored != null) {
          found.add(scored);
        }
      }
    }
    found.sort(Comparator.comparingInt(Scored::matched).reversed()
        .thenComparing(Comparator.comparingInt(Scored::score).reversed()));
    return found.stream().map(Scored::hit).toList();
  }

  /** The words of {@code query} that are searched for, normalised. */
  static List<String> terms(String query) {
    if (query == null) {
      return List.of();
    }
    String text = query.length() > MAX_QUERY ? query.substring(0, MAX_QUERY) : query;
    Set<String> all = new LinkedHashSet<>(words(text));
    List<String> significant = all.stream().filter(t -> !COMMON.contains(t)).toList();
    List<String> terms = significant.isEmpty() ? List.copyOf(all) : significant;
    return terms.size() > MAX_TERMS ? terms.subList(0, MAX_TERMS) : terms;
  }

  private record Scored(SearchHit hit, int matched, int score) {}

  private static Scored score(Course course, Lesson lesson, List<String> terms) {
    List<String> title = words(lesson.title());
    List<String> summary = words(lesson.summary());
    Set<String> matched = new LinkedHashSet<>();
    int score = 0;
    Section best = null;
    int bestTerms = 0;
    int bestCount = 0;
    for (String term : terms) {
      int inTitle = count(title, term);
      int inSummary = count(summary, term);
      score += 12 * Math.min(inTitle, 3) + 5 * Math.min(inSummary, 3);
      if (inTitle + inSummary > 0) {
        matched.add(term);
      }
    }
    for (Section section : lesson.sections()) {
      List<String> heading = words(section.heading());
      List<String> text = words(section.text());
      int sectionTerms = 0;
      int sectionCount = 0;
      for (String term : terms) {
        int inHeading = count(heading, term);
        int inText = count(text, term);
        score += 4 * Math.min(inHeading, 3) + Math.min(inText, 10);
        if (inHeading + inText > 0) {
          matched.add(term);
          sectionTerms++;
          sectionCount += 3 * inHeading + inText;
        }
      }
      if (sectionTerms > bestTerms || (sectionTerms == bestTerms && sectionCount > bestCount)) {
        best = section;
        bestTerms = sectionTerms;
        bestCount = sectionCount;
      }
    }
    KeyTerm defined = null;
    for (KeyTerm keyTerm : lesson.keyTerms()) {
      List<String> termWords = words(keyTerm.term());
      if (terms.stream().allMatch(t -> count(termWords, t) > 0)) {
        defined = keyTerm;
        score += 40;
        matched.addAll(terms);
        break;
      }
    }
    if (matched.isEmpty()) {
      return null;
    }
    String url = lesson.url();
    String sectionName = null;
    List<Fragment> snippet;
    boolean titleSaysItAll = terms.stream().allMatch(t -> count(title, t) > 0);
    if (titleSaysItAll) {
      // the whole lesson is about it: lead to its start, with its summary
      snippet = snippet(lesson.summary(), terms);
    } else if (defined != null) {
      String anchor = defined.section();
      snippet = snippet(defined.term() + ": " + defined.definition(), terms);
      if (anchor != null) {
        url += "#" + anchor;
        sectionName = lesson.headings().stream().filter(h -> h.id().equals(anchor))
            .map(Heading::text).findFirst().orElse(null);
      }
    } else if (best != null && !best.text().isEmpty() && count(words(best.text()), terms) > 0) {
      snippet = snippet(best.text(), terms);
      if (best.id() != null) {
        url += "#" + best.id();
        sectionName = best.heading();
      }
    } else if (best != null && best.id() != null) {
      snippet = snippet(best.text().isEmpty() ? lesson.summary() : best.text(), terms);
      url += "#" + best.id();
      sectionName = best.heading();
    } else {
      snippet = snippet(lesson.summary(), terms);
    }
    return new Scored(new SearchHit(lesson, course, url, sectionName, snippet,
        defined == null ? null : defined.term()), matched.size(), score);
  }

  private static int count(List<String> words, List<String> terms) {
    return terms.stream().mapToInt(t -> count(words, t)).sum();
  }

  private static int count(List<String> words, String term) {
    int n = 0;
    for (String word : words) {
      if (matches(word, term)) {
        n++;
      }
    }
    return n;
  }

  private static boolean matches(String word, String term) {
    return term.length() == 1 ? word.equals(term) : word.startsWith(term);
  }

  /**
   * A passage of {@code text} with matches marked: the one around a matching word that shows the
   * most of the query's different words, the earliest of those if several do.
   */
  static List<Fragment> snippet(String text, List<String> terms) {
    List<int[]> spans = new ArrayList<>();
    List<Boolean> hits = new ArrayList<>();
    List<String> matchedTerm = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String word = normalise(m.group());
      String term = terms.stream().filter(t -> matches(word, t)).findFirst().orElse(null);
      spans.add(new int[] {m.start(), m.end()});
      hits.add(term != null);
      matchedTerm.add(term);
    }
    if (spans.isEmpty()) {
      return List.of(new Fragment(text, false));
    }
    int first = -1;
    long bestDistinct = 0;
    for (int i = 0; i < spans.size(); i++) {
      if (hits.get(i)) {
        int lo = Math.max(0, i - WORDS_BEFORE);
        int hi = Math.min(spans.size(), i + WORDS_AFTER + 1);
        long distinct =
            matchedTerm.subList(lo, hi).stream().filter(t -> t != null).distinct().count();
        if (distinct > bestDistinct) {
          bestDistinct = distinct;
          first = i;
        }
      }
    }
    int from = Math.max(0, (first < 0 ? 0 : first) - WORDS_BEFORE);
    int to = Math.min(spans.size(), (first < 0 ? 0 : first) + WORDS_AFTER + 1);
    int start = from == 0 ? 0 : spans.get(from)[0];
    int end = to == spans.size() ? text.length() : spans.get(to - 1)[1];
    List<Fragment> fragments = new ArrayList<>();
    StringBuilder plain = new StringBuilder(from == 0 ? "" : "…");
    int at = start;
    for (int i = from; i < to; i++) {
      if (hits.get(i)) {
        int[] span = spans.get(i);
        plain.append(text, at, span[0]);
        if (!plain.isEmpty()) {
          fragments.add(new Fragment(plain.toString(), false));
          plain.setLength(0);
        }
        fragments.add(new Fragment(text.substring(span[0], span[1]), true));
        at = span[1];
      }
    }
    plain.append(text, at, end);
    if (to < spans.size()) {
      plain.append('…');
    }
    if (!plain.isEmpty()) {
      fragments.add(new Fragment(plain.toString(), false));
    }
    return List.copyOf(fragments);
  }

  private static List<String> words(String text) {
    if (text == null) {
      return List.of();
    }
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(normalise(text));
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }

  /** Lower case without accents, so "Resume", "résumé" and "RESUME" are one word. */
  static String normalise(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
  }
}
