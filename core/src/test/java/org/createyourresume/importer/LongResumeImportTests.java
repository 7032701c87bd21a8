package org.createyourresume.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.createyourresume.model.Resume;
import org.createyourresume.model.TestResumes;
import org.createyourresume.model.Work;
import org.createyourresume.render.OutputFormat;
import org.createyourresume.render.RenderOptions;
import org.createyourresume.render.RenderResult;
import org.createyourresume.render.ResumeRenderer;
import org.createyourresume.render.TemplateInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A long resume (16 jobs over several pages) rendered by every template, as PDF and DOCX, and
 * imported back: every job is an entry of its own with its employer, role, dates and bullets, and
 * nothing of a page break (a page number, the repeated name) ends up in a bullet. The same for a
 * long academic CV, field by field.
 */
class LongResumeImportTests {

  private static final ResumeRenderer RENDERER = ResumeRenderer.create();
  private static final ResumeImporter IMPORTER = ResumeImporter.create();
  private static final String ACADEMIC_CV = "academic-cv.json";

  static Stream<Arguments> templatesAndFormats() {
    List<Arguments> cases = new ArrayList<>();
    for (TemplateInfo template : RENDERER.templates()) {
      cases.add(Arguments.of(template.id(), OutputFormat.PDF));
      cases.add(Arguments.of(template.id(), OutputFormat.DOCX));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("templatesAndFormats")
  void everyJobComesBackWhole(String template, OutputFormat format) {
    Resume resume = TestResumes.load("long/nine-pages.json");
    RenderResult file = RENDERER.render(resume, new RenderOptions(format, template));
    if (format == OutputFormat.PDF) {
      assertThat(file.pages()).isGreaterThanOrEqualTo(5);
    }
    Resume imported = IMPORTER.importFile(file.content(), "long." + format.id()).resume();
    List<Work> expected = resume.workList();
    List<Work> found = imported.workList();
    assertThat(found).hasSize(16);
    for (int i = 0; i < expected.size(); i++) {
      Work e = expected.get(i);
      Work f = found.get(i);
      assertThat(f.name()).as("work[%d].name", i).isEqualTo(e.name());
      assertThat(f.position()).as("work[%d].position", i).isEqualTo(e.position());
      assertThat(f.startDate()).as("work[%d].startDate", i).isEqualTo(e.startDate());
      assertThat(f.endDate()).as("work[%d].endDate", i).isEqualTo(e.endDate());
      assertThat(f.highlightList()).as("work[%d].highlights", i).isEqualTo(e.highlightList());
    }
    assertThat(found).flatExtracting(Work::highlightList)
        .noneMatch(h -> h.contains("Page ") || h.contains(resume.basicsOrEmpty().name()));
    assertThat(imported.educationList()).hasSize(2);
  }

  /**
   * A long academic CV (six pages or more in every template: 28 publications, grants, talks,
   * teaching, supervision, service and references, most of them custom sections) comes back at
   * 100% of its fields, not only the 98% the round trip over every test resume allows.
   */
  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("templatesAndFormats")
  void anAcademicCvComesBackWhole(String template, OutputFormat format) {
    Resume resume = TestResumes.load(ACADEMIC_CV);
    RenderResult file = RENDERER.render(resume, new RenderOptions(format, template));
    if (format == OutputFormat.PDF) {
      assertThat(file.pages()).isGreaterThanOrEqualTo(6);
    }
    Resume imported = IMPORTER.importFile(file.content(), "academic-cv." + format.id()).resume();
    ImportAccuracy.Score score = ImportAccuracy.compare(resume, imported);
    assertThat(score.misses()).as("%d of %d fields matched", score.matched(), score.total()).isEmpty();
  }
}
