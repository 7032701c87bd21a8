package org.createyourresume.render.theme;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The bundled templates, in the order the picker shows them. */
public final class ThemeCatalog {

  /** Template ids, in display order; each has {@code <id>.json} here and {@code theme-<id>.jte}. */
  private static final List<String> IDS = List.of(
      "classic", "modern", "compact", "technical", "harbor", "atlas", "summit", "timeline",
      "minimal", "executive", "starter", "academic", "portrait");

  /** The template used when neither the request nor the resume names one. */
  public static final String DEFAULT_ID = "classic";

  private final List<Theme> themes;

  private ThemeCatalog(List<Theme> themes) {
    this.themes = List.copyOf(themes);
  }

  /** Reads every bundled theme. */
  public static ThemeCatalog load() {
    // a theme leaves out the layout switches it does not use (timeline, contactIcons): false
    JsonMapper mapper = JsonMapper.builder()
        .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();
    List<Theme> themes = new ArrayList<>();
    for (String id : IDS) {
      try (InputStream in = ThemeCatalog.class.getResourceAsStream(id + ".json")) {
        if (in == null) {
          throw new IllegalStateException("theme " + id + " is not bundled");
        }
        Theme theme = mapper.readValue(in, Theme.class);
        if (!theme.id().equals(id)) {
          throw new IllegalStateException("theme file " + id + ".json names id " + theme.id());
        }
        themes.add(theme);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new ThemeCatalog(themes);
  }

  public List<Theme> all() {
    return themes;
  }

  public Optional<Theme> find(String id) {
    return themes.stream().filter(t -> t.id().equals(id)).findFirst();
  }

  public List<String> ids() {
    return themes.stream().map(Theme::id).toList();
  }
}
