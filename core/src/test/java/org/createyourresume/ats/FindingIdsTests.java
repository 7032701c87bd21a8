package org.createyourresume.ats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.createyourresume.ats.match.KeywordKind;
import org.junit.jupiter.api.Test;

/**
 * {@link FindingIds} lists exactly the ids the checks are written with, so an interface that
 * words findings in its own language can rely on it to find the ones it has no words for.
 */
class FindingIdsTests {

  private static final Path ATS =
      Path.of("src", "main", "java", "org", "createyourresume", "ats");
  /** The literal id a finding is made with, as its first argument. */
  private static final Pattern LITERAL_ID =
      Pattern.compile("(?:Findings\\.of|new Finding|missing)\\(\\s*\"([a-z][a-z.-]*)\"");

  @Test
  void theListHoldsEveryIdTheChecksUseAndNoOther() throws IOException {
    Set<String> written = new TreeSet<>();
    try (Stream<Path> files = Files.walk(ATS)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher m = LITERAL_ID.matcher(Files.readString(file, StandardCharsets.UTF_8));
        while (m.find()) {
          written.add(m.group(1));
        }
      }
    }
    Set<String> listed = new TreeSet<>(FindingIds.all());
    for (KeywordKind kind : KeywordKind.values()) {
      listed.remove(FindingIds.missing(kind)); // made from the kind, not written out
    }
    assertThat(written).as("ids found in the checks' code").hasSizeGreaterThan(40);
    assertThat(listed).isEqualTo(written);
  }

  @Test
  void aMissingKeywordsIdNamesItsKind() {
    assertThat(FindingIds.missing(KeywordKind.HARD_SKILL)).isEqualTo("match.missing.hard-skill");
    assertThat(FindingIds.all()).contains("match.missing.soft-skill", "match.missing.more")
        .doesNotHaveDuplicates();
  }

  @Test
  void aFindingCarriesTheValuesItsWordsWereMadeFrom() {
    String text = """
        Sam Doe
        sam@example.com
        EXPERIENCE
        Acme
        Engineer
        • Responsible for many things in the team
        """;
    AtsReport report = AtsFixtures.checker().checkText(text, AtsOptions.defaults());
    Finding undated = report.findings().stream().filter(f -> f.id().equals("dates.missing"))
        .findFirst().orElseThrow();
    assertThat(undated.arguments()).containsExactly(1);
    assertThat(report.findings()).filteredOn(f -> f.id().startsWith("contact.phone"))
        .singleElement().extracting(Finding::arguments).asList().isEmpty();
  }
}
