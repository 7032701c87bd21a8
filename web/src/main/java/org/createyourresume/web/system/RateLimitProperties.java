package org.createyourresume.web.system;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;

/**
 * Per-client rate limits ({@code cyr.rate-limit.*}). Each limit lets a client make {@code
 * requests} requests in any {@code per} period, refilled gradually; a client is one IPv4 address
 * or one IPv6 /64 network.
 *
 * @param enabled {@code false} turns every limit off (for load tests on a private server)
 * @param create creating saved resumes
 * @param save reading, saving and deleting saved resumes
 * @param render making PDFs and other files
 * @param share making or revoking share links and viewing shared pages
 * @param check ATS checks (the editor's live panel sends one per pause in typing)
 * @param importing reading uploaded resume files ({@code cyr.rate-limit.import.*})
 * @param maxClients how many clients' counters are kept at once in memory (least recently seen
 *     go first)
 * @param shared keep the counters in the database when it is PostgreSQL, so that every node
 *     counts one quota per client; {@code false} (or any other database) keeps them per node
 */
@ConfigurationProperties("cyr.rate-limit")
record RateLimitProperties(
    @DefaultValue("true") boolean enabled,
    @DefaultValue({"30", "1h"}) Limit create,
    @DefaultValue({"240", "1m"}) Limit save,
    @DefaultValue({"300", "1m"}) Limit render,
    @DefaultValue({"60", "1m"}) Limit share,
    @DefaultValue({"120", "1m"}) Limit check,
    @Name("import") @DefaultValue({"30", "1m"}) Limit importing,
    @DefaultValue("100000") int maxClients,
    @DefaultValue("true") boolean shared) {

  /**
   * One limit.
   *
   * @param requests how many requests a client may make in {@code per}
   * @param per the period
   */
  record Limit(int requests, Duration per) {
    Limit {
      if (requests < 1) {
        throw new IllegalArgumentException("a rate limit needs at least 1 request per period");
      }
      if (per == null || per.isZero() || per.isNegative()) {
        throw new IllegalArgumentException("a rate limit needs a positive period");
      }
    }
  }

  Limit limit(RateLimited.Kind kind) {
    return switch (kind) {
      case CREATE -> create;
      case SAVE -> save;
      case RENDER -> render;
      case SHARE -> share;
      case CHECK -> check;
      case IMPORT -> importing;
    };
  }
}
