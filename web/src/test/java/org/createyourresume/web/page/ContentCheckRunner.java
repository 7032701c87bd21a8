package org.createyourresume.web.page;

import java.util.ArrayList;
import java.util.List;
import org.createyourresume.ats.Finding;
import org.createyourresume.ats.checks.Check;
import org.createyourresume.ats.checks.CheckContext;
import org.createyourresume.ats.extract.ExtractedDocument;
import org.createyourresume.ats.parse.ResumeParser;
import org.createyourresume.model.PartialDate;

/**
 * Runs the ATS checker's own content checks on text laid out the way its parser reads a resume,
 * so that the writing help is held to the same rules as the resumes it helps to write.
 */
final class ContentCheckRunner {

  private static final String HEAD = """
      Robin Vale
      Analyst
      robin@example.com | +44 7700 900123 | Leeds, UK
      """;

  /** Thread-safe, and shared: the checks run once per phrase. */
  private static final ResumeParser PARSER = new ResumeParser();

  private ContentCheckRunner() {}

  /** A resume with one job holding {@code bullets}, and {@code paragraphs} under a summary heading. */
  static CheckContext resume(List<String> paragraphs, List<String> bullets) {
    StringBuilder text = new StringBuilder(HEAD);
    if (!paragraphs.isEmpty()) {
      text.append("SUMMARY\n").append(String.join("\n", paragraphs)).append('\n');
    }
    text.append("EXPERIENCE\nAcme | Analyst | Jan 2021 – Present\n");
    bullets.forEach(b -> text.append("- ").append(b).append('\n'));
    ExtractedDocument doc = ExtractedDocument.ofText(text.toString());
    return new CheckContext(doc, PARSER.parse(doc.lines()), new PartialDate(2026, 1, 0));
  }

  static List<Finding> run(Check check, CheckContext context) {
    List<Finding> findings = new ArrayList<>();
    check.run(context, findings::add);
    return findings;
  }
}
