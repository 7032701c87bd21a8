package org.createyourresume.web.resume;

import org.junit.jupiter.api.extension.ExtendWith;

/** A killed server on PostgreSQL loses no acknowledged save. */
@ExtendWith(TestDatabases.NeedsPostgres.class)
class CrashRecoveryPostgresTests extends CrashRecoveryContract {

  @Override
  String database() {
    return TestDatabases.newPostgresSchema();
  }

  @Override
  void dropDatabase(String url) {
    TestDatabases.dropPostgresSchema(url);
  }
}
