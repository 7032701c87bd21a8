package org.createyourresume.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.createyourresume.model.Education;
import org.createyourresume.model.Resume;
import org.createyourresume.model.TestResumes;
import org.createyourresume.model.Work;
import org.createyourresume.render.OutputFormat;
import org.createyourresume.render.RenderOptions;
import org.createyourresume.render.ResumeRenderer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Resumes in German, French and Spanish imported: our own test resumes printed in those languages
 * (translated headings, month names, "heute" / "aujourd'hui" / "actualidad") and read back field
 * by field, and resumes written by hand as plain text in the styles of those countries.
 */
class LanguagesImportTests {

  private static final ResumeRenderer RENDERER = ResumeRenderer.create();
  private static final ResumeImporter IMPORTER = ResumeImporter.create();

  /** The closed loop: every test resume, printed to PDF in the language, gives back its fields. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"de", "fr", "es"})
  void ourResumesPrintedInTheLanguageComeBackFieldByField(String language) {
    ImportAccuracy.Score total = new ImportAccuracy.Score(List.of());
    List<String> misses = new ArrayList<>();
    for (String name : TestResumes.names()) {
      Resume resume = TestResumes.load(name);
      resume = resume.withDesign(resume.design().withLanguage(language));
      byte[] pdf = RENDERER.render(resume, RenderOptions.pdf()).content();
      ImportResult imported = IMPORTER.importFile(pdf, name.replace(".json", ".pdf"));
      ImportAccuracy.Score score = ImportAccuracy.compare(resume, imported.resume());
      total = total.plus(score);
      score.misses().forEach(m -> misses.add(name + " " + m));
    }
    System.out.println(String.format(java.util.Locale.ROOT, "| %s | PDF | %d | %d | %.1f %% |", language,
        TestResumes.names().size(), total.total(), total.percent()));
    assertThat(total.percent()).as(String.join("\n", misses)).isGreaterThanOrEqualTo(98.0);
  }

  /**
   * Hand-written plain-text resumes: name, e-mail, each job's title, employer and dates (the
   * current one open), each school and the skills come back. Columns: file, name, jobs,
   * first job's position, first job's employer, its start (yyyy-mm), schools, first school.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      de-informatiker.txt | Jonas Becker | 2 | Softwareentwickler | Nordlicht IT GmbH | 2020-03 | 1 | Technische Universität Dresden
      de-pflege.txt | Aylin Demir | 2 | Gesundheits- und Krankenpflegerin | Universitätsklinikum Freiburg | 2019-04 | 1 | Pflegeschule am Universitätsklinikum Freiburg
      de-vertrieb.txt | Markus Hoffmann | 3 | Key Account Manager | Brenner Maschinenbau AG | 2021-01 | 1 | Hochschule Reutlingen
      fr-chef-projet.txt | Camille Laurent | 2 | Chef de projet digital | Agence Horizon | 2019-01 | 2 | Université Lumière Lyon 2
      fr-infirmiere.txt | Élodie Marchand | 2 | Infirmière | CHU de Bordeaux | 2018-09 | 1 | IFSI de Bordeaux
      fr-commercial.txt | Thomas Girard | 2 | Commercial B2B | Vitrafenêtre | 2021-02 | 1 | IUT de Lyon
      es-desarrolladora.txt | Lucía Fernández | 2 | Desarrolladora Backend | Pagalia | 2020-01 | 1 | Universidad Politécnica de Valencia
      es-profesor.txt | Javier Morales | 2 | Profesor de Inglés | Colegio Montealto | 2017-09 | 2 | Universidad de Salamanca
      es-comercial.txt | Carmen Ruiz | 2 | Comercial | Distribuciones Guadalquivir | 2019-05 | 1 | Universidad de Sevilla
      """)
  void handWrittenTextResumesComeBack(String file, String name, int jobs, String position, String employer, String start,
      int schools, String school) throws IOException {
    byte[] text;
    try (InputStream in = getClass().getResourceAsStream("/importer-languages/" + file)) {
      text = in.readAllBytes();
    }
    Resume resume = IMPORTER.importFile(text, file).resume();
    String dump = new String(text, StandardCharsets.UTF_8) + "\n=> " + resume.work() + "\n" + resume.education();
    assertThat(resume.basics().name()).as(dump).isEqualTo(name);
    assertThat(resume.basics().email()).as(dump).isNotBlank();
    assertThat(resume.work()).as(dump).hasSize(jobs);
    Work first = resume.work().get(0);
    assertThat(first.position()).as(dump).isEqualTo(position);
    assertThat(first.name()).as(dump).isEqualTo(employer);
    assertThat(first.startDate()).as(dump).startsWith(start);
    assertThat(first.endDate()).as(dump).isNull();
    assertThat(resume.education()).as(dump).hasSize(schools);
    assertThat(resume.education().stream().map(Education::institution)).as(dump).contains(school);
    assertThat(resume.skills()).as(dump).isNotEmpty();
  }
}
