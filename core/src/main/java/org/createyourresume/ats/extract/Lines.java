package org.createyourresume.ats.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.TextPosition;
import org.createyourresume.ats.parse.LayoutLine;
import org.createyourresume.ats.parse.TextNorm;
import org.createyourresume.ats.parse.Span;

/** Builds one {@link LayoutLine} from the words PDFBox found on a line. */
final class Lines {
  private Lines() {}

  /**
   * Whether a gap between two letters set apart one by one ("S U P P O R T") is a word space
   * too: clearly wider than the space of the font, where the gaps between the letters of a word
   * are the letter spacing alone. Two spaces then part the words, as a letter-spaced heading's
   * reading ("W O R K  E X P E R I E N C E") expects.
   */
  private static boolean spacedWordGap(StringBuilder text, List<TextPosition> word, float gap, float space) {
    int n = text.length();
    int end = Character.isWhitespace(text.charAt(n - 1)) ? n - 1 : n;
    boolean singleBefore = end >= 1 && !Character.isWhitespace(text.charAt(end - 1))
        && (end == 1 || Character.isWhitespace(text.charAt(end - 2)));
    return singleBefore && word.size() <= 2 && !Float.isNaN(gap) && gap > 1.8f * space;
  }

  /** Wider than this many font sizes, a gap separates spans (a date pushed to the right). */
  private static final float SPAN_GAP = 1.2f;
  /**
   * Wider than this many spaces of the font (and than {@link #TAG_GAP_EM} of its size), the ink
   * gap between words separates spans too: tags set side by side as boxes ("Java  Go  SQL"), whose
   * padding and margins print no characters. Word spaces, even stretched in a justified line,
   * stay narrower; a gap with no space in it (a ligature glyph that maps to no letter) never
   * separates.
   */
  private static final float TAG_GAP_SPACES = 2.5f;
  private static final float TAG_GAP_EM = 0.6f;

  static LayoutLine build(
      List<List<TextPosition>> words, int page, Set<TextPosition> artifacts, Set<TextPosition> plainArtifacts) {
    List<Span> spans = new ArrayList<>();
    Map<PDFont, boolean[]> styles = new HashMap<>();
    StringBuilder text = new StringBuilder();
    float spanLeft = 0;
    float spanRight = 0;
    float spanTop = Float.MAX_VALUE;
    boolean spanBold = false;
    boolean spanItalic = false;
    boolean open = false;
    float left = Float.MAX_VALUE;
    float right = 0;
    float top = Float.MAX_VALUE;
    Map<Float, Integer> sizes = new HashMap<>();
    int inArtifacts = 0;
    int inPlain = 0;
    int total = 0;
    float previousRight = Float.NaN;
    float inkRight = Float.NaN;
    boolean spaceSinceInk = false;
    boolean afterBlank = false;
    Set<Float> wordStartSizes = new java.util.HashSet<>();
    Set<Float> innerSizes = new java.util.HashSet<>();
    Map<Float, Integer> spanSizes = new HashMap<>();
    for (List<TextPosition> word : words) {
      boolean wordStart = true;
      boolean inkStart = true;
      for (TextPosition p : word) {
        String unicode = expand(p.getUnicode());
        if (unicode == null || unicode.isEmpty()) {
          continue;
        }
        total++;
        if (artifacts.contains(p)) {
          inArtifacts++;
        } else if (plainArtifacts.contains(p)) {
          inPlain++;
        }
        float x = p.getXDirAdj();
        float w = p.getWidthDirAdj();
        float size = Math.max(1, p.getXScale());
        boolean blank = unicode.isBlank();
        boolean[] style =
            styles.computeIfAbsent(
                p.getFont(),
                f -> new boolean[] {PdfExtractor.bold(f), PdfExtractor.italic(f)});
        if (!blank) {
          left = Math.min(left, x);
          right = Math.max(right, x + w);
          top = Math.min(top, p.getYDirAdj() - 0.8f * size);
          float rounded = Math.round(size * 4) / 4f;
          sizes.merge(rounded, 1, Integer::sum);
          (wordStart || afterBlank ? wordStartSizes : innerSizes).add(rounded);
        }
        float space = p.getWidthOfSpace() > 0 ? p.getWidthOfSpace() : size * 0.28f;
        boolean wideGap = open && ((wordStart && x - previousRight > SPAN_GAP * size)
            || (inkStart && !blank && spaceSinceInk && x - inkRight > Math.max(TAG_GAP_SPACES * space, TAG_GAP_EM * size)));
        boolean styleChange = open && !blank && (style[0] != spanBold || style[1] != spanItalic);
        if (open && (wideGap || styleChange)) {
          addSpan(spans, text, spanLeft, spanRight, spanBold, spanItalic, spanTop, spanSizes);
          open = false;
        }
        if (!open) {
          if (blank) {
            continue;
          }
          open = true;
          text.setLength(0);
          spanLeft = x;
          spanTop = Float.MAX_VALUE;
          spanBold = style[0];
          spanItalic = style[1];
        } else if (wordStart && !blank && text.length() > 0 && !Character.isWhitespace(text.charAt(text.length() - 1))) {
          text.append(spacedWordGap(text, word, x - inkRight, space) ? "  " : " ");
        } else if ((wordStart || afterBlank) && !blank && text.length() > 1 && spacedWordGap(text, word, x - inkRight, space)
            && !Character.isWhitespace(text.charAt(text.length() - 2))) {
          text.append(' ');
        }
        text.append(unicode);
        if (!blank) {
          spanSizes.merge(Math.round(size * 4) / 4f, 1, Integer::sum);
          inkRight = x + w;
          inkStart = false;
          spaceSinceInk = false;
          spanRight = x + w;
          spanTop = Math.min(spanTop, p.getYDirAdj() - 0.8f * size);
        }
        previousRight = x + w;
        spaceSinceInk |= blank;
        wordStart = false;
        afterBlank = blank;
      }
    }
    if (open) {
      addSpan(spans, text, spanLeft, spanRight, spanBold, spanItalic, spanTop, spanSizes);
    }
    if (spans.isEmpty()) {
      return null;
    }
    float fontSize = 0;
    int best = -1;
    for (var e : sizes.entrySet()) {
      if (e.getValue() > best) {
        best = e.getValue();
        fontSize = e.getKey();
      }
    }
    // small capitals: each word opens with a capital at the type size and goes on in capitals
    // drawn smaller; the line's size is the type size, as a reader sees it
    if (sizes.size() == 2 && innerSizes.size() == 1 && wordStartSizes.size() == 1) {
      float capital = wordStartSizes.iterator().next();
      float small = innerSizes.iterator().next();
      if (capital > small * 1.15f && capital < small * 1.6f) {
        fontSize = capital;
      }
    }
    LayoutLine.Zone zone =
        inArtifacts * 2 > total ? LayoutLine.Zone.HEADER_FOOTER
            : (inArtifacts + inPlain) * 2 > total ? LayoutLine.Zone.ARTIFACT : LayoutLine.Zone.BODY;
    return new LayoutLine(spans, page, left, top, right, fontSize, zone, false, false);
  }

  private static void addSpan(List<Span> spans, StringBuilder text, float left, float right, boolean bold,
      boolean italic, float top, Map<Float, Integer> sizes) {
    String t = text.toString().replaceAll("[\\s\\u00a0]+", " ").strip();
    // letters set apart one by one keep the two spaces between their words ("D A T A  A N A L Y S T")
    String wide = text.toString().replace('\u00a0', ' ').replaceAll("\\s{2,}", "  ").strip();
    if (!wide.equals(t) && TextNorm.letterSpaced(wide)) {
      t = wide;
    }
    float size = 0;
    int most = 0;
    for (var e : sizes.entrySet()) {
      if (e.getValue() > most) {
        most = e.getValue();
        size = e.getKey();
      }
    }
    sizes.clear();
    if (!t.isEmpty()) {
      spans.add(new Span(t, left, right, bold, italic, top == Float.MAX_VALUE ? 0 : top, size));
    }
  }

  /** Ligature code points become their letters; everything else is kept. */
  private static String expand(String unicode) {
    if (unicode == null) {
      return null;
    }
    for (int i = 0; i < unicode.length(); i++) {
      char c = unicode.charAt(i);
      if (c >= '\uFB00' && c <= '\uFB06') {
        return java.text.Normalizer.normalize(unicode, java.text.Normalizer.Form.NFKC);
      }
    }
    return unicode;
  }
}
