package org.createyourresume.render.view;

import java.util.List;

/** Name (may be null), headline (may be null) and contact items. */
public record HeaderView(String name, String label, List<ContactView> contacts) {}
