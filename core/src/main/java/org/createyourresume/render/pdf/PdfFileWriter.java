package org.createyourresume.render.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdfparser.xref.FreeXReference;
import org.apache.pdfbox.pdfparser.xref.NormalXReference;
import org.apache.pdfbox.pdfparser.xref.XReferenceEntry;
import org.apache.pdfbox.pdfwriter.COSWriter;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * PDFBox's file writer, writing numbers, names and the cross-reference table without making a
 * string for each.
 *
 * <p>Why: PDFBox writes every integer, every object number of an object's header and every name
 * by making a string and then a byte array of it (a copy of the name's bytes for each name
 * written, however often the same name recurs), and each line of the cross-reference table
 * through two {@link java.text.DecimalFormat}s. An allocation profile put about 7% of a one-page
 * render there, and a CPU profile 5% into those formats alone (which PDFBox shares between all
 * threads, though they are not thread-safe). The bytes written are the same: numbers in decimal
 * as {@link Long#toString}, names as PDFBox escapes them (taken from {@link COSName#writePDF}
 * once per name and kept), the table's offsets and generations zero-padded to ten and five
 * digits, its free entries chained as PDFBox chains them.
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
  public void visitFromDocument(COSDocument document) throws IOException {
    if (document.isXRefStream()) {
      // not ours: our documents are written without object streams
      super.visitFromDocument(document);
      return;
    }
    doWriteHeader(document);
    doWriteBody(document);
    writeCrossReferences();
    doWriteTrailer(document);
    getStandardOutput().write(STARTXREF);
    getStandardOutput().writeEOL();
    writeNumber(getStartxref());
    getStandardOutput().writeEOL();
    getStandardOutput().write(EOF);
    getStandardOutput().writeEOL();
  }

  /** The cross-reference table, the objects' entries and a free entry for each unused number. */
  private void writeCrossReferences() throws IOException {
    addFreeEntries();
    List<XReferenceEntry> entries = new ArrayList<>(getXRefEntries().size());
    for (XReferenceEntry entry : getXRefEntries()) {
      if (entry instanceof NormalXReference || entry instanceof FreeXReference) {
        entries.add(entry);
      }
    }
    Collections.sort(entries);
    setStartxref(getStandardOutput().getPos());
    getStandardOutput().write(XREF);
    getStandardOutput().writeEOL();
    Long[] ranges = getXRefRanges(entries);
    int next = 0;
    for (int i = 0; ranges.length % 2 == 0 && i < ranges.length; i += 2) {
      writeNumber(ranges[i]);
      getStandardOutput().write(SPACE);
      writeNumber(ranges[i + 1]);
      getStandardOutput().writeEOL();
      for (long j = 0; j < ranges[i + 1]; j++) {
        XReferenceEntry entry = entries.get(next++);
        writePadded(entry.getSecondColumnValue(), 10);
        getStandardOutput().write(SPACE);
        writePadded(entry.getThirdColumnValue(), 5);
        getStandardOutput().write(SPACE);
        getStandardOutput().write(entry instanceof FreeXReference ? XREF_FREE : XREF_USED);
        getStandardOutput().writeCRLF();
      }
    }
  }

  /**
   * A free entry for every number from 0 up to the highest object's that no object has, each
   * pointing to the next free number and the last to 0; the null entry when there is none.
   */
  private void addFreeEntries() {
    long[] used = new long[getXRefEntries().size()];
    int count = 0;
    for (XReferenceEntry entry : getXRefEntries()) {
      if (entry instanceof NormalXReference normal) {
        used[count++] = normal.getReferencedKey().getNumber();
      }
    }
    Arrays.sort(used, 0, count);
    List<Long> free = new ArrayList<>();
    long expected = 0;
    for (int i = 0; i < count; i++) {
      for (; expected < used[i]; expected++) {
        free.add(expected);
      }
      expected = used[i] + 1;
    }
    if (free.isEmpty()) {
      addXRefEntry(FreeXReference.NULL_ENTRY);
      return;
    }
    for (int i = 0; i < free.size() - 1; i++) {
      addXRefEntry(new FreeXReference(new COSObjectKey(free.get(i), 65535), free.get(i + 1)));
    }
    addXRefEntry(new FreeXReference(new COSObjectKey(free.get(free.size() - 1), 65535), 0));
    if (free.get(0) > 0) {
      addXRefEntry(new FreeXReference(new COSObjectKey(0, 65535), free.get(0)));
    }
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

  /** {@code value} in decimal with at least {@code width} digits, zeros in front. */
  private void writePadded(long value, int width) throws IOException {
    if (value < 0) {
      getStandardOutput().write('-');
      if (value == Long.MIN_VALUE) {
        getStandardOutput().write(Long.toString(value).substring(1).getBytes(StandardCharsets.ISO_8859_1));
        return;
      }
      value = -value;
    }
    int at = digits.length;
    do {
      digits[--at] = (byte) ('0' + value % 10);
      value /= 10;
    } while (value != 0);
    for (int zeros = width - (digits.length - at); zeros > 0; zeros--) {
      getStandardOutput().write('0');
    }
    getStandardOutput().write(digits, at, digits.length - at);
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
