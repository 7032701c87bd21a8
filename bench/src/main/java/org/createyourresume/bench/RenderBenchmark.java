package org.createyourresume.bench;

import java.util.concurrent.TimeUnit;
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
 * Warm render latency, one thread: the tagged PDF (PDF/UA-1 with PDF/A-3u metadata, what users
 * download) per template and resume, and, as the in-run baseline, the same resume rendered to
 * HTML only. The HTML path runs the same steps up to the page markup (limits check, style
 * resolution, jte templating) and stops before the PDF engine, so {@code taggedPdf - htmlOnly}
 * is the PDF engine's share (layout, fonts, tagging, writing).
 *
 * <p>SampleTime, so the result files carry the median (p50) and p99 as well as the mean. Run
 * with {@code -prof gc} for the allocation per render ({@code gc.alloc.rate.norm}, bytes/op).
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(2)
@State(Scope.Benchmark)
public class RenderBenchmark {

  @Param({"classic", "modern", "compact", "technical"})
  public String template;

  /** A bundled resume: {@code one-page} (~430 words) or {@code three-page} (~1,100 words). */
  @Param({"one-page", "three-page"})
  public String resume;

  private ResumeRenderer renderer;
  private Resume document;
  private RenderOptions pdf;
  private RenderOptions html;

  @Setup(Level.Trial)
  public void setUp() {
    renderer = ResumeRenderer.create();
    document = Fixtures.resume(resume);
    pdf = new RenderOptions(OutputFormat.PDF, template);
    html = new RenderOptions(OutputFormat.HTML, template);
    Fixtures.describe(resume, template, renderer.render(document, pdf));
  }

  /** The product path: resume to tagged PDF bytes. */
  @Benchmark
  public RenderResult taggedPdf() {
    return renderer.render(document, pdf);
  }

  /** Baseline: the same resume to its HTML page, no PDF engine. */
  @Benchmark
  public RenderResult htmlOnly() {
    return renderer.render(document, html);
  }
}
