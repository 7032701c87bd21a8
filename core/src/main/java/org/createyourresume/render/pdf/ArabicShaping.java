package org.createyourresume.render.pdf;

import com.openhtmltopdf.bidi.BidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiReorderer;

/**
 * ICU4J's bidi reordering and Arabic shaping for the PDF engine, with one correction: ICU turns a
 * vowel mark (shadda, fatha…) after a joining letter into its "medial" presentation form, a
 * tatweel with the mark, which text extractors read back as an extra tatweel ("عمـّان" for
 * "عمّان"). The marks are put back as the combining characters they were; the joined letter
 * forms stay.
 */
final class ArabicShaping implements BidiReorderer {

  /** U+FE70–U+FE7F, isolated and medial forms of the marks, as the marks themselves. */
  private static final char[] MARKS = {
    '\u064B', '\u064B', '\u064C', 0, '\u064D', 0, '\u064E', '\u064E',
    '\u064F', '\u064F', '\u0650', '\u0650', '\u0651', '\u0651', '\u0652', '\u0652'
  };

  private final ICUBidiReorderer icu = new ICUBidiReorderer();

  @Override
  public String reorderRTLTextToLTR(String text) {
    return icu.reorderRTLTextToLTR(text);
  }

  @Override
  public String shapeText(String text) {
    return marksAsMarks(icu.shapeText(text));
  }

  @Override
  public String deshapeText(String text) {
    return icu.deshapeText(text);
  }

  @Override
  public boolean isLiveImplementation() {
    return true;
  }

  static String marksAsMarks(String shaped) {
    char[] chars = null;
    for (int i = 0; i < shaped.length(); i++) {
      char c = shaped.charAt(i);
      if (c >= '\uFE70' && c <= '\uFE7F' && MARKS[c - '\uFE70'] != 0) {
        if (chars == null) {
          chars = shaped.toCharArray();
        }
        chars[i] = MARKS[c - '\uFE70'];
      }
    }
    return chars == null ? shaped : new String(chars);
  }
}
