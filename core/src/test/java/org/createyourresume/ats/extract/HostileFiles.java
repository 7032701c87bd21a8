package org.createyourresume.ats.extract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Builds damaged and hostile files in memory, so that none has to sit in the repository. */
public final class HostileFiles {
  private HostileFiles() {}

  /** A one-page PDF with a line of text. */
  public static byte[] simplePdf(String text) throws IOException {
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
        content.newLineAtOffset(72, 760);
        content.showText(text);
        content.endText();
      }
      return save(document);
    }
  }

  /** A PDF needing a user password; or, with an empty one, forbidding text extraction. */
  public static byte[] encryptedPdf(String userPassword) throws IOException {
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
        content.newLineAtOffset(72, 760);
        content.showText("Secret Person, secret@example.com, Experience, Education, Skills");
        content.endText();
      }
      AccessPermission permissions = new AccessPermission();
      permissions.setCanExtractContent(false);
      StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword, permissions);
      policy.setEncryptionKeyLength(128);
      document.protect(policy);
      return save(document);
    }
  }

  /** A page whose content stream inflates from a few hundred kilobytes to {@code megabytes}. */
  public static byte[] flateBombPdf(int megabytes) throws IOException {
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      COSStream stream = document.getDocument().createCOSStream();
      try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
        byte[] block = new byte[1024 * 1024];
        java.util.Arrays.fill(block, (byte) ' ');
        for (int i = 0; i < megabytes; i++) {
          out.write(block);
        }
      }
      page.setContents(new PDStream(stream));
      return save(document);
    }
  }

  /** A PDF of {@code pages} empty pages. */
  public static byte[] manyPagesPdf(int pages) throws IOException {
    try (PDDocument document = new PDDocument()) {
      for (int i = 0; i < pages; i++) {
        document.addPage(new PDPage(PDRectangle.A4));
      }
      return save(document);
    }
  }

  /** A page that draws a form which draws itself. */
  public static byte[] recursiveFormPdf() throws IOException {
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form =
          new org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject(document);
      form.setBBox(PDRectangle.A4);
      org.apache.pdfbox.pdmodel.PDResources resources = new org.apache.pdfbox.pdmodel.PDResources();
      COSName name = resources.add(form);
      form.setResources(resources);
      try (OutputStream out = form.getContentStream().createOutputStream()) {
        out.write(("q /" + name.getName() + " Do Q").getBytes(StandardCharsets.US_ASCII));
      }
      page.setResources(resources);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.drawForm(form);
      }
      return save(document);
    }
  }

  private static byte[] save(PDDocument document) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    document.save(out);
    return out.toByteArray();
  }

  /** A ZIP with the given entries (name → content). */
  public static byte[] zip(Map<String, byte[]> entries) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (var e : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  /** A DOCX whose document part is {@code documentXml}. */
  public static byte[] docx(String documentXml) throws IOException {
    return zip(Map.of("word/document.xml", documentXml.getBytes(StandardCharsets.UTF_8)));
  }

  /** A DOCX whose document part inflates to {@code megabytes} of spaces. */
  public static byte[] zipBomb(int megabytes) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      byte[] block = new byte[1024 * 1024];
      java.util.Arrays.fill(block, (byte) ' ');
      for (int i = 0; i < megabytes; i++) {
        zip.write(block);
      }
      zip.closeEntry();
    }
    return bytes.toByteArray();
  }

  /**
   * A LinkedIn export whose Positions.csv holds {@code rows} jobs, written row by row into the
   * archive (a million rows make a file of a few MB that unpacks to about 50 MB).
   */
  public static byte[] manyRowsExport(int rows) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("Profile.csv"));
      zip.write("First Name,Last Name,Headline\r\nNora,Vestergaard,Engineer\r\n".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("Positions.csv"));
      zip.write("Company Name,Title,Description,Location,Started On,Finished On\r\n".getBytes(StandardCharsets.UTF_8));
      for (int i = 0; i < rows; i++) {
        zip.write(("Firma " + i + ",Engineer,,Aarhus,Jan " + (1990 + i % 30) + ",Mar " + (1991 + i % 30) + "\r\n")
            .getBytes(StandardCharsets.UTF_8));
      }
      zip.closeEntry();
    }
    return bytes.toByteArray();
  }

  /** A DOCX with {@code count} tiny entries. */
  public static byte[] manyEntries(int count) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (int i = 0; i < count; i++) {
        zip.putNextEntry(new ZipEntry("word/media/image" + i + ".png"));
        zip.write(1);
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }
}
