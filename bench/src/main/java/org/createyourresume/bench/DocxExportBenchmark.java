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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Warm Word export latency, one thread: the one-page benchmark resume (classic template) to DOCX.
 * Target: 15 ms or less.
 *
 * <ul>
 *   <li>{@code docx}: {@code renderer.render(resume, DOCX)}: limits check, style, the shared view,
 *       then Apache POI building and zipping the document.
 *   <li>{@code baselinePlainText}: the in-run baseline: the same resume to plain text, which goes
 *       through the same view without POI; {@code docx - baselinePlainText} is POI's share.
 * </ul>
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 8, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(2)
@State(Scope.Benchmark)
public class DocxExportBenchmark {

  private ResumeRenderer renderer;
  private Resume resume;
  private RenderOptions docx;
  private RenderOptions text;

  @Setup(Level.Trial)
  public void setUp() {
    renderer = ResumeRenderer.create();
    resume = Fixtures.resume("one-page");
    Fixtures.describe("one-page", "classic", renderer.render(resume, RenderOptions.pdf().withTemplate("classic")));
    docx = new RenderOptions(OutputFormat.DOCX, "classic");
    text = new RenderOptions(OutputFormat.TXT, "classic");
    RenderResult sample = renderer.render(resume, docx);
    System.out.printf("%n[fixture] one-page in classic as DOCX: %d bytes%n", sample.content().length);
  }

  @Benchmark
  public byte[] docx() {
    return renderer.render(resume, docx).content();
  }

  @Benchmark
  public byte[] baselinePlainText() {
    return renderer.render(resume, text).content();
  }
}
