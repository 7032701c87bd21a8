package org.createyourresume.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * What a test can observe in a PDF from outside, the way an ATS or a reader would: text in file
 * order and in position order, per page, fonts, metadata, bookmarks and links. Shared with the
 * other modules' tests through the core test jar.
 */
public final class PdfFacts {

  /** An embedded-font check result. */
  public record FontFact(String name, boolean embedded, boolean unicodeMap) {}

  /** A link annotation. */
  public record LinkFact(String uri, String contents) {}

  /**
   * One line of text as laid out: page (1-based), left edge and baseline in points from the
   * top-left corner, font size in points, and the line's text.
   */
  public record LineFact(int page, float x, float baseline, float fontSize, String text) {}

  private final byte[] bytes;

  private PdfFacts(byte[] bytes) {
    this.bytes = bytes;
  }

  public static PdfFacts of(byte[] pdf) {
    return new PdfFacts(pdf);
  }

  private <T> T read(DocumentWork<T> work) {
    try (PDDocument document = Loader.loadPDF(bytes)) {
      return work.apply(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private interface DocumentWork<T> {
    T apply(PDDocument document) throws IOException;
  }

  /** All text in the order the file holds it (what most ATS extractors see first). */
  public String text() {
    return read(d -> new PDFTextStripper().getText(d));
  }

  /** All text sorted by position on the page: the visual reading order. */
  public String textByPosition() {
    return read(
        d -> {
          PDFTextStripper stripper = new PDFTextStripper();
          stripper.setSortByPosition(true);
          return stripper.getText(d);
        });
  }

  /** The text of each page, in file order. */
  public List<String> pageTexts() {
    return read(
        d -> {
          List<String> pages = new ArrayList<>();
          PDFTextStripper stripper = new PDFTextStripper();
          for (int i = 1; i <= d.getNumberOfPages(); i++) {
            stripper.setStartPage(i);
            stripper.setEndPage(i);
            pages.add(stripper.getText(d));
          }
          return pages;
        });
  }

  /** Every line of text with its position, in file order. */
  public List<LineFact> lines() {
    return read(
        d -> {
          List<LineFact> lines = new ArrayList<>();
          PDFTextStripper stripper =
              new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> glyphs) {
                  TextPosition first = glyphs.get(0);
                  lines.add(
                      new LineFact(
                          getCurrentPageNo(),
                          first.getXDirAdj(),
                          first.getYDirAdj(),
                          first.getXScale(), // getFontSizeInPt() truncates to whole points
                          text));
                }
              };
          stripper.getText(d);
          return lines;
        });
  }

  /** The colours used to fill or stroke anything, as {@code #rrggbb}, from every page. */
  public Set<String> colours() {
    return read(
        d -> {
          Set<String> colours = new LinkedHashSet<>();
          for (PDPage page : d.getPages()) {
            List<Object> tokens = new PDFStreamParser(page).parse();
            for (int i = 3; i < tokens.size(); i++) {
              if (tokens.get(i) instanceof Operator op
                  && (op.getName().equals("rg") || op.getName().equals("RG"))) {
                colours.add(
                    String.format(
                        "#%02x%02x%02x",
                        channel(tokens.get(i - 3)), channel(tokens.get(i - 2)), channel(tokens.get(i - 1))));
              }
            }
          }
          return colours;
        });
  }

  private static int channel(Object token) {
    return Math.round(((COSNumber) token).floatValue() * 255);
  }

  public int pages() {
    return read(PDDocument::getNumberOfPages);
  }

  /** Every font used on any page. */
  public Set<FontFact> fonts() {
    return read(
        d -> {
          Set<FontFact> fonts = new LinkedHashSet<>();
          for (PDPage page : d.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
              PDFont font = resources.getFont(name);
              fonts.add(
                  new FontFact(
                      font.getName(),
                      font.isEmbedded(),
                      font.getCOSObject().containsKey(COSName.TO_UNICODE)));
            }
          }
          return fonts;
        });
  }

  public PDDocumentInformation info() {
    return read(PDDocument::getDocumentInformation);
  }

  public String language() {
    return read(d -> d.getDocumentCatalog().getLanguage());
  }

  public float[] mediaBox() {
    return read(
        d -> {
          var box = d.getPage(0).getMediaBox();
          return new float[] {box.getWidth(), box.getHeight()};
        });
  }

  /** Top-level bookmark titles. */
  public List<String> bookmarks() {
    return read(
        d -> {
          List<String> titles = new ArrayList<>();
          var outline = d.getDocumentCatalog().getDocumentOutline();
          if (outline != null) {
            for (PDOutlineItem item : outline.children()) {
              titles.add(item.getTitle());
            }
          }
          return titles;
        });
  }

  public List<LinkFact> links() {
    return read(
        d -> {
          List<LinkFact> links = new ArrayList<>();
          for (PDPage page : d.getPages()) {
            for (PDAnnotation annotation : page.getAnnotations()) {
              if (annotation instanceof PDAnnotationLink link
                  && link.getAction() instanceof PDActionURI uri) {
                links.add(new LinkFact(uri.getURI(), link.getContents()));
              }
            }
          }
          return links;
        });
  }

  public boolean isTagged() {
    return read(
        d -> d.getDocumentCatalog().getMarkInfo() != null
            && d.getDocumentCatalog().getMarkInfo().isMarked()
            && d.getDocumentCatalog().getStructureTreeRoot() != null);
  }

  /** Text with every run of white space as one space, NFC: for "appears in order" checks. */
  public static String flat(String text) {
    // a line may break after a dash set without spaces ("2015–" / "2021"): no space goes there
    return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("(?<=[\\p{L}\\p{N}][–—])\\s*\\R\\s*(?=[\\p{L}\\p{N}])", "")
        .replaceAll("[\\s\\u00a0]+", " ").strip();
  }
}
