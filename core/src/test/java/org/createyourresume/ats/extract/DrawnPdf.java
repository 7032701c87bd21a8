package org.createyourresume.ats.extract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A PDF drawn piece by piece at given positions in the standard Helvetica faces, for layouts our
 * templates do not make (sidebars, split headers, dates columns, side labels, other tools' page
 * breaks). Positions are in points from the page's top left; each piece is one text object, and
 * the order the pieces are written in the file is chosen when the file is made, so one layout can
 * be read with its content order equal to the visual order, reversed or shuffled.
 */
public final class DrawnPdf {

  /** How the pieces of each page are ordered in the content stream. */
  public enum Order {
    /** As they were added. */
    AS_ADDED,
    /** Last added first. */
    REVERSED,
    /** Shuffled, from a fixed seed. */
    SHUFFLED,
    /** Alternating: first piece, last piece, second, second to last, …: columns interleaved. */
    ZIGZAG
  }

  /** One piece of text. */
  public record Piece(float x, float top, float size, boolean bold, String text) {}

  private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

  private final PDRectangle size;
  private final List<List<Piece>> pages = new ArrayList<>();
  private final List<float[]> bands = new ArrayList<>();

  private DrawnPdf(PDRectangle size) {
    this.size = size;
    pages.add(new ArrayList<>());
  }

  /** An A4 document with one empty page. */
  public static DrawnPdf a4() {
    return new DrawnPdf(PDRectangle.A4);
  }

  /** The page width in points. */
  public float width() {
    return size.getWidth();
  }

  /** The page height in points. */
  public float height() {
    return size.getHeight();
  }

  /** Starts a new page; later pieces go on it. */
  public DrawnPdf newPage() {
    pages.add(new ArrayList<>());
    return this;
  }

  /** The number of pages so far. */
  public int pageCount() {
    return pages.size();
  }

  /** The pieces of a page (0-based), as added. */
  public List<Piece> pieces(int page) {
    return List.copyOf(pages.get(page));
  }

  /** Adds text with its left edge at {@code x} and the top of its line at {@code top}. */
  public DrawnPdf text(float x, float top, float fontSize, boolean bold, String text) {
    pages.get(pages.size() - 1).add(new Piece(x, top, fontSize, bold, text));
    return this;
  }

  /** Adds text whose right edge is at {@code right}. */
  public DrawnPdf textRight(float right, float top, float fontSize, boolean bold, String text) {
    return text(right - width(text, fontSize, bold), top, fontSize, bold, text);
  }

  /** A filled rectangle on the current page (a colour band), drawn before its text. */
  public DrawnPdf band(float x, float top, float w, float h) {
    bands.add(new float[] {pages.size() - 1, x, top, w, h});
    return this;
  }

  /** The width of {@code text} in points. */
  public static float width(String text, float fontSize, boolean bold) {
    try {
      return (bold ? BOLD : REGULAR).getStringWidth(text) / 1000 * fontSize;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The file, with each page's pieces written in {@code order}. */
  public byte[] bytes(Order order) {
    try (PDDocument document = new PDDocument()) {
      for (int p = 0; p < pages.size(); p++) {
        PDPage page = new PDPage(size);
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
          for (float[] band : bands) {
            if ((int) band[0] == p) {
              content.setNonStrokingColor(0.85f, 0.9f, 0.95f);
              content.addRect(band[1], size.getHeight() - band[2] - band[4], band[3], band[4]);
              content.fill();
              content.setNonStrokingColor(0f, 0f, 0f);
            }
          }
          for (Piece piece : ordered(pages.get(p), order)) {
            content.beginText();
            content.setFont(piece.bold() ? BOLD : REGULAR, piece.size());
            // the baseline sits about 0.8 of the size below the line's top
            content.newLineAtOffset(piece.x(), size.getHeight() - piece.top() - piece.size() * 0.8f);
            content.showText(piece.text());
            content.endText();
          }
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Piece> ordered(List<Piece> pieces, Order order) {
    List<Piece> out = new ArrayList<>(pieces);
    switch (order) {
      case AS_ADDED -> {
        // as added
      }
      case REVERSED -> Collections.reverse(out);
      case SHUFFLED -> Collections.shuffle(out, new Random(12));
      case ZIGZAG -> {
        out.clear();
        for (int i = 0, j = pieces.size() - 1; i <= j; i++, j--) {
          out.add(pieces.get(i));
          if (i != j) {
            out.add(pieces.get(j));
          }
        }
      }
    }
    return out;
  }
}
