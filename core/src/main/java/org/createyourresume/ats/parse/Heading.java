package org.createyourresume.ats.parse;

/** A recognised section heading. */
record Heading(String text, SectionKind kind, boolean standard, boolean letterSpaced) {}
