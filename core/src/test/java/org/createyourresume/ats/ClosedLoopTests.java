package org.createyourresume.ats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.createyourresume.ats.extract.PdfExtractor;
import org.createyourresume.ats.parse.ParsedResume;
import org.createyourresume.ats.parse.ResumeParser;
import org.createyourresume.model.Resume;
import org.createyourresume.model.TestResumes;
import org.createyourresume.render.PageFit;
import org.createyourresume.render.RenderOptions;
import org.createyourresume.render.RenderResult;
import org.createyourresume.render.ResumeRenderer;
import org.createyourresume.render.TemplateInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The closed loop on our own output: for every template and every test resume, an ATS parse of
 * the PDF, and of the Word export, gives back the name, email, phone, each job's employer, title
 * and bullets, each school and each skill exactly as the resume holds them.
 */
class ClosedLoopTests {

  private static final ResumeRenderer RENDERER = ResumeRenderer.create();
  private static final PdfExtractor PDF = new PdfExtractor(AtsLimits.DEFAULT);
  private static final org.createyourresume.ats.extract.DocxExtractor DOCX =
      new org.createyourresume.ats.extract.DocxExtractor(AtsLimits.DEFAULT);
  private static final ResumeParser PARSER = new ResumeParser();

  static Stream<Arguments> templatesAndResumes() {
    List<Arguments> cases = new ArrayList<>();
    for (TemplateInfo template : RENDERER.templates()) {
      for (String resume : TestResumes.names()) {
        cases.add(Arguments.of(template.id(), resume));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} × {1}")
  @MethodSource("templatesAndResumes")
  void everyFieldComesBack(String template, String name) {
    Resume resume = TestResumes.load(name);
    byte[] pdf = RENDERER.render(resume, RenderOptions.pdf().withTemplate(template)).content();
    ParsedResume parsed = PARSER.parse(PDF.extract(pdf).lines());
    assertThat(ClosedLoop.compare(resume, parsed)).isEmpty();
    int jobs = (int) resume.workList().stream().filter(w -> w.name() != null || w.position() != null).count();
    assertThat(parsed.jobs()).hasSize(jobs);
  }

  /** A resume fitted on one page (smaller type, tighter lines and margins) still reads back. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("templates")
  void aResumeFittedOnOnePageStillComesBack(String template) {
    Resume resume = TestResumes.load("fit/over-one-page.json");
    PageFit fit = RENDERER.fit(resume, RenderOptions.pdf().withTemplate(template), 1);
    assertThat(fit.fits()).isTrue();
    Resume fitted = resume.withDesign(fit.design());
    RenderResult pdf = RENDERER.render(fitted, RenderOptions.pdf().withTemplate(template));
    assertThat(pdf.pages()).isEqualTo(1);
    ParsedResume parsed = PARSER.parse(PDF.extract(pdf.content()).lines());
    assertThat(ClosedLoop.compare(fitted, parsed)).isEmpty();
    assertThat(parsed.jobs()).hasSize(resume.workList().size());
  }

  /**
   * A long resume (16 jobs over several pages, entries starting at page tops, bullets running over
   * page breaks) reads back whole from every template's PDF and Word export.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("templates")
  void aLongResumeComesBackAcrossPageBreaks(String template) {
    Resume resume = TestResumes.load("long/nine-pages.json");
    RenderResult pdf = RENDERER.render(resume, RenderOptions.pdf().withTemplate(template));
    assertThat(pdf.pages()).isGreaterThanOrEqualTo(5);
    ParsedResume parsed = PARSER.parse(PDF.extract(pdf.content()).lines());
    assertThat(ClosedLoop.compare(resume, parsed)).isEmpty();
    assertThat(parsed.jobs()).hasSize(16);
    byte[] docx = RENDERER.render(resume,
        new org.createyourresume.render.RenderOptions(org.createyourresume.render.OutputFormat.DOCX, template)).content();
    assertThat(ClosedLoop.compare(resume, PARSER.parse(DOCX.extract(docx).lines()))).isEmpty();
  }

  static List<String> templates() {
    return RENDERER.templates().stream().map(TemplateInfo::id).toList();
  }

  @ParameterizedTest(name = "{0} × {1} (DOCX)")
  @MethodSource("templatesAndResumes")
  void everyFieldComesBackFromTheWordExport(String template, String name) {
    Resume resume = TestResumes.load(name);
    byte[] docx = RENDERER.render(resume,
        new org.createyourresume.render.RenderOptions(org.createyourresume.render.OutputFormat.DOCX, template)).content();
    ParsedResume parsed = PARSER.parse(DOCX.extract(docx).lines());
    assertThat(ClosedLoop.compare(resume, parsed)).isEmpty();
  }
}
