package org.createyourresume.importer.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.createyourresume.ats.match.JobMatcher;

/**
 * A row of skill tags that lost the boxes that set them apart ("Power BI Tableau Looker Studio",
 * as a web page's tags come out of a word processor), split into its tags. Capitals alone cannot
 * tell "Power BI" from "Power" and "BI", so the names of the job-match vocabulary say where a tag
 * ends; words it does not know stay together as one tag.
 */
final class SkillTags {
  private SkillTags() {}

  /** The longest name of the vocabulary, in words, that a tag is matched against. */
  private static final int LONGEST = 4;
  private static final Pattern SEPARATOR = Pattern.compile("[,;:|•·()]|\\.$");

  /** Every name and synonym of the vocabulary, in lower case; loaded on first use. */
  private static final class Known {
    static final Set<String> NAMES = new JobMatcher().vocabularyNames().stream()
        .map(n -> n.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
  }

  /**
   * A row's tags (none when it is not a row of tags), and whether each is a name the vocabulary
   * knows, so that no word was left to guess.
   */
  record Tags(List<String> tags, boolean allKnown) {}

  private static final Tags NONE = new Tags(List.of(), false);

  /**
   * The tags of {@code text}, or none when it is not a row of them: it has separators of its own,
   * or fewer than two of its tags are names the vocabulary knows (and at least half).
   */
  static Tags split(String text) {
    String t = text.strip();
    if (SEPARATOR.matcher(t).find()) {
      return NONE;
    }
    String[] words = t.split("\\s+");
    if (words.length < 3) {
      return NONE;
    }
    List<String> tags = new ArrayList<>();
    int known = 0;
    StringBuilder unknown = new StringBuilder();
    for (int i = 0; i < words.length; ) {
      int length = knownAt(words, i);
      if (length == 0) {
        unknown.append(unknown.length() == 0 ? "" : " ").append(words[i]);
        i++;
        continue;
      }
      if (unknown.length() > 0) {
        tags.add(unknown.toString());
        unknown.setLength(0);
      }
      tags.add(String.join(" ", java.util.Arrays.asList(words).subList(i, i + length)));
      known++;
      i += length;
    }
    if (unknown.length() > 0) {
      tags.add(unknown.toString());
    }
    return known >= 2 && known * 2 >= tags.size() ? new Tags(List.copyOf(tags), known == tags.size()) : NONE;
  }

  /** How many words from {@code start} make the longest name the vocabulary knows; 0 for none. */
  private static int knownAt(String[] words, int start) {
    for (int length = Math.min(LONGEST, words.length - start); length >= 1; length--) {
      String name = String.join(" ", java.util.Arrays.asList(words).subList(start, start + length));
      if (Known.NAMES.contains(name.toLowerCase(Locale.ROOT))) {
        return length;
      }
    }
    return 0;
  }
}
