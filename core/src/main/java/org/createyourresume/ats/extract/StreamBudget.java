package org.createyourresume.ats.extract;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.InflaterInputStream;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.createyourresume.ats.AtsException;

/**
 * Checks, before any text is extracted, that the streams text extraction will decode (page
 * contents, forms, embedded fonts) unpack to no more than the limit: a "flate bomb" of a few
 * hundred kilobytes that inflates to gigabytes is refused after reading at most the limit, in
 * a fixed-size buffer, instead of being decoded into memory.
 */
final class StreamBudget {

  private final long limit;
  private final Deadline deadline;
  private long used;
  private final Map<COSStream, Boolean> seen = new IdentityHashMap<>();

  StreamBudget(long limit, Deadline deadline) {
    this.limit = limit;
    this.deadline = deadline;
  }

  void check(PDDocument document) throws IOException {
    for (PDPage page : document.getPages()) {
      COSBase contents = page.getCOSObject().getDictionaryObject(COSName.CONTENTS);
      walk(contents, 0);
      walk(page.getCOSObject().getDictionaryObject(COSName.RESOURCES), 0);
    }
  }

  /** Follows resources, forms and fonts from {@code base}, counting every stream once. */
  private void walk(COSBase base, int depth) throws IOException {
    Deque<COSBase> todo = new ArrayDeque<>();
    todo.push(base == null ? COSName.A : base);
    int visits = 0;
    while (!todo.isEmpty()) {
      deadline.check();
      if (++visits > 100_000) {
        throw AtsException.rejected("file.hostile", "the PDF's structure is far larger than any resume's");
      }
      COSBase item = todo.pop();
      if (item instanceof COSObject object) {
        item = object.getObject();
      }
      if (item instanceof COSStream stream) {
        if (seen.put(stream, Boolean.TRUE) != null) {
          continue;
        }
        COSName subtype = stream.getCOSName(COSName.SUBTYPE);
        if (!COSName.IMAGE.equals(subtype)) {
          count(stream);
        }
        push(todo, stream.getDictionaryObject(COSName.RESOURCES));
      } else if (item instanceof COSDictionary dictionary) {
        for (COSName key : List.of(COSName.XOBJECT, COSName.FONT, COSName.FONT_DESC, COSName.DESCENDANT_FONTS,
            COSName.FONT_FILE, COSName.FONT_FILE2, COSName.FONT_FILE3, COSName.RESOURCES, COSName.CHAR_PROCS,
            COSName.PATTERN)) {
          push(todo, dictionary.getItem(key));
        }
        if (dictionary.containsKey(COSName.TYPE) || dictionary.size() < 64) {
          for (COSBase value : dictionary.getValues()) {
            if (value instanceof COSObject || value instanceof COSDictionary || value instanceof org.apache.pdfbox.cos.COSArray) {
              // named resources (/F1, /Fm0 …) hold the fonts and forms themselves
              push(todo, value);
            }
          }
        }
      } else if (item instanceof org.apache.pdfbox.cos.COSArray array) {
        for (COSBase value : array) {
          push(todo, value);
        }
      }
    }
  }

  private static void push(Deque<COSBase> todo, COSBase value) {
    if (value != null) {
      todo.push(value);
    }
  }

  private void count(COSStream stream) throws IOException {
    COSBase filter = stream.getFilters();
    boolean flate = COSName.FLATE_DECODE.equals(filter)
        || (filter instanceof org.apache.pdfbox.cos.COSArray a && a.size() == 1 && COSName.FLATE_DECODE.equals(a.getObject(0)));
    try (InputStream in = flate ? new InflaterInputStream(stream.createRawInputStream()) : stream.createInputStream()) {
      byte[] buffer = new byte[64 * 1024];
      int n;
      while ((n = in.read(buffer)) > 0) {
        used += n;
        deadline.check();
        if (used > limit) {
          throw AtsException.rejected(
              "file.hostile",
              "the PDF unpacks to more than " + limit / (1024 * 1024)
                  + " MB, which no resume needs; it is damaged or built to overload readers");
        }
      }
    } catch (java.util.zip.ZipException e) {
      // a damaged stream: the text engine will skip it as PDFBox does
    }
  }
}
