package org.createyourresume.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import org.createyourresume.model.Language;
import org.createyourresume.model.Resume;
import org.createyourresume.model.Skill;
import org.junit.jupiter.api.Test;

/**
 * Lists and lines as online builders print them: languages rated in dots (a picture; the words
 * are what is imported), skill labels beside their lists, a headline in capitals, a BTEC grade.
 */
class BuilderListsImportTests {

  private static final ResumeImporter IMPORTER = ResumeImporter.create();

  private static Resume imported(String text) {
    return IMPORTER.importFile(text.getBytes(StandardCharsets.UTF_8), "resume.txt").resume();
  }

  @Test
  void skillLinesWithLabelsOrLevelsKeepTheirGroups() {
    Resume r = imported("""
        Jordan Alvarez
        jordan.alvarez@example.org

        SKILLS
        Teaching: Differentiated instruction, Classroom management
        Desmos (Advanced)
        GeoGebra
        """);
    assertThat(r.skillList()).extracting(Skill::name).containsExactly("Teaching", "Desmos", "GeoGebra");
  }

  @Test
  void aRatingInDotsIsNotPartOfTheLanguage() {
    Resume r = imported("""
        Jordan Alvarez
        jordan.alvarez@example.org

        LANGUAGES
        English \u25cf\u25cf\u25cf\u25cf\u25cf
        Spanish \u25cf\u25cf\u25cf\u25cb\u25cb
        """);
    assertThat(r.languageList()).extracting(Language::language).containsExactly("English", "Spanish");
  }

  @Test
  void aHeadlineInCapitalsIsWrittenInTitleCaseKeepingShortAbbreviationsAndFlagged() {
    ImportResult result = IMPORTER.importFile("""
        Megan Hughes
        IT SUPPORT ANALYST
        megan.hughes@example.co.uk

        SUMMARY
        Second-line support analyst for 600 users.
        """.getBytes(StandardCharsets.UTF_8), "resume.txt");
    assertThat(result.resume().basicsOrEmpty().label()).isEqualTo("IT Support Analyst");
    assertThat(result.warnings()).anySatisfy(w -> assertThat(w.path()).isEqualTo("basics.label"));
  }

  @Test
  void aBtecGradeWithItsStarIsTheScore() {
    Resume r = imported("""
        Megan Hughes
        megan.hughes@example.co.uk

        EDUCATION
        BTEC Level 3 Extended Diploma in Information Technology, Leeds City College, Distinction*   2017 – 2019

        EXPERIENCE
        IT Support Analyst, Aire Valley Housing   Jan 2022 – Present
        • Resolve 35 tickets a day
        """);
    assertThat(r.educationList().get(0).score()).isEqualTo("Distinction*");
  }

  @Test
  void spokenLanguagesInASkillsBlockAreLanguagesAndProgrammingLanguagesStaySkills() {
    Resume r = imported("""
        Priya Raman
        priya.raman@example.org

        TECHNICAL SKILLS
        Languages: Python, R, SQL
        Spoken Languages: English (Fluent), Tamil (Native)
        """);
    assertThat(r.skillList()).extracting(Skill::name).containsExactly("Languages");
    assertThat(r.languageList()).extracting(Language::language, Language::fluency)
        .containsExactly(tuple("English", "Fluent"), tuple("Tamil", "Native"));
  }

  @Test
  void aLanguagesLabelWhoseEveryItemHasALevelListsSpokenLanguages() {
    assertThat(imported("""
        Priya Raman
        priya.raman@example.org

        SKILLS
        Languages: English (Fluent), French (Basic)
        """).languageList()).extracting(Language::language).containsExactly("English", "French");
  }

  @Test
  void aLevelOnTheLineUnderItsLanguageIsItsFluency() {
    Resume r = imported("""
        Priya Raman
        priya.raman@example.org

        LANGUAGES
        English
        Fluent (C1)
        Tamil
        Native
        """);
    assertThat(r.languageList()).extracting(Language::language, Language::fluency)
        .containsExactly(tuple("English", "Fluent (C1)"), tuple("Tamil", "Native"));
  }

  @Test
  void aStackBesideAProjectsNameIsItsKeywordsAndALoneBulletItsDescription() {
    Resume r = imported("""
        Priya Raman
        priya.raman@example.org

        PROJECTS
        Tide Logger | Python, SQLite
            Logs tide gauges every minute.
        """);
    assertThat(r.projectList()).singleElement().satisfies(p -> {
      assertThat(p.name()).isEqualTo("Tide Logger");
      assertThat(p.keywords()).containsExactly("Python", "SQLite");
      assertThat(p.roleList()).isEmpty();
      assertThat(p.description()).isEqualTo("Logs tide gauges every minute.");
    });
  }

  @Test
  void rolesBesideAProjectsNameStayRoles() {
    Resume r = imported("""
        Priya Raman
        priya.raman@example.org

        PROJECTS
        Tide Logger | Lead developer, Tester
            Logs tide gauges every minute.
            Alerts the harbour master.
        """);
    assertThat(r.projectList()).singleElement().satisfies(p -> {
      assertThat(p.roleList()).containsExactly("Lead developer", "Tester");
      assertThat(p.highlightList()).hasSize(2);
    });
  }

  @Test
  void aRowOfTagsThatLostItsBoxesIsSplitWhereTheNamesWeKnowEnd() {
    Resume r = imported("""
        Jordan Alvarez
        jordan.alvarez@example.org

        SKILLS
        Reporting: Power BI Tableau Looker Studio
        Plant: C++ Java OPC UA Azure
        Teaching: Differentiated instruction
        """);
    assertThat(r.skillList()).extracting(Skill::keywords).containsExactly(
        java.util.List.of("Power BI", "Tableau", "Looker Studio"),
        java.util.List.of("C++", "Java", "OPC UA", "Azure"),
        java.util.List.of("Differentiated instruction"));
  }
}
