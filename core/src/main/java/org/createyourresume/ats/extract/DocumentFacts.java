package org.createyourresume.ats.extract;

import java.util.List;

/**
 * What the file itself tells about how well an ATS can read it, beyond its text.
 *
 * @param fonts every font used
 * @param glyphs glyphs drawn
 * @param unmappedGlyphs glyphs drawn that map to no character (lost on extraction: ligatures
 *     without a mapping, symbol fonts)
 * @param hiddenGlyphs glyphs drawn invisible or in white, which an ATS reads but a person does not
 *     see
 * @param images images drawn
 * @param tagged whether the PDF has a structure tree (PDF/UA, accessible PDF)
 * @param tables layout tables found: explicit tables (DOCX, tagged PDF) or ruled grids
 * @param columns pages laid out in side-by-side columns
 * @param textBoxes text boxes or shapes holding text (DOCX)
 * @param multiColumnSections DOCX sections set in more than one column
 * @param copyRestricted whether the PDF forbids extracting its text
 * @param iconGlyphs characters from private-use areas or icon fonts
 * @param producer the program that made the file, when it says
 */
public record DocumentFacts(
    List<FontFact> fonts,
    int glyphs,
    int unmappedGlyphs,
    int hiddenGlyphs,
    List<ImageFact> images,
    boolean tagged,
    int tables,
    List<ColumnFact> columns,
    int textBoxes,
    int multiColumnSections,
    boolean copyRestricted,
    int iconGlyphs,
    String producer) {

  public DocumentFacts {
    fonts = List.copyOf(fonts);
    images = List.copyOf(images);
    columns = List.copyOf(columns);
  }

  /** Facts of text without a file: nothing to report. */
  public static DocumentFacts none() {
    return new DocumentFacts(List.of(), 0, 0, 0, List.of(), false, 0, List.of(), 0, 0, false, 0, null);
  }

  /**
   * A page laid out in columns.
   *
   * @param page 1-based page
   * @param gutter the x position, in points, of the gap between the columns
   * @param top where the columns start, in points from the top (full-width text is above)
   * @param interleaved whether reading straight across the page mixes the two columns
   * @param readAcross a few lines as a reader going straight across the page gets them
   */
  public record ColumnFact(int page, float gutter, float top, boolean interleaved, List<String> readAcross) {

    public ColumnFact {
      readAcross = List.copyOf(readAcross);
    }
  }
}
