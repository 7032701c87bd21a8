package org.createyourresume.render.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdfparser.xref.NormalXReference;
import org.apache.pdfbox.pdfwriter.COSWriter;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * PDFBox's file writer, writing numbers and names without making a string for each.
 *
 * <p>Why: PDFBox writes every integer, every object number of an object's header and every name
 * by making a string and then a byte array of it (a copy of the name's bytes for each name
 * written, however often the same name recurs). An allocation profile put about 4% of a one-page
 * render there. The bytes written are the same: numbers in decimal as {@link Long#toString}, names
 * as PDFBox escapes them (taken from {@link COSName#writePDF} once per name and kept).
 *
 * <p>Only for a document with no font left for PDFBox to subset when saving (its own {@code save}
 * does that first, through a method it does not share): {@link PdfWriter} keeps the engine's save
 * for pages with fallback faces.
 */
final class PdfFileWriter extends COSWriter {

  /** How many names' bytes are kept: far more than a page uses, few enough to be small. */
  static final int KEPT_NAMES = 2048;

  /** The bytes PDFBox writes for each name, {@code /} included. */
  private static final Map<COSName, byte[]> NAMES = new ConcurrentHashMap<>();

  private final byte[] digits = new byte[20];

  private PdfFileWriter(OutputStream out) {
    super(out, CompressParameters.NO_COMPRESSION);
  }

  /** Writes {@code document} to {@code out} as {@code document.save(out, NO_COMPRESSION)} would. */
  static void save(PDDocument document, OutputStream out) throws IOException {
    if (document.getDocument().isClosed()) {
      throw new IOException("cannot save a closed document");
    }
    new PdfFileWriter(out).write(document);
  }

  @Override
  public void doWriteObject(COSObjectKey key, COSBase object) throws IOException {
    // as PDFBox: an object that is missing is not written, so the cross-reference table holds it not
    if (object == null || object instanceof COSObject reference && reference.getObject() == null) {
      return;
    }
    addXRefEntry(new NormalXReference(getStandardOutput().getPos(), key, object));
    writeNumber(key.getNumber());
    getStandardOutput().write(SPACE);
    writeNumber(key.getGeneration());
    getStandardOutput().write(SPACE);
    getStandardOutput().write(OBJ);
    getStandardOutput().writeEOL();
    object.accept(this);
    getStandardOutput().writeEOL();
    getStandardOutput().write(ENDOBJ);
    getStandardOutput().writeEOL();
  }

  @Override
  public void visitFromInt(COSInteger number) throws IOException {
    writeNumber(number.longValue());
  }

  @Override
  public void visitFromName(COSName name) throws IOException {
    byte[] bytes = NAMES.get(name);
    if (bytes == null) {
      ByteArrayOutputStream written = new ByteArrayOutputStream(name.getName().length() + 8);
      name.writePDF(written);
      bytes = written.toByteArray();
      keep(name, bytes);
    }
    getStandardOutput().write(bytes);
  }

  private static void keep(COSName name, byte[] bytes) {
    // names can come from a document's content (a font's subset tag): the bound is strict
    synchronized (NAMES) {
      if (NAMES.size() < KEPT_NAMES) {
        NAMES.putIfAbsent(name, bytes);
      }
    }
  }

  /** How many names' bytes are kept. */
  static int keptNames() {
    return NAMES.size();
  }

  /** {@code value} in decimal, as {@link Long#toString} writes it. */
  private void writeNumber(long value) throws IOException {
    if (value == Long.MIN_VALUE) {
      getStandardOutput().write(Long.toString(value).getBytes(StandardCharsets.ISO_8859_1));
      return;
    }
    long rest = Math.abs(value);
    int at = digits.length;
    do {
      digits[--at] = (byte) ('0' + rest % 10);
      rest /= 10;
    } while (rest != 0);
    if (value < 0) {
      digits[--at] = '-';
    }
    getStandardOutput().write(digits, at, digits.length - at);
  }
}
