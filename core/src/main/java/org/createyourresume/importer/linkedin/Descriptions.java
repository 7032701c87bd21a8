package org.createyourresume.importer.linkedin;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A LinkedIn description as a resume entry's summary and bullets. People write one of three
 * shapes: a paragraph (a summary), lines (each an achievement: a bullet), or an introduction
 * followed by bulleted lines (a summary, then bullets). Bullets pasted into one line ("• a • b")
 * are split apart.
 */
final class Descriptions {
  private Descriptions() {}

  /** A bullet symbol, or an ASCII list marker or number followed by a space. */
  private static final Pattern BULLET =
      Pattern.compile("^(?:[•·▪▫◦‣⁃●○■□►▸▶➤➢✓✔]\\s*|[-–—*+]\\s+|\\d{1,2}[.)]\\s+)(.*)$");

  /**
   * What a description became.
   *
   * @param summary the introduction, or {@code null}
   * @param bullets the lines that became bullets, in order
   */
  record Split(String summary, List<String> bullets) {
    Split {
      bullets = List.copyOf(bullets);
    }
  }

  static Split split(String text) {
    List<Piece> pieces = new ArrayList<>();
    for (String line : text.split("\n")) {
      addLine(line.strip(), pieces);
    }
    if (pieces.isEmpty()) {
      return new Split(null, List.of());
    }
    int firstBullet = 0;
    while (firstBullet < pieces.size() && !pieces.get(firstBullet).bullet()) {
      firstBullet++;
    }
    if (firstBullet == pieces.size()) {
      // lines without bullets: a lone paragraph is a summary; several lines are bullets, after
      // an introduction that ends with a colon ("Key achievements:")
      if (pieces.size() == 1) {
        return new Split(pieces.get(0).text(), List.of());
      }
      firstBullet = pieces.get(0).text().endsWith(":") ? 1 : 0;
    }
    List<String> texts = pieces.stream().map(Piece::text).toList();
    String summary = firstBullet == 0 ? null : String.join(" ", texts.subList(0, firstBullet));
    return new Split(summary, texts.subList(firstBullet, texts.size()));
  }

  private record Piece(String text, boolean bullet) {}

  /** One line: a bullet or not; "• a • b • c" pasted into one line is three bullets. */
  private static void addLine(String line, List<Piece> pieces) {
    int first = line.indexOf('•');
    if (first < 0 || line.indexOf('•', first + 1) < 0) {
      Matcher m = BULLET.matcher(line);
      add(pieces, m.matches() ? m.group(1) : line, m.matches());
      return;
    }
    add(pieces, line.substring(0, first), false);
    for (String piece : line.substring(first + 1).split("•")) {
      add(pieces, piece, true);
    }
  }

  private static void add(List<Piece> pieces, String text, boolean bullet) {
    String t = text.strip();
    if (!t.isEmpty()) {
      pieces.add(new Piece(t, bullet));
    }
  }
}
