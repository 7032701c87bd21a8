package org.createyourresume.bench;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.createyourresume.importer.LetterImportResult;
import org.createyourresume.importer.LetterImporter;
import org.createyourresume.letter.Letter;
import org.createyourresume.model.Resume;
import org.createyourresume.render.OutputFormat;
import org.createyourresume.render.RenderOptions;
import org.createyourresume.render.RenderResult;
import org.createyourresume.render.ResumeRenderer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Warm import latency, one thread, of a one-page cover letter: the letter of {@link
 * LetterBenchmark} rendered by our renderer, read back with {@code LetterImporter.importFile}
 * (detection, bounded PDF extraction, the letter reader), with the sender's resume basics as the
 * editor sends them. In-run baseline: PDFBox's plain text extraction of the same PDF, the least
 * any PDF importer pays; {@code importPdf - baselinePdfBoxText} is the importer's own share.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(2)
@State(Scope.Benchmark)
public class LetterImportBenchmark {

  @Param({"classic"})
  public String template;

  private LetterImporter importer;
  private Resume resume;
  private byte[] pdf;
  private byte[] docx;

  @Setup(Level.Trial)
  public void setUp() {
    ResumeRenderer renderer = ResumeRenderer.create();
    importer = LetterImporter.create();
    resume = Fixtures.resume("one-page");
    Letter letter = LetterBenchmark.letter();
    RenderResult rendered = renderer.renderLetter(resume, letter, new RenderOptions(OutputFormat.PDF, template));
    Fixtures.describe("one-page letter", template, rendered);
    if (rendered.pages() != 1) {
      throw new IllegalStateException("the letter import benchmark measures a one-page PDF, not " + rendered.pages());
    }
    pdf = rendered.content();
    docx = renderer.renderLetter(resume, letter, new RenderOptions(OutputFormat.DOCX, template)).content();
    LetterImportResult sample = importer.importFile(pdf, "letter.pdf", resume.basics());
    if (!sample.letter().body().equals(letter.body())) {
      throw new IllegalStateException("the letter does not read back whole: " + sample.warnings());
    }
    System.out.printf("%n[fixture] imported the letter PDF: %d paragraphs, %d warnings%n",
        sample.letter().body().size(), sample.warnings().size());
  }

  @Benchmark
  public LetterImportResult importPdf() {
    return importer.importFile(pdf, "letter.pdf", resume.basics());
  }

  @Benchmark
  public LetterImportResult importDocx() {
    return importer.importFile(docx, "letter.docx", resume.basics());
  }

  /** Baseline: plain PDFBox text extraction of the same PDF. */
  @Benchmark
  public String baselinePdfBoxText() throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }
}
