package org.createyourresume.importer;

import static org.createyourresume.ats.extract.FileSignature.indexOf;

import java.util.List;
import java.util.Locale;
import org.createyourresume.ats.AtsException;
import org.createyourresume.ats.AtsLimits;
import org.createyourresume.ats.extract.DocxExtractor;
import org.createyourresume.ats.extract.ExtractedDocument;
import org.createyourresume.ats.extract.FileSignature;
import org.createyourresume.ats.extract.PdfExtractor;
import org.createyourresume.ats.extract.ReadBudget;
import org.createyourresume.importer.letter.LetterLine;
import org.createyourresume.importer.letter.LetterLines;
import org.createyourresume.importer.letter.LetterReader;
import org.createyourresume.importer.text.TextLines;
import org.createyourresume.letter.Letter;
import org.createyourresume.model.Basics;

/**
 * Imports a cover letter someone already has: a PDF, DOCX, plain text or Markdown file in, a
 * {@link org.createyourresume.letter.Letter} and the warnings to review out. Thread safe; create
 * one and share it.
 *
 * <pre>{@code
 * LetterImportResult result = LetterImporter.create().importFile(bytes, "letter.pdf", resume.basics());
 * result.letter();        // recipient, date, subject, greeting, body, closing, signature
 * result.unsureFields();  // what was guessed, as JSON pointers within the letter
 * }</pre>
 *
 * <p>The file is refused for the same reasons, with the same limits and the same messages, as a
 * resume import (too large, encrypted, a picture, a ZIP bomb, too slow to read), and PDF and DOCX
 * are read by the same extractors, so a letter reads exactly as an ATS reads it.
 */
public final class LetterImporter {

  private final AtsLimits limits;
  private final PdfExtractor pdf;
  private final DocxExtractor docx;
  private final LetterReader reader = new LetterReader();

  private LetterImporter(AtsLimits limits) {
    this.limits = limits;
    this.pdf = new PdfExtractor(limits);
    this.docx = new DocxExtractor(limits);
  }

  /** An importer with the default upload limits ({@link AtsLimits#DEFAULT}). */
  public static LetterImporter create() {
    return new LetterImporter(AtsLimits.DEFAULT);
  }

  /** An importer with other upload limits. */
  public static LetterImporter create(AtsLimits limits) {
    return new LetterImporter(limits);
  }

  /** The limits every import is held to. */
  public AtsLimits limits() {
    return limits;
  }

  /**
   * Imports a letter.
   *
   * @param content the file's bytes
   * @param fileName the name it was uploaded with, used to tell text from Markdown and in
   *     messages; may be null
   * @param basics the basics of the resume the letter will be kept with, to tell the writer's own
   *     lines from the recipient's and to compare names; may be null
   * @throws ImportException when the file is refused, with a message fit for the user
   */
  public LetterImportResult importFile(byte[] content, String fileName, Basics basics) {
    UploadedFile.LETTER.checkSize(content, fileName, limits);
    try {
      ReadBudget budget = ReadBudget.start(limits);
      ImportFormat format;
      List<LetterLine> lines;
      if (FileSignature.isPdf(content)) {
        format = ImportFormat.PDF;
        lines = document(pdf.extract(content, budget), format, fileName);
      } else if (FileSignature.isZip(content)) {
        if (indexOf(content, "word/document.xml", content.length) < 0) {
          throw new ImportException("file.type", UploadedFile.name(fileName)
              + "is a ZIP archive, not a letter; import the letter's PDF, DOCX or text");
        }
        format = ImportFormat.DOCX;
        lines = document(docx.extract(content, budget), format, fileName);
      } else {
        UploadedFile.LETTER.refuseBinary(content, fileName);
        String text = UploadedFile.LETTER.text(content, fileName);
        if (text.length() > limits.maxCharacters()) {
          throw new ImportException("file.too-long", UploadedFile.name(fileName) + "has " + text.length()
              + " characters; letters of up to " + limits.maxCharacters() + " characters can be imported");
        }
        String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        boolean markdown = lower.endsWith(".md") || lower.endsWith(".markdown") || TextLines.looksLikeMarkdown(text);
        format = markdown ? ImportFormat.MARKDOWN : ImportFormat.TEXT;
        lines = LetterLines.ofText(text, markdown);
        if (lines.isEmpty()) {
          throw new ImportException("file.empty", UploadedFile.name(fileName) + "holds no text");
        }
      }
      budget.checkNow();
      LetterReader.Reading reading = reader.read(lines, basics);
      budget.checkNow();
      int characters = reading.letter().texts().stream().mapToInt(String::length).sum();
      if (reading.letter().body().size() > Letter.MAX_PARAGRAPHS || characters > Letter.MAX_CHARACTERS) {
        // more than any letter prints: refused here rather than at its first render
        throw new ImportException("file.too-long", UploadedFile.name(fileName) + "holds "
            + reading.letter().body().size() + " paragraphs and " + characters + " characters; a cover letter of up to "
            + Letter.MAX_PARAGRAPHS + " paragraphs and " + Letter.MAX_CHARACTERS + " characters can be imported");
      }
      return new LetterImportResult(reading.letter(), format, reading.sender(), reading.warnings());
    } catch (AtsException e) {
      if (!e.isUserError()) {
        throw e; // a failure of ours, not of the file
      }
      throw new ImportException(e.code(), e.getMessage(), e);
    }
  }

  private static List<LetterLine> document(
      ExtractedDocument document, ImportFormat format, String fileName) {
    UploadedFile.LETTER.refuseNoText(document, format, fileName);
    return LetterLines.of(document);
  }
}
