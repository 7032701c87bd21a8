/**
 * How sure the import is of each field it read from a PDF, DOCX or text file: {@link
 * org.createyourresume.importer.confidence.Confidence} scores every entry and header field from
 * features of the document, its section and the values themselves, and flags those likely to be
 * wrong with a warning that says what it was unsure of.
 */
package org.createyourresume.importer.confidence;
