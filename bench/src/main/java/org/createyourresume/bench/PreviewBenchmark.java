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
 * The live preview's path ({@code ResumeRenderer.renderPreview}) after an edit, one thread.
 *
 * <ul>
 *   <li>{@code printedEdit}: every operation's resume differs from all recent ones by one word of
 *       the summary ("six years" becomes "{@code n} years"), as when someone types: the page changed,
 *       so the PDF is laid out and written anew. 4,096 such resumes are made in setup and used in
 *       turn, more than the preview cache holds, so no operation finds its page kept.
 *   <li>{@code unprintedEdit}: the edit is to a field no template prints ({@code meta.version});
 *       the page is the same, so the preview's PDF is the one kept from before.
 * </ul>
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(2)
@State(Scope.Benchmark)
public class PreviewBenchmark {

  private static final int EDITS = 4096;

  @Param({"classic"})
  public String template;

  @Param({"one-page"})
  public String resume;

  private ResumeRenderer renderer;
  private RenderOptions pdf;
  private Resume[] printed;
  private Resume[] unprinted;
  private int next;

  @Setup(Level.Trial)
  public void setUp() {
    renderer = ResumeRenderer.create();
    pdf = new RenderOptions(OutputFormat.PDF, template);
    String json = Fixtures.json(resume);
    if (!json.contains("six years") || !json.contains("\"version\": \"v1.0.0\"")) {
      throw new IllegalStateException(resume + ".json no longer has the words this benchmark edits");
    }
    printed = new Resume[EDITS];
    unprinted = new Resume[EDITS];
    for (int i = 0; i < EDITS; i++) {
      printed[i] = Fixtures.read(resume, json.replace("six years", (i + 7) + " years"));
      unprinted[i] =
          Fixtures.read(resume, json.replace("\"version\": \"v1.0.0\"", "\"version\": \"v1.0." + i + "\""));
    }
    Fixtures.describe(resume, template, renderer.renderPreview(printed[0], pdf));
  }

  /** A one-word edit of a printed field: the preview lays the page out and writes it anew. */
  @Benchmark
  public RenderResult printedEdit() {
    next = (next + 1) % EDITS;
    return renderer.renderPreview(printed[next], pdf);
  }

  /** An edit to a field that is not printed: the preview's PDF is the one kept. */
  @Benchmark
  public RenderResult unprintedEdit() {
    next = (next + 1) % EDITS;
    return renderer.renderPreview(unprinted[next], pdf);
  }
}
