package org.createyourresume.render.view;

/**
 * One contact item.
 *
 * @param text what prints
 * @param href where it links, or {@code null} for plain text
 * @param title the link's description for assistive technology
 * @param kind what it is, for templates that mark it with an icon: {@code email}, {@code phone},
 *     {@code location}, {@code web} or {@code profile}
 */
public record ContactView(String text, String href, String title, String kind) {}
