package org.createyourresume.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.createyourresume.json.JsonResumeReader;
import org.createyourresume.model.Resume;
import org.createyourresume.model.TestResumes;
import org.junit.jupiter.api.Test;

/**
 * The live preview's path gives the PDF a full render gives, edit after edit, and skips the PDF
 * engine only when the printed page is one it wrote recently.
 */
class PreviewRenderTests {

  private final ResumeRenderer renderer = ResumeRenderer.create();

  @Test
  void everyEditGivesTheSamePdfAsAFullRender() {
    String original = TestResumes.text("full.json");
    String[] edits = {
      original,
      // one word of a field
      original.replace("nine years of experience", "ten years of experience"),
      // a bullet more
      original.replace("\"Redesigned the settlement", "\"Wrote the on-call guide.\", \"Redesigned the settlement"),
      // a field no template prints, then the edit undone
      original.replace("\"version\": \"v1.0.0\"", "\"version\": \"v1.0.1\""),
      original,
      // the heading of the page
      original.replaceFirst("Senior Software Engineer", "Staff Software Engineer"),
    };
    for (String template : new String[] {"classic", "modern"}) {
      for (String json : edits) {
        Resume resume = read(json);
        RenderOptions options = RenderOptions.pdf().withTemplate(template);
        RenderResult preview = renderer.renderPreview(resume, options);
        RenderResult full = renderer.render(resume, options);
        assertThat(preview.pages()).isEqualTo(full.pages());
        assertThat(preview.diagnostics()).isEqualTo(full.diagnostics());
        assertThat(withoutDatesAndId(preview.content()))
            .as("preview of an edit in %s", template)
            .isEqualTo(withoutDatesAndId(full.content()));
      }
    }
  }

  @Test
  void anEditThatPrintsNothingNewReusesThePdfAndAnyOtherWritesOne() {
    String original = TestResumes.text("full.json");
    RenderOptions options = RenderOptions.pdf().withTemplate("classic");
    RenderResult first = renderer.renderPreview(read(original), options);
    assertThat(renderer.previewCacheSize()[0]).isEqualTo(1);

    RenderResult unprinted =
        renderer.renderPreview(
            read(original.replace("\"version\": \"v1.0.0\"", "\"version\": \"v1.0.1\"")), options);
    assertThat(renderer.previewCacheSize()[0]).isEqualTo(1);
    // the very bytes, creation date and document id included: nothing was written again
    assertThat(unprinted.content()).isEqualTo(first.content());

    RenderResult printed =
        renderer.renderPreview(read(original.replace("nine years", "ten years")), options);
    assertThat(renderer.previewCacheSize()[0]).isEqualTo(2);
    assertThat(PdfFacts.flat(PdfFacts.of(printed.content()).text())).contains("ten years");
  }

  @Test
  void changingTheBytesGivenOutDoesNotChangeTheNextPreview() {
    Resume resume = TestResumes.load("full.json");
    RenderOptions options = RenderOptions.pdf();
    byte[] first = renderer.renderPreview(resume, options).content();
    byte[] kept = first.clone();
    first[first.length / 2] ^= 0x55;
    assertThat(renderer.renderPreview(resume, options).content()).isEqualTo(kept);
  }

  private static Resume read(String json) {
    return new JsonResumeReader().read(json).resume();
  }

  /** The PDF with its creation and modification dates and its document id blanked. */
  static String withoutDatesAndId(byte[] pdf) {
    return new String(pdf, StandardCharsets.ISO_8859_1)
        .replaceAll("D:\\d{14}[^)]*", "D:")
        .replaceAll("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?(Z|[+-]\\d\\d:\\d\\d)?", "T")
        .replaceAll("/ID ?\\[<[0-9A-Fa-f]+> ?<[0-9A-Fa-f]+>]", "/ID");
  }
}
