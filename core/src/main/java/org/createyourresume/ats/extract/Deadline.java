package org.createyourresume.ats.extract;

import org.createyourresume.ats.AtsException;

/**
 * A point in time past which reading a file stops, checked cheaply from hot loops. Readers of
 * uploaded files (the extractors here, the importer) share it so that every refusal for time
 * reads the same. It also stops the work when its thread is interrupted: a server that has given
 * up on a request (and answered it) cancels the work this way, and the worker must be free at
 * once rather than when the deadline passes.
 */
public final class Deadline {

  private final long endNanos;
  private final long millis;
  private int calls;

  /** A deadline {@code millis} from now. */
  public Deadline(long millis) {
    this.millis = millis;
    this.endNanos = System.nanoTime() + millis * 1_000_000L;
  }

  /**
   * Throws once the time is up or the thread was interrupted; looks only every 256th call.
   *
   * @throws AtsException {@code file.timeout}
   */
  public void check() {
    if ((++calls & 0xff) == 0) {
      checkNow();
    }
  }

  /**
   * Throws when the time is up or the thread was interrupted, reading the clock now.
   *
   * @throws AtsException {@code file.timeout}, or {@code request.cancelled} when interrupted (the
   *     interrupt stays set, so that anything the caller waits on next stops too)
   */
  public void checkNow() {
    if (Thread.currentThread().isInterrupted()) {
      throw AtsException.rejected(
          "request.cancelled", "reading the file was stopped because its request was cancelled");
    }
    if (System.nanoTime() - endNanos > 0) {
      throw AtsException.rejected(
          "file.timeout",
          "reading the file took longer than " + millis / 1000.0 + " s and was stopped; a resume"
              + " this slow to read is damaged or built to overload readers. Export it again as a"
              + " plain PDF or DOCX");
    }
  }
}
