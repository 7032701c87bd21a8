/**
 * Writing help for cover letters, without AI: {@link org.createyourresume.compose.LetterDrafter}
 * builds a deterministic starter draft from a resume and a job posting (through the ATS
 * checker's posting analysis), and {@link org.createyourresume.compose.LetterChecker} checks a
 * letter (length, company and role named, the posting's keywords, placeholders, spelling and
 * grammar).
 */
package org.createyourresume.compose;
