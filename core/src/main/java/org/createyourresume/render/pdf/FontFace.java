package org.createyourresume.render.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;

/** The four faces every bundled family has. */
enum FontFace {
  REGULAR("Regular", 400, FontStyle.NORMAL),
  BOLD("Bold", 700, FontStyle.NORMAL),
  ITALIC("Italic", 400, FontStyle.ITALIC),
  BOLD_ITALIC("BoldItalic", 700, FontStyle.ITALIC);

  final String suffix;
  final int weight;
  final FontStyle style;

  FontFace(String suffix, int weight, FontStyle style) {
    this.suffix = suffix;
    this.weight = weight;
    this.style = style;
  }
}
