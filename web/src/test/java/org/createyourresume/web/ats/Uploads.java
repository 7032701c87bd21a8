package org.createyourresume.web.ats;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;

/**
 * Damaged and hostile files to upload, made in memory, so that no attack file sits in the
 * repository.
 */
final class Uploads {
  private Uploads() {}

  /** A PDF that needs a password to open. */
  static byte[] encryptedPdf() {
    try (PDDocument document = page("Secret Person, secret@example.com")) {
      StandardProtectionPolicy policy =
          new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
      policy.setEncryptionKeyLength(128);
      document.protect(policy);
      return save(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A PDF whose only page is a picture: a scan, with no text to extract. */
  static byte[] imageOnlyPdf() {
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      BufferedImage scan = new BufferedImage(120, 170, BufferedImage.TYPE_INT_RGB);
      for (int y = 10; y < 160; y += 12) {
        for (int x = 10; x < 110; x++) {
          scan.setRGB(x, y, 0xFFFFFF);
        }
      }
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.drawImage(LosslessFactory.createFromImage(document, scan), 40, 40, 515, 760);
      }
      return save(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A PDF of {@code pages} pages with a line each. */
  static byte[] longPdf(int pages) {
    try (PDDocument document = new PDDocument()) {
      for (int i = 0; i < pages; i++) {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        write(document, page, "Page " + (i + 1));
      }
      return save(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A DOCX whose document part inflates to {@code megabytes} of spaces from a few kilobytes. */
  static byte[] zipBombDocx(int megabytes) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      byte[] block = new byte[1024 * 1024];
      Arrays.fill(block, (byte) ' ');
      for (int i = 0; i < megabytes; i++) {
        zip.write(block);
      }
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** A DOCX whose document declares an external entity that would read a local file. */
  static byte[] xxeDocx() {
    String xml = "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY secret SYSTEM"
        + " \"file:///etc/passwd\">]><w:document xmlns:w=\"http://schemas.openxmlformats.org/"
        + "wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>&secret;</w:t></w:r></w:p>"
        + "</w:body></w:document>";
    return docx(xml);
  }

  /**
   * A ZIP archive whose entry is marked as encrypted (bit 0 of its flags, in the local header
   * and in the central directory), as a password-protected archive is; its bytes are not really
   * enciphered, which no reader gets far enough to notice.
   */
  static byte[] passwordProtectedZip() {
    byte[] zip = docx("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/"
        + "2006/main\"><w:body><w:p><w:r><w:t>Ana</w:t></w:r></w:p></w:body></w:document>");
    for (int i = 0; i + 4 <= zip.length; i++) {
      int signature = (zip[i] & 0xff) | (zip[i + 1] & 0xff) << 8 | (zip[i + 2] & 0xff) << 16
          | (zip[i + 3] & 0xff) << 24;
      if (signature == 0x04034b50) {
        zip[i + 6] |= 1;
      } else if (signature == 0x02014b50) {
        zip[i + 8] |= 1;
      }
    }
    return zip;
  }

  /** A DOCX whose document part is {@code xml}, written as it is (well-formed or not). */
  static byte[] docx(String xml) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write(xml.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** A PDF whose trailer names no document catalogue (no /Root): nothing can be read. */
  static byte[] pdfWithoutRoot() {
    return ("%PDF-1.4\n1 0 obj\n<< /Type /Page >>\nendobj\nxref\n0 2\n0000000000 65535 f \n"
        + "0000000009 00000 n \ntrailer\n<< /Size 2 >>\nstartxref\n44\n%%EOF\n")
        .getBytes(StandardCharsets.US_ASCII);
  }

  private static PDDocument page(String text) throws IOException {
    PDDocument document = new PDDocument();
    PDPage page = new PDPage(PDRectangle.A4);
    document.addPage(page);
    write(document, page, text);
    return document;
  }

  private static void write(PDDocument document, PDPage page, String text) throws IOException {
    try (PDPageContentStream content = new PDPageContentStream(document, page)) {
      content.beginText();
      content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
      content.newLineAtOffset(72, 760);
      content.showText(text);
      content.endText();
    }
  }

  private static byte[] save(PDDocument document) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    document.save(out);
    return out.toByteArray();
  }
}
