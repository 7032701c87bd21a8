package org.createyourresume.render;

import java.util.Objects;

/**
 * How to render: the format, and a template overriding the resume's own choice.
 *
 * @param format what to produce
 * @param template template id, or {@code null} for the resume's choice (or the default)
 */
public record RenderOptions(OutputFormat format, String template) {

  public RenderOptions {
    Objects.requireNonNull(format, "format");
  }

  /** PDF in the resume's own template. */
  public static RenderOptions pdf() {
    return new RenderOptions(OutputFormat.PDF, null);
  }

  /** {@code format} in the resume's own template. */
  public static RenderOptions of(OutputFormat format) {
    return new RenderOptions(format, null);
  }

  public RenderOptions withTemplate(String templateId) {
    return new RenderOptions(format, templateId);
  }
}
