package org.createyourresume.ats.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.createyourresume.ats.parse.TestLines.bold;
import static org.createyourresume.ats.parse.TestLines.line;
import static org.createyourresume.ats.parse.TestLines.plain;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Publication entries of a long academic CV, as our templates lay them out (positions measured on
 * the academic-cv.json fixture): long titles that wrap beside a right-hand date, a year range in a
 * title, and an inline journal after the title that wraps under it.
 */
class AcademicEntryTests {

  private final ResumeParser parser = new ResumeParser();

  /** The name, a contact line and the publications heading, then {@code entries}. */
  private List<ParsedEntry> publications(float left, float size, List<LayoutLine> entries) {
    List<LayoutLine> lines = new ArrayList<>();
    lines.add(line(22, bold("Maren Oyelaran", left, left + 180, 40)));
    lines.add(line(size, plain("m.oyelaran@example.ac.uk", left, left + 140, 70)));
    lines.add(line(size * 1.3f, bold("PUBLICATIONS", left, left + 90, 100)));
    lines.addAll(entries);
    ParsedResume parsed = parser.parse(lines);
    return parsed.sections().stream().filter(s -> s.kind() == SectionKind.PUBLICATIONS)
        .findFirst().orElseThrow().entries();
  }

  @Test
  void aWrappedTitleWithAYearRangeIsOneTitleNotANewEntry() {
    float l = 51.04f;
    List<ParsedEntry> entries = publications(l, 10.5f, List.of(
        line(10.5f, bold("Supraglacial lake drainage events and their imprint on ice", l, 361.0f, 120.0f),
            plain("Apr 2023", 499.2f, 544.2f, 120.9f)),
        line(10.5f, bold("velocity, 2015–2021", l, 151.1f, 133.13f)),
        line(10.5f, plain("The Cryosphere, 17, 1855–1874", l, 201.9f, 147.15f)),
        line(10.5f, bold("How channel spacing controls the response of ice flow to", l, 351.6f, 166.65f),
            plain("Sep 2022", 500.2f, 544.2f, 167.55f)),
        line(10.5f, bold("meltwater input", l, 137.8f, 179.78f)),
        line(10.5f, plain("Journal of Geophysical Research: Earth Surface, 127, e2022JF006711", l, 396.8f,
            193.8f))));

    assertThat(entries).extracting(ParsedEntry::primary).containsExactly(
        "Supraglacial lake drainage events and their imprint on ice velocity, 2015–2021",
        "How channel spacing controls the response of ice flow to meltwater input");
    assertThat(entries.get(0).secondary()).isEqualTo("The Cryosphere, 17, 1855–1874");
    assertThat(entries.get(0).dates().text()).isEqualTo("Apr 2023");
  }

  @Test
  void aRangeBrokenAfterItsDashJoinsWithoutASpace() {
    float l = 42.53f;
    List<ParsedEntry> entries = publications(l, 10, List.of(
        line(10, bold("Supraglacial lake drainage events and their imprint on ice velocity, 2015–", l, 407.8f,
            120.0f), bold("Apr 2023", 509.4f, 552.7f, 121.0f)),
        line(10, bold("2021", l, 65.4f, 132.5f)),
        line(10, plain("The Cryosphere, 17, 1855–1874", l, 189.6f, 146.1f))));

    assertThat(entries).singleElement().extracting(ParsedEntry::primary)
        .isEqualTo("Supraglacial lake drainage events and their imprint on ice velocity, 2015–2021");
  }

  @Test
  void anInlineJournalThatWrapsUnderTheTitleStaysTheJournal() {
    float l = 34.01f;
    List<ParsedEntry> entries = publications(l, 9.5f, List.of(
        line(9.5f, bold("Hydraulic potential gradients from dense borehole arrays", l, 292.4f, 120.0f),
            plain(", Journal of Glaciology, 67,", 292.5f, 404.0f, 120.0f), plain("Dec 2021", 520.6f, 561.2f, 120.6f)),
        line(9.5f, plain("1021–1036", l, 80.2f, 131.0f)),
        line(9.5f, plain("With T. Wierzbicki, F. Lindahl and R. Iturbide Sol.", l, 240.7f, 143.85f)),
        line(9.5f, bold("Cavity opening over bedrock bumps: laboratory experiments with a rotating ice ring", l,
            412.6f, 158.1f), plain("Mar 2021", 521.2f, 561.3f, 158.7f)),
        line(9.5f, plain(", Journal of Fluid Mechanics, 912, A34", l, 195.4f, 169.0f)),
        line(9.5f, plain("With O. Adebanjo-Hart and M. Quennell.", l, 204.3f, 181.9f))));

    assertThat(entries).extracting(ParsedEntry::secondary).containsExactly(
        "Journal of Glaciology, 67, 1021–1036", "Journal of Fluid Mechanics, 912, A34");
    assertThat(entries).extracting(ParsedEntry::paragraphs).containsExactly(
        List.of("With T. Wierzbicki, F. Lindahl and R. Iturbide Sol."),
        List.of("With O. Adebanjo-Hart and M. Quennell."));
  }

  @Test
  void honoursAndAwardsIsTheAwardsHeading() {
    assertThat(SectionVocabulary.standard().kindOf("HONOURS AND AWARDS")).contains(SectionKind.AWARDS);
    assertThat(SectionVocabulary.standard().kindOf("Prizes")).contains(SectionKind.AWARDS);
  }
}
