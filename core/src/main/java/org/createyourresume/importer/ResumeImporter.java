package org.createyourresume.importer;

import static org.createyourresume.ats.extract.FileSignature.indexOf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.createyourresume.ats.AtsException;
import org.createyourresume.ats.AtsLimits;
import org.createyourresume.ats.extract.DocxExtractor;
import org.createyourresume.ats.extract.ExtractedDocument;
import org.createyourresume.ats.extract.FileSignature;
import org.createyourresume.ats.extract.PdfExtractor;
import org.createyourresume.ats.extract.ReadBudget;
import org.createyourresume.ats.parse.LayoutLine;
import org.createyourresume.ats.parse.ParsedResume;
import org.createyourresume.ats.parse.ResumeParser;
import org.createyourresume.importer.confidence.Confidence;
import org.createyourresume.importer.confidence.Layout;
import org.createyourresume.importer.fresh.FreshReader;
import org.createyourresume.importer.linkedin.LinkedInExportReader;
import org.createyourresume.importer.mapping.ResumeMapper;
import org.createyourresume.importer.text.TextLines;
import org.createyourresume.json.JsonResumeException;
import org.createyourresume.json.JsonResumeReader;
import org.createyourresume.json.ReadResult;
import org.createyourresume.model.Problem;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one entry point of import: any resume file in, a {@link ImportResult} out. The format is
 * told from the content first (PDF, ZIP, JSON), the file name second (text vs Markdown). Thread
 * safe; create one and share it.
 *
 * <pre>{@code
 * ImportResult result = ResumeImporter.create().importFile(bytes, "resume.pdf");
 * result.resume();    // a JSON Resume
 * result.warnings();  // what was guessed or left out, each with the field's JSON pointer
 * }</pre>
 *
 * <p>PDF, DOCX, plain text and Markdown go through the same extractors and the same resume parser
 * as the ATS checker, so that what the checker shows an ATS reading is exactly what an import
 * gets; the parsed fields are then mapped onto JSON Resume ({@link ResumeMapper}).
 */
public final class ResumeImporter {

  /**
   * How deeply a JSON document may nest. A resume needs five levels; hundreds are an attack on
   * the parser's stack, refused before any tree is built.
   */
  static final int MAX_JSON_DEPTH = 64;

  private static final JsonMapper JSON =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_JSON_DEPTH).build())
                  .build())
          .build();

  private final AtsLimits limits;
  private final LinkedInExportReader linkedIn;
  private final PdfExtractor pdf;
  private final DocxExtractor docx;
  private final ResumeParser parser = new ResumeParser();
  private final ResumeMapper mapper = new ResumeMapper();
  private final FreshReader fresh = new FreshReader();
  private final JsonResumeReader jsonResume = new JsonResumeReader();

  private ResumeImporter(AtsLimits limits) {
    this.limits = limits;
    this.linkedIn = new LinkedInExportReader(limits);
    this.pdf = new PdfExtractor(limits);
    this.docx = new DocxExtractor(limits);
  }

  /** An importer with the default upload limits ({@link AtsLimits#DEFAULT}). */
  public static ResumeImporter create() {
    return new ResumeImporter(AtsLimits.DEFAULT);
  }

  /** An importer with other upload limits. */
  public static ResumeImporter create(AtsLimits limits) {
    return new ResumeImporter(limits);
  }

  /** The limits every import is held to. */
  public AtsLimits limits() {
    return limits;
  }

  /**
   * Imports a file.
   *
   * @param content the file's bytes
   * @param fileName the name it was uploaded with, used to tell text from Markdown and in
   *     messages; may be null
   * @throws ImportException when the file is refused, with a message fit for the user
   */
  public ImportResult importFile(byte[] content, String fileName) {
    UploadedFile.RESUME.checkSize(content, fileName, limits);
    try {
      // one deadline and one size budget for every stage from here: unpacking, reading, parsing
      // and mapping; an interrupted thread (a request given up on) stops at the next check
      return read(content, fileName, ReadBudget.start(limits));
    } catch (AtsException e) {
      if (!e.isUserError()) {
        throw e; // a failure of ours, not of the file
      }
      throw new ImportException(e.code(), e.getMessage(), e);
    }
  }

  private ImportResult read(byte[] content, String fileName, ReadBudget budget) {
    if (FileSignature.isPdf(content)) {
      return document(pdf.extract(content, budget), ImportFormat.PDF, fileName, budget);
    }
    if (FileSignature.isZip(content)) {
      if (indexOf(content, "word/document.xml", content.length) >= 0) {
        return document(docx.extract(content, budget), ImportFormat.DOCX, fileName, budget);
      }
      if (indexOf(content, "opendocument.text", 200) >= 0) {
        throw new ImportException("file.type", UploadedFile.name(fileName)
            + "is an OpenDocument text (.odt); save it as .docx or PDF in LibreOffice and import that");
      }
      return linkedIn.read(content, budget);
    }
    UploadedFile.RESUME.refuseBinary(content, fileName);
    String text = UploadedFile.RESUME.text(content, fileName);
    if (text.length() > limits.maxCharacters()) {
      throw new ImportException("file.too-long", UploadedFile.name(fileName) + "has " + text.length()
          + " characters; resumes of up to " + limits.maxCharacters() + " characters can be imported");
    }
    budget.checkNow();
    String start = text.stripLeading();
    if (start.startsWith("{") || start.startsWith("[")) {
      return json(text, fileName, budget);
    }
    String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
    boolean markdown = lower.endsWith(".md") || lower.endsWith(".markdown") || TextLines.looksLikeMarkdown(text);
    List<LayoutLine> lines = markdown ? TextLines.markdown(text) : TextLines.plain(text);
    if (lines.isEmpty()) {
      throw new ImportException("file.empty", UploadedFile.name(fileName) + "holds no text");
    }
    return map(lines, markdown ? ImportFormat.MARKDOWN : ImportFormat.TEXT, budget);
  }

  /** The parser's reading of {@code lines}, mapped onto JSON Resume, both within the budget. */
  private ImportResult map(List<LayoutLine> lines, ImportFormat format, ReadBudget budget) {
    budget.checkNow();
    ParsedResume parsed = parser.parse(lines, budget::check);
    ImportResult result = Confidence.review(mapper.map(parsed, format, budget::check), parsed, Layout.of(lines));
    budget.checkNow();
    return result;
  }

  /** A PDF or DOCX: the parser's reading of its lines, mapped onto JSON Resume. */
  private ImportResult document(
      ExtractedDocument document, ImportFormat format, String fileName, ReadBudget budget) {
    UploadedFile.RESUME.refuseNoText(document, format, fileName);
    return map(document.lines(), format, budget);
  }

  /** A JSON document: FRESH, or JSON Resume of any version, read tolerantly. */
  private ImportResult json(String text, String fileName, ReadBudget budget) {
    JsonNode root;
    try {
      JsonResumeReader.checkLimits(text, MAX_JSON_DEPTH);
      root = JSON.readTree(text);
    } catch (JsonResumeException e) {
      // valid JSON, perhaps, but shaped as no resume is: say which limit, and where
      throw new ImportException("file.hostile", UploadedFile.name(fileName)
          + (e.code().equals(JsonResumeException.TOO_DEEP)
              ? "nests deeper than " + MAX_JSON_DEPTH + " levels (at line " + e.line() + ", column "
                  + e.column() + "), which no resume needs; it was refused"
              : "has a number of more than " + JsonResumeReader.MAX_NUMBER_LENGTH
                  + " characters (at line " + e.line() + ", column " + e.column()
                  + "), which no resume needs; it was refused"), e);
    } catch (JacksonException e) {
      if (e instanceof StreamConstraintsException || e.getCause() instanceof StreamConstraintsException) {
        throw new ImportException("file.hostile", UploadedFile.name(fileName) + "holds a name or a text longer"
            + " than any resume does; it was refused", e);
      }
      var at = e.getLocation();
      // the parser's own explanation is in its terms; the place is what helps
      throw new ImportException("file.corrupt", UploadedFile.name(fileName) + "is not valid JSON"
          + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")")
          + "; fix it or export it again", e);
    }
    if (root == null || !root.isObject()) {
      throw new ImportException("file.type", UploadedFile.name(fileName)
          + "is JSON but not a resume: a JSON Resume or FRESH document is one object ({ … })");
    }
    budget.checkNow();
    if (FreshReader.isFresh(root)) {
      ImportResult result = fresh.read(root, budget::check);
      budget.checkNow();
      return result;
    }
    ReadResult read;
    try {
      read = jsonResume.read(text);
    } catch (JsonResumeException e) {
      throw new ImportException("file.corrupt", UploadedFile.name(fileName) + "is not a readable JSON Resume: " + e.getMessage(), e);
    }
    budget.checkNow();
    List<Problem> warnings = new ArrayList<>(read.problems());
    return new ImportResult(read.resume(), ImportFormat.JSON_RESUME, warnings);
  }
}
