package org.createyourresume.ats.extract;

import org.createyourresume.ats.AtsException;

/** A point in time past which reading a file stops, checked cheaply from hot loops. */
final class Deadline {

  private final long endNanos;
  private final long millis;
  private int calls;

  Deadline(long millis) {
    this.millis = millis;
    this.endNanos = System.nanoTime() + millis * 1_000_000L;
  }

  /** Throws once the time is up; reads the clock only every 256th call. */
  void check() {
    if ((++calls & 0xff) == 0) {
      checkNow();
    }
  }

  void checkNow() {
    if (System.nanoTime() - endNanos > 0) {
      throw AtsException.rejected(
          "file.timeout",
          "reading the file took longer than " + millis / 1000.0 + " s and was stopped; a resume"
              + " this slow to read is damaged or built to overload readers. Export it again as a"
              + " plain PDF or DOCX");
    }
  }
}
