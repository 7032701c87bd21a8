package org.createyourresume.ats.extract;

import java.util.List;
import java.util.stream.Collectors;
import org.createyourresume.ats.parse.LayoutLine;

/**
 * A file as an ATS reads it: its lines in reading order, and facts about the file.
 *
 * @param format what the file was
 * @param bytes the file's size
 * @param pages page count (1 for text; for DOCX, the page breaks it records, plus one)
 * @param lines the text, line by line, in the order an extractor reads it
 * @param facts fonts, images, layout
 */
public record ExtractedDocument(
    SourceFormat format, long bytes, int pages, List<LayoutLine> lines, DocumentFacts facts) {

  public ExtractedDocument {
    lines = List.copyOf(lines);
  }

  /** Plain text, one line per line. */
  public static ExtractedDocument ofText(String text) {
    List<LayoutLine> lines =
        text.lines().filter(l -> !l.isBlank()).map(l -> LayoutLine.plain(l.strip(), 1)).toList();
    return new ExtractedDocument(
        SourceFormat.TEXT, text.length(), 1, lines, DocumentFacts.none());
  }

  /**
   * Whether the file has a text layer worth the name: at least 40 letters a page. Fewer means an
   * image-only scan, or text drawn as shapes, which an ATS (and an importer) reads as nothing.
   */
  public boolean hasText() {
    long letters = lines.stream().mapToLong(l -> l.text().codePoints().filter(Character::isLetter).count()).sum();
    return letters >= 40L * Math.max(1, pages);
  }

  /** All the text an ATS gets, one line per line. */
  public String text() {
    return lines.stream().map(LayoutLine::text).collect(Collectors.joining("\n"));
  }
}
