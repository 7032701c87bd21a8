package org.createyourresume.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.createyourresume.model.Work;
import org.junit.jupiter.api.Test;

/** Text copied from a web page or a browser-printed resume, as users paste or save it. */
class PlainTextImportTests {

  private static final ResumeImporter IMPORTER = ResumeImporter.create();

  @Test
  void indentedLinesAreTheBulletsABrowsersCopyDropsTheMarksOf() {
    String text = """
        Daniel Okafor
        daniel.okafor@example.com
        Work
        Senior Software Engineer
        Lakeshore Payments · Chicago, IL · 2021-03-01 — Present
        Highlights
            Designed the double-entry ledger service that settles 4 million card payments a day.
            Mentored five engineers; two now lead their own teams.
        """;
    ImportResult result = IMPORTER.importFile(text.getBytes(StandardCharsets.UTF_8), "resume.txt");
    Work job = result.resume().work().get(0);
    assertThat(job.position()).isEqualTo("Senior Software Engineer");
    assertThat(job.name()).isEqualTo("Lakeshore Payments");
    assertThat(job.location()).isEqualTo("Chicago, IL");
    assertThat(job.startDate()).startsWith("2021-03");
    assertThat(job.highlights()).containsExactly(
        "Designed the double-entry ledger service that settles 4 million card payments a day.",
        "Mentored five engineers; two now lead their own teams.");
    assertThat(job.summary()).isNull();
    assertThat(result.resume().basics().summary()).isNull();
  }

  @Test
  void aLabelInACellOfItsOwnNamesTheSkillGroupOrTheLanguageBesideIt() {
    String text = "Ann Smith\nann@example.com\nSkills\nSystems\tWindows 11, Intune\nPractices  Code review, Testing\n"
        + "Java  Go  SQL\nLanguages\nEnglish  Native\nIgbo\tConversational\n";
    ImportResult result = IMPORTER.importFile(text.getBytes(StandardCharsets.UTF_8), "resume.txt");
    assertThat(result.resume().skills().subList(0, 2)).extracting(s -> s.name(), s -> s.keywords()).containsExactly(
        org.assertj.core.groups.Tuple.tuple("Systems", List.of("Windows 11", "Intune")),
        org.assertj.core.groups.Tuple.tuple("Practices", List.of("Code review", "Testing")));
    // items set apart by gaps alone are not a label and its list
    assertThat(result.resume().skills().get(2).name()).isNotEqualTo("Java");
    assertThat(result.resume().languages()).extracting(l -> l.language(), l -> l.fluency()).containsExactly(
        org.assertj.core.groups.Tuple.tuple("English", "Native"),
        org.assertj.core.groups.Tuple.tuple("Igbo", "Conversational"));
  }

  @Test
  void aCertificateWhoseNameHoldsADashOrACommaKeepsItWholeAndTheIssuerIsTheLastPiece() {
    String text = "Ann Smith\nann@example.com\nCertificates\n"
        + "Cloud Practitioner - Associate — Northwind Cloud, 2022-05-01\n"
        + "Certified Associate, Java SE 8 Programmer, Contoso (Aug 2023)\n"
        + "ITIL 4 Foundation, AXELOS (Apr 2021)\n";
    ImportResult result = IMPORTER.importFile(text.getBytes(StandardCharsets.UTF_8), "resume.txt");
    assertThat(result.resume().certificates()).extracting(c -> c.name(), c -> c.issuer()).containsExactly(
        org.assertj.core.groups.Tuple.tuple("Cloud Practitioner - Associate", "Northwind Cloud"),
        org.assertj.core.groups.Tuple.tuple("Certified Associate, Java SE 8 Programmer", "Contoso"),
        org.assertj.core.groups.Tuple.tuple("ITIL 4 Foundation", "AXELOS"));
  }

  @Test
  void anAddressEndingInAHyphenIsFlaggedAsCutAtTheLineEnd() {
    String text = "Ann Smith\nann@example.com | linkedin.com/in/ann-\nsmith\nSkills\nJava, SQL\n";
    ImportResult result = IMPORTER.importFile(text.getBytes(StandardCharsets.UTF_8), "resume.txt");
    assertThat(result.resume().basics().profiles()).extracting(p -> p.url()).singleElement()
        .satisfies(url -> assertThat(url).endsWith("-"));
    assertThat(result.unsureFields()).contains("/basics/profiles/0/url");
  }

  @Test
  void aTextIndentedThroughoutHasNoListItemsFromItsIndentation() {
    String text = "  Ann Smith\n  ann@example.com\n  EXPERIENCE\n  Analyst, Acme Ltd   2020 – 2022\n  Built reports.\n";
    ImportResult result = IMPORTER.importFile(text.getBytes(StandardCharsets.UTF_8), "resume.txt");
    assertThat(result.resume().basics().name()).isEqualTo("Ann Smith");
    assertThat(result.resume().work().get(0).highlights()).isNullOrEmpty();
  }

  @Test
  void whatMayHaveBeenReadWrongIsFlaggedWhereItIs() {
    String text = """
        Ann Smith
        ann@example.com
        EXPERIENCE
        Northwind Traders   2020 – 2022
        Built the monthly sales report for 12 stores.
        Cut the close from five days to two.
        SKILLS
        Java Go SQL Python Kubernetes
        """;
    ImportResult result = IMPORTER.importFile(text.getBytes(StandardCharsets.UTF_8), "resume.txt");
    assertThat(result.unsureFields()).contains("/work/0/position", "/work/0/summary", "/skills/0");
    assertThat(result.warnings()).filteredOn(w -> w.pointer().equals("/skills/0")).singleElement()
        .satisfies(w -> assertThat(w.message()).contains("several skills read as one"));
    // the confidence model doubts the job as a whole: no title beside its employer
    assertThat(result.warnings()).filteredOn(w -> w.pointer().equals("/work/0")).singleElement()
        .satisfies(w -> {
          assertThat(w.code()).isEqualTo("import.low-confidence");
          assertThat(w.message()).startsWith("not sure of this job: one of its main fields is empty");
        });
  }

  @Test
  void aTitleAndEmployerOverALineOfDatesAloneStartTheNextJob() {
    String text = """
        Maria Lopez
        maria.lopez@example.com
        EXPERIENCE
        Senior Data Analyst
        Northwind Traders
        Mar 2021 – Present
        - Built weekly sales dashboards used by 40 managers.

        Data Analyst
        Contoso Retail
        Jan 2018 – Feb 2021
        - Cleaned and merged five regional sales databases.
        """;
    ImportResult result = IMPORTER.importFile(text.getBytes(StandardCharsets.UTF_8), "resume.txt");
    List<Work> jobs = result.resume().work();
    assertThat(jobs).hasSize(2);
    assertThat(jobs.get(0).summary()).as("the next job's title is no description").isNull();
    assertThat(jobs.get(1).position()).isEqualTo("Data Analyst");
    assertThat(jobs.get(1).name()).isEqualTo("Contoso Retail");
    assertThat(jobs.get(1).startDate()).isEqualTo("2018-01");
    assertThat(result.unsureFields()).noneMatch(f -> f.startsWith("/work"));
  }

  @Test
  void aOneWordEmployerBesideTheDatesUnderATitleIsKept() {
    String text = """
        Maria Lopez
        maria.lopez@example.com
        EXPERIENCE
        Senior Data Analyst
        Pagalia | Jan 2020 – Present
        - Built weekly sales dashboards used by 40 managers.
        """;
    Work job = IMPORTER.importFile(text.getBytes(StandardCharsets.UTF_8), "resume.txt").resume().work().get(0);
    assertThat(job.name()).isEqualTo("Pagalia");
    assertThat(job.position()).isEqualTo("Senior Data Analyst");
    assertThat(job.startDate()).isEqualTo("2020-01");
  }

  @Test
  void aScannedResumeKeepsItsEntriesWholeAcrossThePageBreakAndItsFooterOutOfThem() {
    String text = """
        JANE ROE
        Analyst
        London | jane.roe@example.com
        EXPERIENCE
        Senior Analyst at Northwind Ltd                 March 2021 - Present
        Leeds
        e Built the monthly sales report in SQL and
        quarterly forecasts in Python.
        e Trained two analysts.

        Jane Roe - Curriculum Vitae                      Page 1 of 2

        JANE ROE
        e Moved the reports to a shared warehouse.

        Analyst at Contoso Retail                       June 2017 - February 2021
        York
        e Cleaned five regional sales databases.

        Jane Roe - Curriculum Vitae                      Page 2 of 2
        """;
    ImportResult result = IMPORTER.importFile(text.getBytes(StandardCharsets.UTF_8), "resume.txt");
    List<Work> jobs = result.resume().work();
    assertThat(jobs).extracting(Work::name, Work::position, Work::location).containsExactly(
        org.assertj.core.groups.Tuple.tuple("Northwind Ltd", "Senior Analyst", "Leeds"),
        org.assertj.core.groups.Tuple.tuple("Contoso Retail", "Analyst", "York"));
    assertThat(jobs.get(0).highlights()).containsExactly("Built the monthly sales report in SQL and quarterly forecasts in Python.",
        "Trained two analysts.", "Moved the reports to a shared warehouse.");
    assertThat(jobs).allMatch(j -> j.summary() == null);
    assertThat(result.resume().languages()).isNull();
    assertThat(result.resume().basics().name()).isEqualTo("Jane Roe");
  }

  @Test
  void aTitleAtItsEmployerOverALineOfDatesAndOneOfThePlaceIsSplitIntoThree() {
    String text = """
        Jane Roe
        jane.roe@example.com
        Professional Experience
        Staff Nurse at Avon Vale Hospital
        September 2018 – April 2021
        Bath
            Cared for eight patients a shift.
        Healthcare Assistant at Severn Care Home
        May 2016 – August 2018
        Bristol
            Supported residents with daily care.
        """;
    List<Work> jobs = IMPORTER.importFile(text.getBytes(StandardCharsets.UTF_8), "resume.txt").resume().work();
    assertThat(jobs).extracting(Work::name, Work::position, Work::location, Work::startDate).containsExactly(
        org.assertj.core.groups.Tuple.tuple("Avon Vale Hospital", "Staff Nurse", "Bath", "2018-09"),
        org.assertj.core.groups.Tuple.tuple("Severn Care Home", "Healthcare Assistant", "Bristol", "2016-05"));
  }

  @Test
  void aCityBeforeAStateCodeOrAfterADashIsThePlaceNotPartOfTheEmployer() {
    String text = """
        Jane Roe
        jane.roe@example.com
        Experience
        Mar. 2017 – Present  Senior Analyst
        Northwind Payments, Chicago, IL
            Built the ledger reports.
        Analyst
        Contoso Retail · Madison, WI · 2015-08-01 — 2017-05-01
            Cleaned sales data.
        Kaveri Analytics — Bengaluru
        Data Analyst, July 2012 - June 2015
            Wrote the SQL pipeline.
        """;
    List<Work> jobs = IMPORTER.importFile(text.getBytes(StandardCharsets.UTF_8), "resume.txt").resume().work();
    assertThat(jobs).extracting(Work::name, Work::location).containsExactly(
        org.assertj.core.groups.Tuple.tuple("Northwind Payments", "Chicago, IL"),
        org.assertj.core.groups.Tuple.tuple("Contoso Retail", "Madison, WI"),
        org.assertj.core.groups.Tuple.tuple("Kaveri Analytics", "Bengaluru"));
  }

  @Test
  void contactLabelsInCellsOfTheirOwnAreNoPartOfTheContactDetails() {
    String text = "Jane Roe\nAnalyst\nAddress\tLeeds, West Yorkshire, United Kingdom\nPhone\t07700 900418\n"
        + "E-mail  jane.roe@example.co.uk\nProfile\nAnalyst of support tickets.\n";
    var basics = IMPORTER.importFile(text.getBytes(StandardCharsets.UTF_8), "resume.txt").resume().basics();
    assertThat(basics.location().city()).isEqualTo("Leeds");
    assertThat(basics.phone()).isEqualTo("07700 900418");
    assertThat(basics.email()).isEqualTo("jane.roe@example.co.uk");
  }

  @Test
  void aCertificateOverALineOfItsIssuerAndDateKeepsTheNameFirst() {
    String text = "Jane Roe\njane.roe@example.com\nCertifications\nGoogle Data Analytics Professional Certificate\n"
        + "Google, March 2020\nAzure Data Fundamentals\nMicrosoft, September 2021\n";
    var certificates = IMPORTER.importFile(text.getBytes(StandardCharsets.UTF_8), "resume.txt").resume().certificates();
    assertThat(certificates).extracting(c -> c.name(), c -> c.issuer(), c -> c.date()).containsExactly(
        org.assertj.core.groups.Tuple.tuple("Google Data Analytics Professional Certificate", "Google", "2020-03"),
        org.assertj.core.groups.Tuple.tuple("Azure Data Fundamentals", "Microsoft", "2021-09"));
  }

  @Test
  void anEntryThatOpensWithItsDatesHasItsRoleThenItsEmployerUnderThem() {
    String text = """
        Jane Roe
        jane.roe@example.com
        Employment
        May 2024 – Jul 2024
        Software Development Intern
        Trackwise Logistics
            Built a dashboard for delivery exceptions.
        Education
        Jul 2020 – May 2024
        Northgate Institute of Technology
        B.Tech, Computer Science and Engineering
        """;
    var resume = IMPORTER.importFile(text.getBytes(StandardCharsets.UTF_8), "resume.txt").resume();
    Work job = resume.work().get(0);
    assertThat(job.position()).isEqualTo("Software Development Intern");
    assertThat(job.name()).isEqualTo("Trackwise Logistics");
    assertThat(job.startDate()).isEqualTo("2024-05");
    assertThat(job.summary()).isNull();
    assertThat(resume.education().get(0).institution()).isEqualTo("Northgate Institute of Technology");
    assertThat(resume.education().get(0).studyType()).isEqualTo("B.Tech");
  }

  @Test
  void aTextThatOpensWithItsSidebarFindsTheNameWhereTheMainColumnStarts() {
    String text = """
        Contact
        jane.roe@example.com
        Certificates
        Professional Scrum Master I (2016)
        Jane Roe
        Engineering Manager
        Profile
        Manager of engineers for ten years.
        """;
    var resume = IMPORTER.importFile(text.getBytes(StandardCharsets.UTF_8), "resume.txt").resume();
    assertThat(resume.basics().name()).isEqualTo("Jane Roe");
    assertThat(resume.basics().label()).isEqualTo("Engineering Manager");
    assertThat(resume.certificates()).extracting(c -> c.issuer()).containsOnlyNulls();
  }
  @Test
  void aCertificateNameWithALevelAfterADashOrANumberedPieceKeepsThemAndTheIssuerIsTheLastPieceOnly() {
    String text = """
        Jane Roe
        jane.roe@example.com
        Certificates
        Cloud Solutions Architect - Associate, Northwind Cloud
        2022
        Teaching Licence, Physics 6-12, Lakeview Education Board (Jul 2016)
        Certified Associate, Java SE 8 Programmer (2023)
        """;
    var certificates = IMPORTER.importFile(text.getBytes(StandardCharsets.UTF_8), "resume.txt").resume().certificates();
    assertThat(certificates).extracting(c -> c.name(), c -> c.issuer(), c -> c.date()).containsExactly(
        org.assertj.core.groups.Tuple.tuple("Cloud Solutions Architect - Associate", "Northwind Cloud", "2022"),
        org.assertj.core.groups.Tuple.tuple("Teaching Licence, Physics 6-12", "Lakeview Education Board", "2016-07"),
        org.assertj.core.groups.Tuple.tuple("Certified Associate, Java SE 8 Programmer", null, "2023"));
  }

  @Test
  void undatedProjectsEachStartAtTheirTitleAndTheLineOfItemsUnderThemIsTheirKeywords() {
    String text = """
        Jane Roe
        jane.roe@example.com
        Projects
        Library Seat Finder
        Web app that shows free seats in the campus library, used by 800 students.
        Vue, Flask, SQLite
        Bird Song Recogniser
        Model that names 20 local birds from a phone recording.
        Python, PyTorch
        Skills
        Java, Python
        """;
    var projects = IMPORTER.importFile(text.getBytes(StandardCharsets.UTF_8), "resume.txt").resume().projects();
    assertThat(projects).extracting(p -> p.name()).containsExactly("Library Seat Finder", "Bird Song Recogniser");
    assertThat(projects.get(0).description())
        .isEqualTo("Web app that shows free seats in the campus library, used by 800 students.");
    assertThat(projects.get(0).keywords()).containsExactly("Vue", "Flask", "SQLite");
    assertThat(projects.get(1).keywords()).containsExactly("Python", "PyTorch");
    assertThat(projects.get(1).roles()).isNull();
  }
  @Test
  void anEmployerItsPlaceAndTheTitleEachOnALineOverTheDatesAreOneJob() {
    String text = """
        Jane Roe
        jane.roe@example.com
        Experience
        Harbour Freight Systems
        Duluth, MN
        Platform Engineer
        Apr. 2020 - Present
            Moved the billing jobs to a queue.
        Pinecone Analytics
        Fargo, ND
        Junior Developer
        Jun. 2017 - Mar. 2020
            Kept the reporting service running.
        Languages
        English
        Native
        Somali
        Conversational
        """;
    var resume = IMPORTER.importFile(text.getBytes(StandardCharsets.UTF_8), "resume.txt").resume();
    assertThat(resume.work()).extracting(Work::name, Work::location, Work::position, Work::startDate).containsExactly(
        org.assertj.core.groups.Tuple.tuple("Harbour Freight Systems", "Duluth, MN", "Platform Engineer", "2020-04"),
        org.assertj.core.groups.Tuple.tuple("Pinecone Analytics", "Fargo, ND", "Junior Developer", "2017-06"));
    assertThat(resume.work().get(1).highlights()).containsExactly("Kept the reporting service running.");
    assertThat(resume.languages()).extracting(l -> l.language() + " / " + l.fluency())
        .containsExactly("English / Native", "Somali / Conversational");
  }
  @Test
  void aMonogramOnALineOfItsOwnOverTheNameIsNotTheName() {
    String text = """
        JR
        Jane Roe
        Registered Nurse
        jane.roe@example.com
        Experience
        Staff Nurse, Avon Vale Hospital   May 2021 – Present
        """;
    var basics = IMPORTER.importFile(text.getBytes(StandardCharsets.UTF_8), "resume.txt").resume().basics();
    assertThat(basics.name()).isEqualTo("Jane Roe");
    assertThat(basics.label()).isEqualTo("Registered Nurse");
  }
}
