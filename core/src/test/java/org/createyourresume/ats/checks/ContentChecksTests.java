package org.createyourresume.ats.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.createyourresume.ats.Finding;
import org.createyourresume.ats.extract.ExtractedDocument;
import org.createyourresume.ats.parse.ResumeParser;
import org.createyourresume.model.PartialDate;
import org.junit.jupiter.api.Test;

/** The content and section checks on small resumes written as text: each fires, and only then. */
class ContentChecksTests {

  private static final String TOP = """
      Robin Vale
      Software Engineer
      robin@example.com | +1 555 0100 | Leeds, UK | linkedin.com/in/robin
      SUMMARY
      Engineer with eight years in payments, building reliable services in Java and Kotlin for 3 banks.
      """;

  private static List<Finding> run(Check check, String text) {
    ExtractedDocument doc = ExtractedDocument.ofText(text);
    CheckContext context = new CheckContext(doc, new ResumeParser().parse(doc.lines()), new PartialDate(2026, 11, 0));
    List<Finding> out = new ArrayList<>();
    check.run(context, out::add);
    return out;
  }

  private static List<String> ids(Check check, String text) {
    return run(check, text).stream().map(Finding::id).toList();
  }

  private static String jobs(String... jobs) {
    return TOP + "EXPERIENCE\n" + String.join("\n", jobs) + "\n";
  }

  @Test
  void datesInOrderWithoutGapsAreFine() {
    assertThat(ids(new DatesCheck(), jobs(
        "Acme | Engineer | Jan 2021 – Present\n- Cut costs by 10%.",
        "Initech | Developer | Mar 2018 – Dec 2020\n- Built 3 APIs."))).isEmpty();
  }

  @Test
  void datesOutOfOrderGapsTwoDigitYearsAndMixedFormatsAreFlagged() {
    List<Finding> findings = run(new DatesCheck(), jobs(
        "Initech | Developer | 03/2015 – 12/2016\n- Built 3 APIs.",
        "Acme | Engineer | Jan '21 – Present\n- Cut costs by 10%."));
    assertThat(findings).extracting(Finding::id)
        .containsExactlyInAnyOrder("dates.two-digit-year", "dates.inconsistent", "dates.order", "dates.gaps");
    Finding gap = findings.stream().filter(f -> f.id().equals("dates.gaps")).findFirst().orElseThrow();
    assertThat(gap.severity()).isEqualTo(Finding.Severity.INFO);
    assertThat(gap.points()).isZero();
    assertThat(gap.examples()).containsExactly("48 months before Acme");
  }

  @Test
  void jobsWithoutDatesAndImpossibleRangesAreFlagged() {
    assertThat(ids(new DatesCheck(), jobs("Acme | Engineer | 2022 – 2019\n- Cut costs by 10%.")))
        .containsExactly("dates.end-before-start");
    assertThat(ids(new DatesCheck(), TOP + "EXPERIENCE\nAcme, Engineer\n- Cut costs by 10%.\n"))
        .containsExactly("dates.missing");
  }

  @Test
  void bulletsThatStartWithDutiesAreFlagged() {
    String weak = jobs("Acme | Engineer | Jan 2021 – Present\n- Responsible for the billing system.\n"
        + "- Worked on reports for 5 teams.\n- Various tasks in support.\n- Helped with testing.");
    assertThat(ids(new ActionVerbCheck(), weak)).containsExactly("bullets.action-verbs");
    String strong = jobs("Acme | Engineer | Jan 2021 – Present\n- Redesigned the billing system.\n"
        + "- Led reports for 5 teams.\n- Automated support triage.\n- I cut testing time by half.");
    assertThat(ids(new ActionVerbCheck(), strong)).isEmpty();
  }

  @Test
  void bulletsWithoutNumbersAreFlagged() {
    String vague = jobs("Acme | Engineer | Jan 2021 – Present\n- Redesigned the billing system.\n"
        + "- Led reporting for the sales teams.\n- Automated support triage.\n- Improved test coverage.");
    assertThat(run(new QuantifiedCheck(), vague)).singleElement()
        .satisfies(f -> assertThat(f.id()).isEqualTo("bullets.quantified"));
    String measured = jobs("Acme | Engineer | Jan 2021 – Present\n- Redesigned billing for 2 million users.\n"
        + "- Led reporting for 12 sales teams.\n- Automated triage, saving $40k a year.\n- Improved test coverage.");
    assertThat(ids(new QuantifiedCheck(), measured)).isEmpty();
  }

  @Test
  void bulletLengthAndJobsWithoutBullets() {
    String text = jobs("Acme | Engineer | Jan 2021 – Present\n- Fixed bugs.\n- "
        + "Redesigned the settlement workflow together with the finance, risk, operations and compliance teams so"
        + " that end-of-day processing, reconciliation and reporting all run in one pipeline that now finishes"
        + " in 25 minutes instead of 3 hours every day.",
        "Initech | Developer | Mar 2018 – Dec 2020");
    assertThat(ids(new BulletLengthCheck(), text))
        .containsExactlyInAnyOrder("bullets.long", "bullets.short", "bullets.missing");
  }

  @Test
  void pronounsAreCountedInBulletsAndSummary() {
    String few = jobs("Acme | Engineer | Jan 2021 – Present\n- I cut costs by 10%.\n- Built my first API.");
    assertThat(ids(new PronounCheck(), few)).isEmpty();
    String many = jobs("Acme | Engineer | Jan 2021 – Present\n- I cut my costs by 10%.\n- I built my first API.\n"
        + "- I led my team.\n- I am proud of my work.");
    assertThat(run(new PronounCheck(), many)).singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Finding.Severity.MAJOR));
  }

  @Test
  void buzzwordsAreListed() {
    String text = TOP.replace("Engineer with eight", "Results-driven team player with eight") + "EXPERIENCE\n";
    assertThat(run(new BuzzwordCheck(), text)).singleElement()
        .satisfies(f -> assertThat(f.examples()).containsExactly("team player", "results-driven"));
    assertThat(ids(new BuzzwordCheck(), TOP)).isEmpty();
  }

  @Test
  void summaryLength() {
    assertThat(ids(new SummaryCheck(), TOP)).isEmpty();
    assertThat(ids(new SummaryCheck(), TOP.replace(
        "Engineer with eight years in payments, building reliable services in Java and Kotlin for 3 banks.",
        "Engineer."))).containsExactly("summary.short");
    assertThat(ids(new SummaryCheck(), TOP.replace("for 3 banks.", "for 3 banks. " + "More words here. ".repeat(40))))
        .containsExactly("summary.long");
  }

  @Test
  void repeatedOpeningVerbs() {
    String text = jobs("Acme | Engineer | Jan 2021 – Present\n- Managed billing for 3 banks.\n"
        + "- Managed reports for 5 teams.\n- Managed triage, saving $40k.");
    assertThat(run(new RepetitionCheck(), text)).singleElement()
        .satisfies(f -> assertThat(f.examples()).containsExactly("\"Managed\" opens 3 bullets"));
  }

  @Test
  void contactCompleteness() {
    assertThat(ids(new ContactCheck(), TOP)).isEmpty();
    assertThat(ids(new ContactCheck(), "Robin Vale\nSUMMARY\nEngineer.\n"))
        .containsExactly("contact.email", "contact.phone", "contact.location", "contact.linkedin");
  }

  @Test
  void standardSections() {
    assertThat(ids(new SectionsCheck(), TOP + "EXPERIENCE\nEDUCATION\nSKILLS\n")).isEmpty();
    assertThat(ids(new SectionsCheck(), "Robin Vale\nMY JOURNEY\nThings I did.\n"))
        .containsExactly("sections.missing-experience", "sections.missing-education",
            "sections.missing-skills", "sections.missing-summary");
  }

  @Test
  void nonStandardAndLetterSpacedHeadings() {
    List<Finding> findings = run(new HeadingCheck(), TOP + "MY JOURNEY\nThings.\nE X P E R I E N C E\n");
    assertThat(findings).extracting(Finding::id).containsExactly("headings.letter-spaced", "headings.non-standard");
    assertThat(findings.get(1).examples()).containsExactly("MY JOURNEY");
  }

  @Test
  void aLinePrintedTwiceAtAPageBreakIsFlagged() {
    List<org.createyourresume.ats.parse.LayoutLine> lines = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      lines.add(line(1, 100 + 20 * i, "Line number " + i + " of the first page, long enough"));
    }
    lines.add(line(1, 780, "Operating systems: Windows 10/11, macOS, Ubuntu Linux"));
    lines.add(line(2, 40, "Operating systems: Windows 10/11, macOS, Ubuntu Linux"));
    lines.add(line(2, 60, "Microsoft: Active Directory, Intune"));
    ExtractedDocument doc = new ExtractedDocument(org.createyourresume.ats.extract.SourceFormat.PDF, 1000, 2, lines,
        org.createyourresume.ats.extract.DocumentFacts.none());
    CheckContext context = new CheckContext(doc, new ResumeParser().parse(lines), new PartialDate(2026, 11, 0));
    List<Finding> out = new ArrayList<>();
    new DuplicateTextCheck().run(context, out::add);
    assertThat(out).singleElement().satisfies(f -> {
      assertThat(f.id()).isEqualTo("text.duplicated");
      assertThat(f.examples()).containsExactly("Operating systems: Windows 10/11, macOS, Ubuntu Linux");
    });
  }

  private static org.createyourresume.ats.parse.LayoutLine line(int page, float top, String text) {
    return new org.createyourresume.ats.parse.LayoutLine(
        List.of(new org.createyourresume.ats.parse.Span(text, 50, 400, false, false, top)), page, 50, top, 400, 10,
        org.createyourresume.ats.parse.LayoutLine.Zone.BODY, false, false);
  }

  @Test
  void lengthInWords() {
    assertThat(ids(new LengthCheck(), TOP + "EXPERIENCE\n" + "- Built one more thing for 3 teams.\n".repeat(4)))
        .containsExactly("length.short");
  }
}
