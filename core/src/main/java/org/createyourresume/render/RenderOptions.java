package org.createyourresume.render;

import java.util.Objects;

/**
 * How to render: the format, a template overriding the resume's own choice, and for plain text
 * the line width and whether to keep to ASCII.
 *
 * @param format what to produce
 * @param template template id, or {@code null} for the resume's choice (or the default)
 * @param textWidth plain text only: wrap at this many characters; 0 leaves lines whole
 * @param asciiOnly plain text only: "-" instead of "•" and "–" for bullets and date ranges
 */
public record RenderOptions(OutputFormat format, String template, int textWidth, boolean asciiOnly) {

  public RenderOptions {
    Objects.requireNonNull(format, "format");
    if (textWidth < 0 || (textWidth > 0 && textWidth < 20)) {
      throw new IllegalArgumentException("text width must be 0 (no wrapping) or at least 20");
    }
  }

  /** {@code format} in {@code template} (or the resume's own when null). */
  public RenderOptions(OutputFormat format, String template) {
    this(format, template, 0, false);
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
    return new RenderOptions(format, templateId, textWidth, asciiOnly);
  }

  /** Plain text wrapped at {@code width} characters (0: not wrapped), ASCII-only or not. */
  public RenderOptions withText(int width, boolean ascii) {
    return new RenderOptions(format, template, width, ascii);
  }
}
