package org.createyourresume.importer.linkedin;

import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.createyourresume.ats.AtsException;
import org.createyourresume.ats.AtsLimits;
import org.createyourresume.ats.extract.BoundedZip;
import org.createyourresume.ats.extract.ReadBudget;
import org.createyourresume.importer.ImportException;
import org.createyourresume.importer.ImportFormat;
import org.createyourresume.importer.ImportResult;
import org.createyourresume.model.Basics;
import org.createyourresume.model.CustomSection;
import org.createyourresume.model.Design;
import org.createyourresume.model.Limits;
import org.createyourresume.model.Meta;
import org.createyourresume.model.Resume;

/**
 * Reads a LinkedIn data export ZIP (Profile.csv, Positions.csv, Education.csv, Skills.csv,
 * Certifications.csv, Languages.csv, Projects.csv, ...) into a resume.
 *
 * <p>Tolerant: files are found by name in any folder, missing files and columns leave their part
 * of the resume empty, and a row that cannot be read is skipped (or kept in part) with a warning
 * naming the file, row and column, never failing the whole import. Bounded: the archive is read
 * as a stream within the entry, size and time limits, and the resume within the limits a
 * renderer accepts. Thread safe.
 */
public final class LinkedInExportReader {

  private final AtsLimits limits;

  public LinkedInExportReader(AtsLimits limits) {
    this.limits = limits;
  }

  /**
   * Reads the export.
   *
   * @throws ImportException when the archive is refused: over the limits ({@code file.too-large},
   *     {@code file.hostile}, {@code file.timeout}), damaged ({@code file.corrupt}), protected by
   *     a password ({@code file.encrypted}), not a LinkedIn export ({@code file.type}) or without
   *     anything to import ({@code file.empty})
   */
  public ImportResult read(byte[] zip) {
    try {
      return read(zip, ReadBudget.start(limits));
    } catch (AtsException e) {
      throw new ImportException(e.code(), e.getMessage(), e);
    }
  }

  /**
   * Reads the export within {@code budget}: its deadline holds for unpacking, reading the CSV
   * files and mapping their rows, and its row cap for all the files together.
   *
   * @throws ImportException as {@link #read(byte[])}, and {@code file.too-many-rows} when the
   *     files hold more rows than the cap, {@code request.cancelled} when the thread is
   *     interrupted
   */
  public ImportResult read(byte[] zip, ReadBudget budget) {
    if (zip.length > limits.maxBytes()) {
      throw new ImportException(
          "file.too-large",
          "the file is larger than " + limits.maxBytes() / (1024 * 1024) + " MB; a LinkedIn"
              + " export of your profile is far smaller");
    }
    if (BoundedZip.passwordProtected(zip)) {
      throw new ImportException(
          "file.encrypted",
          "the ZIP archive is protected by a password, which LinkedIn's export is not; upload the"
              + " ZIP file LinkedIn sent, as it came");
    }
    try {
      return readArchive(zip, budget);
    } catch (AtsException e) {
      String hint =
          e.code().equals("file.hostile") || e.code().equals("file.too-many-rows")
              ? "; an export with all your messages and connections can be that large: ask"
                  + " LinkedIn for the export of your profile only"
              : "";
      throw new ImportException(e.code(), e.getMessage() + hint, e);
    }
  }

  private ImportResult readArchive(byte[] zip, ReadBudget budget) {
    BoundedZip.Contents contents;
    try {
      contents =
          new BoundedZip(limits, "ZIP archive")
              .read(zip, name -> ExportFile.of(name).isPresent(), budget.deadline());
    } catch (IOException e) {
      throw new ImportException(
          "file.corrupt",
          "the ZIP archive is damaged and cannot be read; download the export from LinkedIn"
              + " again",
          e);
    }
    if (contents.entries() == 0) {
      throw new ImportException(
          "file.corrupt", "the file is not a readable ZIP archive; download it from LinkedIn again");
    }
    Notes notes = new Notes();
    Map<ExportFile, String> found = new EnumMap<>(ExportFile.class);
    Map<ExportFile, CsvTable> tables = new EnumMap<>(ExportFile.class);
    for (var entry : contents.kept().entrySet()) {
      ExportFile file = ExportFile.of(entry.getKey()).orElseThrow();
      if (found.containsKey(file)) {
        notes.add("linkedin.file-twice", file.pointer(), "the archive holds two files named "
            + ExportFile.baseName(entry.getKey()) + " (" + found.get(file) + " and "
            + entry.getKey() + "); only the first was read");
        continue;
      }
      found.put(file, entry.getKey());
      CsvTable table =
          CsvTable.read(
              ExportFile.baseName(entry.getKey()), entry.getValue(), notes, file.pointer(),
              budget);
      if (table != null) {
        tables.put(file, table);
      }
    }
    if (!found.containsKey(ExportFile.PROFILE) && !found.containsKey(ExportFile.POSITIONS)) {
      throw new ImportException(
          "file.type",
          "this ZIP is neither a Word document nor a LinkedIn data export (it has no Profile.csv"
              + " and no Positions.csv); upload a .docx, or the ZIP file LinkedIn sent");
    }
    Resume resume = resume(tables, budget, notes);
    if (resume == null) {
      throw new ImportException(
          "file.empty",
          "the LinkedIn export holds no profile, jobs, schools or skills to import");
    }
    return new ImportResult(resume, ImportFormat.LINKEDIN, notes.problems());
  }

  /** The resume, filled in order of importance while the text budget lasts; null when empty. */
  private static Resume resume(Map<ExportFile, CsvTable> tables, ReadBudget reading, Notes notes) {
    TextBudget budget = new TextBudget(Limits.DEFAULT.maxTotalLength());
    Basics basics =
        BasicsMapping.read(
            tables.get(ExportFile.PROFILE), tables.get(ExportFile.EMAILS),
            tables.get(ExportFile.PHONES), budget, notes);
    reading.checkNow();
    SectionMapping sections = new SectionMapping(budget, reading, notes);
    var work = from(tables, ExportFile.POSITIONS, sections::work);
    var education = from(tables, ExportFile.EDUCATION, sections::education);
    var skills = from(tables, ExportFile.SKILLS, sections::skills);
    var certificates = from(tables, ExportFile.CERTIFICATIONS, sections::certificates);
    var projects = from(tables, ExportFile.PROJECTS, sections::projects);
    var languages = from(tables, ExportFile.LANGUAGES, sections::languages);
    var volunteer = from(tables, ExportFile.VOLUNTEERING, sections::volunteer);
    var awards = from(tables, ExportFile.HONORS, sections::awards);
    var publications = from(tables, ExportFile.PUBLICATIONS, sections::publications);
    CustomSection courses = from(tables, ExportFile.COURSES, t -> sections.courses(t, 0));
    var references = from(tables, ExportFile.RECOMMENDATIONS, sections::references);
    Meta meta =
        courses == null
            ? null
            : new Meta(null, null, null, new Design(null, null, null, null, null, null, null, null,
                null, null, null, null, List.of(courses), null), null);
    Resume resume =
        new Resume(
            null, basics, work, volunteer, education, awards, certificates, publications, skills,
            languages, null, references, projects, meta, null);
    boolean empty =
        basics == null && work == null && volunteer == null && education == null && awards == null
            && certificates == null && publications == null && skills == null && languages == null
            && references == null && projects == null && meta == null;
    return empty ? null : resume;
  }

  private static <T> T from(
      Map<ExportFile, CsvTable> tables, ExportFile file, Function<CsvTable, T> mapping) {
    CsvTable table = tables.get(file);
    return table == null ? null : mapping.apply(table);
  }
}
