package org.createyourresume.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.EnumSet;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.createyourresume.model.TestResumes;
import org.createyourresume.render.theme.Theme;
import org.createyourresume.render.theme.ThemeCatalog;
import org.junit.jupiter.api.Test;

/**
 * Our file writer ({@link PdfFileWriter}) writes the bytes PDFBox's save writes, byte for byte but
 * for dates and id, in every template and with fallback faces; and the names it keeps stay within
 * their bound however many different names it writes.
 */
class PdfFileWriterTests {

  private final FontCatalog fonts = new FontCatalog();
  private final PdfWriter ours = new PdfWriter(fonts, EnumSet.allOf(PdfWriter.Shortcut.class));
  private final PdfWriter pdfboxes = new PdfWriter(
      fonts, EnumSet.complementOf(EnumSet.of(PdfWriter.Shortcut.OWN_FILE_WRITER)));

  @Test
  void writesPdfBoxsBytesInEveryTemplate() throws Exception {
    int compared = 0;
    for (String name : List.of("full.json", "every-section.json", "greek.json", "three-pages.json")) {
      for (Theme theme : ThemeCatalog.load().all()) {
        TestPages page = TestPages.of(fonts, TestResumes.load(name), theme);
        page.assertSameBytes(ours, pdfboxes, name + " in " + theme.id());
        compared++;
      }
    }
    assertThat(compared).isGreaterThanOrEqualTo(4 * 13);
  }

  @Test
  void writesPdfBoxsBytesWithFallbackFaces() throws Exception {
    Theme classic = ThemeCatalog.load().find("classic").orElseThrow();
    for (String name : List.of("chinese", "korean", "arabic", "hebrew", "hindi")) {
      TestPages page = TestPages.of(fonts, TestResumes.load("scripts/" + name + ".json"), classic);
      page.assertSameBytes(ours, pdfboxes, name);
    }
  }

  @Test
  void writesNumbersAndOddNamesAsPdfBoxDoes() throws Exception {
    String[] odd = {"A B", "#hash", "é", "a/b", "(x)", "ok.name_1-2+3"};
    long[] numbers = {0, 7, -7, 10, -10, 1234567890123L, Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1};
    byte[] theirs;
    byte[] mine;
    try (PDDocument document = documentWith(odd, numbers)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out, CompressParameters.NO_COMPRESSION);
      theirs = out.toByteArray();
    }
    try (PDDocument document = documentWith(odd, numbers)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      PdfFileWriter.save(document, out);
      mine = out.toByteArray();
    }
    assertThat(TestPages.withoutDatesAndId(mine)).isEqualTo(TestPages.withoutDatesAndId(theirs));
  }

  @Test
  void writesTheTableOfADocumentWithUnusedNumbersAsPdfBoxDoes() throws Exception {
    // objects 1, 2, 3 and 6: numbers 4 and 5 are unused, if PDFBox keeps the numbers it read
    String[] objects = {
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Resources << >> /Extra 6 0 R >>",
      null,
      null,
      "<< /Note (kept) >>"
    };
    StringBuilder pdf = new StringBuilder("%PDF-1.7\n");
    long[] offsets = new long[objects.length + 1];
    for (int i = 0; i < objects.length; i++) {
      if (objects[i] != null) {
        offsets[i + 1] = pdf.length();
        pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
      }
    }
    long table = pdf.length();
    pdf.append("xref\n0 ").append(objects.length + 1).append('\n');
    pdf.append("0000000000 65535 f\r\n");
    for (int i = 1; i <= objects.length; i++) {
      pdf.append(objects[i - 1] == null
          ? "0000000000 00000 f\r\n"
          : String.format("%010d 00000 n\r\n", offsets[i]));
    }
    pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\n");
    pdf.append("startxref\n").append(table).append("\n%%EOF\n");
    byte[] source = pdf.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    byte[] theirs;
    byte[] mine;
    try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(source)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out, CompressParameters.NO_COMPRESSION);
      theirs = out.toByteArray();
    }
    try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(source)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      PdfFileWriter.save(document, out);
      mine = out.toByteArray();
    }
    assertThat(TestPages.withoutDatesAndId(mine)).isEqualTo(TestPages.withoutDatesAndId(theirs));
  }

  @Test
  void keepsABoundedNumberOfNames() throws Exception {
    for (int round = 0; round < 3; round++) {
      String[] names = new String[1500];
      for (int i = 0; i < names.length; i++) {
        names[i] = "Name" + round + "x" + i;
      }
      try (PDDocument document = documentWith(names, new long[] {1})) {
        PdfFileWriter.save(document, new ByteArrayOutputStream());
      }
      assertThat(PdfFileWriter.keptNames()).isLessThanOrEqualTo(PdfFileWriter.KEPT_NAMES);
    }
    assertThat(PdfFileWriter.keptNames()).isEqualTo(PdfFileWriter.KEPT_NAMES);
  }

  private static PDDocument documentWith(String[] names, long[] numbers) {
    PDDocument document = new PDDocument();
    PDPage page = new PDPage();
    COSArray values = new COSArray();
    for (String name : names) {
      values.add(COSName.getPDFName(name));
    }
    for (long number : numbers) {
      values.add(COSInteger.get(number));
    }
    page.getCOSObject().setItem(COSName.getPDFName("Values"), values);
    document.addPage(page);
    return document;
  }
}
