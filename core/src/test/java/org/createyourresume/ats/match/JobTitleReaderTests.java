package org.createyourresume.ats.match;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The job title is the role's name alone, however the posting wraps it. */
class JobTitleReaderTests {

  @ParameterizedTest(name = "\"{0}\" → {1}")
  @CsvSource(delimiter = '|', textBlock = """
      We are looking for a Java Backend Developer to design, build and run our services.  | Java Backend Developer
      We're hiring: Data Analyst (Marketing Analytics)                                     | Data Analyst
      Engineering Manager, Payments Platform                                               | Engineering Manager
      Graduate Engineer Trainee (Software) – 2026 Batch                                    | Graduate Engineer Trainee
      Senior/Staff Frontend Engineer - Remote                                              | Frontend Engineer
      Data Engineer (m/f/d) – Hamburg or remote in Germany                                 | Data Engineer
      Hiring: Full Stack Developer @ Greenleaf (Seed stage, 8 people)                      | Full Stack Developer
      ANDROID DEVELOPER                                                                    | Android Developer
      Job Title: DevOps Engineer                                                           | DevOps Engineer
      Role: Cloud Architect · Azure · Hybrid – Manchester · Permanent                      | Cloud Architect
      Lecturer in Modern History (Teaching and Research)                                   | Lecturer in Modern History
      Walk-in Drive for Freshers – Customer Support Executive (International Voice Process) | Customer Support Executive
      Senior Software Engineer                                                             | Senior Software Engineer
      Urgent Opening for Trainee Software Engineer – Chennai – 0-1 years                 | Trainee Software Engineer
      Software Developer .NET / Angular (w/m/d)                                            | Software Developer
      SOC Analyst L2 (m/f/d) – Munich                                                      | SOC Analyst
      Data Analyst I                                                                       | Data Analyst
      HR Generalist (12-month FTC), Manchester                                             | HR Generalist
      """)
  void readsTheRoleNameAlone(String firstLine, String title) {
    assertThat(JobTitleReader.read(firstLine + "\n\nAbout us\nWe make things.\n")).isEqualTo(title);
  }

  @Test
  void skipsLinesThatAreNotTheRole() {
    assertThat(JobTitleReader.read("About the job\n\nMachine Learning Engineer (NLP) — Toronto, hybrid\n"))
        .isEqualTo("Machine Learning Engineer");
    assertThat(JobTitleReader.read("Senior/Staff level. Fully remote.\n\nFrontend Engineer\n")).isEqualTo("Frontend Engineer");
  }

  @Test
  void noRoleGivesNoTitle() {
    assertThat(JobTitleReader.read("Join our friendly team in Leeds.\nGreat benefits and free coffee.\n")).isNull();
  }
}
