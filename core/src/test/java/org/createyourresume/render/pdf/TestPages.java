package org.createyourresume.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.createyourresume.model.Resume;
import org.createyourresume.render.html.HtmlTemplater;
import org.createyourresume.render.theme.Style;
import org.createyourresume.render.theme.StyleResolver;
import org.createyourresume.render.theme.Theme;
import org.createyourresume.render.view.ViewBuilder;

/** A resume's page in a template, as the renderer hands it to {@link PdfWriter}. */
record TestPages(String xhtml, FontFamily family) {

  static TestPages of(FontCatalog fonts, Resume resume, Theme theme) {
    StyleResolver styles = new StyleResolver(
        fonts.families().stream().map(FontFamily::name).collect(Collectors.toSet()));
    Style style = styles.resolve(resume.design(), theme, d -> {});
    FontFamily family = fonts.find(style.fontFamily()).orElseThrow();
    String xhtml = new HtmlTemplater().render(
        new ViewBuilder(style, c -> fonts.canDisplay(family, c), d -> {}).build(resume), style, true);
    return new TestPages(xhtml, family);
  }

  /**
   * Asserts that {@code ours} writes this page as {@code reference} does, byte for byte but for
   * dates and id: how a writer's shortcut proves it changes nothing in the file.
   */
  void assertSameBytes(PdfWriter ours, PdfWriter reference, String as) throws IOException {
    assertThat(withoutDatesAndId(ours.write(xhtml, family).pdf()))
        .as(as)
        .isEqualTo(withoutDatesAndId(reference.write(xhtml, family).pdf()));
  }

  /** The PDF with its creation date and document id blanked. */
  static String withoutDatesAndId(byte[] pdf) {
    return new String(pdf, StandardCharsets.ISO_8859_1)
        .replaceAll("D:\\d{14}[^)]*", "D:")
        .replaceAll("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(Z|[+-]\\d\\d:\\d\\d)?", "T")
        .replaceAll("/ID ?\\[<[0-9A-Fa-f]+> ?<[0-9A-Fa-f]+>]", "/ID");
  }
}
