package org.createyourresume.importer.letter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.createyourresume.ats.extract.ExtractedDocument;
import org.createyourresume.ats.extract.SourceFormat;
import org.createyourresume.ats.parse.LayoutLine;

/**
 * A letter's lines with their block breaks, from what the extractors read. A resume is read line
 * by line; a letter needs one more fact, where its paragraphs end, and each format says it in its
 * own way: plain text with a blank line, a PDF with a vertical gap (or an indented first line), a
 * DOCX with a new paragraph.
 */
public final class LetterLines {
  private LetterLines() {}

  /**
   * How much taller than the usual line pitch a gap must be to end a block. Our own templates
   * print 13 pt lines with 23 pt between paragraphs; a typewriter-style letter has a whole empty
   * line (twice the pitch). Line pitch jitters by a point or two with superscripts and accents.
   */
  private static final double GAP = 1.4;

  /** How much larger than the body's type a line must be to count as a heading (the writer's name). */
  private static final double HEADING = 1.35;

  private static final Pattern MARKDOWN_MARKS = Pattern.compile("^#{1,6}\\s+|^>\\s?|\\*\\*|__|(?<!\\w)[*_](?=\\S)|(?<=\\S)[*_](?!\\w)");

  /** The lines of a PDF or DOCX, as the resume import's extractors read them. */
  public static List<LetterLine> of(ExtractedDocument document) {
    List<LayoutLine> body = document.lines().stream()
        .filter(l -> l.zone() != LayoutLine.Zone.HEADER_FOOTER && !l.text().isBlank())
        .toList();
    if (body.isEmpty()) {
      return List.of();
    }
    float bodySize = median(body.stream().map(LayoutLine::fontSize).filter(s -> s > 0).toList());
    if (document.format() != SourceFormat.PDF || body.stream().noneMatch(LayoutLine::positioned)) {
      // a DOCX paragraph is already one block; its lines were never wrapped
      return body.stream().map(l -> new LetterLine(l.text().strip(), true, heading(l, bodySize))).toList();
    }
    float pitch = lowThird(pitches(body));
    float left = (float) body.stream().mapToDouble(LayoutLine::left).min().orElse(0);
    float right = (float) body.stream().mapToDouble(LayoutLine::right).max().orElse(0);
    float middle = left + (right - left) * 0.45f;
    List<LetterLine> lines = new ArrayList<>();
    LayoutLine previous = null;
    for (LayoutLine l : body) {
      boolean breakBefore = previous == null;
      if (previous != null) {
        if (l.page() != previous.page()) {
          // a paragraph may run on to the next page: a full last line says it did
          breakBefore = previous.right() < right - (right - left) * 0.15f;
        } else {
          float gap = l.top() - previous.top();
          breakBefore = gap > pitch * GAP || gap < 0
              || (l.left() > left + 12 && l.left() < middle && previous.right() < right - (right - left) * 0.1f);
        }
      }
      boolean aside = (l.left() >= middle && l.positioned()) || heading(l, bodySize);
      lines.add(new LetterLine(l.text().strip(), breakBefore, aside));
      previous = l;
    }
    return lines;
  }

  /**
   * The lines of plain text (or Markdown, its marks taken off): a blank line breaks a block;
   * a line indented while the lines around it are not starts one too, as in a letter typed with
   * indented paragraphs.
   */
  public static List<LetterLine> ofText(String text, boolean markdown) {
    List<LetterLine> lines = new ArrayList<>();
    boolean blank = true;
    for (String raw : text.replace("\u00ad", "").split("\\R", -1)) {
      String line = markdown ? MARKDOWN_MARKS.matcher(raw).replaceAll("") : raw;
      if (line.isBlank()) {
        blank = true;
        continue;
      }
      boolean indented = !blank && !lines.isEmpty() && (line.startsWith("    ") || line.startsWith("\t"));
      lines.add(LetterLine.plain(line.strip(), blank || indented));
      blank = false;
    }
    return lines;
  }

  private static boolean heading(LayoutLine l, float bodySize) {
    return bodySize > 0 && l.fontSize() > bodySize * HEADING;
  }

  private static List<Float> pitches(List<LayoutLine> lines) {
    List<Float> pitches = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      float gap = lines.get(i).top() - lines.get(i - 1).top();
      if (lines.get(i).page() == lines.get(i - 1).page() && gap > 0) {
        pitches.add(gap);
      }
    }
    return pitches;
  }

  /** The middle value; 0 for none. */
  private static float median(List<Float> values) {
    return quantile(values, 2);
  }

  /**
   * The value a third of the way up: for the gaps between lines, the line pitch, even in a letter
   * of short paragraphs whose header lines each stand alone.
   */
  private static float lowThird(List<Float> values) {
    return quantile(values, 3);
  }

  private static float quantile(List<Float> values, int divisor) {
    if (values.isEmpty()) {
      return 0;
    }
    float[] sorted = new float[values.size()];
    for (int i = 0; i < sorted.length; i++) {
      sorted[i] = values.get(i);
    }
    Arrays.sort(sorted);
    return sorted[(sorted.length - 1) / divisor];
  }
}
