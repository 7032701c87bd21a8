package org.createyourresume.model;

import java.util.Arrays;
import java.util.Optional;

/** Paper sizes we lay resumes out on. */
public enum PageSize {
  A4("A4", 210, 297),
  LETTER("Letter", 215.9, 279.4);

  private final String label;
  private final double widthMm;
  private final double heightMm;

  PageSize(String label, double widthMm, double heightMm) {
    this.label = label;
    this.widthMm = widthMm;
    this.heightMm = heightMm;
  }

  /** The value used in {@link Design#pageSize()}: {@code A4} or {@code Letter}. */
  public String label() {
    return label;
  }

  public double widthMm() {
    return widthMm;
  }

  public double heightMm() {
    return heightMm;
  }

  /** The size with this label, ignoring case. */
  public static Optional<PageSize> ofLabel(String label) {
    return Arrays.stream(values()).filter(p -> p.label.equalsIgnoreCase(label)).findFirst();
  }
}
