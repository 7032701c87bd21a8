package org.createyourresume.web.share;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.createyourresume.json.JsonResumeException;
import org.createyourresume.json.JsonResumeReader;
import org.createyourresume.letter.Letter;
import org.createyourresume.letter.Letters;
import org.createyourresume.model.Resume;
import org.createyourresume.render.OutputFormat;
import org.createyourresume.render.RenderOptions;
import org.createyourresume.render.RenderResult;
import org.createyourresume.render.ResumeFileName;
import org.createyourresume.render.ResumeRenderer;
import org.createyourresume.web.render.RenderPool;
import org.createyourresume.web.share.SharedResumeRepository.SharedResume;
import org.createyourresume.web.system.ApiProblem;
import org.createyourresume.web.system.RateLimited;
import org.createyourresume.web.system.RateLimited.Kind;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.util.UriUtils;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public, read-only side of a share link: {@code /r/{shareId}} is the resume as an HTML page
 * in the owner's template, {@code /r/{shareId}.pdf} its PDF. A link whose owner stopped sharing
 * (turned off, replaced, or the resume deleted) is a 410 that says so; an unknown one is a 404.
 * Pages carry {@code noindex} (meta and {@code X-Robots-Tag}) unless the owner opted in, and are
 * never cached, so a revoked link stops working at once.
 */
@Controller
@Tag(name = "Shared resumes", description = "Read-only pages of shared resumes")
class ShareController {

  private static final Pattern SHARE_ID = Pattern.compile("[A-Za-z0-9_-]{22}");

  private final SharedResumeRepository repository;
  private final JsonResumeReader reader;
  private final ResumeRenderer renderer;
  private final RenderPool pool;

  ShareController(
      SharedResumeRepository repository, JsonResumeReader reader, ResumeRenderer renderer,
      RenderPool pool) {
    this.repository = repository;
    this.reader = reader;
    this.renderer = renderer;
    this.pool = pool;
  }

  @Operation(summary = "A shared resume as a web page",
      description = "410 when the owner stopped sharing it (the link was turned off or replaced,"
          + " or the resume deleted), 404 for a link that never existed.")
  @GetMapping(path = "/r/{shareId}", produces = MediaType.TEXT_HTML_VALUE)
  @RateLimited(Kind.SHARE)
  ResponseEntity<String> page(@PathVariable String shareId, HttpServletResponse response) {
    SharedResume shared = find(shareId);
    Resume resume = read(shared);
    RenderResult result =
        pool.run(() -> renderer.render(resume, options(resume, OutputFormat.HTML)));
    String name = resume.basics() != null && resume.basics().name() != null
        && !resume.basics().name().isBlank() ? resume.basics().name().strip() : "the owner";
    SharePage page =
        SharePage.of(new String(result.content(), StandardCharsets.UTF_8),
            "/r/" + shareId + ".pdf", name, shared.indexable(), letterLinks(shareId, resume));
    // replaces the site-wide policy: no script at all, and only this page's own stylesheet
    response.setHeader("Content-Security-Policy", page.contentSecurityPolicy());
    return ResponseEntity.ok()
        .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
        .cacheControl(CacheControl.noStore())
        .header("X-Robots-Tag", robots(shared))
        .body(page.html());
  }

  /** Links to the letters the owner shares with the resume, in file order. */
  private static List<SharePage.LetterLink> letterLinks(String shareId, Resume resume) {
    List<SharePage.LetterLink> links = new ArrayList<>();
    for (Letter letter : Letters.read(resume)) {
      if (letter.isShared() && letter.id() != null && !letter.id().isBlank()) {
        String name = Stream.of(letter.role(), letter.company()).filter(s -> s != null && !s.isBlank())
            .map(String::strip).collect(Collectors.joining(" · "));
        links.add(new SharePage.LetterLink(name.isEmpty() ? letter.id() : name,
            "/r/" + shareId + "/letters/" + UriUtils.encodePathSegment(letter.id(), StandardCharsets.UTF_8) + ".pdf"));
      }
    }
    return links;
  }

  @Operation(summary = "A shared resume as a PDF",
      description = "410 when the owner stopped sharing it, 404 for a link that never existed.")
  @GetMapping(path = "/r/{shareId}.pdf")
  @RateLimited(Kind.RENDER)
  ResponseEntity<byte[]> pdf(@PathVariable String shareId) {
    SharedResume shared = find(shareId);
    Resume resume = read(shared);
    RenderResult result =
        pool.run(() -> renderer.render(resume, options(resume, OutputFormat.PDF)));
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline()
                .filename(ResumeFileName.of(resume, OutputFormat.PDF), StandardCharsets.UTF_8)
                .build().toString())
        .header("X-Robots-Tag", robots(shared))
        .header("X-Page-Count", String.valueOf(result.pages()))
        .cacheControl(CacheControl.noStore())
        .body(result.content());
  }

  @Operation(summary = "A cover letter the owner shares with the resume, as a PDF",
      description = "Only a letter marked \"shared\": true in meta.createYourResume.letters is"
          + " shown, in the resume's template; any other id is 404, so unshared letters cannot be"
          + " told from missing ones. 410 when the owner stopped sharing the resume.")
  @GetMapping(path = "/r/{shareId}/letters/{letterId}.pdf")
  @RateLimited(Kind.RENDER)
  ResponseEntity<byte[]> letterPdf(@PathVariable String shareId, @PathVariable String letterId) {
    SharedResume shared = find(shareId);
    Resume resume = read(shared);
    Letter letter = Letters.read(resume).stream()
        .filter(l -> l.isShared() && letterId.equals(l.id()))
        .findFirst()
        .orElseThrow(() -> ApiProblem.notFound("shared letter", letterId));
    RenderResult result =
        pool.run(() -> renderer.renderLetter(resume, letter, options(resume, OutputFormat.PDF)));
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline()
                .filename(ResumeFileName.ofLetter(resume, OutputFormat.PDF), StandardCharsets.UTF_8)
                .build().toString())
        .header("X-Robots-Tag", robots(shared))
        .header("X-Page-Count", String.valueOf(result.pages()))
        .cacheControl(CacheControl.noStore())
        .body(result.content());
  }

  /**
   * The draft's own template, or the default one when the draft names a template this server
   * does not have (a typo in the JSON, or one since removed): a visitor gets the resume, not an
   * error about its design.
   */
  private RenderOptions options(Resume resume, OutputFormat format) {
    String own = resume.design().template();
    boolean known = own == null || own.isBlank()
        || renderer.templates().stream().anyMatch(t -> t.id().equals(own.strip()));
    RenderOptions options = RenderOptions.of(format);
    return known ? options : options.withTemplate(renderer.defaultTemplate());
  }

  private SharedResume find(String shareId) {
    if (!SHARE_ID.matcher(shareId).matches()) {
      throw ApiProblem.noShare();
    }
    Optional<SharedResume> shared = repository.find(shareId);
    if (shared.isPresent()) {
      return shared.get();
    }
    throw repository.wasRevoked(shareId) ? ApiProblem.shareRevoked() : ApiProblem.noShare();
  }

  /**
   * The stored draft, read as tolerantly as the editor's preview; values that are still invalid
   * are printed as written rather than refusing the whole page.
   */
  private Resume read(SharedResume shared) {
    try {
      return reader.read(shared.document()).resume();
    } catch (JsonResumeException e) {
      // only JSON objects are ever stored, so this is a bug
      throw new IllegalStateException("a stored resume is not a JSON object", e);
    }
  }

  private static String robots(SharedResume shared) {
    return shared.indexable() ? "all" : "noindex, nofollow";
  }
}
