package org.createyourresume.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.createyourresume.model.Language;
import org.createyourresume.model.Resume;
import org.createyourresume.model.Skill;
import org.junit.jupiter.api.Test;

/**
 * Lists as online builders print them: skills one to a line over drawn bars, languages rated in
 * dots. The bars and dots are pictures; the words are what is imported.
 */
class BuilderListsImportTests {

  private static final ResumeImporter IMPORTER = ResumeImporter.create();

  private static Resume imported(String text) {
    return IMPORTER.importFile(text.getBytes(StandardCharsets.UTF_8), "resume.txt").resume();
  }

  @Test
  void bareSkillsOneToALineAreOneUnnamedGroup() {
    Resume r = imported("""
        Jordan Alvarez
        jordan.alvarez@example.org

        SKILLS
        Differentiated instruction
        Classroom management
        Desmos
        GeoGebra
        """);
    assertThat(r.skillList()).hasSize(1);
    Skill group = r.skillList().get(0);
    assertThat(group.name()).isNull();
    assertThat(group.keywordList()).containsExactly("Differentiated instruction", "Classroom management", "Desmos", "GeoGebra");
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
}
