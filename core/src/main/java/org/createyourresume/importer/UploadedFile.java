package org.createyourresume.importer;

import static org.createyourresume.ats.extract.FileSignature.indexOf;
import static org.createyourresume.ats.extract.FileSignature.startsWith;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.createyourresume.ats.AtsLimits;
import org.createyourresume.ats.extract.ExtractedDocument;

/**
 * The refusals every import makes before reading a file, whatever it is meant to hold: too large,
 * empty, an old or encrypted Office file, a picture, binary data, a PDF without a text layer. A
 * resume and a cover letter are refused alike, each named in the messages as what it is.
 *
 * @param noun what the file should be, as the messages name it ("resume")
 * @param article its article ("a")
 * @param formats the files that can be imported instead, for the message about an unreadable one
 */
record UploadedFile(String noun, String article, String formats) {

  /** A resume upload. */
  static final UploadedFile RESUME = new UploadedFile("resume", "a",
      "a PDF, DOCX, plain text, Markdown, JSON Resume, FRESH or LinkedIn export file");

  /** A cover letter upload. */
  static final UploadedFile LETTER = new UploadedFile("letter", "a", "a PDF, DOCX, plain text or Markdown file");

  /** The stream name of an encrypted Office document, as its container directory spells it. */
  private static final String UTF16_ENCRYPTED_PACKAGE = "E\u0000n\u0000c\u0000r\u0000y\u0000p\u0000t\u0000e\u0000d\u0000"
      + "P\u0000a\u0000c\u0000k\u0000a\u0000g\u0000e\u0000";

  /** Refuses a file over the size limit, or an empty one. */
  void checkSize(byte[] content, String fileName, AtsLimits limits) {
    if (content.length > limits.maxBytes()) {
      throw new ImportException("file.too-large",
          name(fileName) + "is " + content.length / 1024 + " KB; " + noun + "s of up to " + limits.maxBytes() / 1024
              + " KB can be imported (" + article + " " + noun + " is rarely over 1 MB)");
    }
    if (content.length == 0) {
      throw new ImportException("file.empty", name(fileName) + "is empty");
    }
  }

  /**
   * Refuses a PDF or DOCX with no text to read: no letters at all, or a few over page-sized
   * pictures (a scan with a stray caption). A short file with a real text layer still imports.
   */
  void refuseNoText(ExtractedDocument document, ImportFormat format, String fileName) {
    boolean empty = document.lines().stream().noneMatch(l -> l.text().codePoints().anyMatch(Character::isLetter));
    boolean scan = !document.hasText() && document.facts().images().stream().anyMatch(i -> i.pageShare() >= 0.3);
    if (empty || scan) {
      if (format == ImportFormat.PDF) {
        throw new ImportException("file.no-text", "this PDF has no text layer: its pages are pictures of"
            + " text (a scan, or a design exported as an image), so there is nothing to import. Export the"
            + " " + noun + " again as a text PDF or DOCX from the program it was written in, or type it in here");
      }
      throw new ImportException("file.no-text", name(fileName) + "holds almost no text to import");
    }
  }

  /** Old Word files, pictures and other binary formats, refused with what to do instead. */
  void refuseBinary(byte[] content, String fileName) {
    String what = null;
    if (startsWith(content, "\u00d0\u00cf\u0011\u00e0") && indexOf(content, UTF16_ENCRYPTED_PACKAGE, content.length) >= 0) {
      // Office keeps a password-protected .docx inside the same container as an old .doc
      throw new ImportException("file.encrypted", name(fileName) + "is protected by a password, so it cannot be"
          + " read; open it, save a copy without a password and import that");
    }
    if (startsWith(content, "\u00d0\u00cf\u0011\u00e0")) {
      what = "an old Word .doc file; save it as .docx or PDF and import that";
    } else if (startsWith(content, "\u0089PNG") || startsWith(content, "\u00ff\u00d8\u00ff")
        || startsWith(content, "GIF8") || (startsWith(content, "RIFF") && indexOf(content, "WEBP", 16) >= 0)) {
      what = "a picture; import the " + noun + "'s PDF, DOCX or text instead (a picture holds no text to read)";
    } else if (startsWith(content, "{\\rtf")) {
      what = "a Rich Text (.rtf) file; save it as .docx or PDF and import that";
    }
    if (what != null) {
      throw new ImportException("file.type", name(fileName) + "is " + what);
    }
  }

  /**
   * The file as text: UTF-8 (with or without a byte order mark), UTF-16 with a byte order mark,
   * or else Windows-1252, which is what older Windows editors save; binary data is refused.
   */
  String text(byte[] content, String fileName) {
    if (startsWith(content, "\u00ef\u00bb\u00bf")) {
      return decode(content, 3, StandardCharsets.UTF_8, fileName);
    }
    if (startsWith(content, "\u00fe\u00ff")) {
      return decode(content, 2, StandardCharsets.UTF_16BE, fileName);
    }
    if (startsWith(content, "\u00ff\u00fe")) {
      return decode(content, 2, StandardCharsets.UTF_16LE, fileName);
    }
    int controls = 0;
    for (byte b : content) {
      if (b == 0) {
        throw notReadable(fileName);
      }
      if (b >= 0 && b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        controls++;
      }
    }
    if (controls > content.length / 100 + 2) {
      throw notReadable(fileName);
    }
    try {
      return strict(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(content)).toString();
    } catch (CharacterCodingException e) {
      return new String(content, Charset.forName("windows-1252"));
    }
  }

  private String decode(byte[] content, int skip, Charset charset, String fileName) {
    try {
      return strict(charset).decode(ByteBuffer.wrap(content, skip, content.length - skip)).toString();
    } catch (CharacterCodingException e) {
      throw notReadable(fileName);
    }
  }

  private static java.nio.charset.CharsetDecoder strict(Charset charset) {
    return charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  private ImportException notReadable(String fileName) {
    return new ImportException("file.type", name(fileName) + "is not " + article + " " + noun + " file we can read; import " + formats);
  }

  static String name(String fileName) {
    return fileName == null || fileName.isBlank() ? "the file " : fileName + " ";
  }
}
