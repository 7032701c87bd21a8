package org.createyourresume.ats;

import java.util.List;
import org.createyourresume.ats.extract.SourceFormat;
import org.createyourresume.ats.match.JobMatch;
import org.createyourresume.ats.parse.ParsedResume;
import tools.jackson.databind.json.JsonMapper;

/**
 * The result of a check: a score, the findings best fix first, and what an ATS reads.
 *
 * @param score 0 to 100, see docs/ATS.md for the formula
 * @param scoreParts the score by category; they add up to {@code score}, unless a critical
 *     finding caps it
 * @param findings everything found, the fix worth the most points first
 * @param format what was checked
 * @param pages page count
 * @param words words of text
 * @param bytes file size (for a JSON resume: the size of the PDF rendered from it)
 * @param template the template rendered with, for a JSON resume; null otherwise
 * @param text the text an ATS extracts, line by line, in reading order
 * @param parsed the fields an ATS parses from that text (the "ATS view")
 * @param differences for a JSON resume, the fields the ATS parse of its PDF did not give back
 *     exactly; empty otherwise
 * @param jobMatch the match against the job description, or null when none was given
 * @param grammar whether spelling and grammar were checked
 * @param language the resume's language as a BCP 47 primary tag ("en", "de", "fr", "es"): the one
 *     its author set, else the one its words tell; the checks of English words (action verbs,
 *     pronouns, buzzwords, repeated words, spelling and grammar) run only on "en"
 */
public record AtsReport(
    int score,
    List<ScorePart> scoreParts,
    List<Finding> findings,
    SourceFormat format,
    int pages,
    int words,
    long bytes,
    String template,
    String text,
    ParsedResume parsed,
    List<FieldDifference> differences,
    JobMatch jobMatch,
    GrammarStatus grammar,
    String language) {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  public AtsReport {
    scoreParts = List.copyOf(scoreParts);
    findings = List.copyOf(findings);
    differences = List.copyOf(differences);
  }

  /**
   * The same report with {@code words} in place of its findings, in the same order: for an
   * interface that words the findings in its own language (see {@link Finding#arguments()}).
   */
  public AtsReport withFindings(List<Finding> words) {
    if (words.size() != findings.size()) {
      throw new IllegalArgumentException(
          "expected " + findings.size() + " findings, got " + words.size());
    }
    return new AtsReport(score, scoreParts, words, format, pages, this.words, bytes, template, text,
        parsed, differences, jobMatch, grammar, language);
  }

  /**
   * The same report with {@code match} in place of its job match: for an interface that words the
   * match's places in its own language (see {@link org.createyourresume.ats.match.Keyword#withPlaces}).
   */
  public AtsReport withJobMatch(JobMatch match) {
    return new AtsReport(score, scoreParts, findings, format, pages, words, bytes, template, text,
        parsed, differences, match, grammar, language);
  }

  /**
   * The report as JSON: each component above under its own name, nested records as objects,
   * enums by name, absent values as {@code null}. This is the one JSON form of a report: {@code
   * cyr check --json} prints it and {@code POST /api/ats/check} answers it, so a script can move
   * from one to the other unchanged.
   *
   * @param indented whether to lay it out on several indented lines, for people to read
   */
  public String toJson(boolean indented) {
    return (indented ? JSON.writerWithDefaultPrettyPrinter() : JSON.writer()).writeValueAsString(this);
  }

  /** Whether spelling and grammar were checked, and if not, why. */
  public enum GrammarStatus {
    CHECKED,
    /** Not asked for. */
    OFF,
    /** Asked for only if ready, and the grammar checker was still starting. */
    NOT_READY,
    /** The resume is not in English. */
    NOT_ENGLISH
  }
}
