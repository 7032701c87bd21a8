package org.createyourresume.ats.extract;

/**
 * Tells a file's type by the bytes it holds (its signature, or "magic number"), never by its name:
 * an uploaded file's name is whatever the sender typed. Shared by the ATS checker and the importer,
 * which must agree on what a PDF or a ZIP is.
 */
public final class FileSignature {

  private FileSignature() {}

  /** Whether {@code content} starts with {@code magic}, each of whose characters is one byte. */
  public static boolean startsWith(byte[] content, String magic) {
    if (content.length < magic.length()) {
      return false;
    }
    for (int i = 0; i < magic.length(); i++) {
      if (content[i] != (byte) magic.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Where {@code magic} (one byte per character) first starts within the first {@code within}
   * bytes of {@code content}, or -1.
   */
  public static int indexOf(byte[] content, String magic, int within) {
    int last = Math.min(content.length - magic.length(), within);
    outer:
    for (int i = 0; i <= last; i++) {
      for (int j = 0; j < magic.length(); j++) {
        if (content[i + j] != (byte) magic.charAt(j)) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /** Whether the file is a PDF: its header may follow up to 1 KB of other bytes, as readers allow. */
  public static boolean isPdf(byte[] content) {
    return indexOf(content, "%PDF-", 1024) >= 0;
  }

  /** Whether the file is a ZIP archive (a DOCX is one), by its first local file header. */
  public static boolean isZip(byte[] content) {
    return startsWith(content, "PK\u0003\u0004");
  }
}
