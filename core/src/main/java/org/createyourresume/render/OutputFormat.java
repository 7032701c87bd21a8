package org.createyourresume.render;

import java.util.Arrays;
import java.util.Optional;

/** What {@link ResumeRenderer} can produce. */
public enum OutputFormat {
  /** Tagged PDF/UA-1 with PDF/A-3u metadata. */
  PDF("pdf", "application/pdf"),
  /** A single-file web page: the same layout, CSS inline, no scripts. */
  HTML("html", "text/html"),
  /** A Word document: named styles, tab-aligned dates, real bullet lists, no tables. */
  DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
  /** Plain text for pasting into application forms. */
  TXT("txt", "text/plain"),
  /** Markdown (CommonMark). */
  MD("md", "text/markdown"),
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
