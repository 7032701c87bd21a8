package org.createyourresume.web.ats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.createyourresume.ats.AtsReport;
import org.createyourresume.ats.Finding;
import org.createyourresume.ats.FindingIds;
import org.createyourresume.ats.match.JobMatch;
import org.createyourresume.ats.match.JobMatcher;
import org.createyourresume.ats.match.Keyword;
import org.createyourresume.ats.match.KeywordKind;
import org.createyourresume.ats.parse.SectionKind;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Words an ATS report's findings in an interface language: each finding's title, explanation and
 * fix come from the bundles by its id ({@code finding.<id>.title}, {@code .explanation}, {@code .fix},
 * else the same part of the id's family, {@code finding.match.missing.title} for every missing
 * keyword), filled with the finding's arguments. A part the bundles do not have keeps the core's
 * English, so a new finding still reads; a test fails the build while any id the core can give
 * lacks words. English is the core's own words, unchanged.
 *
 * <p>The job match's places are worded the same way: where a keyword was found (the headline, the
 * top of the resume or a standard section: {@code match.place.<kind>}; a section of the resume's
 * own keeps its heading as written) and where a missing one could go ({@code
 * match.suggestion.<kind>}, {@code .no-skills} when the resume has no Skills section), recognised
 * by the core's own sentences ({@link JobMatcher#suggestion}).
 */
@Component
class FindingWords {

  static final String PREFIX = "finding.";
  static final List<String> PARTS = List.of("title", "explanation", "fix");
  /** The bundle key naming one code of a list argument: {@code finding.field.email}. */
  static final String FIELD_PREFIX = "finding.field.";
  /**
   * The findings whose examples the core writes itself rather than quoting the resume, and the
   * form of its English ({@code RepetitionCheck}, {@code DatesCheck}): each group is an argument of
   * {@code finding.<id>.example}.
   */
  static final Map<String, Pattern> WRITTEN_EXAMPLES = Map.of(
      "wording.repeated", Pattern.compile("\"(.+)\" opens (\\d+) bullets"),
      "dates.gaps", Pattern.compile("(\\d+) months before (.+)"));
  /** The bundle keys of the job match's places: {@code match.place.skills}. */
  static final String MATCH_PREFIX = "match.";

  private final MessageSource bundles;

  FindingWords(MessageSource bundles) {
    this.bundles = bundles;
  }

  /** {@code report} with its findings worded in the language of {@code locale}. */
  AtsReport inLanguage(AtsReport report, Locale locale) {
    if (locale.getLanguage().equals("en")) {
      return report;
    }
    List<Finding> worded = new ArrayList<>(report.findings().size());
    for (Finding finding : report.findings()) {
      worded.add(word(finding, locale));
    }
    AtsReport result = report.withFindings(worded);
    JobMatch match = report.jobMatch();
    return match == null
        ? result
        : result.withJobMatch(match.withKeywords(
            match.matched().stream().map(k -> word(k, locale)).toList(),
            match.missing().stream().map(k -> word(k, locale)).toList()));
  }

  private Keyword word(Keyword keyword, Locale locale) {
    String foundIn = keyword.foundIn() == null
        ? null
        : words(placeKey(keyword.foundIn()), keyword.foundIn(), locale);
    String suggestion = keyword.suggestion() == null
        ? null
        : words(suggestionKey(keyword.suggestion()), keyword.suggestion(), locale);
    return keyword.withPlaces(foundIn, suggestion);
  }

  private String words(String key, String english, Locale locale) {
    return key == null ? english : bundles.getMessage(key, null, english, locale);
  }

  /** The key of a place the core names, or null for a heading of the resume's own. */
  static String placeKey(String place) {
    return PLACE_KEYS.get(place);
  }

  /** The key of a suggestion the core words, or null for one it does not know. */
  static String suggestionKey(String suggestion) {
    return SUGGESTION_KEYS.get(suggestion);
  }

  /** The core's words for the places it names, each with its key: built once from the core. */
  private static final Map<String, String> PLACE_KEYS = placeKeys();

  /** The core's suggestions, each with its key (the first kind that words it so). */
  private static final Map<String, String> SUGGESTION_KEYS = suggestionKeys();

  private static Map<String, String> placeKeys() {
    Map<String, String> keys = new HashMap<>();
    keys.put(JobMatcher.HEADLINE, MATCH_PREFIX + "place.headline");
    keys.put(JobMatcher.TOP_OF_THE_RESUME, MATCH_PREFIX + "place.top");
    for (SectionKind kind : SectionKind.values()) {
      if (kind != SectionKind.OTHER) {
        keys.put(kind.standardHeading(), MATCH_PREFIX + "place." + kind.name().toLowerCase(Locale.ROOT));
      }
    }
    return Map.copyOf(keys);
  }

  private static Map<String, String> suggestionKeys() {
    Map<String, String> keys = new HashMap<>();
    for (KeywordKind kind : KeywordKind.values()) {
      String key = MATCH_PREFIX + "suggestion." + kind.name().toLowerCase(Locale.ROOT);
      keys.putIfAbsent(JobMatcher.suggestion(kind, true), key);
      keys.putIfAbsent(JobMatcher.suggestion(kind, false), key + ".no-skills");
    }
    return Map.copyOf(keys);
  }

  Finding word(Finding finding, Locale locale) {
    Object[] args = arguments(finding, locale);
    Finding worded = finding.withWords(
        part(finding.id(), "title", args, finding.title(), locale),
        part(finding.id(), "explanation", args, finding.explanation(), locale),
        part(finding.id(), "fix", args, finding.fix(), locale));
    Pattern written = WRITTEN_EXAMPLES.get(finding.id());
    return written == null
        ? worded
        : worded.withExamples(finding.examples().stream()
            .map(e -> example(finding.id(), written, e, locale)).toList());
  }

  /** An example the core wrote itself, worded from the values in it; as it was if it differs. */
  private String example(String id, Pattern written, String example, Locale locale) {
    Matcher m = written.matcher(example);
    if (!m.matches()) {
      return example;
    }
    Object[] values = new Object[m.groupCount()];
    for (int i = 0; i < values.length; i++) {
      values[i] = m.group(i + 1);
    }
    return bundles.getMessage(PREFIX + id + ".example", values, example, locale);
  }

  private String part(String id, String part, Object[] args, String english, Locale locale) {
    for (String key : keys(id, part)) {
      String words = bundles.getMessage(key, args, null, locale);
      if (words != null) {
        return words;
      }
    }
    return english;
  }

  /** Where a part's words may be: under the id, then under its family (the id less its last step). */
  static List<String> keys(String id, String part) {
    List<String> keys = new ArrayList<>(2);
    keys.add(PREFIX + id + "." + part);
    if (id.startsWith(FindingIds.MISSING_PREFIX)) {
      keys.add(PREFIX + id.substring(0, id.lastIndexOf('.')) + "." + part);
    }
    return keys;
  }

  /** The finding's arguments, a list of codes turned into the words of the language, joined. */
  private Object[] arguments(Finding finding, Locale locale) {
    Object[] args = finding.arguments().toArray();
    for (int i = 0; i < args.length; i++) {
      if (args[i] instanceof List<?> codes) {
        args[i] = codes.stream()
            .map(c -> bundles.getMessage(FIELD_PREFIX + c, null, String.valueOf(c), locale))
            .collect(Collectors.joining(", "));
      }
    }
    return args;
  }
}
