package org.createyourresume.web.system;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Puts a controller method under one of the per-client rate limits ({@code cyr.rate-limit.*}).
 * Over the limit the request is answered 429 with {@code Retry-After} before the method runs.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface RateLimited {

  /** Which limit the request counts against. */
  Kind value();

  /** The limits, each configured separately. */
  enum Kind {
    /** Creating a saved resume. */
    CREATE,
    /** Reading, saving and deleting a saved resume with its key. */
    SAVE,
    /** Making a file: {@code POST /api/render} and shared PDFs. */
    RENDER,
    /** Making, changing or revoking a share link, and viewing shared pages. */
    SHARE,
    /** Checking a resume as an ATS reads it: {@code POST /api/ats/check}. */
    CHECK,
    /** Reading an uploaded resume file: {@code POST /api/import}. */
    IMPORT;

    /** The name used in settings and messages. */
    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
