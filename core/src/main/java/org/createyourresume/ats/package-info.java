/**
 * The ATS checker: {@link org.createyourresume.ats.AtsChecker} is the one entry point. A file (PDF,
 * DOCX, JSON Resume rendered to PDF, or pasted text) is extracted as an ATS extracts it ({@code
 * extract}), parsed back into fields ({@code parse}), checked ({@code checks}), optionally matched
 * against a job posting ({@code match}, with spelling and grammar in {@code grammar}), and scored
 * into an {@link org.createyourresume.ats.AtsReport}. docs/ATS.md describes every check and the
 * score formula.
 */
package org.createyourresume.ats;
