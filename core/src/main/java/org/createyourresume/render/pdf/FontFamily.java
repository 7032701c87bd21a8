package org.createyourresume.render.pdf;

/**
 * A bundled font family: four TrueType faces under {@code fonts/<directory>/} with their licence.
 *
 * @param name the CSS family name users choose, e.g. {@code Noto Serif}
 * @param directory resource folder
 * @param filePrefix face files are {@code <prefix>-Regular.ttf}, {@code -Bold}, {@code -Italic},
 *     {@code -BoldItalic}
 * @param serif whether the family has serifs
 * @param licence the licence, e.g. {@code OFL-1.1}
 */
public record FontFamily(
    String name, String directory, String filePrefix, boolean serif, String licence) {}
