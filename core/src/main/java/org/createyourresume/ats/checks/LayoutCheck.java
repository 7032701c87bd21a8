package org.createyourresume.ats.checks;

import java.util.List;
import java.util.function.Consumer;
import org.createyourresume.ats.Finding;
import org.createyourresume.ats.Finding.Category;
import org.createyourresume.ats.Finding.Severity;
import org.createyourresume.ats.extract.DocumentFacts;

/** Columns, layout tables and text boxes: the layouts that scramble reading order. */
public final class LayoutCheck implements Check {

  @Override
  public void run(CheckContext r, Consumer<Finding> findings) {
    DocumentFacts facts = r.document().facts();
    if (facts.tables() > 0) {
      findings.accept(Findings.of("layout.tables", Category.PARSING, Severity.MAJOR, 12,
          "Layout built with a table",
          "Parts of the resume sit in table cells. Many ATS read tables cell by cell or row by row,"
              + " which mixes dates, titles and descriptions, and some drop table text entirely.",
          "Lay the resume out as plain paragraphs: headings, then entries, one under the other; put"
              + " dates on the entry's first line instead of in a separate column."));
    } else if (!facts.columns().isEmpty() || facts.multiColumnSections() > 0) {
      List<String> across = new java.util.ArrayList<>();
      facts.columns().forEach(c -> across.addAll(c.readAcross()));
      findings.accept(Findings.of("layout.columns", Category.PARSING, Severity.MAJOR, 15,
          "Two-column layout",
          "Text sits in side-by-side columns. ATS that read by position go straight across the page and"
              + " mix the columns line by line" + (across.isEmpty() ? "" : " (see the examples)")
              + "; others read one column and misfile the other's content. The ATS view here shows the"
              + " columns one after the other, as the better parsers read them.",
          "Use a single column: move the sidebar (skills, contact, languages) into sections above or"
              + " below the experience.", across, across.isEmpty() ? 0 : 1));
    }
    if (facts.textBoxes() > 0) {
      findings.accept(Findings.of("layout.text-boxes", Category.PARSING, Severity.MAJOR, 10,
          "Text in text boxes or shapes",
          facts.textBoxes() + " text boxes hold part of the resume. Many ATS skip text boxes and"
              + " shapes entirely.",
          "Move the text out of the boxes into normal paragraphs.", List.of(), facts.textBoxes()));
    }
  }
}
