package org.createyourresume.json;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
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
import org.createyourresume.model.Profile;
import org.createyourresume.model.Project;
import org.createyourresume.model.Publication;
import org.createyourresume.model.Reference;
import org.createyourresume.model.Resume;
import org.createyourresume.model.Skill;
import org.createyourresume.model.Volunteer;
import org.createyourresume.model.Work;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a {@link Resume} as a JSON Resume 1.x document: known fields in the schema's order,
 * then every field the reader did not know, exactly as it was read. Absent values are left out.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class JsonResumeWriter {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** The document as pretty-printed JSON text. */
  public String write(Resume resume) {
    return JsonResumeReader.MAPPER
        .writer()
        .with(SerializationFeature.INDENT_OUTPUT)
        .writeValueAsString(toTree(resume));
  }

  /** The document as a JSON tree. */
  public ObjectNode toTree(Resume resume) {
    ObjectNode root = NODES.objectNode();
    text(root, "$schema", resume.schema());
    object(root, "basics", resume.basics(), JsonResumeWriter::basics);
    list(root, "work", resume.work(), JsonResumeWriter::work);
    list(root, "volunteer", resume.volunteer(), JsonResumeWriter::volunteer);
    list(root, "education", resume.education(), JsonResumeWriter::education);
    list(root, "awards", resume.awards(), JsonResumeWriter::award);
    list(root, "certificates", resume.certificates(), JsonResumeWriter::certificate);
    list(root, "publications", resume.publications(), JsonResumeWriter::publication);
    list(root, "skills", resume.skills(), JsonResumeWriter::skill);
    list(root, "languages", resume.languages(), JsonResumeWriter::language);
    list(root, "interests", resume.interests(), JsonResumeWriter::interest);
    list(root, "references", resume.references(), JsonResumeWriter::reference);
    list(root, "projects", resume.projects(), JsonResumeWriter::project);
    object(root, "meta", resume.meta(), JsonResumeWriter::meta);
    unknown(root, resume.unknown());
    return root;
  }

  private static void basics(ObjectNode o, Basics b) {
    text(o, "name", b.name());
    text(o, "label", b.label());
    text(o, "image", b.image());
    text(o, "email", b.email());
    text(o, "phone", b.phone());
    text(o, "url", b.url());
    text(o, "summary", b.summary());
    object(o, "location", b.location(), JsonResumeWriter::location);
    list(o, "profiles", b.profiles(), JsonResumeWriter::profile);
    unknown(o, b.unknown());
  }

  private static void location(ObjectNode o, Location l) {
    text(o, "address", l.address());
    text(o, "postalCode", l.postalCode());
    text(o, "city", l.city());
    text(o, "countryCode", l.countryCode());
    text(o, "region", l.region());
    unknown(o, l.unknown());
  }

  private static void profile(ObjectNode o, Profile p) {
    text(o, "network", p.network());
    text(o, "username", p.username());
    text(o, "url", p.url());
    unknown(o, p.unknown());
  }

  private static void work(ObjectNode o, Work w) {
    text(o, "name", w.name());
    text(o, "location", w.location());
    text(o, "description", w.description());
    text(o, "position", w.position());
    text(o, "url", w.url());
    text(o, "startDate", w.startDate());
    text(o, "endDate", w.endDate());
    text(o, "summary", w.summary());
    texts(o, "highlights", w.highlights());
    unknown(o, w.unknown());
  }

  private static void volunteer(ObjectNode o, Volunteer v) {
    text(o, "organization", v.organization());
    text(o, "position", v.position());
    text(o, "url", v.url());
    text(o, "startDate", v.startDate());
    text(o, "endDate", v.endDate());
    text(o, "summary", v.summary());
    texts(o, "highlights", v.highlights());
    unknown(o, v.unknown());
  }

  private static void education(ObjectNode o, Education e) {
    text(o, "institution", e.institution());
    text(o, "url", e.url());
    text(o, "area", e.area());
    text(o, "studyType", e.studyType());
    text(o, "startDate", e.startDate());
    text(o, "endDate", e.endDate());
    text(o, "score", e.score());
    texts(o, "courses", e.courses());
    unknown(o, e.unknown());
  }

  private static void award(ObjectNode o, Award a) {
    text(o, "title", a.title());
    text(o, "date", a.date());
    text(o, "awarder", a.awarder());
    text(o, "summary", a.summary());
    unknown(o, a.unknown());
  }

  private static void certificate(ObjectNode o, Certificate c) {
    text(o, "name", c.name());
    text(o, "date", c.date());
    text(o, "url", c.url());
    text(o, "issuer", c.issuer());
    unknown(o, c.unknown());
  }

  private static void publication(ObjectNode o, Publication p) {
    text(o, "name", p.name());
    text(o, "publisher", p.publisher());
    text(o, "releaseDate", p.releaseDate());
    text(o, "url", p.url());
    text(o, "summary", p.summary());
    unknown(o, p.unknown());
  }

  private static void skill(ObjectNode o, Skill s) {
    text(o, "name", s.name());
    text(o, "level", s.level());
    texts(o, "keywords", s.keywords());
    unknown(o, s.unknown());
  }

  private static void language(ObjectNode o, Language l) {
    text(o, "language", l.language());
    text(o, "fluency", l.fluency());
    unknown(o, l.unknown());
  }

  private static void interest(ObjectNode o, Interest i) {
    text(o, "name", i.name());
    texts(o, "keywords", i.keywords());
    unknown(o, i.unknown());
  }

  private static void reference(ObjectNode o, Reference r) {
    text(o, "name", r.name());
    text(o, "reference", r.reference());
    unknown(o, r.unknown());
  }

  private static void project(ObjectNode o, Project p) {
    text(o, "name", p.name());
    text(o, "description", p.description());
    texts(o, "highlights", p.highlights());
    texts(o, "keywords", p.keywords());
    text(o, "startDate", p.startDate());
    text(o, "endDate", p.endDate());
    text(o, "url", p.url());
    texts(o, "roles", p.roles());
    text(o, "entity", p.entity());
    text(o, "type", p.type());
    unknown(o, p.unknown());
  }

  private static void meta(ObjectNode o, Meta m) {
    text(o, "canonical", m.canonical());
    text(o, "version", m.version());
    text(o, "lastModified", m.lastModified());
    object(o, Meta.DESIGN_KEY, m.design(), JsonResumeWriter::design);
    unknown(o, m.unknown());
  }

  private static void design(ObjectNode o, Design d) {
    text(o, "template", d.template());
    text(o, "fontFamily", d.fontFamily());
    number(o, "fontSize", d.fontSize());
    text(o, "accentColor", d.accentColor());
    object(o, "margins", d.margins(), JsonResumeWriter::margins);
    number(o, "lineSpacing", d.lineSpacing());
    text(o, "pageSize", d.pageSize());
    text(o, "dateFormat", d.dateFormat());
    text(o, "language", d.language());
    texts(o, "sectionOrder", d.sectionOrder());
    texts(o, "hiddenSections", d.hiddenSections());
    if (d.sectionTitles() != null) {
      ObjectNode titles = o.putObject("sectionTitles");
      d.sectionTitles().forEach(titles::put);
    }
    list(o, "customSections", d.customSections(), JsonResumeWriter::customSection);
    unknown(o, d.unknown());
  }

  private static void margins(ObjectNode o, Margins m) {
    number(o, "top", m.top());
    number(o, "right", m.right());
    number(o, "bottom", m.bottom());
    number(o, "left", m.left());
    unknown(o, m.unknown());
  }

  private static void customSection(ObjectNode o, CustomSection s) {
    text(o, "id", s.id());
    text(o, "title", s.title());
    list(o, "entries", s.entries(), JsonResumeWriter::customEntry);
    unknown(o, s.unknown());
  }

  private static void customEntry(ObjectNode o, CustomEntry e) {
    text(o, "title", e.title());
    text(o, "subtitle", e.subtitle());
    text(o, "location", e.location());
    text(o, "startDate", e.startDate());
    text(o, "endDate", e.endDate());
    text(o, "url", e.url());
    text(o, "summary", e.summary());
    texts(o, "highlights", e.highlights());
    unknown(o, e.unknown());
  }

  private static void text(ObjectNode o, String name, String value) {
    if (value != null) {
      o.put(name, value);
    }
  }

  /** Whole numbers are written without a fraction, as people type them ("11", not "11.0"). */
  private static void number(ObjectNode o, String name, Double value) {
    if (value == null) {
      return;
    }
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      o.put(name, value.longValue());
    } else {
      o.put(name, value);
    }
  }

  private static void texts(ObjectNode o, String name, List<String> values) {
    if (values != null) {
      ArrayNode array = o.putArray(name);
      values.forEach(array::add);
    }
  }

  private static <T> void object(ObjectNode o, String name, T value, BiConsumer<ObjectNode, T> fill) {
    if (value != null) {
      fill.accept(o.putObject(name), value);
    }
  }

  private static <T> void list(
      ObjectNode o, String name, List<T> values, BiConsumer<ObjectNode, T> fill) {
    if (values != null) {
      ArrayNode array = o.putArray(name);
      for (T value : values) {
        fill.accept(array.addObject(), value);
      }
    }
  }

  /** Unknown fields go last; a known field of the same name, already written, wins. */
  private static void unknown(ObjectNode o, Map<String, JsonNode> fields) {
    fields.forEach(
        (name, value) -> {
          if (!o.has(name)) {
            o.set(name, value);
          }
        });
  }
}
