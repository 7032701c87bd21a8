package org.createyourresume.web.template;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.createyourresume.render.ResumeRenderer;
import org.createyourresume.render.TemplateInfo;
import org.createyourresume.web.render.ThumbnailService;
import org.createyourresume.web.system.ApiProblem;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The templates and fonts a resume can use, with a picture of each template. */
@RestController
@Tag(name = "Templates", description = "Templates and fonts to choose from")
class TemplateController {

  private final ResumeRenderer renderer;
  private final ThumbnailService thumbnails;
  private final SampleResume sample;

  TemplateController(ResumeRenderer renderer, ThumbnailService thumbnails, SampleResume sample) {
    this.renderer = renderer;
    this.thumbnails = thumbnails;
    this.sample = sample;
  }

  /** A template as the API lists it. */
  record TemplateView(
      String id, String name, String description, String fontFamily, String accentColor,
      @Schema(description = "Accent colours chosen for this template (six to eight, the default"
          + " among them), each readable as text on white: {name, color: #rrggbb}")
          List<TemplateInfo.Swatch> swatches,
      @Schema(description = "1, or 2 for a design with a sidebar") int columns,
      @Schema(description = "Whether the design has a photo slot; the photo prints only when"
          + " basics.image holds one") boolean photo,
      @Schema(description = "Its look: traditional, modern, minimal or bold") String style,
      @Schema(description = "Who it suits best: some of fresher, experienced, manager, it,"
          + " academic") List<String> bestFor,
      String thumbnail) {

    static TemplateView of(TemplateInfo info) {
      return new TemplateView(
          info.id(), info.name(), info.description(), info.fontFamily(), info.accentColor(),
          info.swatches(), info.columns(), info.photo(), info.style(), info.bestFor(),
          "/api/templates/" + info.id() + "/thumbnail.png");
    }
  }

  @Operation(summary = "List the templates, in the order a picker shows them")
  @GetMapping("/api/templates")
  List<TemplateView> templates() {
    return renderer.templates().stream().map(TemplateView::of).toList();
  }

  @Operation(summary = "A PNG picture of a sample resume's first page in this template")
  @GetMapping(path = "/api/templates/{id}/thumbnail.png", produces = MediaType.IMAGE_PNG_VALUE)
  ResponseEntity<byte[]> thumbnail(@PathVariable String id) {
    TemplateInfo template =
        renderer.templates().stream()
            .filter(t -> t.id().equals(id))
            .findFirst()
            .orElseThrow(() -> ApiProblem.notFound("template", id));
    byte[] png = thumbnails.png("template:" + template.id(), sample.resume(), template.id());
    return ResponseEntity.ok()
        .contentType(MediaType.IMAGE_PNG)
        .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
        .body(png);
  }

  @Operation(summary = "List the font families a design may name in fontFamily")
  @GetMapping("/api/fonts")
  Set<String> fonts() {
    return renderer.fontFamilies();
  }
}
