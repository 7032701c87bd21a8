package org.createyourresume.importer.linkedin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.createyourresume.ats.extract.ReadBudget;
import org.createyourresume.model.Award;
import org.createyourresume.model.Certificate;
import org.createyourresume.model.CustomEntry;
import org.createyourresume.model.CustomSection;
import org.createyourresume.model.Education;
import org.createyourresume.model.Language;
import org.createyourresume.model.Limits;
import org.createyourresume.model.PartialDate;
import org.createyourresume.model.Project;
import org.createyourresume.model.Publication;
import org.createyourresume.model.Reference;
import org.createyourresume.model.Skill;
import org.createyourresume.model.Volunteer;
import org.createyourresume.model.Work;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The resume's sections from the export's files, one method per file. A row without the values
 * that make an entry (a job needs a company or a title) is skipped, and every skipped row, every
 * value that could not be read and every value kept in the document without being printed is
 * noted.
 */
final class SectionMapping {

  /** The id of the custom section LinkedIn's courses go to (see docs/DECISIONS.md). */
  static final String COURSES_ID = "courses";

  private final TextBudget budget;
  private final ReadBudget reading;
  private final Notes notes;

  /**
   * @param budget the text the resume may still take
   * @param reading the request's deadline, checked for every row mapped
   */
  SectionMapping(TextBudget budget, ReadBudget reading, Notes notes) {
    this.budget = budget;
    this.reading = reading;
    this.notes = notes;
  }

  /** An entry with the dates it is ordered by; no value: a row deliberately left out. */
  private record Dated<T>(T value, PartialDate start, PartialDate end) {
    static <T> Dated<T> skipped() {
      return new Dated<>(null, null, null);
    }
  }

  /** Positions.csv: jobs, newest first; descriptions become a summary and bullets. */
  List<Work> work(CsvTable table) {
    return read(table, "work", true, "neither a company nor a title",
        new Column[] {Column.COMPANY, Column.TITLE},
        new Column[] {Column.STARTED_ON, Column.FINISHED_ON},
        row -> {
          String company = row.line(Column.COMPANY, "name");
          String title = row.line(Column.TITLE, "position");
          if (company == null && title == null) {
            return null;
          }
          String location = row.line(Column.LOCATION, "location");
          PartialDate[] dates = range(row, "the job");
          Descriptions.Split text = description(row, "summary", "highlights");
          return new Dated<>(
              new Work(company, location, null, title, null, iso(dates[0]), iso(dates[1]),
                  text.summary(), bullets(text), null),
              dates[0], dates[1]);
        });
  }

  /** Volunteering.csv: like jobs; the cause is kept in the document. */
  List<Volunteer> volunteer(CsvTable table) {
    return read(table, "volunteer", true, "neither an organisation nor a role",
        new Column[] {Column.COMPANY, Column.ROLE},
        new Column[] {Column.STARTED_ON, Column.FINISHED_ON},
        row -> {
          String organisation = row.line(Column.COMPANY, "organization");
          String role = row.line(Column.ROLE, "position");
          if (organisation == null && role == null) {
            return null;
          }
          PartialDate[] dates = range(row, "the role");
          Descriptions.Split text = description(row, "summary", "highlights");
          Map<String, JsonNode> kept = kept(row, Map.of("cause", Column.CAUSE));
          return new Dated<>(
              new Volunteer(organisation, role, null, iso(dates[0]), iso(dates[1]),
                  text.summary(), bullets(text), kept),
              dates[0], dates[1]);
        });
  }

  /** Education.csv: schools, newest first; the degree is split from the subject when certain. */
  List<Education> education(CsvTable table) {
    boolean fieldColumn = table.has(Column.FIELD_OF_STUDY);
    return read(table, "education", true, "neither a school nor a degree",
        new Column[] {Column.SCHOOL, Column.DEGREE},
        new Column[] {Column.STARTED_ON, Column.FINISHED_ON},
        row -> {
          String school = row.line(Column.SCHOOL, "institution");
          String degreeName = row.line(Column.DEGREE, "studyType");
          String field = fieldColumn ? row.line(Column.FIELD_OF_STUDY, "area") : null;
          if (school == null && degreeName == null) {
            return null;
          }
          DegreeNames.Degree degree = DegreeNames.read(degreeName, field);
          if (!degree.certain()) {
            row.note("studyType", "linkedin.degree", row.where(Column.DEGREE) + ": “"
                + degreeName + "” was kept as the degree; if it names your subject, move it to the"
                + " area of study");
          }
          PartialDate[] dates = range(row, "the school");
          if (dates[0] != null && dates[1] == null) {
            row.note("endDate", "linkedin.education-open", row.where(Column.FINISHED_ON)
                + ": no end date, so it shows as “Present”; add the year you finished (or expect"
                + " to)");
          }
          Map<String, JsonNode> kept =
              kept(row, Map.of("notes", Column.NOTES, "activities", Column.ACTIVITIES));
          return new Dated<>(
              new Education(school, null, degree.area(), degree.studyType(), iso(dates[0]),
                  iso(dates[1]), null, null, kept),
              dates[0], dates[1]);
        });
  }

  /**
   * Skills.csv: one skill per row, as the keywords of an unnamed group (more than a group holds
   * go on in another), duplicates once.
   */
  List<Skill> skills(CsvTable table) {
    if (!present(table, "/skills", Column.NAME)) {
      return null;
    }
    Set<String> seen = new LinkedHashSet<>();
    List<String> names = new ArrayList<>();
    for (CsvTable.Row r : table.rows()) {
      reading.check();
      RowReader row = new RowReader(table, r);
      String name = row.line(Column.NAME, "keywords");
      if (name == null || !seen.add(name.toLowerCase(Locale.ROOT))) {
        continue;
      }
      if (!budget.take(row.characters())) {
        notes.add("linkedin.too-long", "/skills", row.where() + " and the skills after it were"
            + " left out: the export holds more text than a resume");
        break;
      }
      row.notes().forEach(n -> notes.add(n.code(), "/skills", n.message()));
      names.add(name);
    }
    List<Skill> groups = new ArrayList<>();
    int size = Limits.DEFAULT.maxBullets();
    for (int i = 0; i < names.size() && groups.size() < Limits.DEFAULT.maxItems(); i += size) {
      groups.add(new Skill(null, null, names.subList(i, Math.min(names.size(), i + size)), null));
    }
    return groups.isEmpty() ? null : groups;
  }

  /** Certifications.csv: the issue date is the certificate's date; licence and expiry are kept. */
  List<Certificate> certificates(CsvTable table) {
    return read(table, "certificates", false, "no name", new Column[] {Column.NAME}, new Column[0],
        row -> {
          String name = row.line(Column.NAME, "name");
          if (name == null) {
            return null;
          }
          PartialDate issued =
              row.date(Column.STARTED_ON, "date", "the certificate was kept without a date");
          PartialDate expires = row.date(Column.FINISHED_ON, "", "the expiry date was left out");
          Map<String, JsonNode> kept = kept(row, Map.of("licenseNumber", Column.LICENSE_NUMBER));
          if (expires != null) {
            kept = with(kept, "expiryDate", iso(expires));
            row.note("", "linkedin.kept", row.where(Column.FINISHED_ON)
                + ": the expiry date is kept in the document but not printed");
          }
          return new Dated<>(
              new Certificate(name, iso(issued), url(row), row.line(Column.AUTHORITY, "issuer"), kept),
              issued, null);
        });
  }

  /** Languages.csv: the proficiency as LinkedIn words it. */
  List<Language> languages(CsvTable table) {
    return read(table, "languages", false, "no language", new Column[] {Column.NAME}, new Column[0],
        row -> {
          String language = row.line(Column.NAME, "language");
          return language == null
              ? null
              : new Dated<>(new Language(language, row.line(Column.PROFICIENCY, "fluency"), null),
                  null, null);
        });
  }

  /** Projects.csv: newest first; the description becomes a description and bullets. */
  List<Project> projects(CsvTable table) {
    return read(table, "projects", true, "no title", new Column[] {Column.TITLE},
        new Column[] {Column.STARTED_ON, Column.FINISHED_ON},
        row -> {
          String title = row.line(Column.TITLE, "name");
          if (title == null) {
            return null;
          }
          PartialDate[] dates = range(row, "the project");
          Descriptions.Split text = description(row, "description", "highlights");
          return new Dated<>(
              new Project(title, text.summary(), bullets(text), null, iso(dates[0]), iso(dates[1]),
                  url(row), null, null, null, null),
              dates[0], dates[1]);
        });
  }

  /** Honors.csv: awards. */
  List<Award> awards(CsvTable table) {
    return read(table, "awards", false, "no title", new Column[] {Column.TITLE}, new Column[0],
        row -> {
          String title = row.line(Column.TITLE, "title");
          if (title == null) {
            return null;
          }
          PartialDate issued = row.date(Column.ISSUED_ON, "date", "the award was kept without a date");
          return new Dated<>(
              new Award(title, iso(issued), row.line(Column.ISSUER, "awarder"),
                  row.text(Column.DESCRIPTION, "summary"), null),
              issued, null);
        });
  }

  /** Publications.csv. */
  List<Publication> publications(CsvTable table) {
    return read(table, "publications", false, "no name", new Column[] {Column.NAME}, new Column[0],
        row -> {
          String name = row.line(Column.NAME, "name");
          if (name == null) {
            return null;
          }
          PartialDate published = row.date(Column.PUBLISHED_ON, "releaseDate",
              "the publication was kept without a date");
          return new Dated<>(
              new Publication(name, row.line(Column.PUBLISHER, "publisher"), iso(published), url(row),
                  row.text(Column.DESCRIPTION, "summary"), null),
              published, null);
        });
  }

  /**
   * Courses.csv: a custom section "Courses" (name and course number), since the export does not
   * say which school or job a course belongs to.
   */
  CustomSection courses(CsvTable table, int index) {
    String pointer = "/meta/createYourResume/customSections/" + index + "/entries";
    List<CustomEntry> entries = read(table, pointer, "courses", false, "no course name",
        new Column[] {Column.NAME}, new Column[0],
        row -> {
          String name = row.line(Column.NAME, "title");
          return name == null
              ? null
              : new Dated<>(new CustomEntry(name, row.line(Column.COURSE_NUMBER, "subtitle"), null,
                  null, null, null, null, null, null), null, null);
        });
    return entries == null ? null : new CustomSection(COURSES_ID, "Courses", entries, null);
  }

  /**
   * Recommendations_Received.csv: references, only those shown on the profile when the file
   * says which are.
   */
  List<Reference> references(CsvTable table) {
    boolean filtered = table.has(Column.STATUS);
    int[] hidden = {0};
    List<Reference> references = read(table, "references", false, "no recommendation text",
        new Column[] {Column.TEXT}, new Column[0],
        row -> {
          if (filtered && !"VISIBLE".equalsIgnoreCase(row.line(Column.STATUS, ""))) {
            hidden[0]++;
            return Dated.skipped();
          }
          String text = row.text(Column.TEXT, "reference");
          if (text == null) {
            return null;
          }
          return new Dated<>(new Reference(referee(row), text, null), null, null);
        });
    if (hidden[0] > 0) {
      notes.add("linkedin.hidden", "/references", table.fileName() + ": " + hidden[0]
          + " recommendation(s) you do not show on your profile were left out");
    }
    return references;
  }

  /** "Jane Doe, Engineering Manager at Acme". */
  private static String referee(RowReader row) {
    String first = row.line(Column.FIRST_NAME, "name");
    String last = row.line(Column.LAST_NAME, "name");
    String name = first == null ? last : last == null ? first : first + " " + last;
    String title = row.line(Column.JOB_TITLE, "name");
    String company = row.line(Column.COMPANY, "name");
    String role = title == null ? company : company == null ? title : title + " at " + company;
    if (name == null) {
      return role;
    }
    return role == null ? name : name + ", " + role;
  }

  // ---------- reading rows into entries ----------

  private <T> List<T> read(
      CsvTable table, String section, boolean newestFirst, String missing, Column[] keys,
      Column[] expected, Function<RowReader, Dated<T>> entry) {
    return read(table, "/" + section, section, newestFirst, missing, keys, expected, entry);
  }

  /**
   * Reads every row of {@code table} with {@code entry}, which answers {@code null} for a row
   * without the values that make an entry ({@code missing} says which).
   *
   * @param keys the file is left out (noted) when it has none of these columns
   * @param expected a note says so when the file lacks one of these columns
   */
  private <T> List<T> read(
      CsvTable table, String pointer, String section, boolean newestFirst, String missing,
      Column[] keys, Column[] expected, Function<RowReader, Dated<T>> entry) {
    if (!present(table, pointer, keys)) {
      return null;
    }
    for (Column column : expected) {
      if (!table.has(column)) {
        notes.add("linkedin.column-missing", pointer, table.fileName() + " has no column “"
            + column.label() + "”; that information could not be imported");
      }
    }
    Entries<T> entries = new Entries<>(section, table.fileName());
    for (CsvTable.Row r : table.rows()) {
      reading.check();
      RowReader row = new RowReader(table, r);
      Dated<T> dated = entry.apply(row);
      if (dated == null) {
        notes.add("linkedin.row-empty", pointer, row.where() + ": " + missing
            + "; the row was skipped");
      } else if (dated.value() != null) {
        entries.add(dated.value(), dated.start(), dated.end(), row);
      }
    }
    return entries.place(pointer, newestFirst, budget, notes);
  }

  /** Whether the file has one of {@code keys}; notes that it was left out when not. */
  private boolean present(CsvTable table, String pointer, Column... keys) {
    for (Column key : keys) {
      if (table.has(key)) {
        return true;
      }
    }
    List<String> names = new ArrayList<>();
    for (Column key : keys) {
      names.add("“" + key.label() + "”");
    }
    notes.add("linkedin.column-missing", pointer, table.fileName() + " has no column "
        + String.join(" or ", names) + "; it was left out");
    return false;
  }

  /** Start and end; an end before the start is left out (noted). */
  private static PartialDate[] range(RowReader row, String what) {
    PartialDate start = row.date(Column.STARTED_ON, "startDate", "the start date was left empty");
    PartialDate end = row.date(Column.FINISHED_ON, "endDate",
        "the end date was left empty, so " + what + " shows as current until you add it");
    if (start != null && end != null && start.isAfter(end)) {
      row.note("endDate", "linkedin.date-order", row.where(Column.FINISHED_ON) + ": ends ("
          + iso(end) + ") before it starts (" + iso(start) + "); the end date was left empty");
      end = null;
    }
    return new PartialDate[] {start, end};
  }

  /** The description as a summary and bullets, at most as many bullets as an entry holds. */
  private static Descriptions.Split description(RowReader row, String summaryField, String bulletField) {
    String text = row.text(Column.DESCRIPTION, summaryField);
    if (text == null) {
      return new Descriptions.Split(null, List.of());
    }
    Descriptions.Split split = Descriptions.split(text);
    int max = Limits.DEFAULT.maxBullets();
    if (split.bullets().size() > max) {
      row.note(bulletField, "linkedin.too-many", row.where(Column.DESCRIPTION) + ": "
          + split.bullets().size() + " lines; the first " + max + " became bullets, the rest was"
          + " left out");
      return new Descriptions.Split(split.summary(), split.bullets().subList(0, max));
    }
    return split;
  }

  private static List<String> bullets(Descriptions.Split split) {
    return split.bullets().isEmpty() ? null : split.bullets();
  }

  /** The row's web address, or {@code null}; one that is not an address is noted. */
  private static String url(RowReader row) {
    String address = row.line(Column.URL, "url");
    if (address == null) {
      return null;
    }
    String href = BasicsMapping.link(address);
    if (href == null) {
      row.note("url", "linkedin.url", row.where(Column.URL) + ": “" + RowReader.shorten(address)
          + "” is not a web address; it was left out");
    }
    return href;
  }

  /**
   * Values JSON Resume has no field for, kept in the document under the given names (so nothing
   * is lost) and noted as not printed.
   */
  private static Map<String, JsonNode> kept(RowReader row, Map<String, Column> columns) {
    Map<String, JsonNode> kept = null;
    List<String> names = new ArrayList<>();
    for (Map.Entry<String, Column> c : new TreeMap<>(columns).entrySet()) {
      String value = row.text(c.getValue(), c.getKey());
      if (value != null) {
        kept = with(kept, c.getKey(), value);
        names.add("“" + row.header(c.getValue()) + "”");
      }
    }
    if (!names.isEmpty()) {
      row.note("", "linkedin.kept", row.where() + ": " + String.join(" and ", names)
          + (names.size() == 1 ? " is" : " are") + " kept in the document but not printed (the"
          + " resume has no place for " + (names.size() == 1 ? "it" : "them") + ")");
    }
    return kept;
  }

  private static Map<String, JsonNode> with(Map<String, JsonNode> fields, String name, String value) {
    Map<String, JsonNode> copy = fields == null ? new LinkedHashMap<>() : new LinkedHashMap<>(fields);
    copy.put(name, JsonNodeFactory.instance.stringNode(value));
    return copy;
  }

  private static String iso(PartialDate date) {
    return date == null ? null : DateCells.iso(date);
  }
}
