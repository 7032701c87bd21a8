package org.createyourresume.ats.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.createyourresume.ats.AtsLimits;
import org.createyourresume.ats.parse.LayoutLine;
import org.createyourresume.ats.parse.Span;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * How the DOCX reader recovers what a person sees in Word files other tools make (a web page
 * saved as Word by LibreOffice above all), each rule on a small document built with Apache POI.
 */
class WordLayoutTests {

  private final DocxExtractor docx = new DocxExtractor(AtsLimits.DEFAULT);

  @Test
  void aDeeperHeadingStandsUnderTheHeadingItBelongsToWhateverSizeItsStyleGivesIt() throws IOException {
    try (XWPFDocument document = new XWPFDocument()) {
      XWPFStyles styles = document.createStyles();
      styles.addStyle(heading(styles, "Heading1", 0, 48));
      styles.addStyle(heading(styles, "Heading2", 1, 23)); // the page's 11.5 pt
      styles.addStyle(heading(styles, "Heading3", 2, 28)); // Writer's default 14 pt
      paragraph(document, "Heading1", "Jordan Alvarez");
      paragraph(document, "Heading2", "Skills");
      paragraph(document, "Heading3", "Teaching");
      paragraph(document, null, "Desmos");
      paragraph(document, "Heading2", "Languages");
      List<LayoutLine> lines = docx.extract(bytes(document)).lines();

      assertThat(lines).extracting(LayoutLine::text).containsExactly("Jordan Alvarez", "Skills", "Teaching", "Desmos",
          "Languages");
      assertThat(lines.get(0).fontSize()).isEqualTo(24f);
      assertThat(lines.get(1).fontSize()).as("smaller than the heading above: its own size").isEqualTo(11.5f);
      assertThat(lines.get(2).fontSize()).as("a step under the Heading 2 it belongs to, not 14 pt")
          .isLessThan(lines.get(1).fontSize()).isGreaterThan(10f);
      assertThat(lines.get(2).headingStyle()).isTrue();
      assertThat(lines.get(4).fontSize()).as("the next Heading 2 is a section again").isEqualTo(11.5f);
    }
  }

  @Test
  void aHeadingLevelIsReadFromTheStyleNameWhenTheStyleSheetGivesNoOutlineLevel() throws IOException {
    try (XWPFDocument document = new XWPFDocument()) {
      document.createStyles();
      paragraph(document, "Heading2", "Work", 24);
      paragraph(document, "Heading3", "Senior Software Engineer", 28);
      paragraph(document, "Heading2", "Schools", 24);
      List<LayoutLine> lines = docx.extract(bytes(document)).lines();

      assertThat(lines).extracting(LayoutLine::fontSize).containsExactly(12f, 12f * Outline.SUB_HEADING, 12f);
    }
  }

  @Test
  void aBodyParagraphAfterHeadingsKeepsItsSize() throws IOException {
    try (XWPFDocument document = new XWPFDocument()) {
      document.createStyles();
      paragraph(document, "Heading2", "Skills", 20);
      paragraph(document, null, "A large line of body text", 28);
      List<LayoutLine> lines = docx.extract(bytes(document)).lines();

      assertThat(lines).extracting(LayoutLine::fontSize).containsExactly(10f, 14f);
    }
  }

  @Test
  void datesGluedToATitleByTheConverterArePartedFromIt() throws IOException {
    try (XWPFDocument document = new XWPFDocument()) {
      bold(document, "Staff Nurse at Avon Vale HospitalSeptember 2018 – April 2021");
      bold(document, "Head of Engineering at Isartal Automation GmbHApril 2021 – Present");
      bold(document, "Class XII (CBSE) ScienceMay 2021");
      bold(document, "Research at Lab2019 – 2021");
      List<LayoutLine> lines = docx.extract(bytes(document)).lines();

      assertThat(lines).extracting(l -> l.spans().stream().map(Span::text).toList()).containsExactly(
          List.of("Staff Nurse at Avon Vale Hospital", "September 2018 – April 2021"),
          List.of("Head of Engineering at Isartal Automation GmbH", "April 2021 – Present"),
          List.of("Class XII (CBSE) Science", "May 2021"),
          List.of("Research at Lab", "2019 – 2021"));
      assertThat(lines).allMatch(l -> l.spans().stream().allMatch(Span::bold));
    }
  }

  @Test
  void wordsThatOnlyLookGluedToADateStayWhole() throws IOException {
    try (XWPFDocument document = new XWPFDocument()) {
      bold(document, "Windows2019 Server");
      bold(document, "Migrated to Windows2019");
      bold(document, "McMay Consulting");
      bold(document, "JUNE 2020 – MAY 2021");
      List<LayoutLine> lines = docx.extract(bytes(document)).lines();

      assertThat(lines).allMatch(l -> l.spans().size() == 1);
    }
  }

  @Test
  void aLabelCellBesideItsContentReadsAsALabelAndADatesCellStaysAsItIs() throws IOException {
    try (XWPFDocument document = new XWPFDocument()) {
      XWPFTable table = document.createTable(4, 2);
      row(table, 0, "Phone", "(512) 555-0168");
      row(table, 1, "Languages", "Java, Go, SQL");
      row(table, 2, "Mar. 2021 – Present", "Senior Software Engineer");
      row(table, 3, "Mother tongue:", "English");
      List<LayoutLine> lines = docx.extract(bytes(document)).lines();

      assertThat(lines).extracting(l -> l.spans().stream().map(Span::text).toList()).containsExactly(
          List.of("Phone:", "(512) 555-0168"),
          List.of("Languages:", "Java, Go, SQL"),
          List.of("Mar. 2021 – Present", "Senior Software Engineer"),
          List.of("Mother tongue:", "English"));
    }
  }

  @Test
  void floatingTextBoxesAreReadWhereTheyStandNotWhereTheyAreAnchored() throws Exception {
    try (XWPFDocument document = new XWPFDocument()) {
      // all three boxes anchored to the first paragraph, as Word templates do
      XWPFParagraph anchor = document.createParagraph();
      textBox(anchor, 0, 0, 612, "Katrin Vogel", "Engineering Manager", "katrin.vogel@example.de");
      textBox(anchor, 430, 120, 160, "Skills", "People management", "Hiring", "OKRs");
      textBox(anchor, 430, 400, 160, "Languages", "German (native)", "English (fluent)");
      textBox(anchor, 300, 200, 80, "2021 – Present");
      document.createParagraph().createRun().setText("Experience");
      document.createParagraph().createRun().setText("Head of Engineering, Isartal Automation GmbH");
      List<LayoutLine> lines = docx.extract(bytes(document)).lines();

      assertThat(lines).extracting(LayoutLine::text).containsExactly(
          "Katrin Vogel", "Engineering Manager", "katrin.vogel@example.de", // the band across the top
          "2021 – Present", // a box of one line stays at its anchor
          "Experience", "Head of Engineering, Isartal Automation GmbH", // the page's text
          "Skills", "People management", "Hiring", "OKRs", "Languages", "German (native)", "English (fluent)");
      assertThat(lines.get(0).zone()).isEqualTo(LayoutLine.Zone.TEXT_BOX);
    }
  }

  @Test
  void textBeforeAnAnchoredBoxInItsParagraphIsKept() throws Exception {
    try (XWPFDocument document = new XWPFDocument()) {
      XWPFParagraph p = document.createParagraph();
      p.createRun().setText("Profile");
      textBox(p, 0, 0, 80, "2021");
      List<LayoutLine> lines = docx.extract(bytes(document)).lines();

      assertThat(lines).extracting(LayoutLine::text).containsExactly("Profile", "2021");
    }
  }

  /** A floating text box of {@code lines}, {@code width} points wide, placed against the page. */
  private static void textBox(XWPFParagraph paragraph, int left, int top, int width, String... lines) throws Exception {
    StringBuilder text = new StringBuilder();
    for (String line : lines) {
      text.append("<w:p><w:r><w:t>").append(line).append("</w:t></w:r></w:p>");
    }
    String run = "<w:r xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
        + " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
        + " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
        + " xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"><w:drawing>"
        + "<wp:anchor behindDoc=\"0\" distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\" simplePos=\"0\" locked=\"0\""
        + " layoutInCell=\"1\" allowOverlap=\"1\" relativeHeight=\"2\"><wp:simplePos x=\"0\" y=\"0\"/>"
        + "<wp:positionH relativeFrom=\"page\"><wp:posOffset>" + left * 12700L + "</wp:posOffset></wp:positionH>"
        + "<wp:positionV relativeFrom=\"page\"><wp:posOffset>" + top * 12700L + "</wp:posOffset></wp:positionV>"
        + "<wp:extent cx=\"" + width * 12700L + "\" cy=\"" + 20 * lines.length * 12700L + "\"/><wp:wrapNone/>"
        + "<wp:docPr id=\"1\" name=\"Text Box\"/><a:graphic><a:graphicData"
        + " uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"><wps:wsp><wps:txbx>"
        + "<w:txbxContent>" + text + "</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic>"
        + "</wp:anchor></w:drawing></w:r>";
    paragraph.getCTP().addNewR().set(CTR.Factory.parse(run));
  }

  @Test
  void aPageLaidOutAsATableOfTwoColumnsIsReadColumnByColumnTheWiderFirst() throws IOException {
    try (XWPFDocument document = new XWPFDocument()) {
      XWPFTable table = document.createTable(1, 2);
      cell(table.getRow(0).getCell(0), 2800, "Contact", "katrin.vogel@example.de", "Skills", "People management");
      cell(table.getRow(0).getCell(1), 7200, "Katrin Vogel", "Experience", "Head of Engineering", "Isartal Automation GmbH");
      List<LayoutLine> lines = docx.extract(bytes(document)).lines();

      assertThat(lines).extracting(LayoutLine::text).containsExactly("Katrin Vogel", "Experience", "Head of Engineering",
          "Isartal Automation GmbH", "Contact", "katrin.vogel@example.de", "Skills", "People management");
    }
  }

  @Test
  void aHeadingInALeftGutterCellIsALineOfItsOwnBeforeItsEntries() throws IOException {
    try (XWPFDocument document = new XWPFDocument()) {
      XWPFTable table = document.createTable(1, 2);
      cell(table.getRow(0).getCell(0), 1800, "Employment");
      cell(table.getRow(0).getCell(1), 8200, "IT Support Analyst", "Aire Valley Housing", "Jan 2022 – Present");
      List<LayoutLine> lines = docx.extract(bytes(document)).lines();

      assertThat(lines).extracting(LayoutLine::text)
          .containsExactly("Employment", "IT Support Analyst", "Aire Valley Housing", "Jan 2022 – Present");
      assertThat(lines).extracting(LayoutLine::headingStyle).containsExactly(true, false, false, false);
    }
  }

  /** Fills a table cell of {@code twips} width with one paragraph per line. */
  private static void cell(XWPFTableCell cell, int twips, String... lines) {
    cell.setWidth(String.valueOf(twips));
    cell.setText(lines[0]);
    for (int i = 1; i < lines.length; i++) {
      cell.addParagraph().createRun().setText(lines[i]);
    }
  }

  private static void row(XWPFTable table, int row, String label, String content) {
    table.getRow(row).getCell(0).setText(label);
    table.getRow(row).getCell(1).setText(content);
  }

  private static XWPFStyle heading(XWPFStyles styles, String id, int level, int halfPoints) {
    CTStyle ct = CTStyle.Factory.newInstance();
    ct.setStyleId(id);
    ct.setType(STStyleType.PARAGRAPH);
    ct.addNewName().setVal(id);
    ct.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level));
    CTRPr run = ct.addNewRPr();
    run.addNewB();
    run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
    return new XWPFStyle(ct, styles);
  }

  private static void paragraph(XWPFDocument document, String style, String text) {
    XWPFParagraph p = document.createParagraph();
    if (style != null) {
      p.setStyle(style);
    }
    p.createRun().setText(text);
  }

  private static void paragraph(XWPFDocument document, String style, String text, int halfPoints) {
    XWPFParagraph p = document.createParagraph();
    if (style != null) {
      p.setStyle(style);
    }
    XWPFRun run = p.createRun();
    run.setText(text);
    run.getCTR().addNewRPr().addNewSz().setVal(BigInteger.valueOf(halfPoints));
  }

  private static void bold(XWPFDocument document, String text) {
    XWPFRun run = document.createParagraph().createRun();
    run.setBold(true);
    run.setText(text);
  }

  private static byte[] bytes(XWPFDocument document) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    document.write(out);
    return out.toByteArray();
  }
}
