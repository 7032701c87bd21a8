package org.createyourresume.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.createyourresume.json.JsonResumeReader;
import org.createyourresume.model.Resume;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An end date that is present but empty ("endDate": "") means the entry has ended and its end
 * date is not given yet: in every section with end dates, every template and every format, the
 * start date prints alone, with no dash and no "Present". An absent end date still prints
 * "Present".
 */
class EndDateTests {

  private static final ResumeRenderer RENDERER = ResumeRenderer.create();

  private static final String RESUME =
      """
      {"basics": {"name": "Ada Pereira", "email": "ada@example.com"},
       "work": [{"name": "Ended Employer", "position": "Analyst", "startDate": "2019-03", "endDate": ""},
                {"name": "Current Employer", "position": "Lead", "startDate": "2011-04"}],
       "volunteer": [{"organization": "Ended Club", "position": "Tutor", "startDate": "2018-02", "endDate": ""}],
       "education": [{"institution": "Ended School", "studyType": "BSc", "startDate": "2014-09", "endDate": ""}],
       "projects": [{"name": "Ended Project", "startDate": "2017-05", "endDate": ""}],
       "meta": {"createYourResume": {"customSections": [{"id": "talks", "title": "Talks",
         "entries": [{"title": "Ended Talk", "startDate": "2016-06", "endDate": ""}]}]}}}
      """;

  /** The start dates of the entries whose end date is empty, one per section. */
  private static final List<String> ENDED = List.of("Mar 2019", "Feb 2018", "Sep 2014", "May 2017", "Jun 2016");

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("org.createyourresume.render.EveryFieldTests#templatesAndFormats")
  void anEmptyEndDatePrintsTheStartDateAlone(String template, OutputFormat format) {
    Resume resume = new JsonResumeReader().read(RESUME).resume();
    byte[] content = RENDERER.render(resume, new RenderOptions(format, template)).content();
    String text = PdfFacts.flat(EveryFieldTests.readerText(format, content));

    for (String start : ENDED) {
      assertThat(text).contains(start).doesNotContain(start + " –").doesNotContain(start + " -");
    }
    assertThat(text).contains("Apr 2011 – Present").containsOnlyOnce("Present");
  }
}
