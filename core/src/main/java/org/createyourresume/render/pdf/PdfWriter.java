package org.createyourresume.render.pdf;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.render.BlockBox;
import com.openhtmltopdf.render.PageBox;
import com.openhtmltopdf.util.XRLog;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;

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

  public PdfWriter(FontCatalog fonts) {
    this.fonts = fonts;
  }

  /** A written PDF: its bytes and its number of pages. */
  public record Written(byte[] pdf, int pages) {}

  /** The PDF of {@code xhtml}, whose CSS names only {@code family}, in memory. */
  public Written write(String xhtml, FontFamily family) throws IOException {
    Output out = OUTPUTS.get();
    out.reset();
    int pages = write(xhtml, family, out);
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
  public int write(String xhtml, FontFamily family, OutputStream out) throws IOException {
    Map<FontFace, TrueTypeFont> faces = fonts.faces(family);
    return JaxpDefaults.run(
        () -> {
          try (PDDocument document = new PDDocument();
              PdfBoxRenderer renderer = renderer(xhtml, family, faces, document)) {
            renderer.layout();
            renderer.createPDFWithoutClosing();
            LinkDescriptions.copyToAnnotations(document);
            // Without object streams: measured 16% of the render spent packing them, to save
            // about a tenth of a file that is small anyway.
            if (out instanceof ByteArrayOutputStream) {
              // memory needs no buffer in front of it: that would only copy every byte twice
              document.save(out, CompressParameters.NO_COMPRESSION);
            } else {
              BufferedOutputStream buffered = new BufferedOutputStream(out, 64 * 1024);
              document.save(buffered, CompressParameters.NO_COMPRESSION);
              buffered.flush();
            }
            return document.getNumberOfPages();
          }
        });
  }

  /**
   * Lays {@code xhtml} out exactly as {@link #write} would, without drawing or saving a PDF: how
   * many pages it takes and how far down its content reaches.
   */
  public PageLayout measure(String xhtml, FontFamily family) throws IOException {
    Map<FontFace, TrueTypeFont> faces = fonts.faces(family);
    return JaxpDefaults.run(
        () -> {
          try (PDDocument document = new PDDocument();
              PdfBoxRenderer renderer = renderer(xhtml, family, faces, document)) {
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

  private static boolean inlineImage(String uri) {
    return uri != null
        && (uri.startsWith("data:image/png;base64,") || uri.startsWith("data:image/jpeg;base64,"));
  }

  private static PdfBoxRenderer renderer(
      String xhtml, FontFamily family, Map<FontFace, TrueTypeFont> faces, PDDocument document)
      throws IOException {
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.usePDDocument(document);
    for (FontFace face : FontFace.values()) {
      builder.useFont(
          new LazyFont(document, faces.get(face)), family.name(), face.weight, face.style, true);
    }
    builder.usePdfUaAccessibility(true);
    builder.usePdfAConformance(PdfAConformance.PDFA_3_U);
    builder.useColorProfile(SRGB);
    builder.useUnicodeLineBreaker(new CompoundKeepingBreaker());
    // nothing is fetched: user URLs are only links. The only images are inline PNG or JPEG data
    // (a checked photo, the templates' drawn icons), which the engine decodes without any I/O.
    builder.useExternalResourceAccessControl(
        (uri, type) -> inlineImage(uri), ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
    builder.useExternalResourceAccessControl(
        (uri, type) -> inlineImage(uri), ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
    builder.withProducer("Create Your Resume");
    builder.withW3cDocument(XhtmlParser.parse(xhtml), null);
    PdfBoxRenderer renderer = builder.buildPdfRenderer();
    // Text measuring from a per-font table instead of PDFBox's encode-and-decode per word: same
    // widths, a tenth less allocation (see GlyphWidths). The engine takes its text renderer from
    // the shared context when layout starts, so replacing it here is enough.
    renderer.getSharedContext().setTextRenderer(new CachedWidthTextRenderer());
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
