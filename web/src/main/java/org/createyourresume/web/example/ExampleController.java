package org.createyourresume.web.example;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.util.List;
import org.createyourresume.web.example.ExampleCatalog.Example;
import org.createyourresume.web.render.ThumbnailService;
import org.createyourresume.web.system.ApiProblem;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Example resumes to start from. */
@RestController
@Tag(name = "Examples", description = "Complete example resumes to start from")
class ExampleController {

  private final ExampleCatalog catalog;
  private final ThumbnailService thumbnails;

  ExampleController(ExampleCatalog catalog, ThumbnailService thumbnails) {
    this.catalog = catalog;
    this.thumbnails = thumbnails;
  }

  /** An example as the API lists it. */
  record ExampleView(
      String id, String title, String description, String name, String resume,
      String thumbnail) {

    static ExampleView of(Example e) {
      return new ExampleView(
          e.id(), e.title(), e.description(), e.personName(), "/api/examples/" + e.id(),
          "/api/examples/" + e.id() + "/thumbnail.png");
    }
  }

  @Operation(summary = "List the example resumes")
  @GetMapping("/api/examples")
  List<ExampleView> examples() {
    return catalog.all().stream().map(ExampleView::of).toList();
  }

  @Operation(summary = "One example as a JSON Resume document")
  @GetMapping(path = "/api/examples/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<String> example(@PathVariable String id) {
    Example example = catalog.find(id).orElseThrow(() -> ApiProblem.notFound("example", id));
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_JSON)
        .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
        .body(example.json());
  }

  @Operation(summary = "A PNG picture of an example's first page")
  @GetMapping(path = "/api/examples/{id}/thumbnail.png", produces = MediaType.IMAGE_PNG_VALUE)
  ResponseEntity<byte[]> thumbnail(@PathVariable String id) {
    Example example = catalog.find(id).orElseThrow(() -> ApiProblem.notFound("example", id));
    return ResponseEntity.ok()
        .contentType(MediaType.IMAGE_PNG)
        .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
        .body(thumbnails.png("example:" + example.id(), example.resume(), null));
  }
}
