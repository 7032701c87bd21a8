package org.createyourresume.ats.checks;

import java.util.List;
import java.util.function.Consumer;
import org.createyourresume.ats.Finding;
import org.createyourresume.ats.Finding.Category;
import org.createyourresume.ats.Finding.Severity;
import org.createyourresume.ats.extract.DocumentFacts;
import org.createyourresume.ats.extract.ImageFact;

/** Is there text to read at all, or is the resume a picture of text (a scan, a design export)? */
public final class TextLayerCheck implements Check {

  @Override
  public void run(CheckContext r, Consumer<Finding> findings) {
    DocumentFacts facts = r.document().facts();
    boolean pageImage = facts.images().stream().anyMatch(i -> i.pageShare() >= 0.3);
    if (!r.document().hasText()) {
      findings.accept(Findings.of("text.none", Category.PARSING, Severity.CRITICAL, 40,
          pageImage ? "The resume is an image: no text to read" : "Almost no text can be extracted",
          pageImage
              ? "The pages are pictures of text (a scan, a photo or a design exported as an image). An ATS"
                  + " reads the text layer of the file, not the picture, so it gets an empty resume."
              : "The file has almost no extractable text; its words are probably drawn as shapes. An ATS"
                  + " gets an empty resume.",
          "Export the resume again as a text PDF or DOCX from your editor (\"Save as PDF\", not"
              + " \"Print to image\" or a scan), or rebuild it here and download the PDF.",
          List.of(), pageImage ? 1 : 0));
      return;
    }
    if (pageImage && facts.hiddenGlyphs() > facts.glyphs() / 2) {
      int share = (int) Math.round(100.0 * facts.hiddenGlyphs() / Math.max(1, facts.glyphs()));
      findings.accept(Findings.of("text.ocr", Category.PARSING, Severity.MAJOR, 15,
          "Scanned pages with recognised (OCR) text",
          "The pages are images with invisible recognised text behind them (" + share + "% of the"
              + " characters). ATS read that hidden text, and OCR errors, merged words and lost"
              + " structure come with it.",
          "Use the original document instead of a scan: export it to PDF or DOCX from the program it"
              + " was written in.", List.of(), share));
    }
  }

  static boolean bigImage(ImageFact i) {
    return i.pageShare() >= 0.3;
  }
}
