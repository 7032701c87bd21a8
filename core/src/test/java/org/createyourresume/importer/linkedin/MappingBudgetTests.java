package org.createyourresume.importer.linkedin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.createyourresume.ats.AtsException;
import org.createyourresume.ats.AtsLimits;
import org.createyourresume.ats.extract.ReadBudget;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Mapping rows to entries (the stage after reading the CSV, where dates are parsed) spends the
 * same budget as reading: it stops on a cancelled request and at the deadline, whatever the
 * number of rows, and the CSV reader stops at the row cap.
 */
class MappingBudgetTests {

  private static final AtsLimits ROOMY = AtsLimits.DEFAULT.withTimeout(Duration.ofMinutes(10));

  @AfterEach
  void clearInterrupt() {
    Thread.interrupted();
  }

  private static CsvTable positions(int rows, ReadBudget budget) {
    StringBuilder csv = new StringBuilder("Company Name,Title,Started On,Finished On\r\n");
    for (int i = 0; i < rows; i++) {
      csv.append("Firma ").append(i).append(",Engineer,Jan 2001,Mar 2002\r\n");
    }
    return CsvTable.read("Positions.csv", csv.toString().getBytes(StandardCharsets.UTF_8), new Notes(),
        "/work", budget);
  }

  @Test
  void mappingStopsWhenTheRequestIsCancelled() {
    ReadBudget budget = ReadBudget.start(ROOMY);
    CsvTable table = positions(2_000, budget);
    SectionMapping sections = new SectionMapping(new TextBudget(1_000_000), budget, new Notes());
    assertThat(sections.work(table)).isNotEmpty();

    Thread.currentThread().interrupt();
    assertThatThrownBy(() -> sections.work(table))
        .isInstanceOfSatisfying(AtsException.class, e -> assertThat(e.code()).isEqualTo("request.cancelled"));
  }

  @Test
  void mappingStopsAtTheDeadlineOfTheWholeImport() throws InterruptedException {
    CsvTable table = positions(2_000, ReadBudget.start(ROOMY));
    ReadBudget late = ReadBudget.start(AtsLimits.DEFAULT.withTimeout(Duration.ofMillis(1)));
    Thread.sleep(20);
    SectionMapping sections = new SectionMapping(new TextBudget(1_000_000), late, new Notes());
    assertThatThrownBy(() -> sections.work(table))
        .isInstanceOfSatisfying(AtsException.class, e -> assertThat(e.code()).isEqualTo("file.timeout"));
  }

  @Test
  void readingStopsAtTheRowCapNamingIt() {
    ReadBudget budget = ReadBudget.start(ROOMY.withMaxRows(500));
    assertThatThrownBy(() -> positions(100_000, budget))
        .isInstanceOfSatisfying(AtsException.class, e -> {
          assertThat(e.code()).isEqualTo("file.too-many-rows");
          assertThat(e.getMessage()).contains("500 rows", "Positions.csv");
        });
  }
}
