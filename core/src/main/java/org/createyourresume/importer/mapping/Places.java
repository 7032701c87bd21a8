package org.createyourresume.importer.mapping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.createyourresume.ats.parse.TextNorm;
import org.createyourresume.model.Location;

/**
 * Reads a printed place ("Madrid, Community of Madrid, Spain") back into city, region and
 * country code. Country names are recognised in every language the renderer prints, since it
 * prints the country in the resume's language ("Ελλάδα", "Україна").
 */
public final class Places {
  private Places() {}

  private static final String[] LANGUAGES = {
    "en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru", "uk", "el", "tr", "sv", "da", "nb", "fi",
    "cs", "ro"
  };

  /** Also names of US states, so never a country on a resume ("Atlanta, Georgia"). */
  private static final List<String> AMBIGUOUS = List.of("georgia");

  private static final Map<String, String> COUNTRIES = countries();

  private static Map<String, String> countries() {
    Map<String, String> byName = new HashMap<>();
    for (String code : Locale.getISOCountries()) {
      Locale country = new Locale("", code);
      for (String language : LANGUAGES) {
        String name = TextNorm.key(country.getDisplayCountry(Locale.forLanguageTag(language)));
        if (!name.isEmpty() && !AMBIGUOUS.contains(name)) {
          byName.putIfAbsent(name, code);
        }
      }
    }
    // the short forms people write
    byName.put("usa", "US");
    byName.put("u s a", "US");
    byName.put("united states of america", "US");
    byName.put("uk", "GB");
    byName.put("great britain", "GB");
    byName.put("czech republic", "CZ");
    byName.put("turkey", "TR");
    byName.put("holland", "NL");
    return Map.copyOf(byName);
  }

  /** The ISO 3166 code of a country name in one of the renderer's languages, or null. */
  static String countryCode(String name) {
    return name == null ? null : COUNTRIES.get(TextNorm.key(name));
  }

  /**
   * "City, Region, Country", "City, Country", "City, Region" or "City": the last part is the
   * country when it names one, the first is the city and whatever is between is the region.
   */
  public static Location parse(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    for (String part : text.split(",")) {
      if (!part.isBlank()) {
        parts.add(part.strip());
      }
    }
    if (parts.isEmpty()) {
      return null;
    }
    String country = countryCode(parts.get(parts.size() - 1));
    if (country != null) {
      parts.remove(parts.size() - 1);
    }
    String city = parts.isEmpty() ? null : parts.get(0);
    String region = parts.size() > 1 ? String.join(", ", parts.subList(1, parts.size())) : null;
    return new Location(null, null, city, country, region, null);
  }
}
