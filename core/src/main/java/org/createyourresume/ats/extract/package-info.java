/**
 * Reading files as an ATS does: {@link org.createyourresume.ats.extract.PdfExtractor} and {@link
 * org.createyourresume.ats.extract.DocxExtractor} turn bytes into layout lines plus facts (fonts,
 * images, tables, columns, hidden text), within the limits of {@link
 * org.createyourresume.ats.AtsLimits}.
 */
package org.createyourresume.ats.extract;
