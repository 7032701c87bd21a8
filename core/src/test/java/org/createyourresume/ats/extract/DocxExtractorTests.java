package org.createyourresume.ats.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.createyourresume.ats.AtsException;
import org.createyourresume.ats.AtsLimits;
import org.createyourresume.ats.parse.LayoutLine;
import org.junit.jupiter.api.Test;

/** Reading DOCX: paragraphs, runs, tabs, lists, headers; and refusing XML and ZIP attacks. */
class DocxExtractorTests {

  private static final Duration BOUND = Duration.ofSeconds(15);
  private static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
  private final DocxExtractor docx = new DocxExtractor(AtsLimits.DEFAULT);

  @Test
  void readsParagraphsRunsTabsListsAndTables() throws Exception {
    String xml = "<w:document " + W + "><w:body>"
        + "<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:t>EXPERIENCE</w:t></w:r></w:p>"
        + "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Acme Corp</w:t></w:r><w:r><w:tab/><w:t>2020 – 2022</w:t></w:r></w:p>"
        + "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr><w:r><w:t>Cut costs by 10%.</w:t></w:r></w:p>"
        + "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>cell</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
        + "<w:sectPr><w:cols w:num=\"2\"/></w:sectPr></w:body></w:document>";
    ExtractedDocument doc = docx.extract(HostileFiles.docx(xml));
    assertThat(doc.lines()).extracting(LayoutLine::text)
        .containsExactly("EXPERIENCE", "Acme Corp 2020 – 2022", "Cut costs by 10%.", "cell");
    assertThat(doc.lines().get(0).headingStyle()).isTrue();
    assertThat(doc.lines().get(1).spans()).hasSize(2);
    assertThat(doc.lines().get(1).startsBold()).isTrue();
    assertThat(doc.lines().get(2).listItem()).isTrue();
    assertThat(doc.facts().tables()).isEqualTo(1);
    assertThat(doc.facts().multiColumnSections()).isEqualTo(1);
  }

  @Test
  void typeSizesComeFromRunsStylesAndTheirChainsAndTheDocumentDefault() throws Exception {
    String styles = "<w:styles " + W + ">"
        + "<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val=\"24\"/></w:rPr></w:rPrDefault></w:docDefaults>"
        + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:rPr><w:sz w:val=\"20\"/></w:rPr></w:style>"
        + "<w:style w:type=\"paragraph\" w:styleId=\"Heading\"><w:basedOn w:val=\"Normal\"/><w:rPr><w:b/><w:sz w:val=\"28\"/></w:rPr></w:style>"
        + "<w:style w:type=\"paragraph\" w:styleId=\"Heading2\"><w:basedOn w:val=\"Heading\"/><w:rPr><w:sz w:val=\"24\"/></w:rPr></w:style>"
        + "<w:style w:type=\"paragraph\" w:styleId=\"JobTitle\"><w:basedOn w:val=\"Heading\"/></w:style>"
        + "</w:styles>";
    String xml = "<w:document " + W + "><w:body>"
        + "<w:p><w:pPr><w:pStyle w:val=\"Heading2\"/></w:pPr><w:r><w:t>Work</w:t></w:r></w:p>"
        + "<w:p><w:pPr><w:pStyle w:val=\"JobTitle\"/></w:pPr><w:r><w:t>Head of Engineering</w:t></w:r></w:p>"
        + "<w:p><w:r><w:t>Isartal Automation GmbH</w:t></w:r></w:p>"
        + "<w:p><w:r><w:rPr><w:sz w:val=\"36\"/></w:rPr><w:t>A big run</w:t></w:r><w:r><w:t>ok</w:t></w:r></w:p>"
        + "</w:body></w:document>";
    byte[] file = HostileFiles.zip(Map.of(
        "word/document.xml", xml.getBytes(StandardCharsets.UTF_8),
        "word/styles.xml", styles.getBytes(StandardCharsets.UTF_8)));
    ExtractedDocument doc = docx.extract(file);
    assertThat(doc.lines()).extracting(LayoutLine::fontSize).containsExactly(12f, 14f, 10f, 18f);
    assertThat(doc.lines().get(1).startsBold()).as("bold through the basedOn chain").isTrue();
  }

  @Test
  void aTableRowOfALabelBesideItsContentIsOneLineAndASpanningRowOfAFewWordsIsAHeading() throws Exception {
    String cell = "<w:tc><w:p><w:r><w:t>%s</w:t></w:r></w:p></w:tc>";
    String xml = "<w:document " + W + "><w:body><w:tbl>"
        + "<w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr><w:p><w:r><w:t>Jobs</w:t></w:r></w:p></w:tc></w:tr>"
        + "<w:tr>" + cell.formatted("Aug. 2019 – Present")
        + "<w:tc><w:p><w:r><w:t>Mathematics Teacher</w:t></w:r></w:p><w:p><w:r><w:t>Cedar Ridge High School</w:t></w:r></w:p></w:tc></w:tr>"
        + "<w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr><w:p><w:r><w:t>I taught algebra for eight years.</w:t></w:r></w:p></w:tc></w:tr>"
        + "<w:tr>" + cell.formatted("one") + cell.formatted("two") + cell.formatted("three") + "</w:tr>"
        + "</w:tbl></w:body></w:document>";
    ExtractedDocument doc = docx.extract(HostileFiles.docx(xml));
    assertThat(doc.lines()).extracting(LayoutLine::text).containsExactly("Jobs", "Aug. 2019 – Present Mathematics Teacher",
        "Cedar Ridge High School", "I taught algebra for eight years.", "one", "two", "three");
    assertThat(doc.lines()).extracting(LayoutLine::headingStyle).containsExactly(true, false, false, false, false, false, false);
    assertThat(doc.lines().get(1).spans()).extracting(s -> s.text()).containsExactly("Aug. 2019 – Present", "Mathematics Teacher");
  }

  @Test
  void headerPartsAreMarked() throws Exception {
    byte[] file = HostileFiles.zip(Map.of(
        "word/document.xml", ("<w:document " + W + "><w:body><w:p><w:r><w:t>Ann Smith</w:t></w:r></w:p></w:body></w:document>").getBytes(StandardCharsets.UTF_8),
        "word/header1.xml", ("<w:hdr " + W + "><w:p><w:r><w:t>ann@example.com</w:t></w:r></w:p></w:hdr>").getBytes(StandardCharsets.UTF_8)));
    ExtractedDocument doc = docx.extract(file);
    assertThat(doc.lines()).extracting(LayoutLine::zone)
        .containsExactly(LayoutLine.Zone.HEADER_FOOTER, LayoutLine.Zone.BODY);
  }

  @Test
  void aPasswordProtectedZipIsEncryptedNotCorrupt() throws Exception {
    byte[] zip = HostileFiles.docx("<w:document " + W + "><w:body/></w:document>");
    // bit 0 of the entry's flags, in its local header: "encrypted", as a password sets it
    zip[6] |= 1;
    assertThatThrownBy(() -> docx.extract(zip))
        .isInstanceOfSatisfying(AtsException.class,
            e -> assertThat(e.code()).isEqualTo("file.encrypted"))
        .hasMessageContaining("protected by a password");
  }

  @Test
  void damagedXmlIsRefusedWithItsPlaceInOurOwnWords() throws Exception {
    byte[] file = HostileFiles.docx("<w:document " + W + "><w:body><w:p></w:body>");
    assertThatThrownBy(() -> docx.extract(file))
        .isInstanceOfSatisfying(AtsException.class,
            e -> assertThat(e.code()).isEqualTo("file.corrupt"))
        .hasMessageContaining("document XML is damaged (at line 1, column")
        .message()
        .doesNotContain("ParseError", "[row,col]", "Message:");
  }

  @Test
  void aDamagedArchiveIsRefusedWithoutTheZipReadersWords() throws Exception {
    byte[] zip = HostileFiles.docx("<w:document " + W + "><w:body/></w:document>");
    byte[] damaged = java.util.Arrays.copyOf(zip, zip.length);
    // the first entry's compressed data, overwritten: the inflater cannot read it
    for (int i = 40; i < Math.min(damaged.length - 30, 80); i++) {
      damaged[i] = (byte) 0xff;
    }
    assertThatThrownBy(() -> docx.extract(damaged))
        .isInstanceOfSatisfying(AtsException.class,
            e -> assertThat(e.code()).isIn("file.corrupt", "file.type"))
        .message()
        .doesNotContain("invalid", "Exception", "LOC", "inflat");
  }

  @Test
  void anExternalEntityIsRefused() throws Exception {
    String xxe = "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
        + "<w:document " + W + "><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>";
    byte[] file = HostileFiles.docx(xxe);
    assertThatThrownBy(() -> docx.extract(file))
        .isInstanceOfSatisfying(AtsException.class, e -> assertThat(e.code()).isEqualTo("file.hostile"))
        .hasMessageContaining("document type declaration")
        .hasMessageNotContaining("root:");
  }

  @Test
  void entityExpansionIsRefused() throws Exception {
    StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
    for (int i = 1; i <= 9; i++) {
      laughs.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">");
    }
    laughs.append("]><w:document ").append(W).append("><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>");
    byte[] file = HostileFiles.docx(laughs.toString());
    assertTimeoutPreemptively(BOUND, () ->
        assertThatThrownBy(() -> docx.extract(file))
            .isInstanceOfSatisfying(AtsException.class, e -> assertThat(e.code()).isEqualTo("file.hostile")));
  }

  @Test
  void aZipBombStopsAtTheUnpackedSizeLimit() throws Exception {
    byte[] bomb = HostileFiles.zipBomb(200);
    assertThat(bomb.length).isLessThan(1024 * 1024);
    assertTimeoutPreemptively(BOUND, () ->
        assertThatThrownBy(() -> docx.extract(bomb))
            .isInstanceOfSatisfying(AtsException.class, e -> assertThat(e.code()).isEqualTo("file.hostile"))
            .hasMessageContaining("ZIP bomb"));
  }

  @Test
  void tooManyEntriesAreRefused() throws Exception {
    byte[] many = HostileFiles.manyEntries(2_500);
    assertThatThrownBy(() -> docx.extract(many))
        .isInstanceOfSatisfying(AtsException.class, e -> assertThat(e.code()).isEqualTo("file.hostile"))
        .hasMessageContaining("more than 2000 files");
  }

  @Test
  void aZipWithoutADocumentIsNotADocx() throws Exception {
    byte[] zip = HostileFiles.zip(Map.of("readme.txt", "hello".getBytes(StandardCharsets.UTF_8)));
    assertThatThrownBy(() -> docx.extract(zip))
        .isInstanceOfSatisfying(AtsException.class, e -> assertThat(e.code()).isEqualTo("file.corrupt"))
        .hasMessageContaining("no word/document.xml");
  }

  @Test
  void damagedXmlIsACorruptFile() throws Exception {
    byte[] file = HostileFiles.docx("<w:document " + W + "><w:body><w:p>");
    assertThatThrownBy(() -> docx.extract(file))
        .isInstanceOfSatisfying(AtsException.class, e -> assertThat(e.code()).isEqualTo("file.corrupt"));
  }

  @Test
  void bytesThatAreNotAZipAreACorruptFile() {
    byte[] junk = "PK\u0003\u0004 this is not really a zip archive".getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> docx.extract(junk))
        .isInstanceOfSatisfying(AtsException.class, e -> assertThat(e.code()).isEqualTo("file.corrupt"))
        .hasMessageContaining("not a readable DOCX");
  }
}
