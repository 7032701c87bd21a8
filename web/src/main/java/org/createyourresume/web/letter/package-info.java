/** Cover letters over HTTP: render, starter draft and checks ({@code /api/letters/…}). */
package org.createyourresume.web.letter;
