package org.createyourresume.importer.letter;

/**
 * One line of a letter as read from its file, with the little layout that tells a letter's parts
 * apart.
 *
 * @param text the line's text, stripped, never blank
 * @param breakBefore whether a new block starts here: a blank line, a vertical gap, an indented
 *     first line, or (DOCX) a new paragraph
 * @param aside whether the line sits to the right of the page's text column (a UK sender block
 *     printed top right), or in type much larger than the body's (a name printed as a heading):
 *     either way the writer's own details, not the recipient's
 */
public record LetterLine(String text, boolean breakBefore, boolean aside) {

  /** A line without layout. */
  public static LetterLine plain(String text, boolean breakBefore) {
    return new LetterLine(text, breakBefore, false);
  }
}
