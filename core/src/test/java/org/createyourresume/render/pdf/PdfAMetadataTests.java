package org.createyourresume.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Calendar;
import java.util.EnumSet;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.DomXmpParser;
import org.createyourresume.json.JsonResumeReader;
import org.createyourresume.model.Resume;
import org.createyourresume.model.TestResumes;
import org.createyourresume.render.theme.Theme;
import org.createyourresume.render.theme.ThemeCatalog;
import org.junit.jupiter.api.Test;

/**
 * Our PDF/A and PDF/UA metadata ({@link PdfAMetadata}) give the PDF the engine's own metadata
 * gives, byte for byte but for the creation date and document id, in every template; and the XMP
 * packet reads back as the document's information.
 */
class PdfAMetadataTests {

  private final FontCatalog fonts = new FontCatalog();
  private final PdfWriter ours = new PdfWriter(fonts, EnumSet.allOf(PdfWriter.Shortcut.class));
  private final PdfWriter engines = new PdfWriter(fonts, EnumSet.complementOf(EnumSet.of(PdfWriter.Shortcut.OWN_METADATA)));

  @Test
  void givesTheEnginesPdfInEveryTemplate() throws Exception {
    // otherwise both writers would give the engine's metadata and this would prove nothing
    assertThat(PdfAMetadata.canTakeOver()).as("the engine's metadata can be turned off").isTrue();
    // markup characters in the name, the headline and the keywords, a resume without a summary
    // or skills, other scripts, three pages
    String full = TestResumes.text("full.json");
    List<Resume> resumes = List.of(
        TestResumes.load("full.json"),
        read(full.replace("Amelia Fernández-Ortiz", "Amelia <Mia> O'Neil & \\\"Co\\\"")
            .replace("Senior Software Engineer", "R&D Engineer > Lead")),
        TestResumes.load("name-only.json"),
        TestResumes.load("greek.json"),
        TestResumes.load("three-pages.json"));
    int compared = 0;
    for (Resume resume : resumes) {
      for (Theme theme : ThemeCatalog.load().all()) {
        TestPages page = TestPages.of(fonts, resume, theme);
        byte[] a = ours.write(page.xhtml(), page.family()).pdf();
        byte[] b = engines.write(page.xhtml(), page.family()).pdf();
        assertThat(TestPages.withoutDatesAndId(a))
            .as(resume.basics().name() + " in " + theme.id())
            .isEqualTo(TestPages.withoutDatesAndId(b));
        compared++;
      }
    }
    assertThat(compared).isGreaterThanOrEqualTo(5 * 13);
  }

  @Test
  void packetReadsBackAsTheDocumentInformation() throws Exception {
    Resume resume = read(TestResumes.text("full.json").replace("Amelia Fernández-Ortiz", "Zoë <Q> & Sons"));
    TestPages page = TestPages.of(fonts, resume, ThemeCatalog.load().find("classic").orElseThrow());
    try (PDDocument pdf = Loader.loadPDF(ours.write(page.xhtml(), page.family()).pdf())) {
      PDDocumentInformation info = pdf.getDocumentInformation();
      XMPMetadata xmp = new DomXmpParser().parse(pdf.getDocumentCatalog().getMetadata().toByteArray());
      assertThat(xmp.getDublinCoreSchema().getTitle()).isEqualTo(info.getTitle()).contains("Zoë <Q> & Sons");
      assertThat(xmp.getDublinCoreSchema().getCreators()).containsExactly(info.getAuthor());
      assertThat(xmp.getDublinCoreSchema().getDescription()).isEqualTo(info.getSubject());
      assertThat(xmp.getAdobePDFSchema().getKeywords()).isEqualTo(info.getKeywords());
      assertThat(xmp.getAdobePDFSchema().getProducer()).isEqualTo("Create Your Resume");
      assertThat(xmp.getXMPBasicSchema().getCreateDate().getTimeInMillis() / 1000)
          .isEqualTo(info.getCreationDate().getTimeInMillis() / 1000);
      assertThat(xmp.getPDFAIdentificationSchema().getPart()).isEqualTo(3);
      assertThat(xmp.getPDFAIdentificationSchema().getConformance()).isEqualTo("U");
      assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
      assertThat(pdf.getDocumentCatalog().getOutputIntents()).hasSize(1);
      assertThat(pdf.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
    }
  }

  @Test
  void textIsEscapedAndCharactersXmlForbidsAreLeftOut() throws Exception {
    StringBuilder text = new StringBuilder();
    PdfAMetadata.text(text, "a & b < c > d \"e\" 'f'\r\n\tg\u0001h\uD83D\uDE00i\uD800j");
    assertThat(text.toString())
        .isEqualTo("a &amp; b &lt; c &gt; d \"e\" 'f'&#13;\n\tgh\uD83D\uDE00ij");

    PDDocumentInformation info = new PDDocumentInformation();
    info.setTitle("Ada & <Lovelace>");
    Calendar date = new GregorianCalendar(TimeZone.getTimeZone("GMT+02:00"));
    date.setTimeInMillis(1_765_000_000_000L);
    info.setCreationDate(date);
    String packet = PdfAMetadata.packet(info);
    // well-formed, with no author, subject or keywords elements when there are none
    DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(packet.getBytes(StandardCharsets.UTF_8)));
    assertThat(packet)
        .contains("<rdf:li xml:lang=\"x-default\">Ada &amp; &lt;Lovelace&gt;</rdf:li>")
        .contains("<xmp:CreateDate>2025-12-06T07:46:40+02:00</xmp:CreateDate>")
        .doesNotContain("dc:creator", "dc:description", "pdf:Keywords");
  }

  private static Resume read(String json) {
    return new JsonResumeReader().read(json).resume();
  }
}
