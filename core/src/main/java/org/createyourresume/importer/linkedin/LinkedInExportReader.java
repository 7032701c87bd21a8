package org.createyourresume.importer.linkedin;

import org.createyourresume.ats.AtsLimits;
import org.createyourresume.importer.ImportException;
import org.createyourresume.importer.ImportResult;

/**
 * Reads a LinkedIn data export ZIP (Profile.csv, Positions.csv, Education.csv, Skills.csv,
 * Certifications.csv, Languages.csv, Projects.csv, ...) into a resume.
 */
public final class LinkedInExportReader {

  private final AtsLimits limits;

  public LinkedInExportReader(AtsLimits limits) {
    this.limits = limits;
  }

  /**
   * Reads the export.
   *
   * @throws ImportException when the archive is refused
   */
  public ImportResult read(byte[] zip) {
    // IMPLEMENTATION IN PROGRESS (issue 6)
    throw new ImportException("file.type", "LinkedIn import is not available yet (" + limits.maxEntries() + ")");
  }
}
