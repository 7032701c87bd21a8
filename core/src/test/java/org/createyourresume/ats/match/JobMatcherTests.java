package org.createyourresume.ats.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.createyourresume.ats.parse.ParsedResume;
import org.createyourresume.ats.parse.ResumeParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Job match: synonyms, acronyms, stems and phrases match; negated and unrelated words do not. */
class JobMatcherTests {

  private final JobMatcher matcher = new JobMatcher();
  private final ResumeParser parser = new ResumeParser();

  private JobMatch match(String resumeSkillsAndBullets, String posting) {
    ParsedResume resume = parser.parseText("""
        Robin Vale
        Software Engineer
        robin@example.com
        EXPERIENCE
        Acme Corp | Software Engineer | Jan 2018 – Present
        """ + resumeSkillsAndBullets);
    return matcher.match(resume, 6, posting);
  }

  private static List<String> names(List<Keyword> keywords) {
    return keywords.stream().map(Keyword::name).toList();
  }

  @ParameterizedTest(name = "posting \"{0}\" ~ resume \"{1}\" → {2}")
  @CsvSource(delimiter = '|', textBlock = """
      We need strong JS skills.                 | Built the checkout in JavaScript.        | JavaScript
      Experience with JavaScript.               | Wrote the UI in JS and TypeScript.       | JavaScript
      You run services on k8s.                  | Operated Kubernetes clusters.            | Kubernetes
      Kubernetes in production.                 | Ran 40 services on K8s.                  | Kubernetes
      Postgres or MySQL.                        | Tuned PostgreSQL queries.                | PostgreSQL
      C++ and C# developers welcome.            | Wrote C++ drivers.                       | C++
      Experience with CI/CD pipelines.          | Set up continuous integration for 9 teams.| CI/CD
      Knowledge of Amazon Web Services.         | Migrated 30 apps to AWS.                 | AWS
      Machine learning experience.              | Shipped ML models for fraud scoring.     | Machine learning
      Project management skills.                | Managed projects worth 2 million.       | Project management
      Stakeholder management.                   | Managed stakeholders across 3 countries. | Stakeholder management
      Strong leadership.                        | Led a team of 6.                         | Leadership
      Excellent communication.                  | Communicated roadmaps to 200 staff.      | Communication
      """)
  void synonymsAcronymsAndStemsMatch(String posting, String resumeLine, String keyword) {
    JobMatch m = match("- " + resumeLine + "\n", posting);
    assertThat(names(m.matched())).contains(keyword);
    assertThat(names(m.missing())).doesNotContain(keyword);
  }

  @ParameterizedTest(name = "posting \"{0}\" vs resume \"{1}\": no {2}")
  @CsvSource(delimiter = '|', textBlock = """
      Java developers wanted.                   | Built apps in JavaScript.                | Java
      JavaScript developers wanted.             | Built services in Java.                  | JavaScript
      Advanced Excel.                           | Excellent results with 9 clients.        | Excel
      Strong communication skills.              | Volunteered in the community for 3 years.| Communication
      Experience with Go.                       | Go-live planning for 5 launches.         | Go
      React experience.                         | Reacted to 30 incidents a month.         | React
      Kubernetes experience.                    | No experience with Kubernetes yet.       | Kubernetes
      """)
  void unrelatedOrNegatedWordsDoNotMatch(String posting, String resumeLine, String keyword) {
    JobMatch m = match("- " + resumeLine + "\n", posting);
    assertThat(names(m.matched())).doesNotContain(keyword);
  }

  @Test
  void negatedRequirementsAreNotRequirements() {
    JobMatch m = match("- Built APIs.\n", """
        Backend Engineer
        Requirements: Python and Docker.
        Experience with Kubernetes is not required.
        No Java needed.
        """);
    List<String> all = names(m.missing());
    assertThat(all).contains("Python", "Docker").doesNotContain("Kubernetes", "Java");
    assertThat(names(m.matched())).doesNotContain("Kubernetes", "Java");
  }

  @Test
  void readsTitleEducationYearsAndWeighsByEmphasis() {
    JobMatch m = match("- Built APIs in Python.\nEDUCATION\nState University | BSc Computer Science | 2010 – 2014\n", """
        Senior Software Engineer

        Requirements
        - 5+ years of experience with Python
        - Bachelor's degree in Computer Science
        - Terraform

        Nice to have
        - GraphQL
        """);
    assertThat(m.jobTitle()).isEqualTo("Senior Software Engineer");
    assertThat(names(m.matched())).contains("Python", "Bachelor's degree", "5+ years of experience");
    assertThat(names(m.missing())).contains("Senior Software Engineer", "Terraform", "GraphQL");
    Keyword terraform = m.missing().stream().filter(k -> k.name().equals("Terraform")).findFirst().orElseThrow();
    Keyword graphql = m.missing().stream().filter(k -> k.name().equals("GraphQL")).findFirst().orElseThrow();
    assertThat(terraform.weight()).isGreaterThan(graphql.weight());
    assertThat(terraform.suggestion()).startsWith("a new Skills section");
    assertThat(m.matchRate()).isBetween(1, 99);
  }

  @Test
  void missingKeywordsAreRankedStablyAndTheMatchIsDeterministic() {
    String posting = """
        Platform Engineer
        Requirements
        - Kubernetes, Terraform, Ansible, Helm, Prometheus and Grafana
        - Go or Python; Kafka is a plus
        - Strong communication and mentoring
        - AWS Certified Solutions Architect
        """;
    JobMatch first = match("- Ran Python services.\n", posting);
    for (int i = 0; i < 5; i++) {
      assertThat(match("- Ran Python services.\n", posting)).isEqualTo(first);
    }
    // equal weights fall back to the name, so the order never depends on hashing
    assertThat(names(first.missing())).containsSubsequence("Ansible", "Grafana", "Helm", "Kubernetes", "Prometheus", "Terraform");
    List<Keyword> required = first.missing().stream().filter(k -> k.importance() != Importance.PREFERRED).toList();
    assertThat(required.stream().map(Keyword::weight).toList()).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    assertThat(names(required)).endsWith("Communication", "Mentoring");
    // "Kafka is a plus" is preferred: listed after every required item, whatever its weight
    Keyword last = first.missing().get(first.missing().size() - 1);
    assertThat(last.name()).isEqualTo("Kafka");
    assertThat(last.importance()).isEqualTo(Importance.PREFERRED);
    // the clause before the semicolon keeps the heading's weight: Python stays required
    assertThat(first.matched()).filteredOn(k -> k.name().equals("Python"))
        .singleElement().extracting(Keyword::importance).isEqualTo(Importance.REQUIRED);
  }

  @Test
  void unlistedTermsStressedByThePostingAreRequirements() {
    JobMatch m = match("- Built QuickSight reports.\n",
        "BI Developer\nYou will own our QuickSight dashboards and SOX reporting. QuickSight and SOX experience is key. Navix is used too.\n");
    assertThat(names(m.matched())).contains("QuickSight");
    assertThat(names(m.missing())).contains("SOX").doesNotContain("Navix");
  }
}
