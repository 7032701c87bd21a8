package org.createyourresume.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.createyourresume.ats.AtsChecker;
import org.createyourresume.json.JsonResumeReader;
import org.createyourresume.letter.Paragraph;
import org.createyourresume.model.Resume;
import org.createyourresume.model.Work;
import org.createyourresume.render.RenderDiagnostic;
import org.createyourresume.render.RenderOptions;
import org.createyourresume.render.ResumeRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The starter draft names the role and company and quotes only the resume's own achievements. */
class LetterDrafterTests {

  static final ResumeRenderer RENDERER = ResumeRenderer.create();
  static final AtsChecker CHECKER = AtsChecker.create(org.createyourresume.ats.AtsLimits.DEFAULT, RENDERER);
  static final LetterDrafter DRAFTER = new LetterDrafter(CHECKER);
  static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

  static String resource(String name) {
    try (InputStream in = LetterDrafterTests.class.getResourceAsStream("/letters/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static Resume resume() {
    return new JsonResumeReader().read(resource("with-letters.json")).resume();
  }

  static List<String> highlights(Resume resume) {
    List<String> all = new ArrayList<>();
    resume.workList().forEach(w -> all.addAll(w.highlightList()));
    resume.projectList().forEach(p -> all.addAll(p.highlightList()));
    return all;
  }

  @Test
  void theDraftNamesTheRoleAndTheCompanyFromThePosting() {
    LetterDraft draft = DRAFTER.draft(resume(), resource("posting-backend.txt"), TODAY);
    assertThat(draft.role()).isEqualTo("Senior Backend Engineer");
    assertThat(draft.company()).isEqualTo("Northwind Logistics");
    String opening = draft.letter().body().get(0).text();
    assertThat(opening).startsWith("I am writing to apply for the Senior Backend Engineer position at Northwind Logistics.");
    assertThat(draft.letter().subject()).isEqualTo("Application for Senior Backend Engineer");
    assertThat(draft.letter().company()).isEqualTo("Northwind Logistics");
    assertThat(draft.letter().date()).isEqualTo("2026-12-07");
    assertThat(draft.letter().signature()).isEqualTo("Amelia Fernández-Ortiz");
    assertThat(draft.letter().body().get(draft.letter().body().size() - 1).text()).contains("Northwind Logistics");
  }

  @Test
  void theDraftQuotesOnlyAchievementsOfTheResumeWithTheirNumbers() {
    Resume resume = resume();
    LetterDraft draft = DRAFTER.draft(resume, resource("posting-backend.txt"), TODAY);
    assertThat(draft.citations()).isNotEmpty();
    String body = String.join("\n", draft.letter().body().stream().map(Paragraph::text).toList());
    for (Citation c : draft.citations()) {
      String[] at = c.pointer().split("/");
      Work job = resume.workList().get(Integer.parseInt(at[2]));
      assertThat(job.highlightList().get(Integer.parseInt(at[4]))).isEqualTo(c.text());
      // quoted word for word (only the first letter may be lower-cased after "At X, I")
      assertThat(body).contains(c.text().substring(1));
      assertThat(body).contains("At " + job.name());
    }
    // the requirements named come from the posting, and the quoted achievements answer them
    assertThat(draft.requirements()).contains("Kafka");
    assertThat(draft.citations()).anySatisfy(c -> assertThat(c.requirements()).isNotEmpty());
    // every sentence with a number in the body comes from the resume, not the drafter
    for (String sentence : body.split("(?<=\\.)\\s+")) {
      if (sentence.matches(".*\\d.*")) {
        assertThat(highlights(resume)).anySatisfy(h -> assertThat(sentence).contains(h.substring(1).replaceAll("\\.$", "")));
      }
    }
  }

  @Test
  void everyParagraphOfTheDraftIsMarkedForRewriting() {
    LetterDraft draft = DRAFTER.draft(resume(), resource("posting-backend.txt"), TODAY);
    assertThat(draft.letter().body()).hasSizeGreaterThanOrEqualTo(3).allMatch(Paragraph::generated);
  }

  @Test
  void theSameResumeAndPostingGiveTheSameDraft() {
    assertThat(DRAFTER.draft(resume(), resource("posting-backend.txt"), TODAY))
        .isEqualTo(DRAFTER.draft(resume(), resource("posting-backend.txt"), TODAY));
  }

  @Test
  void whatThePostingDoesNotSayIsLeftAsAPlaceholderThatTheRenderReports() {
    String posting = "We need someone with Java and Kafka experience to build services.";
    LetterDraft draft = DRAFTER.draft(resume(), posting, TODAY);
    assertThat(draft.company()).isNull();
    assertThat(draft.letter().body().get(0).text()).contains("[Company]");
    List<RenderDiagnostic> diagnostics =
        RENDERER.renderLetter(resume(), draft.letter(), RenderOptions.pdf()).diagnostics();
    assertThat(diagnostics).extracting(RenderDiagnostic::id).contains("letter.placeholder");
  }

  @Test
  void aResumeWithoutAchievementsGetsAPlaceholderNotAnInventedOne() {
    Resume bare = new JsonResumeReader().read("""
        {"basics": {"name": "Sam Lee", "label": "Developer"},
         "work": [{"name": "Acme", "position": "Developer", "startDate": "2020"}]}
        """).resume();
    LetterDraft draft = DRAFTER.draft(bare, resource("posting-backend.txt"), TODAY);
    assertThat(draft.citations()).isEmpty();
    assertThat(draft.letter().body().get(1).text()).contains("[Add an achievement");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Company: Acme Corp\\nRole: Analyst|Acme Corp",
      "Data Analyst\\n\\nAbout Globex\\nWe build things.|Globex",
      "Initech is hiring a QA Engineer to join us.|Initech",
      "Join Umbrella Health as our next Nurse.|Umbrella Health",
      "We are looking for a Backend Developer.|",
  })
  void theCompanyIsReadFromWhatThePostingSays(String posting, String company) {
    assertThat(CompanyReader.read(posting.replace("\\n", "\n"))).isEqualTo(company);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "At X|Redesigned the workflow, cutting time by 40%.|At X, I redesigned the workflow, cutting time by 40%.",
      "At X|Led a team of five|At X, I led a team of five.",
      "At X|Payments platform serving 4 million merchants.|At X: Payments platform serving 4 million merchants.",
      "At X|AWS migration of 14 services.|At X: AWS migration of 14 services.",
  })
  void anAchievementIsQuotedAsASentence(String where, String bullet, String sentence) {
    assertThat(LetterDrafter.sentence(where, bullet)).isEqualTo(sentence);
  }
}
