/**
 * The words a resume prints besides the user's own, in the resume's language: section headings,
 * "Present", the page number line, entry labels and document metadata. Translations live in UTF-8
 * resource bundles beside this package ({@code wording*.properties}); a language without one, or
 * a word a bundle lacks, falls back to English.
 */
package org.createyourresume.render.words;
