package org.createyourresume.importer;

import org.createyourresume.ats.AtsLimits;
import org.createyourresume.importer.linkedin.LinkedInExportReader;

/**
 * The one entry point of import: any resume file in, a {@link ImportResult} out. The format is
 * told from the content first (PDF, ZIP, JSON), the file name second (text vs Markdown). Thread
 * safe; create one and share it.
 */
public final class ResumeImporter {

  private final AtsLimits limits;
  private final LinkedInExportReader linkedIn;

  private ResumeImporter(AtsLimits limits) {
    this.limits = limits;
    this.linkedIn = new LinkedInExportReader(limits);
  }

  /** An importer with the default upload limits ({@link AtsLimits#DEFAULT}). */
  public static ResumeImporter create() {
    return new ResumeImporter(AtsLimits.DEFAULT);
  }

  /** An importer with other upload limits. */
  public static ResumeImporter create(AtsLimits limits) {
    return new ResumeImporter(limits);
  }

  /** The limits every import is held to. */
  public AtsLimits limits() {
    return limits;
  }

  /**
   * Imports a file.
   *
   * @param content the file's bytes
   * @param fileName the name it was uploaded with, used to tell text from Markdown and in
   *     messages; may be null
   * @throws ImportException when the file is refused, with a message fit for the user
   */
  public ImportResult importFile(byte[] content, String fileName) {
    // IMPLEMENTATION IN PROGRESS (issue 6): format detection and the PDF, DOCX, text, Markdown,
    // JSON Resume and FRESH readers; ZIP files that are not DOCX go to linkedIn.read(content).
    throw new ImportException("file.type", "import is not available yet");
  }
}
