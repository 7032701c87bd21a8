package org.createyourresume.web.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.createyourresume.json.JsonResumeReader;
import org.createyourresume.render.ResumeRenderer;
import org.createyourresume.web.example.ExampleCatalog.Example;
import org.junit.jupiter.api.Test;

class ExampleCatalogTests {

  private static final JsonResumeReader READER =
      new JsonResumeReader(ResumeRenderer.create().validator());
  private static final String ANN = "{\"basics\":{\"name\":\"Ann Lee\",\"label\":\"Nurse\"}}";

  private static ExampleCatalog catalog(Map<String, String> files) {
    return new ExampleCatalog(READER, files::get);
  }

  @Test
  void readsAnIndexObjectInItsOrder() {
    ExampleCatalog catalog =
        catalog(Map.of(
            "index.json",
            "{\"examples\":[{\"id\":\"b\",\"title\":\"Bee\",\"description\":\"Second\","
                + "\"file\":\"b.json\"},{\"id\":\"a\",\"title\":\"Ay\",\"file\":\"a.json\"}]}",
            "a.json", ANN,
            "b.json", "{\"basics\":{\"name\":\"Bo Chen\"}}"));
    assertThat(catalog.all()).extracting(Example::id).containsExactly("b", "a");
    Example b = catalog.find("b").orElseThrow();
    assertThat(b.title()).isEqualTo("Bee");
    assertThat(b.description()).isEqualTo("Second");
    assertThat(b.personName()).isEqualTo("Bo Chen");
  }

  @Test
  void readsABareArrayAndDefaultsTheFileAndTitle() {
    ExampleCatalog catalog = catalog(Map.of("index.json", "[{\"id\":\"nurse\"}]",
        "nurse.json", ANN));
    Example nurse = catalog.find("nurse").orElseThrow();
    assertThat(nurse.title()).isEqualTo("Nurse");
    assertThat(nurse.json()).isEqualTo(ANN);
  }

  @Test
  void leavesOutWhatIsMissingInvalidOrUnsafe() {
    ExampleCatalog catalog =
        catalog(Map.of(
            "index.json",
            "[{\"id\":\"gone\"},{\"id\":\"bad\"},{\"id\":\"Bad Id!\"},{\"id\":\"up\","
                + "\"file\":\"../secret.json\"},{\"id\":\"ok\",\"file\":\"ok.json\"},"
                + "{\"id\":\"broken\"}]",
            "bad.json", "{\"basics\":{\"email\":\"nope\"}}",
            "broken.json", "{not json",
            "ok.json", ANN));
    assertThat(catalog.all()).extracting(Example::id).containsExactly("ok");
  }

  @Test
  void offersNothingWithoutAnIndex() {
    assertThat(catalog(Map.of()).all()).isEmpty();
    assertThat(catalog(Map.of("index.json", "{oops")).all()).isEmpty();
  }

  @Test
  void theShippedExamplesAreAllValid() {
    ExampleCatalog shipped = new ExampleCatalog(READER);
    assertThat(shipped.all()).isNotEmpty();
    for (Example e : shipped.all()) {
      assertThat(e.personName()).as(e.id()).isNotBlank();
    }
  }
}
