package org.createyourresume.importer.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.createyourresume.ats.parse.LayoutLine;
import org.junit.jupiter.api.Test;

/** How a plain or OCR text becomes the lines the parser reads: page furniture, wraps, skill groups. */
class PlainTextLinesTests {

  private static List<String> body(String text) {
    return TextLines.plain(text).stream().filter(l -> l.zone() == LayoutLine.Zone.BODY).map(LayoutLine::text).toList();
  }

  private static List<String> edges(String text) {
    return TextLines.plain(text).stream().filter(l -> l.zone() == LayoutLine.Zone.HEADER_FOOTER)
        .map(LayoutLine::text).toList();
  }

  @Test
  void runningFootersPageNumbersAndTheNameAtopTheNextPageGoToThePageEdges() {
    String text = """
        JANE ROE
        Analyst
        EXPERIENCE
        Analyst at Northwind Ltd   2019 - 2021
        e Built the monthly sales report in SQL.
        e Trained two analysts.

        Jane Roe - Curriculum Vitae                Page 1 of 2

        JANE ROE
        e Cut the report's run time by half.
        - 2 -
        Jane Roe - Curriculum Vitae
        """;
    assertThat(body(text)).containsExactly("JANE ROE", "Analyst", "EXPERIENCE", "Analyst at Northwind Ltd   2019 - 2021",
        "• Built the monthly sales report in SQL.", "• Trained two analysts.", "• Cut the report's run time by half.");
    assertThat(edges(text)).containsExactly("Jane Roe - Curriculum Vitae                Page 1 of 2", "JANE ROE", "- 2 -",
        "Jane Roe - Curriculum Vitae");
  }

  @Test
  void linesThatOnlyMentionAPageOrANumberStayText() {
    String text = "Jane Roe\nSummary\nBuilt a landing page in two weeks.\nPage layout and typography\nSkills\nSQL\n";
    assertThat(edges(text)).isEmpty();
    assertThat(PageFurniture.marks(List.of("Jane Roe", "Designed the checkout page", "2021"))).containsExactly(false, false,
        false);
  }

  @Test
  void aLineCutWhereThePageWrappedItIsJoinedToTheLineItContinues() {
    assertThat(WrappedLines.joined(List.of(
        "• Led the move from a monolithic build to CMake and continuous",
        "integration.",
        "Clinical: NEWS2, Non-invasive ventilation, IV therapy,",
        "Tracheostomy care",
        "Python",
        "pandas")))
        .containsExactly("• Led the move from a monolithic build to CMake and continuous integration.",
            "Clinical: NEWS2, Non-invasive ventilation, IV therapy, Tracheostomy care", "Python", "pandas");
  }

  @Test
  void aBlankLineADateOrABulletAfterALongLineStartsALineOfItsOwn() {
    List<String> lines = List.of(
        "- Chiffre d'affaires de 1,2 M€ en 2024, objectif dépassé de 15 %",
        "sept. 2017 – janv. 2021   Conseiller de vente",
        "Backend engineer who builds payment services for small banks",
        "",
        "the second paragraph, in small letters as some write",
        "Built the ledger service that settles card payments every day",
        "• another bullet");
    assertThat(WrappedLines.joined(lines)).containsExactlyElementsOf(lines.stream().filter(l -> !l.isBlank()).toList());
  }

  @Test
  void aGroupLabelWithItsSkillsIndentedUnderItIsOneLabelledLine() {
    String text = """
        Jane Roe
        Engineering Manager
        jane.roe@example.com
        Summary
        Manager of engineers for ten years.
        Skills
        Leadership
            People management
            Hiring
        Technology
            C++
            OPC UA
        Languages
            German (Native)
            English (Fluent)
        Certificates
            Scrum Master (2016)
        """;
    assertThat(body(text)).containsExactly("Jane Roe", "Engineering Manager", "jane.roe@example.com", "Summary",
        "Manager of engineers for ten years.", "Skills", "Leadership: People management, Hiring",
        "Technology: C++, OPC UA", "Languages", "German (Native)", "English (Fluent)", "Certificates", "Scrum Master (2016)");
  }

  @Test
  void aRowOfTagsUnderAGroupLabelIsSplitAtItsCapitals() {
    String text = """
        Jane Roe
        Tech
        Languages
        Java Go SQL Python
        Practices
        Domain-driven design Observability Code review
        Tools
        Spring Boot
        Languages
            English: Native
        """;
    assertThat(body(text)).containsExactly("Jane Roe", "Tech", "Languages: Java, Go, SQL, Python",
        "Practices: Domain-driven design, Observability, Code review", "Tools", "Spring Boot", "Languages",
        "English: Native");
  }

  @Test
  void outsideASkillsSectionAShortLineOverIndentedOnesIsLeftAsItIs() {
    String text = "Jane Roe\nExperience\nAnalyst\nNorthwind Ltd, 2019 - 2021\n    Built reports.\nVolunteering\n"
        + "    Food bank\n";
    assertThat(body(text)).containsExactly("Jane Roe", "Experience", "Analyst", "Northwind Ltd, 2019 - 2021",
        "Built reports.", "Volunteering", "Food bank");
  }
}
