/**
 * Plain text and Markdown as the lines the resume parser reads ({@link
 * org.createyourresume.importer.text.TextLines}), Markdown's markup turned into layout.
 */
package org.createyourresume.importer.text;
