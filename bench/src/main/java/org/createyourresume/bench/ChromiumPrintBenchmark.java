package org.createyourresume.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The comparison point: what peers do, printing the resume's HTML page to PDF with headless
 * Chromium, measured in the same run as our own tagged PDF of the same resume ({@link
 * #ourTaggedPdf}, the in-run baseline).
 *
 * <ul>
 *   <li>{@link #chromiumWarmPage}: one browser and one page kept open (Playwright for Java);
 *       each operation is {@code page.setContent(html)} then {@code page.pdf()}, tagged.
 *   <li>{@link #chromiumProcessPerPdf}: a new {@code chromium --headless --print-to-pdf} process
 *       per PDF, as a service that shells out does. The profile directory is created once per
 *       trial and reused, which favours Chromium slightly.
 * </ul>
 *
 * <p>The HTML is rendered once in setup ({@link OutputFormat#HTML}), so the Chromium figures
 * leave out our templating step; {@code RenderBenchmark.htmlOnly} measures that separately. The
 * page names the same font families as the PDF but carries no font files, so Chromium draws it
 * with the system's matching or fallback fonts.
 *
 * <p>Chromium is taken from {@code /usr/bin/chromium}, or from the system property {@value
 * #CHROMIUM_PROPERTY} (pass it with {@code -jvmArgsAppend -D...}). Nothing here downloads a
 * browser: Playwright runs with {@code PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1} and that executable.
 * Without Chromium the Chromium benchmarks fail in setup with a message saying so; exclude them
 * with {@code -e ChromiumPrintBenchmark} ({@code bench/run.sh} does this by itself).
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(1)
public class ChromiumPrintBenchmark {

  /** System property naming the Chromium executable. */
  public static final String CHROMIUM_PROPERTY = "cyr.bench.chromium";

  /** The flags both ways of running Chromium use. */
  static final List<String> FLAGS =
      List.of(
          "--no-sandbox",
          "--disable-gpu",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--no-first-run");

  /** Generous: a cold Chromium on a busy 2-core machine takes about a second. */
  private static final long PROCESS_TIMEOUT_SECONDS = 60;

  static Path chromium() {
    Path path = Paths.get(System.getProperty(CHROMIUM_PROPERTY, "/usr/bin/chromium"));
    if (!Files.isExecutable(path)) {
      throw new IllegalStateException(
          "no Chromium at " + path + ": install it (Debian: apt-get install chromium), point -D"
              + CHROMIUM_PROPERTY + "=PATH at it, or exclude this benchmark with"
              + " -e ChromiumPrintBenchmark");
    }
    return path;
  }

  /** The resume, our renderer, and the HTML page both Chromium paths print. */
  @State(Scope.Benchmark)
  public static class Input {

    @Param({"classic"})
    public String template;

    @Param({"one-page"})
    public String resume;

    ResumeRenderer renderer;
    Resume document;
    RenderOptions pdf;
    String html;

    @Setup(Level.Trial)
    public void setUp() {
      renderer = ResumeRenderer.create();
      document = Fixtures.resume(resume);
      pdf = new RenderOptions(OutputFormat.PDF, template);
      Fixtures.describe(resume, template, renderer.render(document, pdf));
      RenderResult page = renderer.render(document, new RenderOptions(OutputFormat.HTML, template));
      html = new String(page.content(), StandardCharsets.UTF_8);
    }
  }

  /** One browser, one page, kept warm across operations. */
  @State(Scope.Benchmark)
  public static class WarmPage {

    Playwright playwright;
    Browser browser;
    Page page;
    String html;
    /** Tagged, as the command-line print and our own PDF are; Playwright's default is untagged. */
    final Page.PdfOptions options =
        new Page.PdfOptions().setFormat("A4").setPrintBackground(true).setTagged(true);

    @Setup(Level.Trial)
    public void setUp(Input input) {
      Path executable = chromium();
      html = input.html;
      playwright =
          Playwright.create(
              new Playwright.CreateOptions()
                  .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
      browser =
          playwright
              .chromium()
              .launch(
                  new BrowserType.LaunchOptions()
                      .setExecutablePath(executable)
                      .setHeadless(true)
                      .setArgs(FLAGS));
      page = browser.newPage();
      page.setContent(html);
      describe("Chromium warm page (" + browser.version() + ")", page.pdf(options));
    }

    @TearDown(Level.Trial)
    public void tearDown() {
      if (playwright != null) {
        playwright.close(); // closes the browser too
      }
    }
  }

  /** A scratch directory with the HTML file, the profile directory and the output path. */
  @State(Scope.Benchmark)
  public static class ProcessPerPdf {

    Path dir;
    Path output;
    Path log;
    ProcessBuilder builder;

    @Setup(Level.Trial)
    public void setUp(Input input) throws IOException, InterruptedException {
      Path executable = chromium();
      dir = Files.createTempDirectory("cyr-bench-chromium-");
      Path page = Files.writeString(dir.resolve("resume.html"), input.html);
      Path profile = Files.createDirectory(dir.resolve("profile"));
      output = dir.resolve("resume.pdf");
      log = dir.resolve("chromium.log");
      List<String> command = new ArrayList<>();
      command.add(executable.toString());
      command.add("--headless");
      command.addAll(FLAGS);
      command.add("--user-data-dir=" + profile);
      // Chromium otherwise prints the date, title and file URL on every page.
      command.add("--no-pdf-header-footer");
      command.add("--print-to-pdf=" + output);
      command.add(page.toUri().toString());
      builder =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
      describe("Chromium process per PDF", Files.readAllBytes(print()));
    }

    /** Runs one Chromium process and returns the PDF it wrote. */
    Path print() throws IOException, InterruptedException {
      Files.deleteIfExists(output);
      Process process = builder.start();
      if (!process.waitFor(PROCESS_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException("Chromium took over " + PROCESS_TIMEOUT_SECONDS + " s");
      }
      if (process.exitValue() != 0 || !Files.isRegularFile(output) || Files.size(output) == 0) {
        throw new IllegalStateException(
            "Chromium exited with " + process.exitValue() + " and no PDF; its output:\n"
                + Files.readString(log, StandardCharsets.UTF_8));
      }
      return output;
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
      if (dir != null) {
        try (Stream<Path> paths = Files.walk(dir)) {
          paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
    }
  }

  private static void describe(String what, byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      System.out.printf(
          "[fixture] %s: %d page(s), %d bytes of PDF, %s, %s%n",
          what, document.getNumberOfPages(), pdf.length,
          document.getDocumentCatalog().getStructureTreeRoot() == null ? "untagged" : "tagged",
          document.getDocumentCatalog().getDocumentOutline() == null ? "no outline" : "outline");
    } catch (IOException e) {
      throw new UncheckedIOException(what + " did not produce a readable PDF", e);
    }
  }

  /** Baseline, same run: our tagged PDF of the same resume. */
  @Benchmark
  public RenderResult ourTaggedPdf(Input input) {
    return input.renderer.render(input.document, input.pdf);
  }

  /** Chromium with a warm page: load the HTML, print it. */
  @Benchmark
  public byte[] chromiumWarmPage(WarmPage warm) {
    warm.page.setContent(warm.html);
    return warm.page.pdf(warm.options);
  }

  /** A new Chromium process per PDF: start, load the file, print, exit. */
  @Benchmark
  public long chromiumProcessPerPdf(ProcessPerPdf chromium) throws IOException, InterruptedException {
    return Files.size(chromium.print());
  }
}
