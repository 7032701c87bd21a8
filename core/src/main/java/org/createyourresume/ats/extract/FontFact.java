package org.createyourresume.ats.extract;

/**
 * A font a document uses, with what decides whether its text can be extracted.
 *
 * @param name the font's name, subset prefix removed
 * @param embedded whether the font program is in the file
 * @param unicodeMap whether each glyph can be mapped to a character: a ToUnicode map, or a simple
 *     font with a standard encoding
 */
public record FontFact(String name, boolean embedded, boolean unicodeMap) {}
