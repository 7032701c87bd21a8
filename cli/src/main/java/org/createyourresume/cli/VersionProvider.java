package org.createyourresume.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest, or "development" when run from the build tree. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = ResumeCli.class.getPackage().getImplementationVersion();
    return new String[] {"Create Your Resume " + (version == null ? "(development build)" : version)};
  }
}
