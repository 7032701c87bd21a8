package org.createyourresume.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.createyourresume.json.JsonResumeReader;
import org.createyourresume.model.Basics;
import org.createyourresume.model.Design;
import org.createyourresume.model.Resume;
import org.createyourresume.model.Work;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Hostile or careless input gives a clear error or safe output, never a crash or markup. */
class BadInputTests {

  private static final ResumeRenderer RENDERER = ResumeRenderer.create();

  private static Resume withJob(Work work) {
    Basics basics = new Basics("Sam Doe", null, null, null, null, null, null, null, null, null);
    return new Resume(null, basics, List.of(work), null, null, null, null, null, null, null, null,
        null, null, null, null);
  }

  private static Work jobWith(List<String> highlights) {
    return new Work("Acme", null, null, "Engineer", null, "2020", null, null, highlights, null);
  }

  @Test
  void tenThousandBulletsAreRefusedWithTheFieldAndTheLimit() {
    Resume resume = withJob(jobWith(Collections.nCopies(10_000, "Did a thing")));
    assertThatThrownBy(() -> RENDERER.render(resume, RenderOptions.pdf()))
        .isInstanceOfSatisfying(RenderException.class, e -> {
          assertThat(e.isUserError()).isTrue();
          assertThat(e.code()).isEqualTo("limit.items");
        })
        .hasMessageStartingWith("work[0].highlights: has 10000 items; at most 60 are allowed");
  }

  @Test
  void aHugeStringIsRefused() {
    Resume resume = withJob(jobWith(List.of("x".repeat(2_000_000))));
    assertThatThrownBy(() -> RENDERER.render(resume, RenderOptions.pdf()))
        .isInstanceOf(RenderException.class)
        .hasMessageContaining("work[0].highlights[0]: has 2000000 characters; at most 10000");
  }

  @Test
  void anUnknownTemplateIsAUserErrorListingTheChoices() {
    assertThatThrownBy(
            () -> RENDERER.render(Resume.named("Sam"), RenderOptions.pdf().withTemplate("fancy")))
        .isInstanceOfSatisfying(RenderException.class, e -> assertThat(e.isUserError()).isTrue())
        .hasMessage("no template \"fancy\" (choose one of classic, modern, compact, technical, harbor, atlas, summit,"
            + " timeline, minimal, executive, starter, academic, portrait)");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<script>alert('x')</script>",
        "<img src=x onerror=alert(1)>",
        "]]><b>bold</b>&amp;&lt;",
        "</style><style>body{display:none}</style>",
        "\" onmouseover=\"alert(1)"
      })
  void markupInAnyFieldIsPrintedAsText(String markup) throws Exception {
    Basics basics = new Basics(markup, markup, null, null, markup, null, markup, null, null, null);
    Resume resume = new Resume(null, basics, List.of(jobWith(List.of(markup))), null, null, null,
        null, null, null, null, null, null, null, null, null);

    byte[] html = RENDERER.render(resume, RenderOptions.of(OutputFormat.HTML)).content();
    assertThat(new String(html, StandardCharsets.UTF_8))
        .doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<img");
    // parsed as the PDF engine parses it: only our own elements, no event-handler attributes
    Document page = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(html));
    NodeList all = page.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      Element element = (Element) all.item(i);
      assertThat(element.getTagName()).isNotIn("script", "img", "b", "iframe");
      for (int a = 0; a < element.getAttributes().getLength(); a++) {
        assertThat(element.getAttributes().item(a).getNodeName()).doesNotStartWith("on");
      }
    }
    assertThat(page.getElementsByTagName("style").getLength()).isEqualTo(1);

    String text = PdfFacts.flat(PdfFacts.of(RENDERER.render(resume, RenderOptions.pdf()).content()).text());
    assertThat(text).contains(PdfFacts.flat(markup));
  }

  @Test
  void dangerousLinksAreNotLinked() {
    Basics basics = new Basics("Sam Doe", null, null, null, null, "javascript:alert(1)", null, null, null, null);
    Work work = new Work("Acme", null, null, null, "data:text/html,hi", "2020", null, null, null, null);
    Resume resume = new Resume(null, basics, List.of(work), null, null, null, null, null, null,
        null, null, null, null, null, null);
    var links = PdfFacts.of(RENDERER.render(resume, RenderOptions.pdf()).content()).links();
    assertThat(links).extracting(PdfFacts.LinkFact::uri)
        .noneMatch(uri -> uri.startsWith("javascript:") || uri.startsWith("data:"));
  }

  @Test
  void charactersNoFontHasAreLeftOutAndReported() {
    Resume resume = withJob(jobWith(List.of("Shipped 🚀 the 東京 launch on time ᚠ")));
    RenderResult result = RENDERER.render(resume, RenderOptions.pdf());
    String text = PdfFacts.of(result.content()).text();
    assertThat(text).contains("Shipped").contains("the 東京 launch on time").doesNotContain("\uFFFD");
    assertThat(result.diagnostics())
        .singleElement()
        .satisfies(d -> {
          assertThat(d.id()).isEqualTo("glyph.missing");
          assertThat(d.pointer()).isEqualTo("/work/0/highlights/0");
          assertThat(d.message()).contains("U+1F680", "U+16A0").doesNotContain("U+6771");
        });
  }

  @Test
  void ligatureCharactersPastedFromOtherPdfsBecomeLetters() {
    Resume resume = withJob(jobWith(List.of("Eﬃcient oﬃce workﬂow certiﬁcation")));
    String text = PdfFacts.of(RENDERER.render(resume, RenderOptions.pdf()).content()).text();
    assertThat(text).contains("Efficient office workflow certification");
  }

  @Test
  void charactersOutsideTheSupportedScriptsAreReportedNotGarbled() {
    Resume resume = withJob(jobWith(List.of("Kept: ü ω ж ₹ € ™; left out: ᚠ")));
    RenderResult result = RENDERER.render(resume, RenderOptions.pdf());
    assertThat(PdfFacts.of(result.content()).text()).contains("Kept: ü ω ж ₹ € ™; left out:").doesNotContain("\uFFFD");
    assertThat(result.diagnostics()).singleElement()
        .satisfies(d -> assertThat(d.message()).contains("U+16A0"));
  }

  @Test
  void invisibleAndControlCharactersAreDropped() {
    Resume resume = withJob(jobWith(List.of("Zero\u200Bwidth\u0007 bell\u00AD soft")));
    String text = PdfFacts.of(RENDERER.render(resume, RenderOptions.pdf()).content()).text();
    assertThat(text).contains("Zerowidth bell soft");
  }

  @Test
  void aVeryLongUnbrokenWordStaysOnThePage() {
    String word = "Supercalifragilistic".repeat(40);
    RenderResult result = RENDERER.render(withJob(jobWith(List.of(word))), RenderOptions.pdf());
    PdfFacts pdf = PdfFacts.of(result.content());
    assertThat(pdf.text().replaceAll("\\s", "")).contains(word);
    float pageWidth = pdf.mediaBox()[0];
    assertThat(pdf.lines()).allSatisfy(line -> assertThat(line.x()).isLessThan(pageWidth));
  }

  @Test
  void invalidDesignValuesFallBackWithADiagnostic() {
    Design design = new Design(null, "Comic Sans", 99.0, "red", null, 0.1, "A5", "DD.MM", "??", null, null, null, null, null);
    RenderResult result = RENDERER.render(Resume.named("Sam Doe").withDesign(design), RenderOptions.pdf());
    assertThat(result.pages()).isEqualTo(1);
    assertThat(result.diagnostics())
        .extracting(RenderDiagnostic::pointer)
        .containsExactlyInAnyOrder(
            "/meta/createYourResume/fontFamily",
            "/meta/createYourResume/fontSize",
            "/meta/createYourResume/accentColor",
            "/meta/createYourResume/lineSpacing",
            "/meta/createYourResume/pageSize",
            "/meta/createYourResume/dateFormat",
            "/meta/createYourResume/language");
  }

  @Test
  void warmingUpRendersEveryTemplateWithoutComplaint() {
    ResumeRenderer.create().warmUp();
  }

  @Test
  void anEmptyResumeStillRenders() {
    Resume empty = new JsonResumeReader().read("{}").resume();
    RenderResult result = RENDERER.render(empty, RenderOptions.pdf());
    assertThat(result.pages()).isEqualTo(1);
    assertThat(PdfFacts.of(result.content()).info().getTitle()).isEqualTo("Resume");
  }
}
