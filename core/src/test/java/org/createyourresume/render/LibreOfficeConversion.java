package org.createyourresume.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** LibreOffice, named by {@code CYR_TEST_LIBREOFFICE}, converting documents to PDF for tests. */
final class LibreOfficeConversion {
  private LibreOfficeConversion() {}

  /**
   * Converts every document to a PDF of the same name in {@code dir}, in one LibreOffice run (its
   * start-up is the slow part), with a profile of its own in {@code dir}.
   */
  static void toPdf(Path dir, List<Path> documents) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        System.getenv("CYR_TEST_LIBREOFFICE"), "--headless", "--norestore",
        "-env:UserInstallation=" + dir.resolve("profile").toUri(),
        "--convert-to", "pdf", "--outdir", dir.toString()));
    documents.forEach(d -> command.add(d.toString()));
    Process soffice = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(dir.resolve("soffice.log").toFile()).start();
    if (!soffice.waitFor(3, TimeUnit.MINUTES)) {
      soffice.destroyForcibly();
      throw new AssertionError("LibreOffice did not finish converting within 3 minutes");
    }
    assertThat(soffice.exitValue()).as(Files.readString(dir.resolve("soffice.log"))).isZero();
  }
}
