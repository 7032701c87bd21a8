package org.createyourresume.render.view;

import java.util.List;

/**
 * Name (may be null), headline (may be null), contact items and, for templates with a photo slot,
 * the photo as a {@code data:} URI (otherwise null).
 */
public record HeaderView(String name, String label, List<ContactView> contacts, String photo) {}
