package org.createyourresume.ats.extract;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.createyourresume.ats.AtsException;
import org.createyourresume.ats.AtsLimits;

/**
 * Reads a ZIP archive held in memory as a stream, within bounds: at most {@link
 * AtsLimits#maxEntries()} entries, at most {@link AtsLimits#maxExpandedBytes()} unpacked in all,
 * and within the time limit. Every entry is inflated through one fixed-size buffer, so a ZIP bomb
 * stops at the cap after that many bytes instead of filling memory; only the entries the caller
 * asks for are kept. Shared by the DOCX extractor and the LinkedIn export reader.
 */
public final class BoundedZip {

  private static final int LOCAL_HEADER = 0x04034b50;

  private final AtsLimits limits;
  private final String what;

  /**
   * @param limits the bounds to hold the archive to
   * @param what what the archive is called in messages, e.g. {@code DOCX}
   */
  public BoundedZip(AtsLimits limits, String what) {
    this.limits = limits;
    this.what = what;
  }

  /**
   * What an archive held.
   *
   * @param entries how many entries the archive has (0: it is no ZIP archive at all)
   * @param kept the bytes of the entries asked for, by entry name, in archive order (a name
   *     that occurs twice keeps its last entry's bytes)
   */
  public record Contents(int entries, Map<String, byte[]> kept) {
    public Contents {
      kept = Collections.unmodifiableMap(new LinkedHashMap<>(kept));
    }
  }

  /**
   * Reads {@code zip}, keeping the entries whose name {@code wanted} accepts (directories are
   * never kept).
   *
   * @param deadline the reader's deadline, shared with what it does with the entries
   * @throws AtsException {@code file.hostile} over the entry or size limit, {@code file.timeout}
   *     past the deadline
   * @throws IOException when the archive is damaged
   */
  public Contents read(byte[] zip, Predicate<String> wanted, Deadline deadline)
      throws IOException {
    Map<String, byte[]> kept = new LinkedHashMap<>();
    int entries = 0;
    long unpacked = 0;
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      ZipEntry entry;
      while ((entry = nextEntry(in)) != null) {
        if (++entries > limits.maxEntries()) {
          throw AtsException.rejected(
              "file.hostile",
              "the " + what + " holds more than " + limits.maxEntries()
                  + " files, which no resume needs");
        }
        String name = entry.getName();
        boolean keep = !entry.isDirectory() && wanted.test(name);
        ByteArrayOutputStream out = keep ? new ByteArrayOutputStream() : null;
        unpacked = copy(in, out, unpacked, deadline);
        if (keep) {
          kept.put(name, out.toByteArray());
        }
      }
    }
    return new Contents(entries, kept);
  }

  /**
   * The next entry; an entry name that is not UTF-8 (the reader throws an unchecked exception for
   * it) is damage like any other.
   */
  private static ZipEntry nextEntry(ZipInputStream in) throws IOException {
    try {
      return in.getNextEntry();
    } catch (IllegalArgumentException e) {
      throw new ZipException("an entry's name is not readable text");
    }
  }

  /**
   * Whether the archive's first entry is encrypted (protected by a password), read from its
   * local header's flags: a stream reader can only fail on such an entry, not say why.
   */
  public static boolean passwordProtected(byte[] zip) {
    if (zip.length < 8) {
      return false;
    }
    int signature =
        (zip[0] & 0xff) | (zip[1] & 0xff) << 8 | (zip[2] & 0xff) << 16 | (zip[3] & 0xff) << 24;
    return signature == LOCAL_HEADER && (zip[6] & 1) == 1;
  }

  private long copy(InputStream in, ByteArrayOutputStream out, long unpacked, Deadline deadline)
      throws IOException {
    byte[] buffer = new byte[16 * 1024];
    int n;
    while ((n = in.read(buffer)) > 0) {
      unpacked += n;
      if (unpacked > limits.maxExpandedBytes()) {
        throw AtsException.rejected(
            "file.hostile",
            "the " + what + " unpacks to more than " + limits.maxExpandedBytes() / (1024 * 1024)
                + " MB, which no resume needs (a ZIP bomb?); it was refused");
      }
      deadline.check();
      if (out != null) {
        out.write(buffer, 0, n);
      }
    }
    return unpacked;
  }
}
