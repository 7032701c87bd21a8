package org.createyourresume.render.pdf;

import com.openhtmltopdf.pdfboxout.PDFCreationListener;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.Calendar;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.apache.xmpbox.DateConverter;

/**
 * The PDF/A-3u and PDF/UA-1 identification of our PDFs, written by us instead of by the engine:
 * the XMP metadata packet, the mark info, the document language, the viewer preference to show
 * the title and the sRGB output intent.
 *
 * <p>Why: OpenHTMLtoPDF writes these itself when a document is tagged, building the XMP packet
 * through xmpbox, whose type mapping reflects over eleven schema classes for every {@code
 * XMPMetadata} made, and the engine makes nine per document (one per described property). A CPU
 * profile of a warm one-page render put 9% of it there. The packet's text is fixed but for the
 * document's title, author, subject, keywords, producer and creation date, so it is written as
 * text here: the same bytes as the engine's (checked in {@code PdfAMetadataTests} across the
 * templates), with none of the reflection.
 *
 * <p>The engine offers no switch for its own metadata, so {@link #takeOver} turns it off by
 * setting the two private fields it checks before writing it. Where those fields are not found
 * (another engine version), nothing is changed and the engine writes its metadata as before.
 *
 * <p>Use: {@link #takeOver} right after the renderer is built; the catalog entries are added when
 * the engine starts writing the first page, in the order the engine adds them, so the file's
 * objects are numbered as before; {@link #complete} fills the packet once the engine has set the
 * document information, and must be called before the document is saved.
 */
final class PdfAMetadata implements PDFCreationListener {

  /** The engine's two private flags that make it write the metadata; null when not found. */
  private static final Field PDF_UA = engineField("_pdfUaConformance");

  private static final Field PDF_A = engineField("_pdfAConformance");

  private static final String PACKET_HEADER =
      "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>";

  private static final String SRGB = "sRGB IEC61966-2.1";

  private final PDDocument document;
  private final byte[] colorProfile;
  private final String language;
  private PDMetadata stream;

  private PdfAMetadata(PDDocument document, byte[] colorProfile, String language) {
    this.document = document;
    this.colorProfile = colorProfile;
    this.language = language;
  }

  /**
   * Turns off the engine's own PDF/A and PDF/UA metadata for {@code renderer} and registers this
   * writer in its place.
   *
   * @param language the page's {@code lang}, empty when it has none
   * @return the writer to {@link #complete} before saving, or null when the engine keeps writing
   *     its own metadata (its fields were not found)
   */
  static PdfAMetadata takeOver(
      PdfBoxRenderer renderer, PDDocument document, byte[] colorProfile, String language) {
    if (!canTakeOver()) {
      return null;
    }
    try {
      PDF_UA.setBoolean(renderer, false);
      PDF_A.set(renderer, PdfAConformance.NONE);
    } catch (IllegalAccessException e) {
      return null;
    }
    PdfAMetadata metadata = new PdfAMetadata(document, colorProfile, language);
    renderer.setListener(metadata);
    return metadata;
  }

  /** Whether this engine version lets {@link #takeOver} turn its own metadata off. */
  static boolean canTakeOver() {
    return PDF_UA != null && PDF_A != null;
  }

  @Override
  public void preOpen(PdfBoxRenderer renderer) {}

  /** Where the engine would add its entries: before the first page is painted. */
  @Override
  public void preWrite(PdfBoxRenderer renderer, int pageCount) {
    PDDocumentCatalog catalog = document.getDocumentCatalog();
    stream = new PDMetadata(document);
    catalog.setMetadata(stream);
    PDMarkInfo markInfo = new PDMarkInfo();
    markInfo.setMarked(true);
    catalog.setMarkInfo(markInfo);
    catalog.setLanguage(language.isEmpty() ? "EN-US" : language);
    catalog.setViewerPreferences(new PDViewerPreferences(new COSDictionary()));
    catalog.getViewerPreferences().setDisplayDocTitle(true);
    try {
      PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(colorProfile));
      intent.setInfo(SRGB);
      intent.setOutputCondition(SRGB);
      intent.setOutputConditionIdentifier(SRGB);
      intent.setRegistryName("http://www.color.org");
      catalog.addOutputIntent(intent);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void onClose(PdfBoxRenderer renderer) {}

  /** Writes the XMP packet from the document information the engine has set. */
  void complete() throws IOException {
    if (stream == null) {
      throw new IllegalStateException("the engine wrote no page");
    }
    try (OutputStream out = stream.createOutputStream()) {
      out.write(packet(document.getDocumentInformation()).getBytes(StandardCharsets.UTF_8));
    }
  }

  /**
   * The XMP packet for {@code information}, laid out as xmpbox serialises the engine's metadata
   * (PDF/A-3u identification, Adobe PDF, XMP basic and Dublin Core properties, and the extension
   * schemas that describe the PDF, PDF/A and PDF/UA properties to a PDF/A validator).
   */
  static String packet(PDDocumentInformation information) {
    StringBuilder xmp = new StringBuilder(6 * 1024);
    xmp.append(PACKET_HEADER)
        .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
        .append("  <rdf:RDF xmlns:dc=\"http://purl.org/dc/elements/1.1/\"")
        .append(" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"")
        .append(" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\"")
        .append(" xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n");
    xmp.append("    <rdf:Description rdf:about=\"\">\n")
        .append("      <pdfaid:conformance>U</pdfaid:conformance>\n")
        .append("      <pdfaid:part>3</pdfaid:part>\n")
        .append("    </rdf:Description>\n");
    xmp.append("    <rdf:Description rdf:about=\"\">\n")
        .append("      <pdf:PDFVersion>1.7</pdf:PDFVersion>\n");
    element(xmp, "pdf:Keywords", information.getKeywords());
    element(xmp, "pdf:Producer", information.getProducer());
    xmp.append("    </rdf:Description>\n");
    xmp.append("    <rdf:Description xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" rdf:about=\"\">\n");
    element(xmp, "xmp:CreatorTool", information.getCreator());
    element(xmp, "xmp:CreateDate", date(information.getCreationDate()));
    element(xmp, "xmp:ModifyDate", date(information.getModificationDate()));
    xmp.append("    </rdf:Description>\n");
    xmp.append("    <rdf:Description rdf:about=\"\">\n")
        .append("      <dc:format>application/pdf</dc:format>\n");
    if (information.getAuthor() != null) {
      xmp.append("      <dc:creator>\n        <rdf:Seq>\n          <rdf:li>");
      text(xmp, information.getAuthor());
      xmp.append("</rdf:li>\n        </rdf:Seq>\n      </dc:creator>\n");
    }
    alternative(xmp, "dc:title", information.getTitle());
    alternative(xmp, "dc:description", information.getSubject());
    xmp.append("    </rdf:Description>\n");
    xmp.append(EXTENSION_SCHEMAS)
        .append("  </rdf:RDF>\n")
        .append("</x:xmpmeta><?xpacket end=\"w\"?>\n");
    return xmp.toString();
  }

  private static String date(Calendar date) {
    return date == null ? null : DateConverter.toISO8601(date);
  }

  private static void element(StringBuilder xmp, String name, String value) {
    if (value != null) {
      xmp.append("      <").append(name).append('>');
      text(xmp, value);
      xmp.append("</").append(name).append(">\n");
    }
  }

  /** A language alternative with only the default language, as Dublin Core's title. */
  private static void alternative(StringBuilder xmp, String name, String value) {
    if (value != null) {
      xmp.append("      <").append(name).append(">\n        <rdf:Alt>\n")
          .append("          <rdf:li xml:lang=\"x-default\">");
      text(xmp, value);
      xmp.append("</rdf:li>\n        </rdf:Alt>\n      </").append(name).append(">\n");
    }
  }

  /**
   * Character data escaped as the JDK's XML serialiser escapes it: markup characters and a
   * carriage return as references; characters XML 1.0 does not allow (other control characters,
   * lone surrogates) left out, where the serialiser would have failed.
   */
  static void text(StringBuilder xmp, String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '&' -> xmp.append("&amp;");
        case '<' -> xmp.append("&lt;");
        case '>' -> xmp.append("&gt;");
        case '\r' -> xmp.append("&#13;");
        default -> {
          if (Character.isHighSurrogate(c)
              && i + 1 < value.length()
              && Character.isLowSurrogate(value.charAt(i + 1))) {
            xmp.append(c).append(value.charAt(++i));
          } else if ((c >= 0x20 && !Character.isSurrogate(c) && c != 0xFFFE && c != 0xFFFF)
              || c == '\t' || c == '\n') {
            xmp.append(c);
          }
        }
      }
    }
  }

  private static Field engineField(String name) {
    try {
      Field field = PdfBoxRenderer.class.getDeclaredField(name);
      field.setAccessible(true);
      return field;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  /**
   * The extension schemas: a PDF/A validator learns from them the properties outside PDF/A's own
   * list (the Adobe PDF schema's, PDF/A's identification and PDF/UA's part).
   */
  private static final String EXTENSION_SCHEMAS =
      "    <rdf:Description xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\""
          + " xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\""
          + " xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\""
          + " xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\" rdf:about=\"\">\n"
          + "      <pdfaExtension:schemas>\n"
          + "        <rdf:Bag>\n"
          + schema("Adobe PDF Schema", "http://ns.adobe.com/pdf/1.3/", "pdf",
              property("PDFVersion", "Text", "internal", "The PDF file version.")
                  + property("Keywords", "Text", "external", "Keywords.")
                  + property("Producer", "AgentName", "internal",
                      "The name of the tool that created the PDF document."))
          + schema("PDF/A ID Schema", "http://www.aiim.org/pdfa/ns/id/", "pdfaid",
              property("part", "Integer", "internal", "Part of PDF/A standard")
                  + property("conformance", "Text", "internal", "Conformance level of PDF/A standard"))
          + schema("PDF/UA Universal Accessibility Schema", "http://www.aiim.org/pdfua/ns/id/", "pdfuaid",
              property("part", "Integer", "internal",
                  "Indicates, which part of ISO 14289 standard is followed"))
          + "        </rdf:Bag>\n"
          + "      </pdfaExtension:schemas>\n"
          + "      <pdfuaid:part>1</pdfuaid:part>\n"
          + "    </rdf:Description>\n";

  private static String schema(String name, String namespace, String prefix, String properties) {
    return "          <rdf:li rdf:parseType=\"Resource\">\n"
        + "            <pdfaSchema:schema>" + name + "</pdfaSchema:schema>\n"
        + "            <pdfaSchema:namespaceURI>" + namespace + "</pdfaSchema:namespaceURI>\n"
        + "            <pdfaSchema:prefix>" + prefix + "</pdfaSchema:prefix>\n"
        + "            <pdfaSchema:property>\n"
        + "              <rdf:Seq>\n"
        + properties
        + "              </rdf:Seq>\n"
        + "            </pdfaSchema:property>\n"
        + "          </rdf:li>\n";
  }

  private static String property(String name, String type, String category, String description) {
    return "                <rdf:li rdf:parseType=\"Resource\">\n"
        + "                  <pdfaProperty:name>" + name + "</pdfaProperty:name>\n"
        + "                  <pdfaProperty:valueType>" + type + "</pdfaProperty:valueType>\n"
        + "                  <pdfaProperty:category>" + category + "</pdfaProperty:category>\n"
        + "                  <pdfaProperty:description>" + description + "</pdfaProperty:description>\n"
        + "                </rdf:li>\n";
  }
}
