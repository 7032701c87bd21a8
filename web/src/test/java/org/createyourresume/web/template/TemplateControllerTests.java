package org.createyourresume.web.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import javax.imageio.ImageIO;
import org.createyourresume.render.ResumeRenderer;
import org.createyourresume.render.TemplateInfo;
import org.createyourresume.web.WebTestConfiguration;
import org.createyourresume.web.render.RenderPool;
import org.createyourresume.web.render.ThumbnailService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(TemplateController.class)
@Import({WebTestConfiguration.class, RenderPool.class, ThumbnailService.class, SampleResume.class})
class TemplateControllerTests {

  @Autowired private MockMvc mvc;
  @Autowired private ResumeRenderer renderer;

  @Test
  void listsEveryTemplateWithItsPicture() throws Exception {
    List<TemplateInfo> templates = renderer.templates();
    assertThat(templates).isNotEmpty();
    for (int i = 0; i < templates.size(); i++) {
      TemplateInfo t = templates.get(i);
      mvc.perform(get("/api/templates"))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.length()").value(templates.size()))
          .andExpect(jsonPath("$[" + i + "].id").value(t.id()))
          .andExpect(jsonPath("$[" + i + "].name").value(t.name()))
          .andExpect(jsonPath("$[" + i + "].accentColor").value(t.accentColor()))
          .andExpect(jsonPath("$[" + i + "].swatches.length()").value(t.swatches().size()))
          .andExpect(jsonPath("$[" + i + "].swatches[0].name").value(t.swatches().get(0).name()))
          .andExpect(jsonPath("$[" + i + "].swatches[?(@.color == '" + t.accentColor() + "')]")
              .isNotEmpty())
          .andExpect(jsonPath("$[" + i + "].swatches[*].color",
              everyItem(matchesPattern("#[0-9a-f]{6}"))))
          .andExpect(jsonPath("$[" + i + "].thumbnail")
              .value("/api/templates/" + t.id() + "/thumbnail.png"));
    }
  }

  @Test
  void thumbnailsArePngPicturesOfARealFirstPage() throws Exception {
    for (TemplateInfo t : renderer.templates()) {
      byte[] png =
          mvc.perform(get("/api/templates/" + t.id() + "/thumbnail.png"))
              .andExpect(status().isOk())
              .andExpect(content().contentType(MediaType.IMAGE_PNG))
              .andReturn()
              .getResponse()
              .getContentAsByteArray();
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
      assertThat(image.getWidth()).isEqualTo(480);
      assertThat(image.getHeight()).isBetween(600, 700);
      assertThat(darkPixelShare(image)).as("ink on the page of %s", t.id()).isGreaterThan(0.01);
    }
  }

  @Test
  void picturesOfDifferentTemplatesDiffer() throws Exception {
    List<TemplateInfo> templates = renderer.templates();
    byte[] first = png(templates.get(0).id());
    byte[] second = png(templates.get(1).id());
    assertThat(first).isNotEqualTo(second);
  }

  @Test
  void anUnknownTemplateIsA404Problem() throws Exception {
    mvc.perform(get("/api/templates/nope/thumbnail.png"))
        .andExpect(status().isNotFound())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.parameter").value("id"));
  }

  @Test
  void listsTheFontFamilies() throws Exception {
    mvc.perform(get("/api/fonts"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(renderer.fontFamilies().size()))
        .andExpect(jsonPath("$[0]").value(renderer.fontFamilies().iterator().next()));
  }

  private byte[] png(String id) throws Exception {
    return mvc.perform(get("/api/templates/" + id + "/thumbnail.png"))
        .andReturn().getResponse().getContentAsByteArray();
  }

  private static double darkPixelShare(BufferedImage image) {
    long dark = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y);
        int luminance = ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3;
        if (luminance < 128) {
          dark++;
        }
      }
    }
    return (double) dark / ((long) image.getWidth() * image.getHeight());
  }
}
