package org.createyourresume.render;

/**
 * A template as users pick it.
 *
 * @param id what to pass as the template, e.g. {@code classic}
 * @param name display name
 * @param description one sentence on its look and who it suits
 * @param fontFamily its default font family
 * @param accentColor its default accent colour, {@code #rrggbb}
 */
public record TemplateInfo(
    String id, String name, String description, String fontFamily, String accentColor) {}
