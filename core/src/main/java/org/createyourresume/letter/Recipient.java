package org.createyourresume.letter;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Who the letter goes to. Every value may be {@code null}.
 *
 * @param name the person, e.g. "Dana Whitfield"
 * @param title their role, e.g. "Engineering Manager"
 * @param company the employer the letter applies to
 * @param address postal address, lines separated by {@code \n}
 * @param unknown fields of the file this version does not know, kept to be written back
 */
public record Recipient(
    String name, String title, String company, String address, Map<String, JsonNode> unknown) {

  /** No recipient details at all. */
  public static final Recipient NONE = new Recipient(null, null, null, null, null);

  public Recipient {
    unknown =
        unknown == null || unknown.isEmpty()
            ? Map.of()
            : Collections.unmodifiableMap(new LinkedHashMap<>(unknown));
  }

  /** The same recipient at another company. */
  public Recipient withCompany(String newCompany) {
    return new Recipient(name, title, newCompany, address, unknown);
  }
}
