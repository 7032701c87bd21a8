package org.createyourresume.render.pdf;

/**
 * Watches, during one render with faces cut to a page's characters, for text the engine measures
 * or draws with a character the cut faces lack but the whole family has: a character
 * {@link PageCharacters} did not foresee (one the engine generates, say). The page is then
 * written again with the whole faces, so that such a character is never dropped or replaced.
 *
 * <p>Not thread-safe: one per render.
 */
final class SubsetGuard {

  private final FontCatalog fonts;
  private final FontFamily family;
  private final PageCharacters characters;
  private int missed = -1;

  SubsetGuard(FontCatalog fonts, FontFamily family, PageCharacters characters) {
    this.fonts = fonts;
    this.family = family;
    this.characters = characters;
  }

  /** The family whose faces are cut. */
  FontFamily family() {
    return family;
  }

  /** The characters the faces are cut to. */
  PageCharacters characters() {
    return characters;
  }

  /** Notes the first character of {@code text} the cut faces lack and the family has. */
  void check(String text) {
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (!characters.contains(c)
          && PageCharacters.supported(c)
          && missed < 0
          && fonts.anyFaceHas(family, c)) {
        missed = c;
      }
    }
  }

  /** Whether a character the cut faces lack was measured or drawn. */
  boolean missed() {
    return missed >= 0;
  }
}
