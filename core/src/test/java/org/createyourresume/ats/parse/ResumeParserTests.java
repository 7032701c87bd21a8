package org.createyourresume.ats.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResumeParserTests {

  private final ResumeParser parser = new ResumeParser();

  @Test
  void contactItemsAreSplitAtSeparatorsAndLabels() {
    ParsedResume r = parser.parseText("""
        Jordan Avery
        Data Engineer
        Email: jordan.avery@example.org | Phone: +1 (415) 555-0134 | Austin, TX
        linkedin.com/in/jordanavery | github.com/javery | https://javery.dev/
        EXPERIENCE
        """);
    assertThat(r.name()).isEqualTo("Jordan Avery");
    assertThat(r.headline()).isEqualTo("Data Engineer");
    assertThat(r.contact().email()).isEqualTo("jordan.avery@example.org");
    assertThat(r.contact().phone()).isEqualTo("+1 (415) 555-0134");
    assertThat(r.contact().location()).isEqualTo("Austin, TX");
    assertThat(r.contact().links())
        .containsExactly("linkedin.com/in/jordanavery", "github.com/javery", "https://javery.dev/");
    assertThat(r.contact().linkedIn()).isEqualTo("linkedin.com/in/jordanavery");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"+34 612 345 678", "+1 (415) 555-0134", "+44 20 7946 0958", "+49 (0)30 1234567",
      "+33 6 12 34 56 78", "+91 98765 43210", "+7 (495) 123-45-67", "0044 20 7946 0958", "+1.415.555.0134",
      "+380 44 123 4567", "(415) 555-0134", "+81 90-1234-5678"})
  void internationalPhoneNumbersAreFound(String phone) {
    ParsedResume r = parser.parseText("Ann Smith\nann@example.com | " + phone + " | Leeds, UK\nEXPERIENCE\n");
    assertThat(r.contact().phone()).isEqualTo(phone);
    assertThat(r.contact().location()).isEqualTo("Leeds, UK");
  }

  @Test
  void profileHandlesAreReadAsProfilesNotAsPlaces() {
    ParsedResume r = parser.parseText("""
        Ann Smith
        ann@example.com | LinkedIn: Ann-Smith-42 | GitHub: annsmith | Mastodon: @ann@social.example.org
        Nationality: British
        EXPERIENCE
        """);
    assertThat(r.contact().handles()).containsExactly(new Handle("LinkedIn", "Ann-Smith-42"),
        new Handle("GitHub", "annsmith"), new Handle("Mastodon", "@ann@social.example.org"));
    assertThat(r.contact().email()).isEqualTo("ann@example.com");
    assertThat(r.contact().location()).isNull();
  }

  @Test
  void plainTextSectionsEntriesAndSkills() {
    ParsedResume r = parser.parseText("""
        Sam Lee
        sam@example.com
        Professional Summary
        Analyst with six years in retail pricing.
        Work History
        Northwind Traders | Pricing Analyst | Jan 2020 – Present
        • Cut markdown losses by 12% with a weekly elasticity model.
        • Built dashboards used by 40 store managers.
        Contoso Ltd, Junior Analyst, 06/2017 - 12/2019
        - Automated the monthly sales report, saving 2 days a month.
        EDUCATION
        University of Leeds, BSc Economics, 2014 – 2017
        SKILLS
        SQL, Python (pandas, NumPy), Tableau; Excel
        """);
    assertThat(r.sections()).extracting(ParsedSection::kind)
        .containsExactly(SectionKind.SUMMARY, SectionKind.EXPERIENCE, SectionKind.EDUCATION, SectionKind.SKILLS);
    assertThat(r.summary()).isEqualTo("Analyst with six years in retail pricing.");
    assertThat(r.jobs()).hasSize(2);
    ParsedEntry first = r.jobs().get(0);
    assertThat(first.company()).isEqualTo("Northwind Traders");
    assertThat(first.title()).isEqualTo("Pricing Analyst");
    assertThat(first.dates().current()).isTrue();
    assertThat(first.dates().start().year()).isEqualTo(2020);
    assertThat(first.bullets()).containsExactly(
        "Cut markdown losses by 12% with a weekly elasticity model.",
        "Built dashboards used by 40 store managers.");
    assertThat(r.jobs().get(1).dates().end().month()).isEqualTo(12);
    assertThat(r.schools()).singleElement().satisfies(s -> {
      assertThat(s.institution()).isEqualTo("University of Leeds");
      assertThat(s.degree()).isEqualTo("BSc Economics");
    });
    assertThat(r.skills()).containsExactly("SQL", "Python (pandas, NumPy)", "Tableau", "Excel");
  }

  @Test
  void wordSymbolFontBulletsAreBullets() {
    ParsedResume r = parser.parseText("""
        Kim Park
        EXPERIENCE
        Globex Corporation | Designer | 2019 – 2023
        \uF0B7 Redesigned the checkout for 3 markets.
        o Ran 12 usability studies.
        """);
    assertThat(r.jobs().get(0).bullets())
        .containsExactly("Redesigned the checkout for 3 markets.", "Ran 12 usability studies.");
  }

  @Test
  void titleBeforeCompanyIsSwapped() {
    ParsedResume r = parser.parseText("""
        Kim Park
        EXPERIENCE
        Senior Product Designer — Globex Corporation — 2019 – 2023
        """);
    assertThat(r.jobs()).singleElement().satisfies(j -> {
      assertThat(j.company()).isEqualTo("Globex Corporation");
      assertThat(j.title()).isEqualTo("Senior Product Designer");
    });
  }

  @Test
  void letterSpacedHeadingsAreRecognisedAndMarked() {
    ParsedResume r = parser.parseText("""
        Kim Park
        S U M M A R Y
        Designer.
        W O R K   E X P E R I E N C E
        """);
    assertThat(r.sections()).extracting(ParsedSection::kind).containsExactly(SectionKind.SUMMARY, SectionKind.EXPERIENCE);
    assertThat(r.sections()).allMatch(ParsedSection::letterSpaced);
  }

  @Test
  void headingsInOtherLanguages() {
    SectionVocabulary v = SectionVocabulary.standard();
    assertThat(v.kindOf("Berufserfahrung")).contains(SectionKind.EXPERIENCE);
    assertThat(v.kindOf("ΕΠΑΓΓΕΛΜΑΤΙΚΗ ΕΜΠΕΙΡΙΑ")).contains(SectionKind.EXPERIENCE);
    assertThat(v.kindOf("Досвід роботи")).contains(SectionKind.EXPERIENCE);
    assertThat(v.kindOf("Formation")).contains(SectionKind.EDUCATION);
    assertThat(v.kindOf("My Journey")).isEmpty();
    assertThat(v.with("My Journey", SectionKind.EXPERIENCE).kindOf("MY JOURNEY:")).contains(SectionKind.EXPERIENCE);
  }

  @Test
  void headerFooterOnlyContactIsFoundAndMarked() {
    LayoutLine header = new LayoutLine(List.of(Span.plain("ann@example.com | +44 20 7946 0958")), 1, 0, 0, 0, 0,
        LayoutLine.Zone.HEADER_FOOTER, false, false);
    ParsedResume r = parser.parse(List.of(header, LayoutLine.plain("Ann Smith", 1), LayoutLine.plain("EXPERIENCE", 1)));
    assertThat(r.name()).isEqualTo("Ann Smith");
    assertThat(r.contact().email()).isEqualTo("ann@example.com");
    assertThat(r.contact().inHeaderFooterOnly()).containsExactly("email", "phone");
  }
}
