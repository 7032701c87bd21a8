package org.createyourresume.render.view;

/** "Label: text", or just text when {@code label} is null; {@code href} links the text. */
public record LineView(String label, String text, String href) {}
