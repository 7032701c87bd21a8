package org.createyourresume.ats.checks;

import java.util.List;
import java.util.function.Consumer;
import org.createyourresume.ats.Finding;
import org.createyourresume.ats.Finding.Category;
import org.createyourresume.ats.Finding.Severity;
import org.createyourresume.ats.extract.DocumentFacts;
import org.createyourresume.ats.extract.FontFact;

/** Fonts embedded, every glyph mapped to a character (ligatures included). */
public final class FontCheck implements Check {

  @Override
  public void run(CheckContext r, Consumer<Finding> findings) {
    if (!r.pdf()) {
      return;
    }
    DocumentFacts facts = r.document().facts();
    if (facts.unmappedGlyphs() > 0) {
      double share = (double) facts.unmappedGlyphs() / Math.max(1, facts.glyphs());
      boolean severe = share > 0.05;
      findings.accept(Findings.of("font.unmapped-glyphs", Category.PARSING,
          severe ? Severity.CRITICAL : Severity.MAJOR, severe ? 30 : 15,
          "Letters that come out missing",
          facts.unmappedGlyphs() + " characters in the PDF are drawn with glyphs that map to no"
              + " letter, typically ligatures such as \"fi\", \"ff\" or \"ti\". An ATS reads"
              + " \"certi cation\" or \"Prac ces\" and misses those keywords.",
          "Export the PDF again with ligatures turned off or with a font that maps them (in Word:"
              + " Save As PDF with \"ISO 19005-1 compliant\"; in design tools: turn off"
              + " discretionary and standard ligatures), or download it from this builder.",
          List.of(), facts.unmappedGlyphs()));
    }
    List<String> unmapped = facts.fonts().stream().filter(f -> !f.unicodeMap()).map(FontFact::name).toList();
    if (!unmapped.isEmpty() && facts.unmappedGlyphs() == 0) {
      findings.accept(Findings.of("font.no-unicode-map", Category.PARSING, Severity.MAJOR, 10,
          "Fonts without a Unicode map",
          "Some fonts carry no table from their glyphs to letters, so what an ATS extracts from"
              + " them depends on guesswork and may be garbage.",
          "Use common fonts (Calibri, Arial, Georgia, Noto, Liberation) and export to PDF again.",
          unmapped));
    }
    List<String> notEmbedded = facts.fonts().stream().filter(f -> !f.embedded()).map(FontFact::name).toList();
    if (!notEmbedded.isEmpty()) {
      findings.accept(Findings.of("font.not-embedded", Category.PARSING, Severity.MINOR, 3,
          "Fonts not embedded",
          "The PDF relies on fonts installed on the reader's machine. Text usually still extracts,"
              + " but what a recruiter sees may differ from what you designed.",
          "Turn on \"embed fonts\" when exporting the PDF.", notEmbedded));
    }
  }
}
