package org.createyourresume.web.resume;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The databases storage tests run against: a fresh H2 file database always, and the real
 * PostgreSQL named by {@code CYR_TEST_POSTGRES_URL} when it is set, in a schema of its own that is
 * dropped afterwards (so runs never see each other's rows). Without the variable PostgreSQL tests
 * are skipped with a one-line reason; on CI ({@code CI=true}) they fail instead, because there
 * they must run.
 */
public final class TestDatabases {

  public static final String POSTGRES_URL = System.getenv("CYR_TEST_POSTGRES_URL");
  static final String SKIP_REASON =
      "CYR_TEST_POSTGRES_URL is not set: PostgreSQL tests skipped (e.g."
          + " jdbc:postgresql://127.0.0.1:5432/test?user=postgres)";

  private TestDatabases() {}

  /** Skips a PostgreSQL test class, with the reason, when no server is named (fails on CI). */
  public static final class NeedsPostgres implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      if (POSTGRES_URL != null && !POSTGRES_URL.isBlank()) {
        return ConditionEvaluationResult.enabled("PostgreSQL: " + POSTGRES_URL);
      }
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        throw new IllegalStateException(
            "CI must run the PostgreSQL tests: set CYR_TEST_POSTGRES_URL");
      }
      return ConditionEvaluationResult.disabled(SKIP_REASON);
    }
  }

  /** A new, empty H2 file database in a temporary folder. */
  static String newH2() {
    try {
      Path dir = Files.createTempDirectory("cyr-h2-");
      return "jdbc:h2:file:" + dir.resolve("resumes") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** A new, empty schema on the test PostgreSQL; the URL makes it the connection's schema. */
  public static String newPostgresSchema() {
    String schema = "cyr_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16)
        .toLowerCase(Locale.ROOT);
    execute(POSTGRES_URL, "CREATE SCHEMA " + schema);
    return POSTGRES_URL + (POSTGRES_URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  /** Drops the schema a URL from {@link #newPostgresSchema()} points at. */
  public static void dropPostgresSchema(String url) {
    if (url == null) {
      return;
    }
    String schema = url.substring(url.lastIndexOf("currentSchema=") + "currentSchema=".length());
    execute(POSTGRES_URL, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
  }

  private static void execute(String url, String sql) {
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL at " + url + ": " + e.getMessage(), e);
    }
  }
}
