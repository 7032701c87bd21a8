package org.createyourresume.web.example;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.createyourresume.json.JsonResumeException;
import org.createyourresume.json.JsonResumeReader;
import org.createyourresume.json.ReadResult;
import org.createyourresume.model.Resume;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The example resumes shipped in {@code examples/} on the class path, listed by
 * {@code examples/index.json}. Each is read and validated once at start-up; one that is missing
 * or invalid is left out with a warning in the log, never served broken.
 */
@Component
public final class ExampleCatalog {

  private static final Logger LOG = LoggerFactory.getLogger(ExampleCatalog.class);
  private static final String FOLDER = "/examples/";
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

  /**
   * One example resume.
   *
   * @param id stable id, used in URLs
   * @param title who it is for, e.g. "Software developer"
   * @param description one or two sentences about it
   * @param role the job the example person holds or seeks, or empty
   * @param personName the fictional person's name
   * @param json the document as shipped
   * @param resume the document as read
   */
  public record Example(
      String id, String title, String description, String role, String personName, String json,
      Resume resume) {}

  private final Map<String, Example> examples;

  @Autowired
  ExampleCatalog(JsonResumeReader reader) {
    this(reader, ExampleCatalog::resource);
  }

  /** A catalog over other files: {@code files} maps a name in the folder to its text, or null. */
  ExampleCatalog(JsonResumeReader reader, Function<String, String> files) {
    this.examples = Collections.unmodifiableMap(load(reader, files));
  }

  /** The examples in the order of the index. */
  public List<Example> all() {
    return List.copyOf(examples.values());
  }

  public Optional<Example> find(String id) {
    return Optional.ofNullable(examples.get(id));
  }

  private static Map<String, Example> load(
      JsonResumeReader reader, Function<String, String> files) {
    Map<String, Example> loaded = new LinkedHashMap<>();
    String index = files.apply("index.json");
    if (index == null) {
      LOG.warn("no examples/index.json on the class path: no examples are offered");
      return loaded;
    }
    JsonNode root;
    try {
      root = JsonMapper.builder().build().readTree(index);
    } catch (JacksonException e) {
      LOG.warn("examples/index.json is not valid JSON: no examples are offered");
      return loaded;
    }
    JsonNode list = root.isArray() ? root : root.path("examples");
    for (JsonNode item : entries(list)) {
      String id = text(item, "id", "slug");
      if (id == null || !ID.matcher(id).matches()) {
        LOG.warn("examples/index.json: skipped an entry without a usable id");
        continue;
      }
      String file = Optional.ofNullable(text(item, "file", "path", "resume")).orElse(id + ".json");
      String json = file.contains("..") || file.startsWith("/") ? null : files.apply(file);
      if (json == null) {
        LOG.warn("example {}: {} not found; left out", id, file);
        continue;
      }
      ReadResult read;
      try {
        read = reader.read(json);
      } catch (JsonResumeException e) {
        LOG.warn("example {}: not a JSON Resume document; left out", id);
        continue;
      }
      if (!read.isValid()) {
        LOG.warn("example {} has errors and is left out: {}", id, read.errors());
        continue;
      }
      Resume resume = read.resume();
      String person = resume.basicsOrEmpty().name();
      String title =
          Optional.ofNullable(text(item, "title", "role", "name"))
              .orElse(Optional.ofNullable(resume.basicsOrEmpty().label()).orElse(id));
      String description =
          Optional.ofNullable(text(item, "description", "summary")).orElse("");
      String role = Optional.ofNullable(text(item, "role")).orElse("");
      loaded.put(id, new Example(id, title, description, role, person == null ? "" : person, json,
          resume));
    }
    return loaded;
  }

  private static List<JsonNode> entries(JsonNode list) {
    List<JsonNode> out = new ArrayList<>();
    if (list != null && list.isArray()) {
      list.forEach(out::add);
    }
    return out;
  }

  private static String text(JsonNode item, String... names) {
    for (String name : names) {
      JsonNode value = item.get(name);
      if (value != null && value.isString() && !value.stringValue().isBlank()) {
        return value.stringValue().strip();
      }
    }
    return null;
  }

  private static String resource(String name) {
    try (InputStream in = ExampleCatalog.class.getResourceAsStream(FOLDER + name)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return null;
    }
  }
}
