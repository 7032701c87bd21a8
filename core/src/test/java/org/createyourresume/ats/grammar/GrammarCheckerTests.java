package org.createyourresume.ats.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** LanguageTool with the technical dictionary: typos are found, technology names are not typos. */
class GrammarCheckerTests {

  private static GrammarChecker grammar;

  @BeforeAll
  static void start() {
    grammar = new GrammarChecker(List.of("Kubernetes", "PostgreSQL", "Terraform", "dbt", "Airflow", "k8s"));
    grammar.start().join();
  }

  @Test
  void technicalTermsAreNotTypos() {
    assertThat(grammar.ready()).isTrue();
    assertThat(grammar.check(List.of(
        "Deployed Kubernetes clusters with Terraform and migrated PostgreSQL to k8s.",
        "Introduced dbt models and Airflow schedules for 30 pipelines.")))
        .isEmpty();
  }

  @Test
  void theResumesOwnSkillsAreItsUserDictionary() {
    List<String> line = List.of("Scheduled the nightly Dagster jobs and Flyte workflows.");
    assertThat(grammar.check(line)).filteredOn(GrammarChecker.Issue::spelling).isNotEmpty();
    assertThat(grammar.check(line, List.of("Dagster", "Flyte (workflows)"))).filteredOn(GrammarChecker.Issue::spelling).isEmpty();
  }

  @Test
  void misspellingsAreFoundWithSuggestions() {
    List<GrammarChecker.Issue> issues = grammar.check(List.of("Improved the managment of the billing sytem."));
    assertThat(issues).filteredOn(GrammarChecker.Issue::spelling).extracting(GrammarChecker.Issue::text)
        .containsExactly("managment", "sytem");
    assertThat(issues.get(0).suggestions()).contains("management");
  }

  @Test
  void grammarSlipsAreFound() {
    List<GrammarChecker.Issue> issues = grammar.check(List.of("He have led a teams of five engineers."));
    assertThat(issues).isNotEmpty().noneMatch(GrammarChecker.Issue::spelling);
  }
}
