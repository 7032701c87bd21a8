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
      MCSA will be an added advantage.          | Microsoft Certified Solutions Associate. | MCSA
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
  void listedItemsCalledSkillsAreKeptInLowerCaseWithoutTheirVerbOrSetting() {
    JobMatch m = match("- Built APIs.\n", """
        Community Nurse

        Requirements
        - Experience of stoma care in a community setting
        - Performing ear irrigation
        - Wound assessment and pressure ulcer prevention skills
        - Experience in a fast-paced environment
        - Strong programming skills in Python
        - Good subject knowledge
        - 3 years of experience, at least 2 in a similar post
        """);
    List<String> missing = names(m.missing()).stream().map(n -> n.toLowerCase(java.util.Locale.ROOT)).toList();
    assertThat(missing).contains("stoma care", "ear irrigation", "wound assessment", "pressure ulcer prevention", "python");
    assertThat(missing).doesNotContain("fast-paced environment", "programming", "subject", "at least", "community setting");
  }

  @Test
  void proseNamesASkillAfterACue() {
    JobMatch m = match("- Built APIs.\n", """
        Conference Producer

        About you
        You will have substantial experience in venue sourcing, ideally for a charity. Knowledge of box office systems would be desirable.
        """);
    Keyword venue = m.missing().stream().filter(k -> k.name().equalsIgnoreCase("venue sourcing")).findFirst().orElseThrow();
    assertThat(venue.importance()).isEqualTo(Importance.REQUIRED);
    Keyword boxOffice = m.missing().stream().filter(k -> k.name().equalsIgnoreCase("box office systems")).findFirst().orElseThrow();
    assertThat(boxOffice.importance()).isEqualTo(Importance.PREFERRED);
    assertThat(names(m.missing())).noneMatch(n -> n.equalsIgnoreCase("charity"));
  }

  @Test
  void theTailOfAVocabularyNameIsNoProductOfItsOwn() {
    JobMatch m = match("- Built APIs.\n", "Support Engineer\nRequirements:\n- Active Directory and Microsoft 365\n");
    assertThat(names(m.missing())).contains("Active Directory", "Microsoft 365").doesNotContain("Directory", "Microsoft");
  }

  @Test
  void anExtraThatIsNotRequiredIsStillAnExtra() {
    JobMatch m = match("- Built APIs.\n", """
        Support Technician
        You must know Windows 11. Scripting in PowerShell is preferred but not required.
        Ansible is not required.
        """);
    Keyword powershell = m.missing().stream().filter(k -> k.name().equals("PowerShell")).findFirst().orElseThrow();
    assertThat(powershell.importance()).isEqualTo(Importance.PREFERRED);
    assertThat(names(m.missing())).doesNotContain("Ansible");
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

  private static Keyword keyword(JobMatch m, String name) {
    return java.util.stream.Stream.concat(m.matched().stream(), m.missing().stream())
        .filter(k -> k.name().equals(name)).findFirst().orElse(null);
  }

  @Test
  void theTitleOfAProsePostingIsTheRoleAlone() {
    JobMatch m = match("- Built APIs.\n", """
        About the job

        We are looking for a Java Backend Developer to design, build and run the services behind our checkout. \
        You will work with Kafka and PostgreSQL every day.
        """);
    assertThat(m.jobTitle()).isEqualTo("Java Backend Developer");
    assertThat(names(m.missing())).contains("Java Backend Developer").doesNotContain("Java Backend Developer to design");
  }

  static final String KAFKA_POSTING = """
      Java Backend Developer

      %s
      - Kafka
      - PostgreSQL
      - Hibernate
      - Kubernetes

      %s
      - GraphQL
      - gRPC
      - Kotlin
      """;

  @ParameterizedTest(name = "\"{0}\" outranks \"{1}\"")
  @CsvSource(delimiter = '|', textBlock = """
      Requirements               | Nice to have
      What we are looking for    | Desirable
      Essential                  | Preferred qualifications
      Minimum qualifications:    | Good to have
      Skills required            | Bonus points if
      Who can apply              | A plus
      Eligibility                | Nice to have:
      """)
  void everyRequiredSkillOutranksEveryPreferredOne(String required, String preferred) {
    JobMatch m = match("- Wrote services in Java.\n", KAFKA_POSTING.formatted(required, preferred));
    List<String> missing = names(m.missing());
    for (String r : List.of("Kafka", "PostgreSQL", "Hibernate", "Kubernetes")) {
      assertThat(keyword(m, r).importance()).as(r).isEqualTo(Importance.REQUIRED);
      for (String p : List.of("GraphQL", "gRPC", "Kotlin")) {
        assertThat(keyword(m, p).importance()).as(p).isEqualTo(Importance.PREFERRED);
        assertThat(missing.indexOf(r)).as(r + " above " + p).isLessThan(missing.indexOf(p));
      }
    }
  }

  @Test
  void inlineLabelsAndDutiesSetImportance() {
    JobMatch m = match("- Wrote services in Java.\n", """
        Backend Developer
        Requirements: Kafka, PostgreSQL and Hibernate.
        Nice to have: GraphQL, gRPC.
        What you will do
        - Run our services on Kubernetes
        """);
    assertThat(keyword(m, "Kafka").importance()).isEqualTo(Importance.REQUIRED);
    assertThat(keyword(m, "Hibernate").importance()).isEqualTo(Importance.REQUIRED);
    assertThat(keyword(m, "gRPC").importance()).isEqualTo(Importance.PREFERRED);
    assertThat(keyword(m, "Kubernetes").importance()).isEqualTo(Importance.MENTIONED);
    // duties weigh between the two
    assertThat(keyword(m, "Kubernetes").weight()).isLessThan(keyword(m, "Kafka").weight())
        .isGreaterThan(keyword(m, "gRPC").weight());
  }

  @Test
  void aPreferredSkillNamedAgainInTheDutiesStaysBelowTheRequiredOnes() {
    JobMatch m = match("- Wrote services in Java.\n", """
        Backend Developer
        What you will do
        - Build APIs, some of them in GraphQL
        Requirements
        - Kafka and PostgreSQL
        Nice to have
        - GraphQL
        """);
    List<String> missing = names(m.missing());
    assertThat(missing.indexOf("Kafka")).isLessThan(missing.indexOf("GraphQL"));
    assertThat(missing.indexOf("PostgreSQL")).isLessThan(missing.indexOf("GraphQL"));
  }

  @ParameterizedTest(name = "\"{0}\" → {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Manage laptops with Intune.                                  | Intune
      Support Windows 10/11 desktops.                              | Windows 10/11
      Troubleshoot DNS and DHCP.                                   | DHCP
      Proven people management of engineers.                       | People management
      You will own hiring for the team.                            | Hiring
      8 years of experience in backend development.                | 8+ years of experience
      At least 8 years in software engineering.                    | 8+ years of experience
      Three or more years implementing ERP systems.                | 3+ years of experience
      A Master's degree in Statistics.                             | Master's degree
      MSc in Data Science or similar.                              | Master's degree
      Background in payments.                                      | Payments
      Set quarterly OKRs with the team.                            | OKRs
      A completed internship in software development.              | Internship
      Reporting in Google Analytics 4.                             | Google Analytics 4
      Build attribution models for paid channels.                  | Attribution modelling
      3+ years of B2B sales.                                       | 3+ years of experience
      2 years of outpatient coding.                                | 2+ years of experience
      1+ years on a service desk.                                  | 1+ years of experience
      Solid grasp of distributed systems.                          | Distributed systems
      Strong inventory control.                                    | Inventory management
      Route planning with the traffic office.                      | Route planning
      Advanced Excel and financial modeling.                       | Financial modelling
      Covers, catalogues and icons in Illustrator and InDesign.    | Illustrator
      """)
  void recognisesWhatPostingsAskFor(String sentence, String keyword) {
    JobMatch m = match("- Wrote services in Java.\n", "Requirements\n" + sentence + "\n");
    assertThat(keyword(m, keyword)).as(names(m.missing()) + " " + names(m.matched())).isNotNull();
  }

  @Test
  void skillsTheVocabularyLacksAreFoundWhenThePostingMakesThemProminent() {
    JobMatch m = match("- Wrote services in Java.\n", """
        Platform Engineer
        What you will do
        - Provision infrastructure with Pulumi
        - Keep Backstage up to date for 40 teams
        Requirements
        - Experience with Crossplane in production
        - Vault
        We also use Zorblat daily.
        """);
    assertThat(names(m.missing())).contains("Pulumi", "Backstage", "Crossplane", "Vault");
    assertThat(keyword(m, "Crossplane").importance()).isEqualTo(Importance.REQUIRED);
    assertThat(keyword(m, "Pulumi").importance()).isEqualTo(Importance.MENTIONED);
  }

  @Test
  void aLabelEndingInEssentialOrDesirableSaysWhichPart() {
    JobMatch m = match("- Wrote services in Java.\n", """
        Specialty Registrar
        Qualifications – Essential: full GMC registration; MRCP (UK).
        Experience - desirable: Kafka.
        """);
    assertThat(keyword(m, "MRCP").importance()).isEqualTo(Importance.REQUIRED);
    assertThat(keyword(m, "Kafka").importance()).isEqualTo(Importance.PREFERRED);
  }

  @Test
  void namesThatAreAlsoWordsCountAsListItems() {
    JobMatch m = match("- Wrote services in Java.\n", """
        Embedded Engineer
        Requirements
        - C and C++
        Good to have: Python for test tooling; Rust.
        We move fast. Go to our site for more.
        """);
    assertThat(keyword(m, "Rust").importance()).isEqualTo(Importance.PREFERRED);
    assertThat(keyword(m, "Go")).isNull();
  }

  @Test
  void aGermanCompoundMeetsItsParts() {
    JobMatch m = match("""
        Projektmanagementerfahrung in Kundenprojekten
        Datenbankentwicklung mit PostgreSQL
        """, """
        Wir suchen einen Datenbankentwickler (m/w/d). Ihr Profil: Sie haben Erfahrung mit Datenbanken und im
        Projektmanagement und sehr gute Kenntnisse in PostgreSQL. Wir bieten ein gutes Gehalt und einen Arbeitsplatz in Berlin.
        """);
    assertThat(m.language()).isEqualTo("de");
    assertThat(names(m.matched())).contains("Databases", "Project management", "PostgreSQL");
  }

  @Test
  void spokenLanguagesAreRequirementsOfTheirOwnKind() {
    JobMatch m = match("- Wrote services in Java.\nLANGUAGES\nEnglish, Spanish\n", """
        Medical Receptionist
        Requirements
        - Excellent communication in English
        Fluency in Portuguese would be a plus.
        """);
    assertThat(keyword(m, "English").kind()).isEqualTo(KeywordKind.LANGUAGE);
    assertThat(keyword(m, "English").matched()).isTrue();
    assertThat(keyword(m, "Portuguese").importance()).isEqualTo(Importance.PREFERRED);
    assertThat(keyword(m, "Portuguese").suggestion()).startsWith("a Languages section");
  }

  @Test
  void credentialsAreNamedWithoutTheirQualifiersOrPlace() {
    JobMatch m = match("- Cared for 20 patients a shift.\n", """
        Home Health Nurse
        What we require
        - Active Ohio RN license
        - Valid North Carolina journeyman electrician license
        - Valid state school psychologist certification
        - B.Pharm with valid pharmacist registration
        - CCRC certification
        """);
    assertThat(keyword(m, "RN license").kind()).isEqualTo(KeywordKind.CERTIFICATION);
    assertThat(keyword(m, "RN license").importance()).isEqualTo(Importance.REQUIRED);
    assertThat(names(m.missing())).contains("journeyman electrician license", "school psychologist certification",
        "pharmacist registration", "CCRC").doesNotContain("Ohio", "North Carolina", "CCRC certification");
  }

  @Test
  void yearsMarkedRequiredOnABoardThatMarksEachItemAreAskedFor() {
    JobMatch m = match("- Wrote services in Java.\n", """
        Warehouse Lead
        Benefits:
        - Dental insurance
        Warehouse supervision: 2 years (Required)
        """);
    assertThat(keyword(m, "2+ years of experience")).isNotNull();
    assertThat(keyword(m, "2+ years of experience").importance()).isEqualTo(Importance.REQUIRED);
  }

  @Test
  void aRegistrationWithABodyIsNamedForTheBodyAndQualifiersGoFromTheEnd() {
    JobMatch m = match("- Cared for 20 patients a shift.\n", """
        Staff Nurse
        About you
        - Current registration with NMBI as a nurse
        - HVAC industry knowledge
        - CTET qualified
        - CRC credential
        - IV cannulation accreditation
        """);
    assertThat(keyword(m, "NMBI registration").kind()).isEqualTo(KeywordKind.CERTIFICATION);
    assertThat(names(m.missing())).contains("HVAC", "CTET", "CRC", "Cannulation")
        .doesNotContain("HVAC industry", "CTET qualified", "CRC credential");
  }

  @Test
  void anItemOfShortNamesInLowerCaseIsAListOfThem() {
    JobMatch m = match("- Wrote services in Java.\n", """
        Medical Coder
        Requirements
        - Solid medical terminology and anatomy
        - Comfortable with smart class / digital teaching tools
        - Must be able to work shifts and weekends at short notice
        """);
    assertThat(names(m.missing())).contains("Medical terminology", "anatomy", "smart class")
        .doesNotContain("shifts", "weekends");
  }

  @Test
  void aBoardsParticularsAndTagsAreNoSkills() {
    JobMatch m = matcher.match(parser.parseText("Sam Doe\nsam@example.com\n"), 0, """
        Full Stack Developer
        Requirements
        - Angular and Node.js
        - 3+ years in a studio or agency
        Industry Type: IT Services & Consulting
        Employment Type: Full Time, Permanent
        Work Location: In person
        Language:
        - Spanish (Preferred)
        #hiring #fullstack #remotejobs
        """);
    assertThat(names(m.missing())).contains("Angular", "Node.js", "Spanish")
        .doesNotContain("Consulting", "Permanent", "Type", "Location", "Work Location", "Hiring", "agency", "studio");
    assertThat(keyword(m, "Spanish").importance()).isEqualTo(Importance.PREFERRED);
  }

  @Test
  void aRomanNumeralAfterTheRoleIsAGradeNotASkill() {
    JobMatch m = match("- Wrote services in Java.\n", """
        Network Engineer II
        We need a Network Engineer II who knows BGP and OSPF.
        """);
    assertThat(names(m.missing())).doesNotContain("II");
  }

  @Test
  void aSkillWhoseStemIsAnOrdinaryWordMatchesOnlyAsWritten() {
    JobMatch m = match("- Wrote services in Java.\n", """
        Infection Prevention Nurse
        Requirements
        - Infection control and quality control audits
        """);
    assertThat(names(m.missing())).doesNotContain("Controlling");
  }

  @Test
  void gcpIsGoodClinicalPracticeInAClinicalPostingAndGoogleCloudElsewhere() {
    JobMatch clinical = match("- Trained site staff in GCP.\n", """
        Clinical Trials Assistant
        Requirements
        - GCP training
        - Experience supporting clinical trials
        """);
    assertThat(names(clinical.matched())).contains("Good Clinical Practice").doesNotContain("Google Cloud");
    assertThat(names(clinical.missing())).doesNotContain("Google Cloud");
    JobMatch cloud = match("- Ran 30 services on GCP.\n", """
        Platform Engineer
        Requirements
        - GCP or AWS in production
        """);
    assertThat(names(cloud.matched())).contains("Google Cloud").doesNotContain("Good Clinical Practice");
  }

  @Test
  void toolsAreNamedByTheWorkDoneInThemAndBesideACuedTool() {
    JobMatch m = match("- Built APIs.\n", """
        UX Researcher
        What you'll do
        - Tag interview notes in Dovetail
        - Meet our squads in Frankfurt
        What you bring
        - Hands-on with ticketing systems such as Zendesk
        - Knowledge of ISO 27001
        Experience with Terraform or Crossplane would be a bonus. Experience with Epic Bridges is a plus.
        """);
    assertThat(keyword(m, "Dovetail").importance()).isEqualTo(Importance.MENTIONED);
    assertThat(keyword(m, "Frankfurt")).isNull();
    assertThat(keyword(m, "ticketing systems").importance()).isEqualTo(Importance.REQUIRED);
    assertThat(keyword(m, "ISO 27001")).isNotNull();
    assertThat(keyword(m, "Crossplane").importance()).isEqualTo(Importance.PREFERRED);
    assertThat(keyword(m, "Epic Bridges").importance()).isEqualTo(Importance.PREFERRED);
  }

  @Test
  void aHeadingThatSaysItHelpsAnnouncesExtras() {
    JobMatch m = match("- Built APIs.\n", """
        Freight Forwarding Coordinator
        What we require
        - Incoterms
        It helps if you have
        - CargoWise
        """);
    assertThat(keyword(m, "Incoterms").importance()).isEqualTo(Importance.REQUIRED);
    assertThat(keyword(m, "CargoWise").importance()).isEqualTo(Importance.PREFERRED);
  }

  @Test
  void translatedNamesOfCommonSkillsMeetTheVocabulary() {
    JobMatch es = match("- Wrote services in Java.\n", """
        Contable y técnico/a de soporte
        Requisitos
        - Colegiación en vigor
        - Experiencia en soporte técnico, redes y redes sociales
        - Preparación del cierre contable y de las declaraciones de impuestos
        - Manejo de A3
        """);
    assertThat(es.language()).isEqualTo("es");
    assertThat(names(es.missing())).contains("Professional registration", "Help desk", "Networking", "Social media",
        "Financial close", "Tax compliance", "A3");
    JobMatch fr = match("- Wrote services in Java.\n", """
        Profil recherché
        - Une expérience en logistique et en recrutement
        - Le goût de la pédagogie et des mathématiques
        - La connaissance de GLPI et du support informatique
        Les petits plus
        - Docker
        """);
    assertThat(names(fr.missing())).contains("Logistics", "Hiring", "Teaching", "Mathematics", "GLPI", "Help desk");
    assertThat(keyword(fr, "Docker").importance()).isEqualTo(Importance.PREFERRED);
    JobMatch de = match("- Wrote services in Java.\n", """
        Ihr Profil
        - Ausbildung als examinierte Pflegefachkraft
        - Erfahrung mit Telematik in der Logistik
        Idealerweise bringst du mit
        - Weiterbildung zur Praxisanleitung
        - Erfahrung in der Intensivpflege
        """);
    assertThat(keyword(de, "Nursing licence").importance()).isEqualTo(Importance.REQUIRED);
    assertThat(names(de.missing())).contains("Telematics", "Logistics");
    assertThat(keyword(de, "Practical instructor").importance()).isEqualTo(Importance.PREFERRED);
    assertThat(keyword(de, "Critical care").importance()).isEqualTo(Importance.PREFERRED);
  }

  @Test
  void namesBetweenBareSlashesAreEachAnItem() {
    JobMatch m = match("- Wrote services in Java.\n", """
        Requirements
        Mandatory skills: Quarkus/Vert.x/Hazelcast Jet/Camunda
        """);
    assertThat(names(m.missing())).contains("Vert.x", "Hazelcast Jet", "Camunda");
  }

  @Test
  void aBoardsLineOfYearsPerSkillNamesTheSkillAndKeepsItsMark() {
    JobMatch m = match("- Wrote services in Java.\n", """
        Experience:
        - Pallet racking: 2 years (Required)
        - Hazmat handling: 1 year (Preferred)
        """);
    assertThat(keyword(m, "Pallet racking").importance()).isEqualTo(Importance.REQUIRED);
    assertThat(keyword(m, "Hazmat handling").importance()).isEqualTo(Importance.PREFERRED);
  }

  @Test
  void yearsWrittenInWordsAndFiguresCount() {
    JobMatch m = match("- Wrote services in Java.\n", """
        Minimum Qualifications
        Nine (9) years of experience in facilities management
        """);
    assertThat(names(m.missing())).contains("9+ years of experience");
  }

  @Test
  void aRegistrationAsAProfessionWithABodyIsThatBodysRegistration() {
    JobMatch m = match("- Wrote services in Java.\n", """
        Essential
        - Current registration as a Dietitian with the ZDB.
        """);
    assertThat(names(m.missing())).contains("ZDB registration");
  }

  @Test
  void proseOutsideTheRequirementsStillAsksInItsOwnWords() {
    JobMatch m = match("- Wrote services in Java.\n", """
        Ops Analyst

        You will join a small team. Experience with demand forecasting would be a real plus, as would a working knowledge of inventory theory.
        """);
    assertThat(keyword(m, "Forecasting").importance()).isEqualTo(Importance.PREFERRED);
    assertThat(keyword(m, "inventory theory").importance()).isEqualTo(Importance.PREFERRED);
  }

  @Test
  void whatTheCandidateDidBeforeNamesTheSkill() {
    JobMatch m = match("- Wrote services in Java.\n", """
        What you bring
        - A background in actuarial science — you can read a loss triangle
        Bonus
        - Experience selling lab equipment into universities
        - You have worked in insurtech or banking
        """);
    assertThat(names(m.missing())).contains("actuarial science");
    assertThat(keyword(m, "lab equipment").importance()).isEqualTo(Importance.PREFERRED);
    assertThat(keyword(m, "insurtech").importance()).isEqualTo(Importance.PREFERRED);
  }

  @Test
  void aDrivingLicenceIsNoDegreeAndABoardsAssociateIsOne() {
    JobMatch driving = match("- Wrote services in Java.\n", """
        Requirements
        - A PhD in hydrology
        - A full driving licence
        """);
    assertThat(names(driving.missing())).contains("PhD or doctorate").doesNotContain("Bachelor's degree");
    JobMatch board = match("- Wrote services in Java.\n", """
        Education:
        - Associate (Required)
        """);
    assertThat(names(board.missing())).contains("Associate degree");
  }

  @Test
  void anItemEndsWhereItsMarkBeginsAndARecordOfNamesTheSkill() {
    JobMatch m = match("- Wrote services in Java.\n", """
        You will have
        - 9+ years of field sales experience with a record of pipeline coverage (tell us your numbers for the last two years)
        - Forklift licence; reach truck experience strongly preferred but trainees are welcome
        """);
    assertThat(names(m.missing())).contains("pipeline coverage", "9+ years of experience").doesNotContain("Bachelor's degree");
    assertThat(keyword(m, "reach truck").importance()).isEqualTo(Importance.PREFERRED);
  }

  @Test
  void aPermitNamedByTheWordBeforeItAndABritishStandardAreNoDegree() {
    JobMatch m = match("- Wrote services in Java.\n", """
        Requirements
        - 18th Edition (BS 7671:2018)
        - If you hold a counterbalance licence, tell us
        """);
    assertThat(names(m.missing())).doesNotContain("Bachelor's degree");
    JobMatch french = match("- Wrote services in Java.\n", "Profil\nTitulaire d'une licence en gestion.\n");
    assertThat(names(french.missing())).contains("Bachelor's degree");
  }

  @Test
  void theLastSchoolYearByItsNumberAndAnIndianGraduateAreLevels() {
    JobMatch school = match("- Wrote services in Java.\n", "Candidate Requirements\n- 12th pass or any graduate (freshers welcome)\n");
    assertThat(names(school.missing())).contains("High school diploma").doesNotContain("Bachelor's degree");
    JobMatch graduate = match("- Wrote services in Java.\n", "Eligibility Criteria\n- Graduate in English with B.Ed (mandatory)\n");
    assertThat(names(graduate.missing())).contains("Bachelor's degree");
    JobMatch postGraduate = match("- Wrote services in Java.\n", "Eligibility\n- Post Graduate in Chemistry with B.Ed\n");
    assertThat(names(postGraduate.missing())).doesNotContain("Bachelor's degree");
  }

  @Test
  void eachSentenceOfALabelledItemIsAnItem() {
    JobMatch m = match("- Wrote services in Java.\n", """
        Duties: Give medications as ordered.

        Preferred: IV certification. Long-term care experience. Ability to speak Spanish.
        """);
    assertThat(keyword(m, "Long-term care").importance()).isEqualTo(Importance.PREFERRED);
  }

  @Test
  void theCandidatesStandingTowardsAnItemAndItsGradeAreNotItsName() {
    JobMatch m = match("- Wrote services in Java.\n", """
        What will set you apart
        - Class A CDL
        - Qualified to perform DOT inspections
        - Working towards RA qualification
        """);
    assertThat(names(m.missing())).contains("CDL", "DOT inspections", "RA").doesNotContain("Class A CDL", "Qualified", "towards RA");
  }

  @Test
  void aLanguageNamedInAPlaceIsNoLanguageAsked() {
    JobMatch m = match("- Wrote services in Java.\n", """
        HR Executive
        Location: Coimbatore, Tamil Nadu

        Preferred Skills:
        - Ability to speak Tamil
        - Knowledge of labour laws
        """);
    assertThat(keyword(m, "Tamil").importance()).isEqualTo(Importance.PREFERRED);
    JobMatch asked = match("- Wrote services in Java.\n", "Requirements\n- Fluent English Communication Skills\n");
    assertThat(names(asked.missing())).contains("English");
  }

  @Test
  void anEntrysOwnNameIsThatEntryThoughAnotherListsItToo() {
    JobMatch m = match("- Wrote services in Java.\n", "Your profile\n- Sound knowledge of IFRS\n");
    assertThat(names(m.missing())).contains("IFRS");
  }

  @Test
  void thePersonSoughtIsTheCandidateAndAToolUsedIsATool() {
    JobMatch m = match("- Wrote services in Java.\n", """
        Product Manager

        We are looking for someone with at least 4 years of experience in product management. \
        It would be a plus if you have used Amplitude for product analytics.
        """);
    assertThat(keyword(m, "4+ years of experience")).isNotNull();
    assertThat(keyword(m, "Amplitude").importance()).isEqualTo(Importance.PREFERRED);
  }

  @Test
  void careGivenToSomethingIsASkillAndAFieldsExperienceIsShownAsAsked() {
    JobMatch m = match("- Wrote services in Java.\n", """
        Duties
        Perform wound care and document skin assessments. Provide compassionate care to residents.

        Bonus points for
        - Previous hotel experience
        """);
    assertThat(names(m.missing())).contains("wound care").doesNotContain("compassionate care");
    assertThat(keyword(m, "hotel").asWritten()).isEqualTo("hotel experience");
  }

  @Test
  void aQualificationKeepsTheGradeItIsHeldAt() {
    JobMatch m = match("- Wrote services in Java.\n", """
        What's needed:
        → Time-served electrician with NVQ Level 3 or equivalent qualification
        Licenses/Certifications: Grade II Water Treatment Operator certification issued by the State.

        Preferred Qualifications
        Grade III Water Treatment Operator certification.
        Wastewater treatment certification.
        """);
    assertThat(keyword(m, "NVQ Level 3").importance()).isEqualTo(Importance.REQUIRED);
    assertThat(keyword(m, "Grade II Water Treatment").importance()).isEqualTo(Importance.REQUIRED);
    assertThat(keyword(m, "Grade III Water Treatment").importance()).isEqualTo(Importance.PREFERRED);
  }

  @Test
  void workWrittenAsAVerbOnOneWordIsNamedAsItsNoun() {
    JobMatch m = match("- Wrote services in Java.\n", """
        Your Day-to-Day
        - Ring up sales on our POS system and handle cash, card and gift card payments
        - Strong drafting skills.
        """);
    assertThat(names(m.missing())).contains("cash handling").doesNotContain("skill drafting");
  }

  @Test
  void aPairOfNounsNamedAsOneStaysOneItem() {
    JobMatch m = match("- Wrote services in Java.\n", """
        What you need
        - Inspection and testing qualification (2391 or equivalent)
        - Quantity estimation and billing
        """);
    assertThat(names(m.missing())).contains("Inspection and testing", "Quantity estimation").doesNotContain("Inspection", "testing");
  }
}
