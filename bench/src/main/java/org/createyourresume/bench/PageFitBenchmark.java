package org.createyourresume.bench;

import java.util.concurrent.TimeUnit;
import org.createyourresume.model.Resume;
import org.createyourresume.render.PageFit;
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
 * Warm cost of fitting a resume on one page ({@code ResumeRenderer.fit}), one thread, against
 * the in-run baseline of one plain tagged-PDF render of the same resume in the same template:
 * {@code fitOnOnePage / renderPdf} says how many renders a fit costs.
 *
 * <p>Resumes: {@code over-one-page} (1.1 to 1.5 pages, fits after lowering spacing, margins and
 * size: the search), {@code one-page} (already fits: one layout) and {@code three-page} (cannot
 * fit: the tightest settings and the leftover). The setup prints what the fit found and how
 * many layouts it took.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 8, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class PageFitBenchmark {

  @Param({"classic", "modern", "compact", "technical"})
  public String template;

  @Param({"over-one-page", "one-page", "three-page"})
  public String resume;

  private ResumeRenderer renderer;
  private Resume document;
  private RenderOptions pdf;

  @Setup(Level.Trial)
  public void setUp() {
    renderer = ResumeRenderer.create();
    document = Fixtures.resume(resume);
    pdf = RenderOptions.pdf().withTemplate(template);
    PageFit fit = renderer.fit(document, pdf, 1);
    System.out.printf(
        "%n[fixture] %s in %s: %d page(s) as it is; fit: %s, %d layout(s): %s%n",
        resume, template, renderer.render(document, pdf).pages(), fit.fits() ? "fits" : "does not fit",
        fit.layouts(), fit.message());
  }

  /** The fit: a few layouts without drawing, as {@code POST /api/render/fit} runs it. */
  @Benchmark
  public PageFit fitOnOnePage() {
    return renderer.fit(document, pdf, 1);
  }

  /** Baseline: one tagged-PDF render of the same resume, as {@code POST /api/render} runs it. */
  @Benchmark
  public RenderResult renderPdf() {
    return renderer.render(document, pdf);
  }
}
