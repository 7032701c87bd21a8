/**
 * Turns a resume someone already has into a {@link org.createyourresume.model.Resume}: a PDF or
 * DOCX (through the one resume parser of {@code ats.parse}), plain text or Markdown, a LinkedIn
 * data export ZIP, an older JSON Resume or a FRESH document. The entry point is {@link
 * org.createyourresume.importer.ResumeImporter}; every import returns the resume plus warnings
 * about what was uncertain or skipped, so that a person can review it before it replaces
 * anything.
 */
package org.createyourresume.importer;
