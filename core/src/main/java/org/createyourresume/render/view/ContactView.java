package org.createyourresume.render.view;

/**
 * One contact item.
 *
 * @param text what prints
 * @param href where it links, or {@code null} for plain text
 * @param title the link's description for assistive technology
 */
public record ContactView(String text, String href, String title) {}
