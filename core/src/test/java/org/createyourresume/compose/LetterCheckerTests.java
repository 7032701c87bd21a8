package org.createyourresume.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.createyourresume.ats.AtsOptions;
import org.createyourresume.letter.Letter;
import org.createyourresume.letter.Letters;
import org.createyourresume.letter.Paragraph;
import org.createyourresume.model.Resume;
import org.createyourresume.model.Severity;
import org.junit.jupiter.api.Test;

/** The letter checks, on the test letter and variations of it. */
class LetterCheckerTests {

  static final LetterChecker CHECKER = new LetterChecker(LetterDrafterTests.CHECKER);
  static final String POSTING = LetterDrafterTests.resource("posting-backend.txt");

  static Resume resume() {
    return LetterDrafterTests.resume();
  }

  static Letter letter() {
    return Letters.find(resume(), "northwind-backend");
  }

  static List<String> codes(LetterReport report) {
    return report.findings().stream().map(LetterFinding::code).toList();
  }

  /** A body of {@code words} words that names the company, the role and nothing of the posting. */
  static Letter withWords(int words) {
    StringBuilder text = new StringBuilder("Northwind Logistics Senior Backend Engineer");
    for (int i = 6; i <= words; i++) {
      text.append(" word");
    }
    return letter().withBody(List.of(Paragraph.written(text + ".")));
  }

  @Test
  void theTestLetterNamesTheCompanyAndTheRoleButIsShort() {
    LetterReport report = CHECKER.check(resume(), letter(), POSTING, AtsOptions.Grammar.OFF);
    assertThat(codes(report)).doesNotContain("letter.company-missing", "letter.role-missing", "letter.placeholder")
        .contains("letter.too-short");
    assertThat(report.words()).isEqualTo(LetterChecker.words(String.join(" ",
        letter().body().stream().map(Paragraph::text).toList())));
    assertThat(report.words()).isBetween(120, 200);
    assertThat(report.hasErrors()).isFalse();
    assertThat(report.grammarChecked()).isFalse();
  }

  @Test
  void theKeywordsReportedMissingAreExactlyThoseTheLetterDoesNotName() {
    LetterReport report = CHECKER.check(resume(), letter(), POSTING, AtsOptions.Grammar.OFF);
    assertThat(report.keywords()).isNotEmpty().contains("Kafka");
    String text = String.join(" ", letter().body().stream().map(Paragraph::text).toList()).toLowerCase(Locale.ROOT);
    for (String k : report.missingKeywords()) {
      assertThat(text).as(k).doesNotContain(k.toLowerCase(Locale.ROOT));
    }
    assertThat(report.missingKeywords()).doesNotContain("Kafka", "PostgreSQL");
  }

  @Test
  void generatedParagraphsAreListedForRewriting() {
    LetterReport report = CHECKER.check(resume(), letter(), POSTING, AtsOptions.Grammar.OFF);
    assertThat(report.findings()).filteredOn(f -> f.code().equals("letter.generated"))
        .extracting(LetterFinding::pointer).containsExactly("/body/0", "/body/3");
  }

  @Test
  void aPlaceholderIsAnErrorAtItsField() {
    List<Paragraph> body = new ArrayList<>(letter().body());
    body.set(2, Paragraph.written("I admire {{company}} and <Hiring Manager> greatly."));
    LetterReport report = CHECKER.check(resume(), letter().withBody(body), POSTING, AtsOptions.Grammar.OFF);
    assertThat(report.hasErrors()).isTrue();
    assertThat(report.findings()).filteredOn(f -> f.severity() == Severity.ERROR)
        .extracting(LetterFinding::code, LetterFinding::pointer)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("letter.placeholder", "/body/2"),
            org.assertj.core.groups.Tuple.tuple("letter.placeholder", "/body/2"));
  }

  @Test
  void lengthIsCheckedAgainst250To400Words() {
    assertThat(codes(CHECKER.check(resume(), withWords(249), null, AtsOptions.Grammar.OFF))).contains("letter.too-short");
    assertThat(codes(CHECKER.check(resume(), withWords(250), null, AtsOptions.Grammar.OFF)))
        .doesNotContain("letter.too-short", "letter.too-long");
    assertThat(codes(CHECKER.check(resume(), withWords(400), null, AtsOptions.Grammar.OFF)))
        .doesNotContain("letter.too-short", "letter.too-long");
    assertThat(codes(CHECKER.check(resume(), withWords(401), null, AtsOptions.Grammar.OFF))).contains("letter.too-long");
  }

  @Test
  void aLetterThatNeverNamesTheCompanyOrTheRoleIsTold() {
    Letter l = letter();
    Letter letter = new Letter(l.id(), l.role(), l.recipient(), l.date(), null, l.greeting(),
        List.of(Paragraph.written("I would like to work with you on your platform.")), l.closing(), l.signature(),
        null, null, null);
    LetterReport report = CHECKER.check(resume(), letter, POSTING, AtsOptions.Grammar.OFF);
    assertThat(codes(report)).contains("letter.company-missing", "letter.role-missing", "letter.keywords-missing");
  }

  @Test
  void spellingMistakesAreFoundWithTheResumeCheckersSetup() {
    Letter letter = letter().withBody(List.of(Paragraph.written(
        "I have worked with Kafka and Kotlin for five years and I beleive my experiance fits Northwind Logistics.")));
    // no posting: only the grammar checker runs (the posting match is tested above)
    LetterReport report = CHECKER.check(resume(), letter, null, AtsOptions.Grammar.WAIT);
    assertThat(report.grammarChecked()).isTrue();
    assertThat(report.findings()).filteredOn(f -> f.code().equals("letter.spelling"))
        .extracting(LetterFinding::message).anySatisfy(m -> assertThat(m).contains("beleive"));
    // the resume's own terms are not spelling mistakes
    assertThat(report.findings()).filteredOn(f -> f.code().equals("letter.spelling"))
        .extracting(LetterFinding::message).noneSatisfy(m -> assertThat(m).contains("Kotlin"));
  }
}
