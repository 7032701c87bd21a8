package org.createyourresume.render;

import java.util.Arrays;
import java.util.Optional;

/** What {@link ResumeRenderer} can produce. */
public enum OutputFormat {
  /** Tagged PDF/UA-1 with PDF/A-3u metadata. */
  PDF("pdf", "application/pdf"),
  /** The XHTML page the PDF is made from, with its CSS inline. */
  HTML("html", "text/html"),
  /** The JSON Resume document, with our design extension. */
  JSON("json", "application/json");

  private final String id;
  private final String mediaType;

  OutputFormat(String id, String mediaType) {
    this.id = id;
    this.mediaType = mediaType;
  }

  /** The name used on the command line and in the HTTP API, also the file extension. */
  public String id() {
    return id;
  }

  public String mediaType() {
    return mediaType;
  }

  /** The format with this id, ignoring case. */
  public static Optional<OutputFormat> of(String id) {
    return Arrays.stream(values()).filter(f -> f.id.equalsIgnoreCase(id)).findFirst();
  }
}
