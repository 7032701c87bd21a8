/**
 * The resume as data: JSON Resume 1.x sections as immutable records, plus our {@link
 * org.createyourresume.model.Design} extension. Every record keeps the JSON fields it does not
 * know in {@code unknown}, so that reading and writing a document gives it back unchanged.
 * Absent values are {@code null}; a present but empty list stays an empty list.
 */
package org.createyourresume.model;
