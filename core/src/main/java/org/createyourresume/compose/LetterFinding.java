package org.createyourresume.compose;

import org.createyourresume.model.Severity;

/**
 * One thing a letter check found.
 *
 * @param code stable identifier, e.g. {@code letter.placeholder}
 * @param severity {@link Severity#ERROR} for what must not go out (a placeholder), else a warning
 * @param pointer JSON pointer into the letter object of the field concerned, or empty
 * @param message what is wrong and what to do, in plain words
 */
public record LetterFinding(String code, Severity severity, String pointer, String message) {}
