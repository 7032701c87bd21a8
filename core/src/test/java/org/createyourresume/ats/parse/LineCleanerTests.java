package org.createyourresume.ats.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.createyourresume.ats.parse.TestLines.bold;
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

  @Test
  void aLetterSpacedGutterHeadingInSeveralPiecesIsSetOnALineOfItsOwn() {
    List<LayoutLine> cleaned = cleaner.clean(List.of(
        line(10, plain("S K I L L S", 51, 94, 100), plain("&", 101, 108, 100), plain("T O O L S :", 115, 159, 100),
            bold("Sales", 174, 196, 100))));
    assertThat(cleaned).extracting(LayoutLine::text).containsExactly("S K I L L S & T O O L S :", "Sales");
    assertThat(cleaned.get(0).headingStyle()).isTrue();
  }

  @Test
  void aGutterHeadingWrappedOntoTheNextLineIsJoinedAheadOfBothLinesBesideIt() {
    List<LayoutLine> cleaned = cleaner.clean(List.of(
        line(12, bold("RELEVANT", 71, 130, 251), plain("05.2022 – Current", 184, 272, 251)),
        line(12, bold("EXPERIENCE", 71, 140, 267), bold("IT Support Analyst", 184, 284, 267)),
        line(12, plain("Oakridge Retail Group", 184, 294, 282))));
    assertThat(cleaned).extracting(LayoutLine::text).containsExactly(
        "RELEVANT EXPERIENCE", "05.2022 – Current", "IT Support Analyst", "Oakridge Retail Group");
    assertThat(cleaned.get(0).headingStyle()).isTrue();
  }

  @Test
  void aGutterHeadingsSecondLineAloneInTheGutterIsJoinedToItsFirst() {
    List<LayoutLine> cleaned = cleaner.clean(List.of(
        line(10, bold("PROFESSIONAL", 34, 118, 93), plain("Technician who fixes problems once.", 166, 463, 93)),
        line(10, bold("SUMMARY", 34, 91, 109))));
    assertThat(cleaned).extracting(LayoutLine::text)
        .containsExactly("PROFESSIONAL SUMMARY", "Technician who fixes problems once.");
  }

  @Test
  void aGutterOfKnownHeadingsOfThreeKindsIsReadAsHeadingsInSentenceCase() {
    List<LayoutLine> gutter = List.of(
        line(10, bold("Profile", 40, 80, 100), plain("Nurse of ten years on a surgical ward.", 150, 400, 100)),
        line(10, bold("Experience", 40, 95, 130), bold("Staff Nurse", 150, 220, 130)),
        line(10, plain("St Mary's Hospital", 150, 240, 142)),
        line(10, bold("Languages", 40, 92, 170), plain("English, Welsh", 150, 230, 170)));
    assertThat(cleaner.clean(gutter)).extracting(LayoutLine::text).containsExactly("Profile",
        "Nurse of ten years on a surgical ward.", "Experience", "Staff Nurse", "St Mary's Hospital", "Languages",
        "English, Welsh");
    // one label in the body's type and case beside its list is a skills grid's, not a heading
    List<LayoutLine> grid = List.of(line(10, bold("Languages", 40, 92, 170), plain("English, Welsh", 150, 230, 170)));
    assertThat(cleaner.clean(grid)).extracting(LayoutLine::text).containsExactly("Languages English, Welsh");
  }

  @Test
  void aGutterOfHeadingsReadAsAColumnOfItsOwnIsPutBackBesideItsSections() {
    List<LayoutLine> cleaned = cleaner.clean(List.of(
        line(10, plain("Manager of fourteen years in industrial software.", 166, 488, 126)),
        line(10, bold("Alder Logistics", 166, 240, 237)),
        line(10, plain("Operations Manager", 166, 260, 249)),
        line(10, bold("Technische Hochschule Rheinfeld", 166, 320, 468)),
        line(10, plain("German, English", 166, 234, 561)),
        line(10, bold("S U M M A R Y :", 34, 103, 126)),
        line(10, bold("P R O F E S S I O N A L", 34, 132, 237)),
        line(10, bold("E X P E R I E N C E :", 34, 121, 252)),
        line(10, bold("S T U D I E S :", 34, 93, 468)),
        line(10, bold("L A N G U A G E S :", 34, 104, 561))));
    assertThat(cleaned).extracting(LayoutLine::text).containsExactly("S U M M A R Y :",
        "Manager of fourteen years in industrial software.", "P R O F E S S I O N A L  E X P E R I E N C E :",
        "Alder Logistics", "Operations Manager", "S T U D I E S :", "Technische Hochschule Rheinfeld",
        "L A N G U A G E S :", "German, English");
  }

  @Test
  void aSidebarsHeadingsAmongItsLinesStayWhereTheyAre() {
    List<LayoutLine> sidebar = List.of(
        line(10, plain("Manager of fourteen years in industrial software.", 166, 488, 126)),
        line(10, bold("Alder Logistics", 166, 240, 237)),
        line(10, plain("Operations Manager", 166, 260, 249)),
        line(10, bold("CONTACT", 34, 90, 126)),
        line(10, plain("Leipzig, Germany", 34, 120, 140)),
        line(10, bold("SKILLS", 34, 80, 237)),
        line(10, plain("Jira, Confluence", 34, 110, 250)),
        line(10, bold("LANGUAGES", 34, 100, 400)),
        line(10, plain("German, English", 34, 110, 412)));
    assertThat(cleaner.clean(sidebar)).isEqualTo(sidebar);
  }

  @Test
  void aSidebarLevelWithTheMainColumnKeepsItsLetterSpacedHeadingInItsLine() {
    // the extractor did not part a sidebar from the main column: its lines stand beside the
    // main column's as a gutter's headings would, but most of them are contact lines
    List<LayoutLine> page = List.of(
        line(12, plain("G E T  I N  T O U C H", 77, 183, 147), plain("P R O F E S S I O N A L  S U M M A R Y", 219, 412, 147)),
        line(12, plain("Address: Abuja, Nigeria", 77, 203, 169), plain("Account executive who has beaten quota", 219, 489, 169)),
        line(12, plain("Email: emeka@example.ng", 77, 190, 184), plain("running in B2B software.", 219, 350, 184)),
        line(12, plain("LinkedIn: linkedin.com/in/emeka", 77, 200, 200), plain("Lagoon Polytechnic", 219, 333, 200)));
    assertThat(cleaner.clean(page)).isEqualTo(page);
  }
}
