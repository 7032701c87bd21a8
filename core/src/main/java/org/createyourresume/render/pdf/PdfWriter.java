package org.createyourresume.render.pdf;

import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.render.BlockBox;
import com.openhtmltopdf.render.PageBox;
import com.openhtmltopdf.util.XRLog;
import java.awt.Font;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.w3c.dom.Document;

/**
 * Turns our XHTML into a tagged PDF: PDF/UA-1 structure, PDF/A-3u metadata with an sRGB output
 * intent, only bundled fonts (embedded as subsets with Unicode maps), no external resources.
 *
 * <p>Thread-safe: each call uses its own document and this thread's parsed fonts.
 */
public final class PdfWriter {

  /** PDF/A wants an output intent; the JDK carries sRGB, so nothing has to be bundled. */
  private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

  static {
    // OpenHTMLtoPDF logs every render through java.util.logging; that costs time and would put
    // resume text into server logs.
    XRLog.setLoggingEnabled(false);
  }

  /**
   * Each thread's output buffer, kept between renders so that a PDF is written into memory that
   * already has its size instead of growing (and copying) a new buffer from a guess every time.
   */
  private static final ThreadLocal<Output> OUTPUTS = ThreadLocal.withInitial(Output::new);

  /** A buffer above this is not kept: one huge document should not pin its memory to a thread. */
  private static final int KEPT_OUTPUT_BYTES = 1 << 20;

  private final FontCatalog fonts;
  private final boolean subsetBeforeLayout;
  private final boolean ownMetadata;
  private final boolean keptStyleSheets;
  private final boolean drawnWithoutMeasuring;
  private final boolean cutDefaultSheet;
  private final boolean ownFileWriter;
  private final boolean keptStreamMemory;
  private final AtomicLong rewrites = new AtomicLong();

  public PdfWriter(FontCatalog fonts) {
    this(fonts, EnumSet.allOf(Shortcut.class));
  }

  /**
   * The ways this writer does less work than the engine would on its own. Each gives the same
   * PDF as the engine's way (their tests compare the two); a writer without some is for those
   * tests.
   */
  enum Shortcut {
    /**
     * The family's faces cut to the page's characters before layout ({@link FontSubsets}) and
     * embedded as they are, instead of loaded whole and subset by PDFBox when the document is
     * saved.
     */
    CUT_FACES,
    /** The PDF/A and PDF/UA metadata written by {@link PdfAMetadata} instead of the engine. */
    OWN_METADATA,
    /** The page's style sheet parsed once for all pages with the same one ({@link PageStyleSheets}). */
    KEPT_STYLE_SHEETS,
    /**
     * Text whose characters the font's first face has drawn without the engine measuring it first
     * to find that out ({@link CachedWidthTextRenderer}).
     */
    DRAWN_WITHOUT_MEASURING,
    /**
     * The engine's default style sheet without the selectors for elements our pages never hold
     * ({@link CutDefaultSheet}), for a page that holds none of them.
     */
    CUT_DEFAULT_SHEET,
    /** The document's streams kept in arrays the thread keeps between documents ({@link StreamMemory}). */
    KEPT_STREAM_MEMORY,
    /**
     * The file written by {@link PdfFileWriter}, without a string per number and name, when no
     * face is left for PDFBox to subset at saving.
     */
    OWN_FILE_WRITER
  }

  PdfWriter(FontCatalog fonts, Set<Shortcut> shortcuts) {
    this.fonts = fonts;
    this.subsetBeforeLayout = shortcuts.contains(Shortcut.CUT_FACES);
    this.ownMetadata = shortcuts.contains(Shortcut.OWN_METADATA);
    this.keptStyleSheets = shortcuts.contains(Shortcut.KEPT_STYLE_SHEETS);
    this.drawnWithoutMeasuring = shortcuts.contains(Shortcut.DRAWN_WITHOUT_MEASURING);
    this.cutDefaultSheet = shortcuts.contains(Shortcut.CUT_DEFAULT_SHEET);
    this.ownFileWriter = shortcuts.contains(Shortcut.OWN_FILE_WRITER);
    this.keptStreamMemory = shortcuts.contains(Shortcut.KEPT_STREAM_MEMORY);
  }

  /**
   * How many pages were laid out again with the whole faces because the faces cut to the page
   * lacked a character the engine drew: each costs a second layout, so it should stay rare.
   */
  long rewrites() {
    return rewrites.get();
  }

  /** A written PDF: its bytes and its number of pages. */
  public record Written(byte[] pdf, int pages) {}

  /** The PDF of {@code xhtml}, whose CSS names only {@code family}, in memory. */
  public Written write(String xhtml, FontFamily family) throws IOException {
    return write(xhtml, family, PageCharacters.of(xhtml));
  }

  /** The PDF of {@code xhtml} with the family's faces cut to {@code characters}, in memory. */
  Written write(String xhtml, FontFamily family, PageCharacters characters) throws IOException {
    Output out = OUTPUTS.get();
    out.reset();
    int pages = write(xhtml, family, characters, out);
    byte[] pdf = out.toByteArray();
    if (out.capacity() > KEPT_OUTPUT_BYTES) {
      OUTPUTS.remove();
    }
    return new Written(pdf, pages);
  }

  /**
   * Writes the PDF of {@code xhtml}, whose CSS names only {@code family}, to {@code out}.
   *
   * @return the number of pages
   */
  public int write(String page, FontFamily family, OutputStream out) throws IOException {
    return write(page, family, PageCharacters.of(page), out);
  }

  private int write(String page, FontFamily family, PageCharacters characters, OutputStream out)
      throws IOException {
    // the fallback names added to the page are ASCII: the page's characters stay the same
    String xhtml = withFallbacks(page, family);
    if (subsetBeforeLayout) {
      SubsetGuard guard = new SubsetGuard(fonts, family, characters);
      int pages = write(xhtml, faces(family, guard), fonts.shapedFaces(family), guard, out);
      if (!guard.missed()) {
        return pages;
      }
      // a character the cut faces lack was drawn: nothing is written yet, so write the page
      // again with the whole faces
      rewrites.incrementAndGet();
    }
    return write(xhtml, faces(family, null), fonts.shapedFaces(family), null, out);
  }

  /**
   * Writes the PDF to {@code out} unless {@code guard} saw a character its faces lack.
   *
   * @return the number of pages, or -1 when nothing was written
   */
  private int write(
      String xhtml,
      Map<FontFamily, Map<FontFace, TrueTypeFont>> faces,
      Map<TrueTypeFont, Font> shapedFaces,
      SubsetGuard guard,
      OutputStream out)
      throws IOException {
    List<LazyFont> loaded = new ArrayList<>();
    return JaxpDefaults.run(
        () -> {
          try (PDDocument document = newDocument();
              PdfBoxRenderer renderer =
                  renderer(xhtml, faces, document, new DevanagariShaping(document, shapedFaces), guard, loaded)) {
            PdfAMetadata metadata = ownMetadata
                ? PdfAMetadata.takeOver(
                    renderer, document, SRGB, renderer.getDocument().getDocumentElement().getAttribute("lang"))
                : null;
            renderer.layout();
            renderer.createPDFWithoutClosing();
            if (guard != null && guard.missed()) {
              return -1;
            }
            if (metadata != null) {
              metadata.complete();
            }
            ((CachedWidthTextRenderer) renderer.getSharedContext().getTextRenderer()).finish();
            LinkDescriptions.copyToAnnotations(document);
            // Without object streams: measured 16% of the render spent packing them, to save
            // about a tenth of a file that is small anyway.
            boolean ownFileWriter =
                this.ownFileWriter && loaded.stream().noneMatch(LazyFont::subsetWhenSaved);
            if (out instanceof ByteArrayOutputStream) {
              // memory needs no buffer in front of it: that would only copy every byte twice
              save(document, out, ownFileWriter);
            } else {
              BufferedOutputStream buffered = new BufferedOutputStream(out, 64 * 1024);
              save(document, buffered, ownFileWriter);
              buffered.flush();
            }
            return document.getNumberOfPages();
          }
        });
  }

  private PDDocument newDocument() {
    return keptStreamMemory ? new PDDocument(StreamMemory::new) : new PDDocument();
  }

  private static void save(PDDocument document, OutputStream out, boolean ownFileWriter)
      throws IOException {
    if (ownFileWriter) {
      PdfFileWriter.save(document, out);
    } else {
      document.save(out, CompressParameters.NO_COMPRESSION);
    }
  }

  /**
   * Lays {@code xhtml} out exactly as {@link #write} would, without drawing or saving a PDF: how
   * many pages it takes and how far down its content reaches.
   */
  public PageLayout measure(String page, FontFamily family) throws IOException {
    String xhtml = withFallbacks(page, family);
    if (subsetBeforeLayout) {
      SubsetGuard guard = new SubsetGuard(fonts, family, PageCharacters.of(xhtml));
      PageLayout layout = measure(xhtml, faces(family, guard), fonts.shapedFaces(family), guard);
      if (!guard.missed()) {
        return layout;
      }
      rewrites.incrementAndGet();
    }
    return measure(xhtml, faces(family, null), fonts.shapedFaces(family), null);
  }

  private PageLayout measure(
      String xhtml,
      Map<FontFamily, Map<FontFace, TrueTypeFont>> faces,
      Map<TrueTypeFont, Font> shapedFaces,
      SubsetGuard guard)
      throws IOException {
    return JaxpDefaults.run(
        () -> {
          try (PDDocument document = newDocument();
              PdfBoxRenderer renderer =
                  renderer(xhtml, faces, document, new DevanagariShaping(document, shapedFaces), guard,
                      new ArrayList<>())) {
            renderer.layout();
            BlockBox root = renderer.getRootBox();
            List<PageBox> pages = root.getLayer().getPages();
            PageBox first = pages.get(0);
            // Layout units are "dots". The pages' content areas are stacked in one flow, so the
            // root's bottom, measured from the first page's top, is the content's extent.
            double dots = renderer.getDotsPerPoint();
            return new PageLayout(
                pages.size(),
                (root.getAbsY() + root.getHeight() - first.getTop()) / dots,
                (first.getBottom() - first.getTop()) / dots);
          }
        });
  }

  /**
   * The page with the fallback faces its text needs named after the family wherever the CSS names
   * it ({@code 'Noto Serif'} becomes {@code 'Noto Serif', 'Fallback CJK'}). Only the ones needed:
   * the engine sets every line as tall as the tallest face in the list, so naming them all would
   * make every Latin resume's lines taller.
   */
  private String withFallbacks(String xhtml, FontFamily family) {
    List<FontFamily> fallbacks = fonts.fallbacks(family);
    boolean[] needed = new boolean[fallbacks.size()];
    xhtml.codePoints()
        .filter(c -> c >= 0x80)
        .distinct()
        .forEach(c -> {
          if (c >= 0x80 && !fonts.hasGlyph(family, c)) {
            for (int i = 0; i < fallbacks.size(); i++) {
              if (fonts.hasGlyph(fallbacks.get(i), c)) {
                needed[i] = true;
                break;
              }
            }
          }
        });
    StringBuilder chain = new StringBuilder("'").append(family.name()).append('\'');
    for (int i = 0; i < needed.length; i++) {
      if (needed[i]) {
        chain.append(", '").append(fallbacks.get(i).name()).append('\'');
      }
    }
    // user text cannot hold the quoted name: the templates escape quotes in text
    return chain.length() == family.name().length() + 2
        ? xhtml
        : xhtml.replace("'" + family.name() + "'", chain.toString());
  }

  /**
   * The faces of {@code family} (cut to the characters {@code guard} watches for, if there is
   * one) and of its fallbacks (always whole), in the order they are tried.
   */
  private Map<FontFamily, Map<FontFace, TrueTypeFont>> faces(FontFamily family, SubsetGuard guard) {
    Map<FontFamily, Map<FontFace, TrueTypeFont>> faces = new LinkedHashMap<>();
    faces.put(
        family,
        guard == null ? fonts.faces(family) : fonts.subsetFaces(family, guard.characters()));
    for (FontFamily fallback : fonts.fallbacks(family)) {
      faces.put(fallback, fonts.faces(fallback));
    }
    return faces;
  }

  private static boolean inlineImage(String uri) {
    return uri != null
        && (uri.startsWith("data:image/png;base64,") || uri.startsWith("data:image/jpeg;base64,"));
  }

  private PdfBoxRenderer renderer(
      String xhtml,
      Map<FontFamily, Map<FontFace, TrueTypeFont>> faces,
      PDDocument document,
      DevanagariShaping shaping,
      SubsetGuard guard,
      List<LazyFont> loaded)
      throws IOException {
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.usePDDocument(document);
    Document page = XhtmlParser.parse(xhtml);
    boolean cutDefaultSheet = this.cutDefaultSheet && CutDefaultSheet.fits(page);
    // A page sheet shared between renders takes its selectors' positions from after the default
    // sheet's: with the cut default sheet on, only pages that get it share page sheets, so those
    // positions are the same in every render on every thread.
    boolean keptSheets = keptStyleSheets && (cutDefaultSheet || !this.cutDefaultSheet);
    if (keptSheets || cutDefaultSheet) {
      builder.useNamespaceHandler(new PageStyleSheets(keptSheets, cutDefaultSheet));
    }
    // the family and its fallbacks (which the CSS names after it): each face is embedded only
    // when the layout first draws a character with it; faces already cut to the page are
    // embedded as they are
    faces.forEach(
        (each, itsFaces) -> {
          boolean cut = guard != null && guard.family().equals(each);
          for (FontFace face : FontFace.values()) {
            LazyFont font = new LazyFont(document, itsFaces.get(face), !cut);
            loaded.add(font);
            builder.useFont(font, each.name(), face.weight, face.style, true);
          }
        });
    builder.usePdfUaAccessibility(true);
    builder.usePdfAConformance(PdfAConformance.PDFA_3_U);
    builder.useColorProfile(SRGB);
    builder.useUnicodeLineBreaker(new CompoundKeepingBreaker());
    // Arabic and Hebrew: right-to-left runs drawn in visual order (extractors such as pdftotext
    // and PDFBox read them back in logical order), Arabic letters in their joined forms
    builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
    builder.useUnicodeBidiReorderer(new ArabicShaping());
    // nothing is fetched: user URLs are only links. The only images are inline PNG or JPEG data
    // (a checked photo, the templates' drawn icons), which the engine decodes without any I/O.
    builder.useExternalResourceAccessControl(
        (uri, type) -> inlineImage(uri), ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
    builder.useExternalResourceAccessControl(
        (uri, type) -> inlineImage(uri), ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
    builder.withProducer("Create Your Resume");
    builder.withW3cDocument(page, null);
    PdfBoxRenderer renderer = builder.buildPdfRenderer();
    // Text measuring from a per-font table instead of PDFBox's encode-and-decode per word: same
    // widths, a tenth less allocation (see GlyphWidths). The engine takes its text renderer from
    // the shared context when layout starts, so replacing it here is enough. Devanagari is shaped
    // there too, for measuring and drawing alike.
    renderer.getSharedContext().setTextRenderer(
        new CachedWidthTextRenderer(shaping, guard, drawnWithoutMeasuring));
    return renderer;
  }

  /** A byte buffer that tells how much it holds room for. */
  private static final class Output extends ByteArrayOutputStream {
    Output() {
      super(128 * 1024);
    }

    int capacity() {
      return buf.length;
    }
  }
}
