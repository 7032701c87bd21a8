package org.createyourresume.json;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.createyourresume.model.Problem;

/**
 * The rules for {@code basics.image}, the optional photo: empty, a web address (kept as JSON
 * Resume allows it, but never fetched and never printed), or a PNG or JPEG {@code data:} URI
 * small enough to embed. Only the image header is read, never the whole picture, so that a
 * crafted file cannot make validation expensive.
 */
final class PhotoCheck {

  /** The most bytes a photo may have once decoded: 400 KB. */
  static final int MAX_BYTES = 400 * 1024;

  /** The most pixels a photo may have across and down. */
  static final int MAX_PIXELS = 2000;

  static final String POINTER = "/basics/image";

  private static final String PNG_PREFIX = "data:image/png;base64,";
  private static final String JPEG_PREFIX = "data:image/jpeg;base64,";
  private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  private static final String HOW =
      "add the photo in the editor, or give a PNG or JPEG as a data:image/png;base64 or"
          + " data:image/jpeg;base64 URI";

  private PhotoCheck() {}

  /** Adds the problems with {@code image} (the value of basics.image) to {@code problems}. */
  static void check(String image, List<Problem> problems) {
    if (image == null || image.isBlank()) {
      return;
    }
    String text = image.strip();
    String lower = text.substring(0, Math.min(text.length(), 40)).toLowerCase(Locale.ROOT);
    if (lower.startsWith("http://") || lower.startsWith("https://")) {
      webAddress(text, problems);
    } else if (lower.startsWith(PNG_PREFIX)) {
      data(text.substring(PNG_PREFIX.length()), Kind.PNG, problems);
    } else if (lower.startsWith(JPEG_PREFIX)) {
      data(text.substring(JPEG_PREFIX.length()), Kind.JPEG, problems);
    } else if (lower.startsWith("data:")) {
      int end = lower.indexOf(';') > 0 ? lower.indexOf(';') : lower.indexOf(',');
      String type = end > 5 ? lower.substring(5, end) : "an unknown type";
      problems.add(
          Problem.error(
              "image.type",
              POINTER,
              "the photo is " + type + "; only PNG and JPEG photos can be used (" + HOW + ")"));
    } else {
      problems.add(
          Problem.error(
              "image.invalid",
              POINTER,
              quote(text) + " is not a photo: " + HOW + ", or a web address (https://…)"));
    }
  }

  private static void webAddress(String text, List<Problem> problems) {
    try {
      URI uri = new URI(text);
      if (uri.getHost() != null) {
        return;
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    problems.add(
        Problem.error("image.invalid", POINTER, quote(text) + " is not a web address"));
  }

  private static void data(String base64, Kind kind, List<Problem> problems) {
    // four base64 characters carry three bytes: refuse an oversized photo before decoding it
    long approxBytes = base64.length() / 4L * 3;
    if (approxBytes > MAX_BYTES + 3L) {
      problems.add(tooLarge(approxBytes));
      return;
    }
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      problems.add(
          Problem.error(
              "image.content",
              POINTER,
              "the photo data is damaged (it is not valid base64); add the photo again"));
      return;
    }
    if (bytes.length > MAX_BYTES) {
      problems.add(tooLarge(bytes.length));
      return;
    }
    int[] size = kind == Kind.PNG ? pngSize(bytes) : jpegSize(bytes);
    if (size == null) {
      problems.add(
          Problem.error(
              "image.content",
              POINTER,
              "the photo is labelled " + kind.label + " but its data is not a " + kind.label
                  + " image; add the photo again"));
      return;
    }
    if (size[0] > MAX_PIXELS || size[1] > MAX_PIXELS) {
      problems.add(
          Problem.error(
              "limit.image.pixels",
              POINTER,
              "the photo is " + size[0] + " × " + size[1] + " pixels; at most " + MAX_PIXELS
                  + " × " + MAX_PIXELS + " are allowed (the editor makes a 400 × 400 one)"));
    }
  }

  private static Problem tooLarge(long bytes) {
    return Problem.error(
        "limit.image.bytes",
        POINTER,
        "the photo has " + (bytes + 1023) / 1024 + " KB; at most " + MAX_BYTES / 1024
            + " KB are allowed (the editor makes a smaller one)");
  }

  /** Width and height from the PNG signature and IHDR chunk, or null when this is no PNG. */
  private static int[] pngSize(byte[] b) {
    if (b.length < 24) {
      return null;
    }
    for (int i = 0; i < PNG_MAGIC.length; i++) {
      if (b[i] != PNG_MAGIC[i]) {
        return null;
      }
    }
    if (b[12] != 'I' || b[13] != 'H' || b[14] != 'D' || b[15] != 'R') {
      return null;
    }
    long width = u32(b, 16);
    long height = u32(b, 20);
    if (width == 0 || height == 0) {
      return null;
    }
    return new int[] {(int) Math.min(width, Integer.MAX_VALUE), (int) Math.min(height,
        Integer.MAX_VALUE)};
  }

  /**
   * Width and height from the first start-of-frame segment, walking the segments from the
   * start-of-image marker; null when this is no JPEG or it has no frame header.
   */
  private static int[] jpegSize(byte[] b) {
    if (b.length < 4 || u8(b, 0) != 0xFF || u8(b, 1) != 0xD8 || u8(b, 2) != 0xFF) {
      return null;
    }
    int at = 2;
    while (at + 4 <= b.length) {
      if (u8(b, at) != 0xFF) {
        return null;
      }
      int marker = u8(b, at + 1);
      if (marker == 0xFF) {
        at++; // fill byte
        continue;
      }
      if (marker == 0xD8 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
        at += 2; // markers without a length
        continue;
      }
      if (marker == 0xD9 || marker == 0xDA) {
        return null; // end of image or scan data before any frame header
      }
      int length = u16(b, at + 2);
      if (length < 2) {
        return null;
      }
      boolean frame =
          marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
      if (frame) {
        if (at + 9 > b.length) {
          return null;
        }
        int height = u16(b, at + 5);
        int width = u16(b, at + 7);
        return width == 0 || height == 0 ? null : new int[] {width, height};
      }
      at += 2 + length;
    }
    return null;
  }

  private static int u8(byte[] b, int at) {
    return b[at] & 0xFF;
  }

  private static int u16(byte[] b, int at) {
    return (u8(b, at) << 8) | u8(b, at + 1);
  }

  private static long u32(byte[] b, int at) {
    return ((long) u16(b, at) << 16) | u16(b, at + 2);
  }

  private static String quote(String text) {
    String shown = text.length() > 60 ? text.substring(0, 57) + "…" : text;
    return "\"" + shown + "\"";
  }

  private enum Kind {
    PNG("PNG"),
    JPEG("JPEG");

    final String label;

    Kind(String label) {
      this.label = label;
    }
  }
}
