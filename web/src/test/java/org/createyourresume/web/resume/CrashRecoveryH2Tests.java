package org.createyourresume.web.resume;

/** A killed server on the embedded H2 file database loses no acknowledged save. */
class CrashRecoveryH2Tests extends CrashRecoveryContract {

  @Override
  String database() {
    return TestDatabases.newH2();
  }
}
