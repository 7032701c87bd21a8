package org.createyourresume.ats.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.createyourresume.ats.parse.TestLines.line;
import static org.createyourresume.ats.parse.TestLines.plain;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The first stage: icon glyphs out of the lines, gutter headings on lines of their own. */
class LineCleanerTests {

  private final LineCleaner cleaner = new LineCleaner(SectionVocabulary.standard());

  @Test
  void anIconGlyphIsTakenOutOfItsLineAndALineOfIconsAloneIsDropped() {
    List<LayoutLine> cleaned = cleaner.clean(List.of(
        line(10, plain("\uE0C8", 40, 48, 100), plain("Leeds, UK", 52, 100, 100)),
        line(10, plain("\uE0B0 \u0000", 40, 60, 112))));
    assertThat(cleaned).extracting(LayoutLine::text).containsExactly("Leeds, UK");
    assertThat(cleaned.get(0).spans()).hasSize(1);
  }

  @Test
  void aSymbolFontBulletIsNoIconAndStays() {
    List<LayoutLine> cleaned = cleaner.clean(List.of(line(10, plain("\uF0B7 Led the audit", 40, 200, 100))));
    assertThat(cleaned).extracting(LayoutLine::text).containsExactly("\uF0B7 Led the audit");
  }

  @Test
  void aKnownHeadingInTheGutterIsSetOnALineOfItsOwn() {
    List<LayoutLine> cleaned = cleaner.clean(List.of(
        line(10, plain("PROFILE", 40, 90, 100), plain("Final-year student of computer science.", 150, 400, 100))));
    assertThat(cleaned).extracting(LayoutLine::text)
        .containsExactly("PROFILE", "Final-year student of computer science.");
    assertThat(cleaned.get(0).headingStyle()).isTrue();
    assertThat(cleaned.get(1).left()).isEqualTo(150);
  }

  @Test
  void aLabelTheVocabularyDoesNotKnowOrAWordGapStaysInItsLine() {
    List<LayoutLine> cleaned = cleaner.clean(List.of(
        line(10, plain("ACME", 40, 70, 100), plain("Supplier of rockets", 150, 300, 100)),
        line(10, plain("PROFILE", 40, 90, 112), plain("of a student", 94, 150, 112))));
    assertThat(cleaned).extracting(LayoutLine::text).containsExactly("ACME Supplier of rockets", "PROFILE of a student");
  }
}
