package org.createyourresume.ats.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.createyourresume.ats.parse.LayoutLine;
import org.createyourresume.ats.parse.Span;

/**
 * A page set as a two-column table whose narrow left column holds a label or the dates of each
 * row ("Jan 2022 – Present" beside a job, "Phone" beside a number, "Skills" on a row of its own),
 * told apart from a sidebar by the page's geometry alone, and read row by row: each left cell,
 * then the content of its row.
 *
 * <p>Both put short text in a narrow left column beside a wider one, and {@link Columns} finds a
 * gutter in both. What differs is how the left column's text sits against the right one:
 *
 * <ul>
 *   <li>a label column is made of cells of one to three short lines, and each cell either starts
 *       level with a line of the right column that starts a row (a bold title, or a line set
 *       apart from the one above it by more than a line's spacing), or is a heading with nothing
 *       beside it, on a row of its own;
 *   <li>a sidebar runs on: contact lines and skill lists one after another, lines close together
 *       (a cell of many lines), starting level with whatever the main column has there, often in
 *       the middle of a paragraph.
 * </ul>
 *
 * A page passes only when nearly every left cell fits the first description, so one run of
 * sidebar lines is enough to keep a page read column by column.
 */
final class LabelColumn {
  private LabelColumn() {}

  /** The most lines a cell may have: a label, or a date range that wrapped once or twice. */
  private static final int CELL_LINES = 3;

  /** The longest text of a cell's line: a label or a date range, not running text. */
  private static final int CELL_CHARS = 40;

  /** One cell of the left column: its lines, top to bottom. */
  private record Cell(List<LayoutLine> lines) {
    LayoutLine first() {
      return lines.get(0);
    }

    LayoutLine last() {
      return lines.get(lines.size() - 1);
    }

    /** The cell as one line: a date range that wrapped reads as one range again. */
    LayoutLine joined() {
      if (lines.size() == 1) {
        return first();
      }
      StringBuilder text = new StringBuilder();
      float right = 0;
      for (LayoutLine line : lines) {
        text.append(text.isEmpty() ? "" : " ").append(line.text().strip());
        right = Math.max(right, line.right());
      }
      Span s = first().spans().get(0);
      LayoutLine f = first();
      return new LayoutLine(List.of(new Span(text.toString(), f.left(), right, s.bold(), s.italic(), s.top(), s.size())),
          f.page(), f.left(), f.top(), right, f.fontSize(), f.zone(), f.listItem(), f.headingStyle());
    }
  }

  /** The two sides of a page split at the gutter, each in top-to-bottom order. */
  private record Sides(List<LayoutLine> left, List<LayoutLine> right) {}

  /**
   * Whether the page's left column, beside {@code fact}'s gutter, is a column of row labels or
   * dates rather than a column of its own.
   */
  static boolean holds(List<LayoutLine> lines, DocumentFacts.ColumnFact fact) {
    Sides sides = split(lines, fact);
    if (sides.left().size() < 4 || sides.right().size() < 4) {
      return false;
    }
    float minLeft = Float.MAX_VALUE;
    for (LayoutLine l : sides.left()) {
      minLeft = Math.min(minLeft, l.left());
    }
    float maxRight = 0;
    for (LayoutLine r : sides.right()) {
      maxRight = Math.max(maxRight, r.right());
    }
    // a label column is the narrow one, at the left
    if (maxRight - fact.gutter() < (fact.gutter() - minLeft) * 1.5f) {
      return false;
    }
    List<Cell> cells = cells(sides);
    int level = 0;
    int misfits = 0;
    for (Cell cell : cells) {
      boolean shortText = cell.lines().size() <= CELL_LINES
          && cell.lines().stream().allMatch(l -> visible(l.text()).length() <= CELL_CHARS);
      if (!shortText) {
        return false; // running content: a sidebar
      }
      if (rowStartBeside(cell.first(), sides.right()) >= 0) {
        level++;
      } else if (!(ownRow(cell, sides.right()) && heading(cell))) {
        misfits++;
      }
    }
    return cells.size() >= 4 && level >= 3 && level * 2 >= cells.size() && misfits * 10 <= cells.size();
  }

  /**
   * The page read row by row: what sits above the columns first, then each left cell (its lines
   * joined) followed by the right column's lines down to the next cell.
   */
  static List<LayoutLine> rowByRow(List<LayoutLine> lines, DocumentFacts.ColumnFact fact) {
    List<LayoutLine> out = new ArrayList<>();
    for (LayoutLine line : lines) {
      if (line.zone() != LayoutLine.Zone.BODY || line.top() < fact.top() - 1) {
        out.add(line);
      }
    }
    Sides sides = split(lines, fact);
    List<Cell> cells = cells(sides);
    List<LayoutLine> right = sides.right();
    int r = 0;
    for (int c = 0; c < cells.size(); c++) {
      Cell cell = cells.get(c);
      float from = cell.first().top() - tolerance(cell.first());
      // right lines above this cell (the rest of the row before it) come first
      while (r < right.size() && right.get(r).top() < from) {
        out.add(right.get(r++));
      }
      LayoutLine label = cell.joined();
      int beside = rowStartBeside(cell.first(), right);
      if (beside == r) {
        // the cell and its row's first line, as one line read across the page: "Nov. 2019" beside
        // "CompTIA A+", "Phone" beside the number
        LayoutLine row = right.get(r++);
        List<Span> spans = new ArrayList<>(label.spans());
        spans.addAll(row.spans());
        out.add(new LayoutLine(spans, row.page(), label.left(), row.top(), row.right(), row.fontSize(), row.zone(),
            row.listItem(), row.headingStyle()));
      } else {
        out.add(label);
      }
    }
    while (r < right.size()) {
      out.add(right.get(r++));
    }
    return out;
  }

  private static Sides split(List<LayoutLine> lines, DocumentFacts.ColumnFact fact) {
    List<LayoutLine> left = new ArrayList<>();
    List<LayoutLine> right = new ArrayList<>();
    for (LayoutLine line : lines) {
      if (line.zone() != LayoutLine.Zone.BODY || line.top() < fact.top() - 1) {
        continue;
      }
      List<Span> l = new ArrayList<>();
      List<Span> rs = new ArrayList<>();
      for (Span s : line.spans()) {
        (s.right() <= fact.gutter() + 4 ? l : rs).add(s);
      }
      if (!l.isEmpty()) {
        left.add(ReadingOrder.part(line, l));
      }
      if (!rs.isEmpty()) {
        right.add(ReadingOrder.part(line, rs));
      }
    }
    left.sort((a, b) -> Float.compare(a.top(), b.top()));
    right.sort((a, b) -> Float.compare(a.top(), b.top()));
    return new Sides(left, right);
  }

  /**
   * The left column's lines grouped into cells: a line starts a new cell when it stands more than
   * a line's spacing below the one before, or when it sits level with the start of a row.
   */
  private static List<Cell> cells(Sides sides) {
    List<Cell> cells = new ArrayList<>();
    List<LayoutLine> current = new ArrayList<>();
    for (LayoutLine line : sides.left()) {
      LayoutLine previous = current.isEmpty() ? null : current.get(current.size() - 1);
      boolean continues = previous != null
          && line.top() - previous.top() <= Math.max(previous.fontSize(), line.fontSize()) * 1.3f
          && Math.abs(line.left() - previous.left()) <= 3
          && rowStartBeside(line, sides.right()) < 0;
      if (!continues && !current.isEmpty()) {
        cells.add(new Cell(current));
        current = new ArrayList<>();
      }
      current.add(line);
    }
    if (!current.isEmpty()) {
      cells.add(new Cell(current));
    }
    return cells;
  }

  /**
   * The index of the right-column line level with {@code line} that starts a row, or -1. A row
   * starts with a bold line, with the column's first line, or with a line set further below the
   * one above it than wrapped text is.
   */
  private static int rowStartBeside(LayoutLine line, List<LayoutLine> right) {
    float tolerance = tolerance(line);
    for (int i = 0; i < right.size(); i++) {
      LayoutLine r = right.get(i);
      if (Math.abs(r.top() - line.top()) > tolerance) {
        continue;
      }
      LayoutLine above = i == 0 ? null : right.get(i - 1);
      boolean start = above == null || r.startsBold()
          || r.top() - above.top() >= Math.max(r.fontSize(), above.fontSize()) * 1.3f;
      return start ? i : -1;
    }
    return -1;
  }

  /** Whether no right-column line stands beside the cell: a row of its own. */
  private static boolean ownRow(Cell cell, List<LayoutLine> right) {
    float from = cell.first().top() - tolerance(cell.first());
    float to = cell.last().top() + cell.last().fontSize();
    return right.stream().noneMatch(r -> r.top() >= from && r.top() < to);
  }

  /** A heading: one short line of words, bold or in capitals. */
  private static boolean heading(Cell cell) {
    if (cell.lines().size() != 1) {
      return false;
    }
    LayoutLine line = cell.first();
    String t = visible(line.text());
    return !t.isEmpty() && t.split("\\s+").length <= 4 && t.codePoints().noneMatch(Character::isDigit)
        && (line.allBold() || (t.length() > 2 && t.equals(t.toUpperCase(Locale.ROOT))));
  }

  private static float tolerance(LayoutLine line) {
    return Math.max(1.5f, line.fontSize() * 0.2f);
  }

  /** The text without icon-font glyphs (Private Use Area), which are pictures, not words. */
  private static String visible(String text) {
    return text.replaceAll("\\p{Co}", "").strip();
  }
}
