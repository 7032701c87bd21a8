package org.createyourresume.render.pdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Recently written PDFs, keyed by a digest of exactly what the PDF engine was given (the page's
 * XHTML and the font family), most recently used kept, bounded in entries and in bytes.
 *
 * <p>Why: the live preview asks for a new PDF on every pause in typing, and many edits do not
 * change the printed page at all (a field the template does not print, a hidden section, spaces
 * the renderer trims, an edit undone, a template picked again). The engine's output is a function
 * of its input, so for the same XHTML and family the cached PDF is the PDF a new render would
 * write, but for its creation date and document id. Templating a page costs about a hundredth of
 * laying it out and writing it, so the digest of the page is a cheap way to know.
 *
 * <p>Thread-safe.
 */
public final class PdfCache {

  private final int maxEntries;
  private final long maxBytes;
  private final LinkedHashMap<Key, PdfWriter.Written> entries = new LinkedHashMap<>(16, 0.75f, true);
  private long bytes;

  /**
   * @param maxEntries the most PDFs kept, 1 or more
   * @param maxBytes the most PDF bytes kept in all; a PDF larger than this is never kept
   */
  public PdfCache(int maxEntries, long maxBytes) {
    if (maxEntries < 1 || maxBytes < 1) {
      throw new IllegalArgumentException("a cache keeps at least one entry and one byte");
    }
    this.maxEntries = maxEntries;
    this.maxBytes = maxBytes;
  }

  /** The key of a page for {@link #get} and {@link #put}. */
  public static Key key(String xhtml, FontFamily family) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(family.name().getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(xhtml.getBytes(StandardCharsets.UTF_8));
      return new Key(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /** The PDF written for {@code key}, if it is still kept. */
  public synchronized Optional<PdfWriter.Written> get(Key key) {
    return Optional.ofNullable(entries.get(key));
  }

  /** Keeps {@code written} for {@code key}, dropping the least recently used over the bounds. */
  public synchronized void put(Key key, PdfWriter.Written written) {
    long size = written.pdf().length;
    if (size > maxBytes) {
      return;
    }
    PdfWriter.Written previous = entries.put(key, written);
    bytes += size - (previous == null ? 0 : previous.pdf().length);
    Iterator<Map.Entry<Key, PdfWriter.Written>> eldest = entries.entrySet().iterator();
    while (entries.size() > maxEntries || bytes > maxBytes) {
      bytes -= eldest.next().getValue().pdf().length;
      eldest.remove();
    }
  }

  /** How many PDFs are kept. */
  public synchronized int size() {
    return entries.size();
  }

  /** How many bytes of PDF are kept. */
  public synchronized long bytes() {
    return bytes;
  }

  /** A SHA-256 digest of a page and its font family. */
  public static final class Key {
    private final byte[] digest;
    private final int hash;

    private Key(byte[] digest) {
      this.digest = digest;
      this.hash = Arrays.hashCode(digest);
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key && Arrays.equals(digest, key.digest);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }
}
