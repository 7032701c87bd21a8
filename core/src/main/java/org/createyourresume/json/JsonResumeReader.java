package org.createyourresume.json;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.createyourresume.model.Award;
import org.createyourresume.model.Basics;
import org.createyourresume.model.Certificate;
import org.createyourresume.model.CustomEntry;
import org.createyourresume.model.CustomSection;
import org.createyourresume.model.Design;
import org.createyourresume.model.Education;
import org.createyourresume.model.Interest;
import org.createyourresume.model.Language;
import org.createyourresume.model.Location;
import org.createyourresume.model.Margins;
import org.createyourresume.model.Meta;
import org.createyourresume.model.Problem;
import org.createyourresume.model.Profile;
import org.createyourresume.model.Project;
import org.createyourresume.model.Publication;
import org.createyourresume.model.Reference;
import org.createyourresume.model.Resume;
import org.createyourresume.model.Skill;
import org.createyourresume.model.Volunteer;
import org.createyourresume.model.Work;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads JSON Resume documents, tolerating older dialects and wrong types: what cannot be used is
 * skipped with a warning naming the field, never a crash. With a {@link ResumeValidator} it also
 * reports every error, each located by line and column in the text.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class JsonResumeReader {

  static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private final ResumeValidator validator;

  /** A reader that only reads, reporting adjustments but not validating. */
  public JsonResumeReader() {
    this(null);
  }

  /** A reader that also validates what it read with {@code validator}. */
  public JsonResumeReader(ResumeValidator validator) {
    this.validator = validator;
  }

  /**
   * Reads a document from JSON text.
   *
   * @throws JsonResumeException when the text is not JSON or not a JSON object
   */
  public ReadResult read(String json) {
    checkLimits(json);
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (StreamConstraintsException e) {
      // a limit of the parser's own that the scan above does not count (a name's length)
      throw new JsonResumeException(JsonResumeException.OVER_LIMITS,
          "the JSON goes beyond what this reader accepts (a property name or a text too long)",
          0, 0);
    } catch (JacksonException e) {
      TokenStreamLocation at = e.getLocation();
      int line = at == null ? 0 : at.getLineNr();
      int column = at == null ? 0 : at.getColumnNr();
      // the library's explanation is in its own terms; the place is what helps
      throw new JsonResumeException(JsonResumeException.SYNTAX,
          "not valid JSON at line " + line + ", column " + column, line, column);
    }
    if (root == null || root.isMissingNode()) {
      throw new JsonResumeException(JsonResumeException.EMPTY, "the document is empty", 0, 0);
    }
    Map<String, String> renames = new HashMap<>();
    ReadResult result = read(root, renames);
    return new ReadResult(result.resume(), ProblemLocator.locate(json, result.problems(), renames));
  }

  /**
   * The deepest nesting of objects and arrays a document may have: the JSON parser's own limit.
   * A resume needs about six levels, but unknown fields of other tools are kept as they are.
   */
  public static final int MAX_DEPTH = 500;

  /** The longest number, in characters; a resume's numbers are years, grades and counts. */
  public static final int MAX_NUMBER_LENGTH = 100;

  /**
   * Refuses JSON text nested deeper than {@link #MAX_DEPTH} or with a number longer than {@link
   * #MAX_NUMBER_LENGTH}, saying which and where, before any parser holds it. The JSON parser has
   * such limits too, but reports them in its own words and only as "not valid".
   *
   * @throws JsonResumeException with {@link JsonResumeException#TOO_DEEP} or {@link
   *     JsonResumeException#NUMBER_TOO_LONG}
   */
  public static void checkLimits(String json) {
    checkLimits(json, MAX_DEPTH);
  }

  /** As {@link #checkLimits(String)}, with another (lower) limit on nesting. */
  public static void checkLimits(String json, int maxDepth) {
    int depth = 0;
    int number = 0;
    int line = 1;
    int lineStart = 0;
    boolean inString = false;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
        continue;
      }
      boolean numeric = (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e'
          || c == 'E';
      number = numeric ? number + 1 : 0;
      if (number > MAX_NUMBER_LENGTH) {
        int start = i - number + 1;
        throw new JsonResumeException(JsonResumeException.NUMBER_TOO_LONG,
            "it has a number of more than " + MAX_NUMBER_LENGTH + " characters (at line " + line
                + ", column " + (start - lineStart + 1) + "); no value in a resume needs one"
                + " that long, so write it as text, in quotes",
            line, start - lineStart + 1);
      }
      switch (c) {
        case '"' -> inString = true;
        case '{', '[' -> {
          if (++depth > maxDepth) {
            throw new JsonResumeException(JsonResumeException.TOO_DEEP,
                "it nests objects and arrays more than " + maxDepth + " levels deep (at line "
                    + line + ", column " + (i - lineStart + 1) + "); a resume needs only a few"
                    + " levels",
                line, i - lineStart + 1);
          }
        }
        case '}', ']' -> depth--;
        case '\n' -> {
          line++;
          lineStart = i + 1;
        }
        default -> {
          // other characters change neither depth nor place
        }
      }
    }
  }

  /**
   * Reads a document already parsed into a JSON tree (problems then carry no line numbers).
   *
   * @throws JsonResumeException when the tree is not a JSON object
   */
  public ReadResult read(JsonNode root) {
    return read(root, new HashMap<>());
  }

  private ReadResult read(JsonNode root, Map<String, String> renames) {
    if (!root.isObject()) {
      throw new JsonResumeException(JsonResumeException.NOT_OBJECT,
          "a JSON Resume document is a JSON object ({ … }), not " + FieldReader.kind(root), 1, 1);
    }
    List<Problem> problems = new ArrayList<>();
    Resume resume = resume(FieldReader.root(root, problems, renames));
    if (validator != null) {
      problems.addAll(validator.validate(resume));
    }
    problems.sort(Comparator.comparing(Problem::severity));
    return new ReadResult(resume, problems);
  }

  private static Resume resume(FieldReader r) {
    String schema = r.text("$schema");
    Basics basics = basics(r.object("basics", "bio"));
    List<Work> work = r.objects("work", JsonResumeReader::work);
    List<Volunteer> volunteer = r.objects("volunteer", JsonResumeReader::volunteer);
    List<Education> education = r.objects("education", JsonResumeReader::education);
    List<Award> awards = r.objects("awards", JsonResumeReader::award);
    List<Certificate> certificates = r.objects("certificates", JsonResumeReader::certificate);
    List<Publication> publications = r.objects("publications", JsonResumeReader::publication);
    List<Skill> skills = r.objects("skills", JsonResumeReader::skill);
    List<Language> languages = r.objects("languages", JsonResumeReader::language);
    List<Interest> interests = r.objects("interests", JsonResumeReader::interest, "hobbies");
    List<Reference> references = r.objects("references", JsonResumeReader::reference);
    List<Project> projects = r.objects("projects", JsonResumeReader::project);
    Meta meta = meta(r.object("meta"));
    return new Resume(
        schema, basics, work, volunteer, education, awards, certificates, publications, skills,
        languages, interests, references, projects, meta, r.unknown());
  }

  private static Basics basics(FieldReader r) {
    if (r == null) {
      return null;
    }
    return new Basics(
        r.text("name"),
        r.text("label"),
        r.text("image", "picture"),
        email(r),
        r.text("phone"),
        r.text("url", "website"),
        r.text("summary"),
        location(r.object("location")),
        profiles(r),
        r.unknown());
  }

  /** The email, without a "mailto:" some tools put in front. */
  private static String email(FieldReader r) {
    String email = r.text("email");
    if (email != null && email.strip().regionMatches(true, 0, "mailto:", 0, 7)) {
      String bare = email.strip().substring(7);
      r.problems()
          .add(
              Problem.warning(
                  "field.normalised",
                  Pointers.child(r.pointer(), "email"),
                  "\"" + email + "\" read as \"" + bare + "\""));
      return bare;
    }
    return email;
  }

  private static Location location(FieldReader r) {
    if (r == null) {
      return null;
    }
    return new Location(
        r.text("address"),
        r.text("postalCode"),
        r.text("city"),
        r.text("countryCode"),
        r.text("region", "state"),
        r.unknown());
  }

  /** Profiles as JSON Resume 1.x lists them, or as the older {network: username} object. */
  private static List<Profile> profiles(FieldReader r) {
    JsonNode value = r.raw("profiles");
    if (value == null || value.isNull()) {
      return null;
    }
    String where = Pointers.child(r.pointer(), "profiles");
    if (value.isObject()) {
      r.problems()
          .add(
              Problem.warning(
                  "field.renamed",
                  where,
                  "read the older {network: username} form as a list of profiles"));
      List<Profile> profiles = new ArrayList<>();
      for (Map.Entry<String, JsonNode> entry : value.properties()) {
        if (entry.getValue().isString()) {
          profiles.add(new Profile(entry.getKey(), entry.getValue().stringValue(), null, null));
        }
      }
      return profiles;
    }
    return r.objectsOf(
        value,
        where,
        Pointers.child(r.canonical(), "profiles"),
        p -> new Profile(p.text("network"), p.text("username"), p.text("url"), p.unknown()));
  }

  private static Work work(FieldReader r) {
    return new Work(
        r.text("name", "company"),
        r.text("location"),
        r.text("description"),
        r.text("position"),
        r.text("url", "website"),
        r.date("startDate"),
        r.endDate("endDate"),
        r.text("summary"),
        r.texts("highlights"),
        r.unknown());
  }

  private static Volunteer volunteer(FieldReader r) {
    return new Volunteer(
        r.text("organization", "name"),
        r.text("position"),
        r.text("url", "website"),
        r.date("startDate"),
        r.endDate("endDate"),
        r.text("summary"),
        r.texts("highlights"),
        r.unknown());
  }

  private static Education education(FieldReader r) {
    return new Education(
        r.text("institution"),
        r.text("url", "website"),
        r.text("area"),
        r.text("studyType", "degree"),
        r.date("startDate"),
        r.endDate("endDate"),
        r.text("score", "gpa"),
        r.texts("courses"),
        r.unknown());
  }

  private static Award award(FieldReader r) {
    return new Award(
        r.text("title"), r.date("date", "awardDate"), r.text("awarder"), r.text("summary"),
        r.unknown());
  }

  private static Certificate certificate(FieldReader r) {
    return new Certificate(
        r.text("name", "title"), r.date("date"), r.text("url", "website"), r.text("issuer"),
        r.unknown());
  }

  private static Publication publication(FieldReader r) {
    return new Publication(
        r.text("name"),
        r.text("publisher"),
        r.date("releaseDate", "date"),
        r.text("url", "website"),
        r.text("summary"),
        r.unknown());
  }

  private static Skill skill(FieldReader r) {
    return new Skill(r.text("name"), r.text("level"), r.texts("keywords"), r.unknown());
  }

  private static Language language(FieldReader r) {
    return new Language(r.text("language", "name"), r.text("fluency", "level"), r.unknown());
  }

  private static Interest interest(FieldReader r) {
    return new Interest(r.text("name"), r.texts("keywords"), r.unknown());
  }

  private static Reference reference(FieldReader r) {
    return new Reference(r.text("name"), r.text("reference"), r.unknown());
  }

  private static Project project(FieldReader r) {
    return new Project(
        r.text("name"),
        r.text("description"),
        r.texts("highlights"),
        r.texts("keywords"),
        r.date("startDate"),
        r.endDate("endDate"),
        r.text("url", "website"),
        r.texts("roles"),
        r.text("entity"),
        r.text("type"),
        r.unknown());
  }

  private static Meta meta(FieldReader r) {
    if (r == null) {
      return null;
    }
    return new Meta(
        r.text("canonical"),
        r.text("version"),
        r.text("lastModified"),
        design(r.object(Meta.DESIGN_KEY)),
        r.unknown());
  }

  private static Design design(FieldReader r) {
    if (r == null) {
      return null;
    }
    return new Design(
        r.text("template"),
        r.text("fontFamily"),
        r.number("fontSize"),
        r.text("accentColor"),
        margins(r),
        r.number("lineSpacing"),
        r.text("pageSize"),
        r.text("dateFormat"),
        r.text("language"),
        r.texts("sectionOrder"),
        r.texts("hiddenSections"),
        r.textMap("sectionTitles"),
        r.objects("customSections", JsonResumeReader::customSection),
        r.unknown());
  }

  /** Margins as an object of four sides, or one number for all of them. */
  private static Margins margins(FieldReader r) {
    JsonNode value = r.raw("margins");
    if (value == null || value.isNull()) {
      return null;
    }
    String where = Pointers.child(r.pointer(), "margins");
    if (value.isNumber()) {
      r.problems()
          .add(
              Problem.warning(
                  "type.coerced", where, "one number read as the same margin on all four sides"));
      return Margins.all(value.doubleValue());
    }
    FieldReader m = r.nested(value, where, Pointers.child(r.canonical(), "margins"));
    if (m == null) {
      return null;
    }
    return new Margins(
        m.number("top"), m.number("right"), m.number("bottom"), m.number("left"), m.unknown());
  }

  private static CustomSection customSection(FieldReader r) {
    return new CustomSection(
        r.text("id"),
        r.text("title"),
        r.objects("entries", JsonResumeReader::customEntry),
        r.unknown());
  }

  private static CustomEntry customEntry(FieldReader r) {
    return new CustomEntry(
        r.text("title"),
        r.text("subtitle"),
        r.text("location"),
        r.date("startDate"),
        r.endDate("endDate"),
        r.text("url"),
        r.text("summary"),
        r.texts("highlights", "bullets"),
        r.unknown());
  }

  /** A streaming parser over {@code json}, for {@link ProblemLocator}. */
  static JsonParser parser(String json) {
    return MAPPER.createParser(json);
  }
}
