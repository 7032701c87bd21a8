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
import org.createyourresume.ats.AtsLimits;
import org.createyourresume.ats.parse.LayoutLine;
import org.createyourresume.ats.parse.Span;
import org.junit.jupiter.api.Test;
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
