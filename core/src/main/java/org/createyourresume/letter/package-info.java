/**
 * Cover letters: the letter as data ({@link org.createyourresume.letter.Letter}) and how it is
 * kept in the resume file ({@link org.createyourresume.letter.Letters}), under our extension
 * object {@code meta.createYourResume.letters}. Drafting and checking a letter live in {@code
 * compose}; rendering in {@code render}.
 */
package org.createyourresume.letter;
