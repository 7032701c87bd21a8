package org.createyourresume.ats.parse;

/** One line of a block as printed, before it was joined to the lines above it. */
record PrintedLine(String text, float left) {}
