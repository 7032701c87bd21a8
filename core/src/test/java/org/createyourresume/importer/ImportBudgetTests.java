package org.createyourresume.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.createyourresume.ats.AtsChecker;
import org.createyourresume.ats.AtsException;
import org.createyourresume.ats.AtsLimits;
import org.createyourresume.ats.AtsOptions;
import org.createyourresume.ats.extract.HostileFiles;
import org.createyourresume.ats.extract.ReadBudget;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One deadline and one size budget hold for every stage of every import and of the ATS check: a
 * file with more rows than the cap is refused by the cap, and work whose thread is interrupted
 * (a request the server has given up on) stops instead of running on.
 */
class ImportBudgetTests {

  private static final String TEXT =
      "Nora Vestergaard\nnora@example.com\n\nEXPERIENCE\nEngineer, Firma Nord\nJan 2020 – Present\n"
          + "• Built the billing service\n\nEDUCATION\nAarhus University\nBSc Computer Science, 2019\n";

  @AfterEach
  void clearInterrupt() {
    Thread.interrupted();
  }

  @Test
  void aMillionRowExportIsRefusedByTheRowCapNamingIt() throws Exception {
    byte[] zip = HostileFiles.manyRowsExport(1_000_000);
    assertThat(zip.length).isLessThan((int) AtsLimits.DEFAULT.maxBytes());

    assertThatThrownBy(() -> ResumeImporter.create().importFile(zip, "export.zip"))
        .isInstanceOfSatisfying(ImportException.class, e -> {
          assertThat(e.code()).isEqualTo("file.too-many-rows");
          assertThat(e.getMessage()).contains("10000 rows", "Positions.csv");
        });
  }

  @Test
  void anExportWithinTheCapStillImports() throws Exception {
    ImportResult result = ResumeImporter.create().importFile(HostileFiles.manyRowsExport(40), "export.zip");
    assertThat(result.resume().workList()).isNotEmpty();
  }

  static Stream<Arguments> everyFormat() throws Exception {
    return Stream.of(
        Arguments.of("resume.pdf", HostileFiles.simplePdf("Nora Vestergaard")),
        Arguments.of("resume.docx", HostileFiles.docx(
            "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + "<w:body><w:p><w:r><w:t>Nora Vestergaard</w:t></w:r></w:p></w:body></w:document>")),
        Arguments.of("resume.txt", TEXT.getBytes(StandardCharsets.UTF_8)),
        Arguments.of("resume.md", ("# Nora Vestergaard\n\n## Experience\n\n- Built it\n").getBytes(StandardCharsets.UTF_8)),
        Arguments.of("resume.json", "{\"basics\":{\"name\":\"Nora Vestergaard\"}}".getBytes(StandardCharsets.UTF_8)),
        Arguments.of("fresh.json", ("{\"name\":\"Nora Vestergaard\",\"meta\":{\"format\":\"FRESH@1.0.0\"},"
            + "\"employment\":{\"history\":[{\"employer\":\"Firma Nord\"}]}}").getBytes(StandardCharsets.UTF_8)),
        Arguments.of("export.zip", HostileFiles.manyRowsExport(3)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyFormat")
  void everyImporterStopsWhenItsThreadIsInterrupted(String name, byte[] content) {
    // the same file imports when nobody cancels it
    assertThat(ResumeImporter.create().importFile(content, name).resume()).isNotNull();

    Thread.currentThread().interrupt();
    assertThatThrownBy(() -> ResumeImporter.create().importFile(content, name))
        .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.code()).isEqualTo("request.cancelled"));
  }

  /** The stages after reading, each given the budget, stop on a cancelled request mid-way. */
  @Test
  void freshReadingAndParsingStopWhenInterruptedMidWay() throws Exception {
    StringBuilder jobs = new StringBuilder();
    for (int i = 0; i < 2_000; i++) {
      jobs.append(i == 0 ? "" : ",").append("{\"employer\":\"Firma ").append(i).append("\"}");
    }
    var root = tools.jackson.databind.json.JsonMapper.builder().build().readTree(
        "{\"name\":\"Nora\",\"employment\":{\"history\":[" + jobs + "]}}");
    var fresh = new org.createyourresume.importer.fresh.FreshReader();
    assertThat(fresh.read(root, ReadBudget.start(AtsLimits.DEFAULT)::check).resume().workList()).hasSize(2_000);

    StringBuilder text = new StringBuilder("Nora Vestergaard\n");
    for (int i = 0; i < 600; i++) {
      text.append(i % 2 == 0 ? "EXPERIENCE" : "EDUCATION").append("\nFirma ").append(i).append("\n");
    }
    var lines = org.createyourresume.importer.text.TextLines.plain(text.toString());
    var parser = new org.createyourresume.ats.parse.ResumeParser();

    ReadBudget budget = ReadBudget.start(AtsLimits.DEFAULT);
    Thread.currentThread().interrupt();
    assertThatThrownBy(() -> fresh.read(root, budget::check))
        .isInstanceOfSatisfying(AtsException.class, e -> assertThat(e.code()).isEqualTo("request.cancelled"));
    assertThatThrownBy(() -> parser.parse(lines, budget::check))
        .isInstanceOfSatisfying(AtsException.class, e -> assertThat(e.code()).isEqualTo("request.cancelled"));
  }

  @Test
  void theAtsCheckStopsWhenItsThreadIsInterrupted() {
    AtsChecker checker = AtsChecker.create();
    Thread.currentThread().interrupt();
    assertThatThrownBy(() -> checker.checkText(TEXT, AtsOptions.defaults()))
        .isInstanceOfSatisfying(AtsException.class, e -> assertThat(e.code()).isEqualTo("request.cancelled"));
  }

  /**
   * An import far over any real size (the cap raised so that it is read) stops when its thread is
   * interrupted half way, instead of running to its deadline minutes later: the worker is free.
   */
  @Test
  void aSlowImportStopsWhenInterrupted() throws Exception {
    byte[] zip = HostileFiles.manyRowsExport(300_000);
    ResumeImporter patient =
        ResumeImporter.create(AtsLimits.DEFAULT.withTimeout(Duration.ofMinutes(10)).withMaxRows(1_000_000));
    AtomicReference<Throwable> outcome = new AtomicReference<>();
    CountDownLatch started = new CountDownLatch(1);
    Thread worker = new Thread(() -> {
      started.countDown();
      try {
        patient.importFile(zip, "export.zip");
      } catch (Throwable e) {
        outcome.set(e);
      }
    });
    worker.start();
    assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
    Thread.sleep(300);
    worker.interrupt();
    worker.join(TimeUnit.SECONDS.toMillis(60));

    assertThat(worker.isAlive()).as("the import still runs after its interrupt").isFalse();
    assertThat(outcome.get())
        .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.code()).isEqualTo("request.cancelled"));
  }
}
