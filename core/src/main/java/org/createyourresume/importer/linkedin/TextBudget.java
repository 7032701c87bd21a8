package org.createyourresume.importer.linkedin;

/**
 * The characters of text an import may still give the resume, so that no export, however large,
 * becomes a resume over the size a renderer accepts.
 */
final class TextBudget {

  private final int size;
  private int left;

  TextBudget(int size) {
    this.size = size;
    this.left = size;
  }

  /** Takes {@code characters} when that many are left; false (taking nothing) otherwise. */
  boolean take(int characters) {
    if (characters > left) {
      return false;
    }
    left -= characters;
    return true;
  }

  int size() {
    return size;
  }
}
