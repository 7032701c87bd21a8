package org.createyourresume.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.createyourresume.letter.Letter;
import org.createyourresume.letter.Letters;
import org.createyourresume.model.Problem;
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
 * Warm render latency of a one-page cover letter (about 330 words of body, the resume's header),
 * one thread, as RenderBenchmark measures resumes: the tagged PDF, and as the in-run baseline the
 * same letter to HTML only (everything before the PDF engine), and for reference the sender's
 * one-page resume to tagged PDF. {@code taggedPdf - htmlOnly} is the PDF engine's share. Run with
 * {@code -prof gc} for bytes allocated per render.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(2)
@State(Scope.Benchmark)
public class LetterBenchmark {

  @Param({"classic", "modern"})
  public String template;

  private ResumeRenderer renderer;
  private Resume resume;
  private Letter letter;
  private RenderOptions pdf;
  private RenderOptions html;

  @Setup(Level.Trial)
  public void setUp() {
    renderer = ResumeRenderer.create();
    resume = Fixtures.resume("one-page");
    letter = letter();
    pdf = new RenderOptions(OutputFormat.PDF, template);
    html = new RenderOptions(OutputFormat.HTML, template);
    RenderResult first = renderer.renderLetter(resume, letter, pdf);
    Fixtures.describe("one-page letter", template, first);
    if (first.pages() != 1 || !first.diagnostics().isEmpty()) {
      throw new IllegalStateException("the benchmark letter must be one clean page, not " + first.pages()
          + " pages with " + first.diagnostics());
    }
  }

  static Letter letter() {
    try (InputStream in = LetterBenchmark.class.getResourceAsStream("/letters/one-page-letter.json")) {
      List<Problem> problems = new ArrayList<>();
      Letter read = Letters.fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8), problems);
      if (read == null || !problems.isEmpty()) {
        throw new IllegalStateException("the benchmark letter does not read cleanly: " + problems);
      }
      return read;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The product path: letter to tagged PDF bytes. */
  @Benchmark
  public RenderResult taggedPdf() {
    return renderer.renderLetter(resume, letter, pdf);
  }

  /** Reference: the sender's one-page resume to tagged PDF, in the same template. */
  @Benchmark
  public RenderResult resumePdf() {
    return renderer.render(resume, pdf);
  }

  /** Baseline: the same letter to its HTML page, no PDF engine. */
  @Benchmark
  public RenderResult htmlOnly() {
    return renderer.renderLetter(resume, letter, html);
  }
}
