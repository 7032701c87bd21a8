package org.createyourresume.ats;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Makes the fixtures under {@code src/test/resources/ats} that are not printed by Chromium or
 * LibreOffice: the image-only scan, the broken-ligature PDF, the header-only contact PDF and the
 * DOCX files. Not a test: run it by hand after changing a source (see ats/README.md), and commit
 * what it writes.
 */
public final class FixtureFactory {
  private FixtureFactory() {}

  private static final Path OUT = Path.of("src/test/resources/ats");

  public static void main(String[] args) throws IOException {
    Files.write(OUT.resolve("image-only.pdf"), imageOnly());
    Files.write(OUT.resolve("broken-ligatures.pdf"), openHtml(OUT.resolve("sources/broken-ligatures.html"), false));
    Files.write(OUT.resolve("header-contact.pdf"), openHtml(OUT.resolve("sources/header-contact.html"), true));
    Files.write(OUT.resolve("good.docx"), Docx.good(false));
    Files.write(OUT.resolve("header-contact.docx"), Docx.good(true));
    Files.write(OUT.resolve("text-boxes.docx"), Docx.textBoxes());
  }

  /** A page of resume text drawn into a picture, as a scanner or a "print as image" makes it. */
  static byte[] imageOnly() throws IOException {
    List<String> lines = List.of(
        "Jordan Avery", "Data Engineer", "jordan.avery@example.org | +1 (512) 555-0147 | Austin, TX", "",
        "SUMMARY", "Data engineer with nine years of experience designing batch and streaming pipelines.", "",
        "EXPERIENCE", "Brightline Logistics                                         Mar 2021 - Present",
        "Senior Data Engineer", "- Designed a Kafka and Spark streaming pipeline for 2 million events a day.",
        "- Reduced monthly AWS costs by 38% with Parquet on S3.", "",
        "EDUCATION", "University of Texas at Austin                          Aug 2012 - May 2016",
        "Bachelor of Science, Statistics", "", "SKILLS", "Python, SQL, Spark, Kafka, Airflow, AWS");
    int width = 827;
    int height = 1169; // A4 at 100 dpi
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);
    g.setColor(Color.BLACK);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 15));
    int y = 80;
    for (String line : lines) {
      g.drawString(line, 70, y);
      y += 24;
    }
    g.dispose();
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      PDImageXObject picture = LosslessFactory.createFromImage(document, image);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.drawImage(picture, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    }
  }

  /**
   * Prints an HTML file with OpenHTMLtoPDF and the bundled Carlito font: either the library's
   * default font path (useFont(File), GSUB ligatures on: extraction loses "fi", "ti"…), or the
   * extraction-safe one our renderer uses, tagged (PDF/UA), so that margin boxes become artifacts.
   */
  static byte[] openHtml(Path html, boolean safeFonts) throws IOException {
    String page = Files.readString(html, StandardCharsets.UTF_8);
    String xhtml = page.replaceFirst("<!DOCTYPE html>", "").replace("<meta charset=\"utf-8\">", "<meta charset=\"utf-8\"/>")
        .replace("<html lang=\"en\">", "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">");
    byte[] font;
    try (InputStream in = FixtureFactory.class.getResourceAsStream("/org/createyourresume/render/fonts/carlito/Carlito-Regular.ttf")) {
      font = in.readAllBytes();
    }
    byte[] bold;
    try (InputStream in = FixtureFactory.class.getResourceAsStream("/org/createyourresume/render/fonts/carlito/Carlito-Bold.ttf")) {
      bold = in.readAllBytes();
    }
    byte[] italic;
    try (InputStream in = FixtureFactory.class.getResourceAsStream("/org/createyourresume/render/fonts/carlito/Carlito-Italic.ttf")) {
      italic = in.readAllBytes();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PDDocument document = new PDDocument()) {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.usePDDocument(document);
      if (safeFonts) {
        builder.useFont(supplier(document, font), "Carlito", 400, PdfRendererBuilder.FontStyle.NORMAL, true);
        builder.useFont(supplier(document, bold), "Carlito", 700, PdfRendererBuilder.FontStyle.NORMAL, true);
        builder.useFont(supplier(document, italic), "Carlito", 400, PdfRendererBuilder.FontStyle.ITALIC, true);
        builder.usePdfUaAccessibility(true);
      } else {
        Path dir = Files.createTempDirectory("fonts");
        builder.useFont(Files.write(dir.resolve("r.ttf"), font).toFile(), "Carlito", 400, PdfRendererBuilder.FontStyle.NORMAL, true);
        builder.useFont(Files.write(dir.resolve("b.ttf"), bold).toFile(), "Carlito", 700, PdfRendererBuilder.FontStyle.NORMAL, true);
        builder.useFont(Files.write(dir.resolve("i.ttf"), italic).toFile(), "Carlito", 400, PdfRendererBuilder.FontStyle.ITALIC, true);
      }
      builder.withHtmlContent(xhtml, null);
      builder.toStream(out);
      try (var renderer = builder.buildPdfRenderer()) {
        renderer.layout();
        renderer.createPDFWithoutClosing();
        document.save(out);
      }
    }
    return out.toByteArray();
  }

  private static PDFontSupplier supplier(PDDocument document, byte[] ttf) throws IOException {
    TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(ttf));
    font.setEnableGsub(false);
    return new PDFontSupplier(PDType0Font.load(document, font, true));
  }

  /** Minimal WordprocessingML packages, written the way Word structures them. */
  static final class Docx {
    private Docx() {}

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    static byte[] good(boolean contactInHeader) throws IOException {
      return document(contactInHeader, false);
    }

    private static byte[] document(boolean contactInHeader, boolean skillsInTextBox) throws IOException {
      StringBuilder body = new StringBuilder();
      body.append(p("Jordan Avery", true, "Title"));
      body.append(p("Data Engineer", false, null));
      if (!contactInHeader) {
        body.append(p("jordan.avery@example.org | +1 (512) 555-0147 | Austin, TX | linkedin.com/in/jordan-avery-data", false, null));
      }
      body.append(p("SUMMARY", true, "Heading1"));
      body.append(p("Data engineer with nine years of experience designing batch and streaming pipelines on AWS."
          + " Builds reliable data platforms in Python and SQL, cuts cloud spend through careful modelling, and"
          + " mentors analysts moving into engineering.", false, null));
      body.append(p("EXPERIENCE", true, "Heading1"));
      job(body, "Brightline Logistics", "Mar 2021 – Present", "Senior Data Engineer", "Austin, TX",
          "Designed a Kafka and Spark streaming pipeline that tracks 2 million parcel events a day with under 5 seconds of delay.",
          "Reduced monthly AWS costs by 38% by moving cold data to Parquet on S3 and tuning Redshift workloads.",
          "Introduced dbt models and data contracts that cut broken dashboards from 12 a month to 1.",
          "Mentored four analysts through an internal engineering track; three now own production pipelines.");
      job(body, "Harbor Health Analytics", "Jun 2018 – Feb 2021", "Data Engineer", "Dallas, TX",
          "Built Airflow workflows loading claims data from 30 hospital systems into a PostgreSQL warehouse.",
          "Automated HIPAA audit reports, saving the compliance team 20 hours every month.",
          "Migrated nightly batch jobs from cron scripts to Docker containers on Kubernetes with zero missed loads.",
          "Partnered with clinicians to define 45 quality metrics now used in quarterly board reviews.");
      job(body, "Cedar Retail Group", "Jul 2016 – May 2018", "Business Intelligence Analyst", "Houston, TX",
          "Created Tableau dashboards for 120 store managers, replacing weekly spreadsheets.",
          "Wrote SQL models that explained 85% of the variance in regional sales forecasts.",
          "Trained 15 colleagues in SQL basics through a six-week lunchtime course.");
      body.append(p("EDUCATION", true, "Heading1"));
      body.append(tabbed("University of Texas at Austin", "Aug 2012 – May 2016"));
      body.append(p("Bachelor of Science, Statistics", false, null));
      String skills = p("SKILLS", true, "Heading1")
          + p("Languages: Python, SQL, Scala, Bash", false, null)
          + p("Data: Apache Spark, Kafka, Airflow, dbt, PostgreSQL, Redshift", false, null)
          + p("Cloud: AWS (S3, Glue, Lambda), Docker, Kubernetes, Terraform", false, null);
      if (skillsInTextBox) {
        body.append("<w:p><w:r><w:pict><v:shape xmlns:v=\"urn:schemas-microsoft-com:vml\" style=\"width:460pt;height:70pt\">"
            + "<v:textbox><w:txbxContent>" + skills + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>");
      } else {
        body.append(skills);
      }
      body.append(p("CERTIFICATIONS", true, "Heading1"));
      body.append(tabbed("AWS Certified Data Engineer – Associate", "Nov 2023"));
      body.append(p("Amazon Web Services", false, null));
      String header = contactInHeader
          ? "<w:hdr xmlns:w=\"" + W + "\">" + p("jordan.avery@example.org | +1 (512) 555-0147 | Austin, TX | linkedin.com/in/jordan-avery-data", false, null) + "</w:hdr>"
          : null;
      return pack(body.toString(), header);
    }

    /** The good document with the skills in a text box (a VML shape), as design templates do. */
    static byte[] textBoxes() throws IOException {
      return document(false, true);
    }

    private static void job(StringBuilder body, String company, String dates, String title, String place, String... bullets) {
      body.append(tabbed(company, dates));
      body.append("<w:p><w:pPr><w:tabs><w:tab w:val=\"right\" w:pos=\"9360\"/></w:tabs></w:pPr>"
          + "<w:r><w:rPr><w:i/></w:rPr><w:t>" + esc(title) + "</w:t></w:r><w:r><w:tab/><w:t>" + esc(place) + "</w:t></w:r></w:p>");
      for (String b : bullets) {
        body.append("<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr><w:ind w:left=\"360\" w:hanging=\"240\"/></w:pPr>"
            + "<w:r><w:t xml:space=\"preserve\">" + esc(b) + "</w:t></w:r></w:p>");
      }
    }

    private static String tabbed(String bold, String right) {
      return "<w:p><w:pPr><w:tabs><w:tab w:val=\"right\" w:pos=\"9360\"/></w:tabs></w:pPr>"
          + "<w:r><w:rPr><w:b/></w:rPr><w:t>" + esc(bold) + "</w:t></w:r><w:r><w:tab/><w:t>" + esc(right) + "</w:t></w:r></w:p>";
    }

    private static String p(String text, boolean bold, String style) {
      return "<w:p>" + (style == null ? "" : "<w:pPr><w:pStyle w:val=\"" + style + "\"/></w:pPr>") + "<w:r>"
          + (bold ? "<w:rPr><w:b/></w:rPr>" : "") + "<w:t xml:space=\"preserve\">" + esc(text) + "</w:t></w:r></w:p>";
    }

    private static String esc(String s) {
      return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static byte[] pack(String body, String header) throws IOException {
      String document = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
          + "<w:document xmlns:w=\"" + W + "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><w:body>"
          + body + "<w:sectPr>" + (header == null ? "" : "<w:headerReference w:type=\"default\" r:id=\"rIdH\"/>")
          + "<w:pgSz w:w=\"12240\" w:h=\"15840\"/><w:pgMar w:top=\"1080\" w:right=\"1080\" w:bottom=\"1080\" w:left=\"1080\" w:header=\"500\" w:footer=\"500\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>";
      String numbering = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:numbering xmlns:w=\"" + W + "\">"
          + "<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"•\"/>"
          + "<w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"360\" w:hanging=\"240\"/></w:pPr></w:lvl></w:abstractNum>"
          + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num></w:numbering>";
      String rels = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + "<Relationship Id=\"rIdN\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering\" Target=\"numbering.xml\"/>"
          + (header == null ? "" : "<Relationship Id=\"rIdH\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/header\" Target=\"header1.xml\"/>")
          + "</Relationships>";
      String types = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
          + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
          + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
          + "<Override PartName=\"/word/numbering.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml\"/>"
          + (header == null ? "" : "<Override PartName=\"/word/header1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml\"/>")
          + "</Types>";
      String root = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>";
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
        entry(zip, "[Content_Types].xml", types);
        entry(zip, "_rels/.rels", root);
        entry(zip, "word/document.xml", document);
        entry(zip, "word/numbering.xml", numbering);
        entry(zip, "word/_rels/document.xml.rels", rels);
        if (header != null) {
          entry(zip, "word/header1.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + header);
        }
      }
      return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
      ZipEntry e = new ZipEntry(name);
      e.setTime(0);
      zip.putNextEntry(e);
      zip.write(content.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
  }

}
