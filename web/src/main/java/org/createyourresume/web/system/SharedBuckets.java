package org.createyourresume.web.system;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HexFormat;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Token buckets kept in PostgreSQL (Bucket4j's select-for-update proxy manager), so that every
 * node behind a load balancer takes from the same bucket: a client cannot double its quota by
 * reaching two nodes. One row per client and kind, keyed by a SHA-256 of the kind, the limit and
 * the client, never the address itself; a row is deleted once its bucket would be full again.
 */
final class SharedBuckets {

  /** The table; made at start-up when missing (it holds counters, not data worth migrating). */
  static final String TABLE = "cyr_rate_limit";

  private static final int EXPIRED_BATCH = 1000;

  private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

  SharedBuckets(DataSource dataSource) {
    createTable(dataSource);
    this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
        .primaryKeyMapper(PrimaryKeyMapper.STRING)
        .table(TABLE)
        .idColumn("id")
        .stateColumn("state")
        .expiresAtColumn("expires_at")
        // a full bucket is the same as none: keep rows only while they still count something
        .expirationAfterWrite(
            ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
        .build();
  }

  /** Whether {@code dataSource} is a PostgreSQL database (the only one these buckets support). */
  static boolean isPostgres(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      return "PostgreSQL".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
    } catch (SQLException e) {
      return false;
    }
  }

  private static void createTable(DataSource dataSource) {
    String create = "CREATE TABLE IF NOT EXISTS " + TABLE
        + " (id VARCHAR(64) PRIMARY KEY, state BYTEA, expires_at BIGINT)";
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(create);
    } catch (SQLException first) {
      // two nodes starting at once can both try to make it; one of them gets a duplicate
      try (Connection connection = dataSource.getConnection();
          Statement statement = connection.createStatement()) {
        statement.execute("SELECT 1 FROM " + TABLE + " WHERE 1 = 0");
      } catch (SQLException second) {
        second.addSuppressed(first);
        throw new IllegalStateException("cannot make the rate-limit table " + TABLE, second);
      }
    }
  }

  /**
   * Takes one token from the shared bucket of {@code client} for {@code kind}.
   *
   * @param client the client's key ({@link RateLimiter#clientKey})
   */
  ConsumptionProbe tryConsume(
      RateLimited.Kind kind, RateLimitProperties.Limit limit, String client,
      Supplier<BucketConfiguration> configuration) {
    return buckets.builder()
        .build(key(kind, limit, client), configuration)
        .tryConsumeAndReturnRemaining(1);
  }

  /** Deletes rows of buckets that are full again; returns how many. */
  int removeExpired() {
    int removed = 0;
    int batch;
    do {
      batch = buckets.removeExpired(EXPIRED_BATCH);
      removed += batch;
    } while (batch == EXPIRED_BATCH);
    return removed;
  }

  /**
   * The row's key. The limit is part of it, so a changed limit starts new buckets rather than
   * keeping the old ones' size.
   */
  static String key(RateLimited.Kind kind, RateLimitProperties.Limit limit, String client) {
    String plain = kind.id() + '\n' + limit.requests() + '/' + limit.per() + '\n' + client;
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256")
          .digest(plain.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
