package org.createyourresume.render.pdf;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Loads a parsed face into the render's document only when the layout first uses it, so a
 * resume without italics does not pay for embedding the italic face.
 */
final class LazyFont extends PDFontSupplier {

  private final PDDocument document;
  private final TrueTypeFont face;
  private final boolean subsetAtSave;
  private PDFont font;

  /**
   * @param subsetAtSave whether PDFBox subsets the face when the document is saved; false for a
   *     face already cut to the page's characters ({@link FontSubsets}), embedded as it is
   */
  LazyFont(PDDocument document, TrueTypeFont face, boolean subsetAtSave) {
    super(null);
    this.document = document;
    this.face = face;
    this.subsetAtSave = subsetAtSave;
  }

  /** Whether the face was loaded and is left for PDFBox to subset when the document is saved. */
  boolean subsetWhenSaved() {
    return font != null && subsetAtSave;
  }

  @Override
  public PDFont supply() {
    if (font == null) {
      try {
        font = PDType0Font.load(document, face, subsetAtSave);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot embed a bundled font", e);
      }
    }
    return font;
  }
}
