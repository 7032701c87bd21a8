/**
 * Reading a cover letter someone already has: its lines, from the same PDF and DOCX extractors as
 * a resume import ({@link org.createyourresume.importer.letter.LetterLines}), split into the
 * letter's parts by {@link org.createyourresume.importer.letter.LetterReader}. The entry point is
 * {@link org.createyourresume.importer.LetterImporter}.
 */
package org.createyourresume.importer.letter;
