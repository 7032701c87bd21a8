package org.createyourresume.web.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.createyourresume.json.JsonResumeReader;
import org.createyourresume.web.WebTestConfiguration;
import org.createyourresume.web.example.ExampleCatalog.Example;
import org.createyourresume.web.render.RenderPool;
import org.createyourresume.web.render.ThumbnailService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(ExampleController.class)
@Import({WebTestConfiguration.class, RenderPool.class, ThumbnailService.class,
    ExampleCatalog.class})
class ExampleControllerTests {

  @Autowired private MockMvc mvc;
  @Autowired private ExampleCatalog catalog;
  @Autowired private JsonResumeReader reader;

  @Test
  void listsEveryExampleWithLinks() throws Exception {
    List<Example> all = catalog.all();
    for (int i = 0; i < all.size(); i++) {
      Example e = all.get(i);
      mvc.perform(get("/api/examples"))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.length()").value(all.size()))
          .andExpect(jsonPath("$[" + i + "].id").value(e.id()))
          .andExpect(jsonPath("$[" + i + "].title").value(e.title()))
          .andExpect(jsonPath("$[" + i + "].name").value(e.personName()))
          .andExpect(jsonPath("$[" + i + "].resume").value("/api/examples/" + e.id()));
    }
  }

  @Test
  void servesEachExampleAsAValidJsonResume() throws Exception {
    for (Example e : catalog.all()) {
      String json =
          mvc.perform(get("/api/examples/" + e.id()))
              .andExpect(status().isOk())
              .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
              .andReturn()
              .getResponse()
              .getContentAsString(StandardCharsets.UTF_8);
      var read = reader.read(json);
      assertThat(read.isValid()).as(e.id()).isTrue();
      assertThat(read.resume().basicsOrEmpty().name()).isEqualTo(e.personName());
    }
  }

  @Test
  void drawsAPictureOfEachExample() throws Exception {
    for (Example e : catalog.all()) {
      mvc.perform(get("/api/examples/" + e.id() + "/thumbnail.png"))
          .andExpect(status().isOk())
          .andExpect(content().contentType(MediaType.IMAGE_PNG));
    }
  }

  @Test
  void anUnknownExampleIsA404Problem() throws Exception {
    mvc.perform(get("/api/examples/no-such-example"))
        .andExpect(status().isNotFound())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.detail").value("There is no example with the id \"no-such-example\"."));
    mvc.perform(get("/api/examples/no-such-example/thumbnail.png"))
        .andExpect(status().isNotFound());
  }
}
