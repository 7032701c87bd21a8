package org.createyourresume.ats.checks;

import java.util.ArrayList;
import java.util.List;
import org.createyourresume.ats.extract.ExtractedDocument;
import org.createyourresume.ats.extract.SourceFormat;
import org.createyourresume.ats.parse.LayoutLine;
import org.createyourresume.ats.parse.ParsedEntry;
import org.createyourresume.ats.parse.ParsedResume;
import org.createyourresume.ats.parse.ParsedSection;
import org.createyourresume.ats.parse.SectionKind;
import org.createyourresume.ats.parse.TextLanguage;
import org.createyourresume.model.PartialDate;

/**
 * What every check reads: the document as extracted, the resume as parsed, and a few derived
 * facts computed once.
 *
 * @param document the extracted file
 * @param parsed the parse of its text
 * @param today the date "Present" stands for
 * @param language the resume's language as a BCP 47 primary tag ("en", "de", "fr"): the one its
 *     author chose, or the one its words tell; the checks that read English words run only on
 *     "en"
 */
public record CheckContext(ExtractedDocument document, ParsedResume parsed, PartialDate today, String language) {

  /** A context whose language is told from the document's words. */
  public CheckContext(ExtractedDocument document, ParsedResume parsed, PartialDate today) {
    this(document, parsed, today, TextLanguage.detect(document.text()).tag());
  }

  /**
   * Whether the resume is in English, so that the checks that know only English words (action
   * verbs, pronouns, buzzwords, repeated words) can judge it; on a German, French or Spanish
   * resume they would only raise false alarms.
   */
  public boolean english() {
    return "en".equals(language);
  }

  /** Every bullet of every entry of every section in the candidate's own words, in order. */
  public List<String> bullets() {
    List<String> bullets = new ArrayList<>();
    for (ParsedSection s : parsed.sections()) {
      if (!s.kind().ownWords()) {
        continue;
      }
      for (ParsedEntry e : s.entries()) {
        bullets.addAll(e.bullets());
      }
    }
    return bullets;
  }

  /** Every bullet and description paragraph of every entry in the candidate's own words, in order. */
  public List<String> descriptions() {
    List<String> out = new ArrayList<>();
    for (ParsedSection s : parsed.sections()) {
      if (!s.kind().ownWords()) {
        continue;
      }
      for (ParsedEntry e : s.entries()) {
        out.addAll(e.paragraphs());
        out.addAll(e.bullets());
      }
    }
    return out;
  }

  /** Bullets of the experience sections (and volunteering and projects). */
  public List<String> workBullets() {
    List<String> bullets = new ArrayList<>();
    for (ParsedSection s : parsed.sections()) {
      if (s.kind() == SectionKind.EXPERIENCE || s.kind() == SectionKind.VOLUNTEER || s.kind() == SectionKind.PROJECTS) {
        for (ParsedEntry e : s.entries()) {
          bullets.addAll(e.bullets());
        }
      }
    }
    return bullets;
  }

  /** All body text, one line per line. */
  public String text() {
    return document.text();
  }

  /** Words in the body text. */
  public int words() {
    int words = 0;
    for (LayoutLine l : document.lines()) {
      String t = l.text().strip();
      if (!t.isEmpty()) {
        words += t.split("\\s+").length;
      }
    }
    return words;
  }

  /** Whether the file is a PDF. */
  public boolean pdf() {
    return document.format() == SourceFormat.PDF;
  }

  /** Years of work experience, from the earliest dated job to its end or today; 0 when undated. */
  public double yearsOfExperience() {
    PartialDate first = null;
    PartialDate last = null;
    for (ParsedEntry job : parsed.jobs()) {
      if (job.dates() == null || job.dates().start() == null) {
        continue;
      }
      PartialDate start = job.dates().start();
      PartialDate end = job.dates().current() ? today : job.dates().last();
      if (first == null || start.compareTo(first) < 0) {
        first = start;
      }
      if (end != null && (last == null || end.compareTo(last) > 0)) {
        last = end;
      }
    }
    if (first == null) {
      return 0;
    }
    PartialDate until = last == null ? first : last;
    return Math.max(0, months(until) - months(first)) / 12.0;
  }

  /** A date as a count of months, month 0 read as January for starts and ranges alike. */
  public static int months(PartialDate d) {
    return d.year() * 12 + Math.max(1, d.month()) - 1;
  }
}
