package org.createyourresume.bench;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.createyourresume.ats.AtsChecker;
import org.createyourresume.ats.AtsLimits;
import org.createyourresume.ats.AtsOptions;
import org.createyourresume.ats.AtsReport;
import org.createyourresume.ats.match.JobMatch;
import org.createyourresume.ats.match.JobMatcher;
import org.createyourresume.ats.parse.ParsedResume;
import org.createyourresume.model.Resume;
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
 * Warm ATS check latency, one thread, on the one-page benchmark resume (classic template):
 *
 * <ul>
 *   <li>{@code checkPdf}: the full check of an uploaded PDF without grammar (extraction, parse,
 *       every check, score). Target: 30 ms or less.
 *   <li>{@code checkResume}: the editor panel's path: render the JSON resume to PDF, then the full
 *       check and the closed-loop comparison.
 *   <li>{@code checkPdfWithGrammar}: {@code checkPdf} plus LanguageTool, warmed up in setup.
 *       Target: 400 ms or less.
 *   <li>{@code jobMatch}: the job match alone against a 250-word posting. Target: 10 ms or less.
 *   <li>{@code baselinePdfBoxText}: the in-run baseline: PDFBox's plain text extraction of the
 *       same PDF, the least any PDF checker pays; {@code checkPdf - baselinePdfBoxText} is the
 *       checker's own share.
 * </ul>
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 8, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class AtsCheckBenchmark {

  /** A typical posting: title, duties, requirements, nice-to-haves, about us. */
  static final String POSTING = """
      Senior Software Engineer, Payments Platform

      About us
      We build the payment rails for 4,000 small businesses across Europe. Our team of 60 engineers
      works in small, autonomous squads and ships to production many times a day.

      What you'll do
      - Design, build and operate backend services in Java and Kotlin that move money reliably.
      - Own services end to end: design reviews, code reviews, on-call and post-incident reviews.
      - Improve our event-driven architecture on Kafka and our PostgreSQL data model.
      - Mentor engineers and help shape our engineering practices.

      Requirements
      - 5+ years of experience building backend systems in Java or Kotlin.
      - Strong knowledge of distributed systems, microservices and REST APIs.
      - Experience running services on Kubernetes (k8s) and Docker in AWS.
      - Solid SQL and PostgreSQL skills; experience with Kafka or RabbitMQ.
      - CI/CD pipelines, automated testing and observability with Prometheus and Grafana.
      - Bachelor's degree in Computer Science or equivalent experience.
      - Excellent communication skills and a collaborative mindset.

      Nice to have
      - Terraform, GraphQL, payments or fintech experience.
      - AWS Certified Solutions Architect.
      """;

  private AtsChecker checker;
  private JobMatcher matcher;
  private Resume resume;
  private byte[] pdf;
  private ParsedResume parsed;
  private AtsOptions plain;
  private AtsOptions grammar;

  @Setup(Level.Trial)
  public void setUp() {
    ResumeRenderer renderer = ResumeRenderer.create();
    checker = AtsChecker.create(AtsLimits.DEFAULT, renderer);
    matcher = new JobMatcher();
    resume = Fixtures.resume("one-page");
    RenderResult rendered = renderer.render(resume, RenderOptions.pdf().withTemplate("classic"));
    Fixtures.describe("one-page", "classic", rendered);
    pdf = rendered.content();
    plain = AtsOptions.defaults();
    grammar = AtsOptions.defaults().withGrammar(AtsOptions.Grammar.WAIT);
    checker.prepareGrammar();
    AtsReport report = checker.checkFile(pdf, "one-page.pdf", grammar);
    parsed = report.parsed();
    System.out.printf("%n[fixture] ATS check of one-page in classic: score %d, %d findings, %d words, grammar %s%n",
        report.score(), report.findings().size(), report.words(), report.grammar());
  }

  @Benchmark
  public AtsReport checkPdf() {
    return checker.checkFile(pdf, "one-page.pdf", plain);
  }

  @Benchmark
  public AtsReport checkResume() {
    return checker.checkResume(resume, plain);
  }

  @Benchmark
  public AtsReport checkPdfWithGrammar() {
    return checker.checkFile(pdf, "one-page.pdf", grammar);
  }

  @Benchmark
  public JobMatch jobMatch() {
    return matcher.match(parsed, 8, POSTING);
  }

  /** Baseline: plain PDFBox text extraction of the same PDF. */
  @Benchmark
  public String baselinePdfBoxText() throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }
}
