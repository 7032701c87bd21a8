package org.createyourresume.ats.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Headings the generated layouts corpus showed missed: a letter-spaced heading that holds an
 * ampersand or an apostrophe, and a heading in words no vocabulary holds over what can only be
 * jobs.
 */
class HeadingContentTests {

  private final ResumeParser parser = new ResumeParser();

  @Test
  void aLetterSpacedHeadingMayHoldTheMarksHeadingsAreWrittenWith() {
    assertThat(TextNorm.letterSpaced("E D U C A T I O N & T R A I N I N G")).isTrue();
    assertThat(TextNorm.letterSpaced("S K I L L S  &  T O O L S")).isTrue();
    assertThat(TextNorm.letterSpaced("W H E R E I ' V E W O R K E D")).isTrue();
    // a mark needs letters on both sides, and a short run of initials is no heading
    assertThat(TextNorm.letterSpaced("& S K I L L S")).isFalse();
    assertThat(TextNorm.letterSpaced("R & D")).isFalse();
    assertThat(TextNorm.letterSpaced("A / B / C")).isFalse();
    ParsedResume r = parser.parseText("""
        Kim Park
        E D U C A T I O N & T R A I N I N G :
        BSc (Hons) Nursing, University of Northbridge, 2018
        """);
    assertThat(r.sections()).extracting(ParsedSection::kind).containsExactly(SectionKind.EDUCATION);
  }

  @Test
  void anUnknownHeadingOverDatedJobsIsTheExperienceSection() {
    ParsedResume r = parser.parseText("""
        Kim Park
        kim.park@example.com
        WHERE I'VE WORKED
        Staff Nurse, Mercy Vale Hospital, Mar 2019 – Present
        • Led a team of eight nurses on a 28-bed ward.
        EDUCATION
        BSc (Hons) Nursing, University of Northbridge, 2018
        """);
    assertThat(r.sections()).extracting(ParsedSection::kind).containsExactly(SectionKind.EXPERIENCE, SectionKind.EDUCATION);
    assertThat(r.jobs()).hasSize(1);
  }

  @Test
  void anUnknownHeadingStaysUnknownWhenThePageHasItsExperienceSection() {
    ParsedResume r = parser.parseText("""
        Kim Park
        kim.park@example.com
        EXPERIENCE
        Staff Nurse, Mercy Vale Hospital, Mar 2019 – Present
        • Led a team of eight nurses on a 28-bed ward.
        BOARD SEATS
        Trustee, Riverbend Care Home, 2021 – Present
        • Chair the quality committee.
        """);
    assertThat(r.sections()).extracting(ParsedSection::kind).containsExactly(SectionKind.EXPERIENCE, SectionKind.OTHER);
  }
}
