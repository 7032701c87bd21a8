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
    // lower case: a capitalised unknown word inside a sentence is taken for a name and not flagged
    List<String> line = List.of("Scheduled the nightly dagster jobs and flyte workflows.");
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

  @Test
  void pluralNounCompoundsAreNotMissingApostrophes() {
    assertThat(grammar.check(List.of(
        "Rebuilt the payments dashboard for the sales pipeline.",
        "Joined the operations team and moved the claims system to the cloud.")))
        .isEmpty();
    assertThat(grammar.check(List.of("Supported the patients families during end-of-life care.")))
        .filteredOn(i -> i.rule().equals("POSSESSIVE_APOSTROPHE")).hasSizeLessThanOrEqualTo(1);
  }

  @Test
  void oneFindingPerDistinctProblemWithItsCount() {
    List<String> lines = java.util.Collections.nCopies(10, "Improved the managment of the payments dashboard.");
    List<GrammarChecker.Issue> issues = grammar.check(lines);
    assertThat(issues).singleElement().satisfies(i -> {
      assertThat(i.text()).isEqualTo("managment");
      assertThat(i.occurrences()).isEqualTo(10);
    });
  }

  @Test
  void headingsTitlesAddressesDatesAndNamesAreLeftAlone() {
    assertThat(grammar.check(List.of(
        "PROFESSIONAL EXPERIENCE",
        "Graduate Engineer Trainee",
        "Led a team of 6 engineers.",
        "Built the checkout",
        "anna.schmidt@example.de · github.com/annaschmidt · https://example.com/kb",
        "10/2020 – 09/2024 · Berlin, Germany",
        "Organised the move of the Vellore office and analysed costs.")))
        .isEmpty();
  }

  @Test
  void digitsReadInPlaceOfLettersAreFound() {
    List<GrammarChecker.Issue> issues = grammar.check(List.of(
        "Maintained the bi1ling module and the 0ffice network, and kept fami1ies informed."));
    assertThat(issues).filteredOn(i -> i.rule().equals(GrammarChecker.DIGIT_FOR_LETTER))
        .extracting(GrammarChecker.Issue::text).containsExactly("bi1ling", "0ffice", "fami1ies");
    assertThat(issues.get(0).suggestions()).containsExactly("billing");
    assertThat(issues).allMatch(GrammarChecker.Issue::spelling);
  }

  @Test
  void versionsAndProductNamesWithDigitsAreNotMisreadLetters() {
    assertThat(grammar.check(List.of(
        "Prepared SOC1 reports, moved scripts to Python3 and log4j 2, shipped a11y fixes in 10x less time.",
        "Won the 1st prize, set up Auth0, ran Tier1 support on Windows 10 and Office 2010, wrote the l10n guide for v1.0.")))
        .filteredOn(i -> i.rule().equals(GrammarChecker.DIGIT_FOR_LETTER)).isEmpty();
  }
}
