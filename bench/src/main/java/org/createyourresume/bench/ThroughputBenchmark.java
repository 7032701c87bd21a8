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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput with two threads sharing one {@link ResumeRenderer}, as two request threads of the
 * server would: tagged PDFs per second of the one-page resume, and, as the in-run baseline, HTML
 * pages per second of the same resume with the same two threads. The renderer parses fonts once
 * per thread; warm-up covers that.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(2)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(2)
@State(Scope.Benchmark)
public class ThroughputBenchmark {

  @Param({"classic"})
  public String template;

  @Param({"one-page"})
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

  /** Tagged PDFs per second, two threads. */
  @Benchmark
  public RenderResult taggedPdf() {
    return renderer.render(document, pdf);
  }

  /** Baseline: HTML pages per second, two threads. */
  @Benchmark
  public RenderResult htmlOnly() {
    return renderer.render(document, html);
  }
}
