package org.createyourresume.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

/**
 * Warm cost of fitting a resume on one page ({@code ResumeRenderer.fit}), one thread, against
 * the in-run baseline of one plain tagged-PDF render of the same resume in the same template:
 * {@code fitOnOnePage / renderPdf} says how many renders a fit costs.
 *
 * <p>Resumes: {@code over-one-page} (1.1 to 1.5 pages, fits after lowering spacing, margins and
 * size: the search), {@code one-page} (already fits: one layout) and {@code three-page} (cannot
 * fit: the tightest settings and the leftover). The setup prints what the fit found and how
 * many layouts it took.
 *
 * <p>On a shared machine wall-clock times follow the load more than the code, and the two
 * benchmarks run one after the other, not side by side. So each also adds up the CPU time of its
 * own thread over the measurement iterations (not the warm-up) and prints it per operation at the
 * end ({@code [cpu]} lines): a ratio of those is what a fit costs in renders, whatever else the
 * machine was doing. Garbage collection runs on other threads and is not in it; {@code -prof gc}
 * gives the allocation per operation for that.
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
    return timed(() -> renderer.fit(document, pdf, 1));
  }

  /** Baseline: one tagged-PDF render of the same resume, as {@code POST /api/render} runs it. */
  @Benchmark
  public RenderResult renderPdf() {
    return timed(() -> renderer.render(document, pdf));
  }

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private boolean measuring;
  private long cpuNanos;
  private long operations;

  @Setup(Level.Iteration)
  public void startIteration(IterationParams iteration) {
    measuring = iteration.getType() == IterationType.MEASUREMENT;
  }

  private <T> T timed(Supplier<T> work) {
    long start = THREADS.getCurrentThreadCpuTime();
    T result = work.get();
    if (measuring) {
      cpuNanos += THREADS.getCurrentThreadCpuTime() - start;
      operations++;
    }
    return result;
  }

  @TearDown(Level.Trial)
  public void printCpuTime(BenchmarkParams benchmark) {
    String name = benchmark.getBenchmark().substring(benchmark.getBenchmark().lastIndexOf('.') + 1);
    System.out.printf(
        "%n[cpu] %s %s in %s: %.2f ms of CPU per operation (%d operations measured)%n",
        name, resume, template, cpuNanos / 1e6 / Math.max(1, operations), operations);
  }
}
