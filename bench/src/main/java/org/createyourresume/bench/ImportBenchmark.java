package org.createyourresume.bench;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.createyourresume.importer.ImportResult;
import org.createyourresume.importer.ResumeImporter;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Warm import latency, one thread, of a two-page resume made by our renderer (the three-page
 * benchmark resume in the compact template, which takes two pages). Target for the PDF: 50 ms or
 * less.
 *
 * <ul>
 *   <li>{@code importPdf}: {@code importer.importFile(pdf)}: detection, bounded PDF extraction,
 *       the resume parser, mapping onto JSON Resume.
 *   <li>{@code importDocx}: the same resume's Word export, imported.
 *   <li>{@code baselinePdfBoxText}: the in-run baseline: PDFBox's plain text extraction of the same
 *       PDF, the least any PDF importer pays; {@code importPdf - baselinePdfBoxText} is the
 *       importer's own share.
 * </ul>
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 8, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(2)
@State(Scope.Benchmark)
public class ImportBenchmark {

  private ResumeImporter importer;
  private byte[] pdf;
  private byte[] docx;

  @Setup(Level.Trial)
  public void setUp() {
    ResumeRenderer renderer = ResumeRenderer.create();
    importer = ResumeImporter.create();
    Resume resume = Fixtures.resume("three-page");
    RenderResult rendered = renderer.render(resume, RenderOptions.pdf().withTemplate("compact"));
    Fixtures.describe("three-page", "compact", rendered);
    if (rendered.pages() != 2) {
      throw new IllegalStateException("the import benchmark measures a two-page PDF; three-page.json in compact"
          + " now takes " + rendered.pages() + " pages");
    }
    pdf = rendered.content();
    docx = renderer.render(resume, new RenderOptions(OutputFormat.DOCX, "compact")).content();
    ImportResult sample = importer.importFile(pdf, "three-page.pdf");
    System.out.printf("%n[fixture] imported the PDF: %d jobs, %d schools, %d warnings%n",
        sample.resume().workList().size(), sample.resume().educationList().size(), sample.warnings().size());
  }

  @Benchmark
  public ImportResult importPdf() {
    return importer.importFile(pdf, "three-page.pdf");
  }

  @Benchmark
  public ImportResult importDocx() {
    return importer.importFile(docx, "three-page.docx");
  }

  /** Baseline: plain PDFBox text extraction of the same PDF. */
  @Benchmark
  public String baselinePdfBoxText() throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }
}
