package org.createyourresume.letter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.createyourresume.model.Design;
import org.createyourresume.model.Meta;
import org.createyourresume.model.Problem;
import org.createyourresume.model.Resume;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Where a resume file keeps its cover letters: the array {@value #KEY} inside our extension
 * object ({@code meta.createYourResume.letters}), one object per letter. The resume reader keeps
 * that array as it is (like every field it does not model), so a file read and written back
 * keeps its letters byte for byte whether or not anything reads them; this class gives them as
 * {@link Letter} records and puts changed ones back. Fields of a letter it does not know are kept
 * in the records' {@code unknown} maps and written back after the known ones.
 *
 * <p>Reading is tolerant like the resume reader: a value of the wrong type is skipped with a
 * warning naming its JSON pointer; a body paragraph may be written as a plain string.
 */
public final class Letters {

  /** The key of the letters array inside {@code meta.createYourResume}. */
  public static final String KEY = "letters";

  /** Where the letters array is, as a JSON pointer. */
  public static final String POINTER = "/meta/" + Meta.DESIGN_KEY + "/" + KEY;

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Set<String> LETTER_FIELDS = Set.of("id", "role", "recipient", "date",
      "subject", "greeting", "body", "closing", "signature", "posting", "shared");
  private static final Set<String> RECIPIENT_FIELDS = Set.of("name", "title", "company", "address");
  private static final Set<String> PARAGRAPH_FIELDS = Set.of("text", "generated");

  private Letters() {}

  /** The resume's letters, in file order; empty when it has none. */
  public static List<Letter> read(Resume resume) {
    return read(resume, new ArrayList<>());
  }

  /**
   * The resume's letters, in file order, adding to {@code problems} a warning for each value
   * skipped because of its type.
   */
  public static List<Letter> read(Resume resume, List<Problem> problems) {
    JsonNode array = resume.design().unknown().get(KEY);
    if (array == null || array.isNull()) {
      return List.of();
    }
    if (!array.isArray()) {
      problems.add(Problem.warning("type.mismatch", POINTER, "expected a list of letters; skipped"));
      return List.of();
    }
    List<Letter> letters = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      Letter letter = fromTree(array.get(i), POINTER + "/" + i, problems);
      if (letter != null) {
        letters.add(letter);
      }
    }
    return letters;
  }

  /** The letter with {@code id}, or the first one when {@code id} is null; null when none. */
  public static Letter find(Resume resume, String id) {
    for (Letter letter : read(resume)) {
      if (id == null || id.equals(letter.id())) {
        return letter;
      }
    }
    return null;
  }

  /**
   * The same resume holding {@code letters} instead of its own (no letters: the key is removed).
   * Everything else in the file is kept.
   */
  public static Resume withLetters(Resume resume, List<Letter> letters) {
    Design d = resume.design();
    Map<String, JsonNode> unknown = new LinkedHashMap<>(d.unknown());
    if (letters.isEmpty()) {
      unknown.remove(KEY);
    } else {
      ArrayNode array = NODES.arrayNode();
      letters.forEach(l -> array.add(toTree(l)));
      unknown.put(KEY, array);
    }
    Design changed = new Design(d.template(), d.fontFamily(), d.fontSize(), d.accentColor(),
        d.margins(), d.lineSpacing(), d.pageSize(), d.dateFormat(), d.language(), d.sectionOrder(),
        d.hiddenSections(), d.sectionTitles(), d.customSections(), unknown);
    return resume.withDesign(changed);
  }

  /**
   * A letter from its JSON object, or null (with a warning) when {@code node} is not an object.
   *
   * @param pointer where {@code node} is, for the warnings
   */
  public static Letter fromTree(JsonNode node, String pointer, List<Problem> problems) {
    if (!isObject(node, pointer, problems)) {
      return null;
    }
    JsonNode r = node.get("recipient");
    Recipient recipient = null;
    if (r != null && !r.isNull() && isObject(r, pointer + "/recipient", problems)) {
      String at = pointer + "/recipient";
      recipient = new Recipient(text(r, "name", at, problems), text(r, "title", at, problems),
          text(r, "company", at, problems), text(r, "address", at, problems),
          unknown(r, RECIPIENT_FIELDS));
    }
    return new Letter(
        text(node, "id", pointer, problems),
        text(node, "role", pointer, problems),
        recipient,
        text(node, "date", pointer, problems),
        text(node, "subject", pointer, problems),
        text(node, "greeting", pointer, problems),
        body(node.get("body"), pointer + "/body", problems),
        text(node, "closing", pointer, problems),
        text(node, "signature", pointer, problems),
        text(node, "posting", pointer, problems),
        flag(node, "shared", pointer, problems),
        unknown(node, LETTER_FIELDS));
  }

  /** The letter as a JSON object: known fields in a fixed order, then the unknown ones. */
  public static ObjectNode toTree(Letter letter) {
    ObjectNode o = NODES.objectNode();
    put(o, "id", letter.id());
    put(o, "role", letter.role());
    Recipient r = letter.recipient();
    if (!r.equals(Recipient.NONE)) {
      ObjectNode to = o.putObject("recipient");
      put(to, "name", r.name());
      put(to, "title", r.title());
      put(to, "company", r.company());
      put(to, "address", r.address());
      r.unknown().forEach((k, v) -> to.putIfAbsent(k, v));
    }
    put(o, "date", letter.date());
    put(o, "subject", letter.subject());
    put(o, "greeting", letter.greeting());
    ArrayNode body = o.putArray("body");
    for (Paragraph p : letter.body()) {
      ObjectNode po = body.addObject();
      po.put("text", p.text());
      if (p.generated()) {
        po.put("generated", true);
      }
      p.unknown().forEach((k, v) -> po.putIfAbsent(k, v));
    }
    put(o, "closing", letter.closing());
    put(o, "signature", letter.signature());
    put(o, "posting", letter.posting());
    if (letter.shared() != null) {
      o.put("shared", letter.shared());
    }
    letter.unknown().forEach((k, v) -> o.putIfAbsent(k, v));
    return o;
  }

  /** The letter as pretty-printed JSON text (see {@link #toTree}). */
  public static String toJson(Letter letter) {
    return JSON.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(toTree(letter));
  }

  /**
   * A letter from JSON text, or null when the text is not a JSON object (with a warning).
   *
   * @throws tools.jackson.core.JacksonException when the text is not JSON at all
   */
  public static Letter fromJson(String json, List<Problem> problems) {
    return fromTree(JSON.readTree(json), "", problems);
  }

  private static List<Paragraph> body(JsonNode body, String pointer, List<Problem> problems) {
    List<Paragraph> paragraphs = new ArrayList<>();
    if (body == null || body.isNull()) {
      return paragraphs;
    }
    if (body.isString()) {
      // one text: its blank lines separate paragraphs
      for (String p : body.stringValue().split("\\R\\s*\\R")) {
        if (!p.isBlank()) {
          paragraphs.add(Paragraph.written(p.strip()));
        }
      }
      return paragraphs;
    }
    if (!body.isArray()) {
      problems.add(Problem.warning("type.mismatch", pointer, "expected a list of paragraphs; skipped"));
      return paragraphs;
    }
    for (int i = 0; i < body.size(); i++) {
      JsonNode p = body.get(i);
      String at = pointer + "/" + i;
      if (p.isString()) {
        paragraphs.add(Paragraph.written(p.stringValue()));
      } else if (isObject(p, at, problems)) {
        String text = text(p, "text", at, problems);
        Boolean generated = flag(p, "generated", at, problems);
        paragraphs.add(new Paragraph(text, Boolean.TRUE.equals(generated), unknown(p, PARAGRAPH_FIELDS)));
      }
    }
    return paragraphs;
  }

  private static boolean isObject(JsonNode node, String pointer, List<Problem> problems) {
    if (node != null && node.isObject()) {
      return true;
    }
    problems.add(Problem.warning("type.mismatch", pointer, "expected an object; skipped"));
    return false;
  }

  private static String text(JsonNode o, String field, String pointer, List<Problem> problems) {
    JsonNode v = o.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.isString()) {
      return v.stringValue();
    }
    if (v.isNumber() || v.isBoolean()) {
      return v.asString();
    }
    problems.add(Problem.warning("type.mismatch", pointer + "/" + field, "expected text; skipped"));
    return null;
  }

  private static Boolean flag(JsonNode o, String field, String pointer, List<Problem> problems) {
    JsonNode v = o.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.isBoolean()) {
      return v.booleanValue();
    }
    problems.add(Problem.warning("type.mismatch", pointer + "/" + field, "expected true or false; skipped"));
    return null;
  }

  private static Map<String, JsonNode> unknown(JsonNode o, Set<String> known) {
    Map<String, JsonNode> unknown = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> field : o.properties()) {
      if (!known.contains(field.getKey())) {
        unknown.put(field.getKey(), field.getValue());
      }
    }
    return unknown;
  }

  private static void put(ObjectNode o, String field, String value) {
    if (value != null) {
      o.put(field, value);
    }
  }
}
