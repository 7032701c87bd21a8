package org.createyourresume.render;

import java.util.List;

/**
 * A finished render.
 *
 * @param content the file's bytes
 * @param format what {@code content} is
 * @param template the template id used
 * @param pages page count of the PDF, or 0 for other formats
 * @param diagnostics things the user should know (characters left out, settings ignored)
 */
public record RenderResult(
    byte[] content, OutputFormat format, String template, int pages,
    List<RenderDiagnostic> diagnostics) {

  public RenderResult {
    diagnostics = List.copyOf(diagnostics);
  }
}
