package org.createyourresume.render.theme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Locale;
import org.createyourresume.render.ResumeRenderer;
import org.createyourresume.render.TemplateInfo;
import org.createyourresume.render.TemplateInfo.Swatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every template offers six to eight accent colours, its own default among them, each one dark
 * enough to colour text (names, headings, dates) on white: WCAG's 4.5:1 for normal text. The
 * compact template sets headings on a tint of the accent, so each is also checked on its tint.
 */
class ThemeSwatchesTests {

  private static final List<TemplateInfo> TEMPLATES = ResumeRenderer.create().templates();

  static List<TemplateInfo> templates() {
    return TEMPLATES;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("templates")
  void sixToEightNamedColoursWithTheDefaultAmongThem(TemplateInfo template) {
    List<Swatch> swatches = template.swatches();
    assertThat(swatches).hasSizeBetween(6, 8);
    assertThat(swatches).extracting(Swatch::color)
        .allSatisfy(c -> assertThat(c).matches("#[0-9a-f]{6}"))
        .doesNotHaveDuplicates()
        .contains(template.accentColor());
    assertThat(swatches).extracting(Swatch::name)
        .allSatisfy(n -> assertThat(n).isNotBlank())
        .doesNotHaveDuplicates();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("templates")
  void everyColourReadsAsTextOnWhiteAndOnItsTint(TemplateInfo template) {
    for (Swatch swatch : template.swatches()) {
      assertThat(contrast(swatch.color(), "#ffffff"))
          .as("%s %s on white", swatch.name(), swatch.color())
          .isGreaterThanOrEqualTo(4.5);
      String tint = StyleResolver.mix(swatch.color(), 0.9);
      assertThat(contrast(swatch.color(), tint))
          .as("%s %s on its tint %s", swatch.name(), swatch.color(), tint)
          .isGreaterThanOrEqualTo(4.5);
    }
  }

  @Test
  void theContrastFormulaGivesWcagsKnownValues() {
    assertThat(contrast("#000000", "#ffffff")).isCloseTo(21, within(0.01));
    assertThat(contrast("#ffffff", "#ffffff")).isCloseTo(1, within(0.01));
    // #767676 is the lightest grey that passes 4.5:1 on white, #777777 the first that fails
    assertThat(contrast("#767676", "#ffffff")).isGreaterThanOrEqualTo(4.5);
    assertThat(contrast("#777777", "#ffffff")).isLessThan(4.5);
  }

  @Test
  void templatesKeepTheirOwnPalettes() {
    // each template's palette is chosen for it, not one list shared by all
    assertThat(TEMPLATES).extracting(t -> t.swatches().stream().map(Swatch::color).toList())
        .doesNotHaveDuplicates();
  }

  /** WCAG 2 contrast ratio of two sRGB colours. */
  private static double contrast(String a, String b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  private static double luminance(String colour) {
    int rgb = Integer.parseInt(colour.substring(1).toLowerCase(Locale.ROOT), 16);
    return 0.2126 * linear((rgb >> 16) & 0xff) + 0.7152 * linear((rgb >> 8) & 0xff)
        + 0.0722 * linear(rgb & 0xff);
  }

  private static double linear(int channel) {
    double c = channel / 255.0;
    return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }
}
