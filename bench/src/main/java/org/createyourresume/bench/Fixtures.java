package org.createyourresume.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.createyourresume.json.JsonResumeReader;
import org.createyourresume.json.ReadResult;
import org.createyourresume.model.Resume;
import org.createyourresume.render.RenderResult;

/** The resumes the benchmarks render, bundled under {@code resumes/} in this module. */
final class Fixtures {

  private Fixtures() {}

  /**
   * The bundled resume {@code name} ({@code one-page}, {@code over-one-page} or {@code three-page}).
   *
   * @throws IllegalArgumentException if there is no such resume or it does not read cleanly
   */
  static Resume resume(String name) {
    return read(name, json(name));
  }

  /** The JSON text of the bundled resume {@code name}. */
  static String json(String name) {
    String path = "/resumes/" + name + ".json";
    try (InputStream in = Fixtures.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no bundled resume " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code json} read as a resume; {@code name} says which in an error. */
  static Resume read(String name, String json) {
    ReadResult read = new JsonResumeReader().read(json);
    if (!read.problems().isEmpty()) {
      throw new IllegalArgumentException(name + " does not read cleanly: " + read.problems());
    }
    return read.resume();
  }

  /**
   * Prints what a render produced, so every result file shows what was measured, and refuses to
   * measure a "one-page" resume that no longer fits on one page (a template change that pushes it
   * over would otherwise silently change what the numbers mean).
   */
  static void describe(String resume, String template, RenderResult pdf) {
    System.out.printf(
        "%n[fixture] %s in %s: %d page(s), %d bytes of PDF, %d diagnostic(s)%n",
        resume, template, pdf.pages(), pdf.content().length, pdf.diagnostics().size());
    pdf.diagnostics().forEach(d -> System.out.println("[fixture]   " + d));
    if (resume.equals("one-page") && pdf.pages() != 1) {
      throw new IllegalStateException(
          "one-page.json renders as " + pdf.pages() + " pages in " + template
              + "; shorten it so that the one-page figures stay one-page figures");
    }
  }
}
