package org.createyourresume.importer.linkedin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.createyourresume.ats.AtsLimits;
import org.createyourresume.ats.extract.HostileFiles;
import org.createyourresume.importer.ImportException;
import org.createyourresume.importer.ImportFormat;
import org.createyourresume.importer.ImportResult;
import org.createyourresume.json.JsonResumeReader;
import org.createyourresume.json.JsonResumeWriter;
import org.createyourresume.json.ResumeValidator;
import org.createyourresume.model.Limits;
import org.createyourresume.model.Problem;
import org.createyourresume.model.Profile;
import org.createyourresume.model.Resume;
import org.createyourresume.model.Work;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class LinkedInExportReaderTests {

  private static final Duration BOUND = Duration.ofSeconds(10);

  private final LinkedInExportReader reader = new LinkedInExportReader(AtsLimits.DEFAULT);

  private static List<String> codes(ImportResult result) {
    return result.warnings().stream().map(Problem::code).toList();
  }

  private static Problem warning(ImportResult result, String code) {
    return result.warnings().stream().filter(p -> p.code().equals(code)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + code + " warning in " + result.warnings()));
  }

  /** The resume is one the renderer accepts: no validation error at all. */
  private static void assertValid(Resume resume) {
    List<Problem> errors = new ResumeValidator(Set.of(), Set.of(), Limits.DEFAULT).validate(resume)
        .stream().filter(Problem::isError).toList();
    assertThat(errors).isEmpty();
  }

  @Test
  void readsAWholeExportIntoEverySection() {
    ImportResult result = reader.read(Export.full().zip());
    Resume resume = result.resume();
    assertThat(result.format()).isEqualTo(ImportFormat.LINKEDIN);

    var basics = resume.basics();
    assertThat(basics.name()).isEqualTo("Ana Kovač");
    assertThat(basics.label()).isEqualTo("Backend Engineer · Kotlin, PostgreSQL");
    assertThat(basics.summary()).isEqualTo("I build payment systems that stay up.\nTen years of JVM services.");
    assertThat(basics.email()).isEqualTo("ana.kovac@example.com");
    assertThat(basics.phone()).isEqualTo("+385 91 555 0199");
    assertThat(basics.url()).isEqualTo("https://ana.dev");
    assertThat(basics.location().city()).isEqualTo("Zagreb");
    assertThat(basics.location().region()).isEqualTo("City of Zagreb");
    assertThat(basics.location().countryCode()).isEqualTo("HR");
    assertThat(basics.location().postalCode()).isEqualTo("10000");
    assertThat(basics.location().address()).isEqualTo("Savska 12");
    assertThat(basics.profileList())
        .extracting(Profile::network, Profile::username, Profile::url)
        .containsExactly(
            tuple("Company", null, "https://fintek.example"),
            tuple("GitHub", "anakovac", "https://github.com/anakovac"),
            tuple("X", "ana_builds", "https://x.com/ana_builds"));

    // newest first, whatever the file's order; an open end date is the current job
    assertThat(resume.workList())
        .extracting(Work::name, Work::position, Work::startDate, Work::endDate)
        .containsExactly(
            tuple("Fintek", "Senior Backend Engineer", "2021-03", null),
            tuple("Oblak d.o.o.", "Backend Developer", "2018-01", "2021-02"),
            tuple("Mlin Labs", "Junior Developer", "2014-09", "2017-12"));
    Work fintek = resume.workList().get(0);
    assertThat(fintek.summary()).isEqualTo("Payments platform for 40 banks.");
    assertThat(fintek.highlightList()).containsExactly(
        "Cut settlement time from 2 days to 4 hours", "Led a team of 5", "Moved 30 services to Kotlin");
    assertThat(fintek.location()).isEqualTo("Zagreb, Croatia");
    assertThat(resume.workList().get(1).summary()).isNull();
    assertThat(resume.workList().get(1).highlightList())
        .containsExactly("Built the order API.", "Introduced contract tests.");
    assertThat(resume.workList().get(2).summary()).isEqualTo("Maintained the \"legacy\" billing app.");

    var school = resume.educationList().get(0);
    assertThat(school.institution()).isEqualTo("University of Zagreb");
    assertThat(school.studyType()).isEqualTo("Master of Science - MS");
    assertThat(school.area()).isEqualTo("Computer Science");
    assertThat(school.startDate()).isEqualTo("2009");
    assertThat(school.endDate()).isEqualTo("2014");
    assertThat(school.unknown().get("activities").asString()).isEqualTo("Robotics club");
    assertThat(resume.educationList().get(1).institution()).isEqualTo("XV. gimnazija");

    assertThat(resume.skillList()).hasSize(1);
    assertThat(resume.skillList().get(0).name()).isNull();
    assertThat(resume.skillList().get(0).keywordList()).containsExactly("Kotlin", "PostgreSQL", "Kafka");

    var certificate = resume.certificateList().get(0);
    assertThat(certificate.name()).isEqualTo("AWS Certified Developer – Associate");
    assertThat(certificate.issuer()).isEqualTo("Amazon Web Services (AWS)");
    assertThat(certificate.date()).isEqualTo("2022-06");
    assertThat(certificate.url()).isEqualTo("https://aws.example/cert/123");
    assertThat(certificate.unknown().get("licenseNumber").asString()).isEqualTo("ABC-123");
    assertThat(certificate.unknown().get("expiryDate").asString()).isEqualTo("2025-06");

    assertThat(resume.languageList()).extracting(l -> l.language() + ": " + l.fluency())
        .containsExactly("Croatian: Native or bilingual proficiency", "English: Full professional proficiency");
    var project = resume.projectList().get(0);
    assertThat(project.name()).isEqualTo("ledgerkit");
    assertThat(project.description()).isEqualTo("Open-source double-entry ledger.");
    assertThat(project.highlightList()).containsExactly("800 stars", "Used by 3 banks");
    assertThat(project.url()).isEqualTo("https://github.com/anakovac/ledgerkit");
    assertThat(project.startDate()).isEqualTo("2020-01");
    assertThat(resume.awardList().get(0).date()).isEqualTo("2022-12");
    assertThat(resume.awardList().get(0).summary()).isEqualTo("Chosen by 300 colleagues");
    var publication = resume.publicationList().get(0);
    assertThat(publication.releaseDate()).isEqualTo("2023-03-05");
    assertThat(publication.publisher()).isEqualTo("InfoQ");
    var volunteer = resume.volunteerList().get(0);
    assertThat(volunteer.organization()).isEqualTo("Code Club Zagreb");
    assertThat(volunteer.position()).isEqualTo("Mentor");
    assertThat(volunteer.summary()).isEqualTo("Teach 12-year-olds Python every Saturday");
    assertThat(volunteer.unknown().get("cause").asString()).isEqualTo("Education");

    var courses = resume.design().customSectionList();
    assertThat(courses).hasSize(1);
    assertThat(courses.get(0).id()).isEqualTo("courses");
    assertThat(courses.get(0).title()).isEqualTo("Courses");
    assertThat(courses.get(0).entryList().get(0).title()).isEqualTo("Distributed Systems");
    assertThat(courses.get(0).entryList().get(0).subtitle()).isEqualTo("CS 451");

    // only the recommendation shown on the profile
    assertThat(resume.referenceList()).hasSize(1);
    assertThat(resume.referenceList().get(0).name()).isEqualTo("Marko Horvat, CTO at Fintek");
    assertThat(resume.referenceList().get(0).reference()).isEqualTo("Ana is the engineer I trust with money.");

    assertThat(codes(result)).contains("linkedin.email-chosen", "linkedin.phone-chosen",
        "linkedin.hidden", "linkedin.kept").doesNotContain("linkedin.date", "linkedin.row-skipped");
    assertThat(warning(result, "linkedin.hidden").pointer()).isEqualTo("/references");
    assertThat(warning(result, "linkedin.email-chosen").message()).contains("ana.kovac@example.com", "primary");
    assertValid(resume);
  }

  @Test
  void whatIsKeptButNotPrintedSurvivesTheJsonRoundTrip() {
    Resume resume = reader.read(Export.full().zip()).resume();
    String json = new JsonResumeWriter().write(resume);
    Resume again = new JsonResumeReader().read(json).resume();
    assertThat(again).isEqualTo(resume);
    JsonNode tree = new JsonResumeWriter().toTree(resume);
    assertThat(tree.at("/education/0/activities").asString()).isEqualTo("Robotics club");
    assertThat(tree.at("/meta/createYourResume/customSections/0/entries/0/title").asString())
        .isEqualTo("Distributed Systems");
  }

  @Test
  void missingFilesLeaveTheirSectionsOut() {
    byte[] onlyJobs = new Export()
        .csv("Positions.csv", List.of("Company Name", "Title", "Started On", "Finished On"),
            List.of(List.of("Acme", "Engineer", "Jan 2020", "")))
        .zip();
    ImportResult result = reader.read(onlyJobs);
    assertThat(result.resume().basics()).isNull();
    assertThat(result.resume().workList()).extracting(Work::name).containsExactly("Acme");
    assertThat(result.resume().education()).isNull();
    assertThat(result.resume().skills()).isNull();
    Problem noName = warning(result, "linkedin.no-name");
    assertThat(noName.pointer()).isEqualTo("/basics/name");
    assertThat(noName.message()).contains("no Profile.csv");
    assertValid(result.resume());

    ImportResult profileOnly = reader.read(new Export()
        .csv("Profile.csv", List.of("First Name", "Last Name", "Headline"),
            List.of(List.of("Lea", "Roth", "Nurse")))
        .zip());
    assertThat(profileOnly.resume().basics().name()).isEqualTo("Lea Roth");
    assertThat(profileOnly.resume().work()).isNull();
    assertThat(profileOnly.warnings()).isEmpty();
  }

  @Test
  void columnsAreFoundByNameInAnyOrderUnderOlderNames() {
    byte[] zip = new Export()
        .csv("Positions.csv", List.of("started on", "TITLE", "Company"),
            List.of(List.of("Feb 2019", "Analyst", "Northwind")))
        .csv("Education.csv", List.of("School", "Degree", "Field Of Study", "Start Date", "End Date"),
            List.of(List.of("LSE", "Bachelor's degree", "Economics", "2012", "2015")))
        .csv("Skills.csv", List.of("Title"), List.of(List.of("Excel")))
        .zip();
    ImportResult result = reader.read(zip);
    Work job = result.resume().workList().get(0);
    assertThat(job.name()).isEqualTo("Northwind");
    assertThat(job.position()).isEqualTo("Analyst");
    assertThat(job.startDate()).isEqualTo("2019-02");
    var school = result.resume().educationList().get(0);
    assertThat(school.studyType()).isEqualTo("Bachelor's degree");
    assertThat(school.area()).isEqualTo("Economics");
    assertThat(result.resume().skills()).isNull();
    assertThat(result.warnings())
        .extracting(Problem::code, Problem::pointer, Problem::message)
        .contains(
            tuple("linkedin.column-missing", "/work",
                "Positions.csv has no column “Finished On”; that information could not be imported"),
            tuple("linkedin.column-missing", "/skills", "Skills.csv has no column “Name”; it was left out"));
  }

  @Test
  void aByteOrderMarkAndNotesAboveTheHeaderAreSkipped() {
    byte[] profile = ("\uFEFFFirst Name,Last Name\r\nZoë,Ångström\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] zip = new Export()
        .bytes("Profile.csv", profile)
        .raw("Skills.csv", "Notes:\r\n\"Skills you added to your profile\"\r\n\r\nName\r\nSQL\r\n")
        .zip();
    ImportResult result = reader.read(zip);
    assertThat(result.resume().basics().name()).isEqualTo("Zoë Ångström");
    assertThat(result.resume().skillList().get(0).keywordList()).containsExactly("SQL");
    assertThat(result.warnings()).isEmpty();
  }

  @Test
  void quotesCommasAndLineBreaksInsideValuesAreKept() {
    String positions = "Company Name,Title,Description,Started On\r\n"
        + "\"Smith, Jones & Co\",\"Designer \"\"Lead\"\"\",\"Brand work for \"\"Acme\"\", then:\r\n"
        + "1. Logo system\r\n2) Site, app and print\",Mar 2018\r\n";
    ImportResult result = reader.read(new Export().raw("Positions.csv", positions).zip());
    Work job = result.resume().workList().get(0);
    assertThat(job.name()).isEqualTo("Smith, Jones & Co");
    assertThat(job.position()).isEqualTo("Designer \"Lead\"");
    assertThat(job.summary()).isEqualTo("Brand work for \"Acme\", then:");
    assertThat(job.highlightList()).containsExactly("Logo system", "Site, app and print");
    assertThat(job.startDate()).isEqualTo("2018-03");
  }

  @Test
  void aBadRowIsSkippedOrPartlyKeptWithAWarningNamingFileRowAndColumn() {
    String positions = "Company Name,Title,Description,Location,Started On,Finished On\r\n"
        + "Acme,Engineer,,Berlin,Jan 2020,Summer 2021\r\n"
        + "Beta,Intern,,Berlin,Jun 2019,Aug 2019,oops,more\r\n"
        + "Gamma,Lead,,Berlin,Mar 2022\r\n"
        + ",,,,,\r\n"
        + ",,,Paris,Jan 2010,Feb 2011\r\n";
    ImportResult result = reader.read(new Export()
        .raw("Profile.csv", "First Name,Last Name\r\nMia,Stone\r\n")
        .raw("Positions.csv", positions)
        .zip());
    // Gamma (no end date: current, started last) comes first, then Acme, whose end was unreadable
    assertThat(result.resume().workList())
        .extracting(Work::name, Work::startDate, Work::endDate)
        .containsExactly(tuple("Gamma", "2022-03", null), tuple("Acme", "2020-01", null));
    assertThat(result.warnings())
        .extracting(Problem::code, Problem::pointer, Problem::message)
        .containsExactlyInAnyOrder(
            tuple("linkedin.row-skipped", "/work",
                "Positions.csv, row 3: 8 values where the header has 6 columns (a comma outside"
                    + " quotes?), so no value can be trusted to be in its column; the row was skipped"),
            tuple("linkedin.row-short", "/work",
                "Positions.csv, row 4: 5 values where the header has 6 columns; the missing ones at"
                    + " the end were left empty"),
            tuple("linkedin.row-empty", "/work",
                "Positions.csv, row 6: neither a company nor a title; the row was skipped"),
            tuple("linkedin.date", "/work/1/endDate",
                "Positions.csv, row 2, column “Finished On”: “Summer 2021” is not a date; the end"
                    + " date was left empty, so the job shows as current until you add it"));
    assertThat(result.warnings().get(0).path()).isNotBlank();
    assertValid(result.resume());
  }

  @Test
  void aFileThatBreaksOffKeepsTheRowsBeforeTheBreak() {
    byte[] zip = new Export()
        .csv("Profile.csv", List.of("First Name", "Last Name"), List.of(List.of("Ida", "Berg")))
        .raw("Skills.csv", "Name\r\nKotlin\r\nJava\r\n\"Go\r\nRust\r\n")
        .zip();
    ImportResult result = reader.read(zip);
    assertThat(result.resume().skillList().get(0).keywordList()).containsExactly("Kotlin", "Java");
    Problem damaged = warning(result, "linkedin.file-damaged");
    assertThat(damaged.pointer()).isEqualTo("/skills");
    assertThat(damaged.message()).startsWith("Skills.csv breaks off after row 3");
  }

  @Test
  void namesInAnyScriptAreKeptExactly() {
    byte[] zip = new Export()
        .csv("Profile.csv", List.of("First Name", "Last Name", "Geo Location"),
            List.of(List.of("Δημήτρης", "Παπαδόπουλος", "Αθήνα, Greece")))
        .csv("Positions.csv", List.of("Company Name", "Title", "Started On"),
            List.of(List.of("Яндекс", "Разработчик", "Jan 2021")))
        .csv("Skills.csv", List.of("Name"), List.of(List.of("日本語"), List.of("Ελληνικά")))
        .zip();
    Resume resume = reader.read(zip).resume();
    assertThat(resume.basics().name()).isEqualTo("Δημήτρης Παπαδόπουλος");
    assertThat(resume.basics().location().city()).isEqualTo("Αθήνα");
    assertThat(resume.basics().location().countryCode()).isEqualTo("GR");
    assertThat(resume.workList().get(0).name()).isEqualTo("Яндекс");
    assertThat(resume.skillList().get(0).keywordList()).containsExactly("日本語", "Ελληνικά");
    assertThat(new JsonResumeWriter().write(resume)).contains("Παπαδόπουλος", "Разработчик", "日本語");
  }

  @Test
  void aFileSavedAgainAsWindows1252IsReadAsThatWithAWarning() {
    byte[] profile = "First Name,Last Name\r\nRenée,Müller\r\n".getBytes(Charset.forName("windows-1252"));
    ImportResult result = reader.read(new Export().bytes("Profile.csv", profile).zip());
    assertThat(result.resume().basics().name()).isEqualTo("Renée Müller");
    assertThat(warning(result, "linkedin.encoding").message()).startsWith("Profile.csv is not UTF-8");
  }

  @Test
  void filesAreFoundInAnyFolderIgnoringCaseAndOnlyTheFirstOfTwoIsRead() {
    byte[] zip = new Export()
        .csv("export/data/PROFILE.CSV", List.of("First Name", "Last Name"), List.of(List.of("Kai", "Lund")))
        .csv("copy/profile.csv", List.of("First Name", "Last Name"), List.of(List.of("Other", "Person")))
        .csv("__MACOSX/export/._Positions.csv", List.of("Company Name"), List.of(List.of("Ghost")))
        .zip();
    ImportResult result = reader.read(zip);
    assertThat(result.resume().basics().name()).isEqualTo("Kai Lund");
    assertThat(result.resume().work()).isNull();
    assertThat(warning(result, "linkedin.file-twice").message())
        .contains("export/data/PROFILE.CSV", "copy/profile.csv", "only the first was read");
  }

  @Test
  void datesInEveryFormTheExportUsesAreRead() {
    String positions = "Company Name,Title,Started On,Finished On\r\n"
        + "A,One,2015,2016\r\nB,Two,03/2016,Apr 2017\r\nC,Three,September 2017,\"Jan 5, 2018\"\r\n";
    List<String> ranges = new ArrayList<>();
    reader.read(new Export().raw("Positions.csv", positions).zip()).resume().workList()
        .forEach(w -> ranges.add(w.startDate() + "/" + w.endDate()));
    assertThat(ranges).containsExactly("2017-09/2018-01-05", "2016-03/2017-04", "2015/2016");
  }

  @Test
  void degreesAreSplitOnlyWhenCertain() {
    String education = "School Name,Degree Name,Start Date,End Date\r\n"
        + "A,\"Bachelor of Science - BS, Computer Science\",2010,2013\r\n"
        + "B,Computer Science,2013,2015\r\n";
    ImportResult result = reader.read(new Export()
        .raw("Profile.csv", "First Name\r\nNoor\r\n")
        .raw("Education.csv", education)
        .zip());
    var schools = result.resume().educationList();
    assertThat(schools.get(0).studyType()).isEqualTo("Computer Science");
    assertThat(schools.get(0).area()).isNull();
    assertThat(schools.get(1).studyType()).isEqualTo("Bachelor of Science - BS");
    assertThat(schools.get(1).area()).isEqualTo("Computer Science");
    Problem degree = warning(result, "linkedin.degree");
    assertThat(degree.pointer()).isEqualTo("/education/0/studyType");
    assertThat(degree.message()).startsWith("Education.csv, row 3, column “Degree Name”: “Computer Science”");
  }

  @Test
  void addressesThatCannotBeLinkedAreLeftOutWithAWarning() {
    byte[] zip = new Export()
        .csv("Profile.csv", List.of("First Name", "Last Name", "Websites"),
            List.of(List.of("Jo", "Park", "[PERSONAL:javascript:alert(1),BLOG:https://jo.blog]")))
        .csv("Email Addresses.csv", List.of("Email Address", "Primary"), List.of(List.of("not-an-address", "Yes")))
        .zip();
    ImportResult result = reader.read(zip);
    assertThat(result.resume().basics().url()).isEqualTo("https://jo.blog");
    assertThat(result.resume().basics().email()).isNull();
    assertThat(codes(result)).contains("linkedin.url", "linkedin.email");
    assertValid(result.resume());
  }

  @Test
  void aZipBombIsRefusedWithinBoundedTime() throws Exception {
    byte[] bomb = HostileFiles.zipBomb(200);
    assertTimeoutPreemptively(BOUND, () ->
        assertThatThrownBy(() -> reader.read(bomb))
            .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.code()).isEqualTo("file.hostile"))
            .hasMessageContaining("ZIP bomb"));
  }

  @Test
  void tooManyEntriesAreRefused() throws Exception {
    byte[] many = HostileFiles.manyEntries(2_500);
    assertThatThrownBy(() -> reader.read(many))
        .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.code()).isEqualTo("file.hostile"))
        .hasMessageContaining("more than 2000 files");
  }

  @Test
  void readingStopsAtTheTimeLimit() {
    StringBuilder skills = new StringBuilder("Name\r\n");
    for (int i = 0; i < 2_000; i++) {
      skills.append("Skill ").append(i).append("\r\n");
    }
    LinkedInExportReader impatient = new LinkedInExportReader(AtsLimits.DEFAULT.withTimeout(Duration.ZERO));
    byte[] zip = new Export()
        .csv("Profile.csv", List.of("First Name"), List.of(List.of("Al")))
        .raw("Skills.csv", skills.toString())
        .zip();
    assertThatThrownBy(() -> impatient.read(zip))
        .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.code()).isEqualTo("file.timeout"));
  }

  @Test
  void aZipThatIsNoLinkedInExportIsRefused() throws Exception {
    byte[] other = HostileFiles.zip(java.util.Map.of("readme.txt", "hello".getBytes(StandardCharsets.UTF_8)));
    assertThatThrownBy(() -> reader.read(other))
        .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.code()).isEqualTo("file.type"))
        .hasMessageStartingWith("this ZIP is neither a Word document nor a LinkedIn data export");
  }

  @Test
  void damagedEncryptedOversizedAndEmptyArchivesAreRefused() {
    assertThatThrownBy(() -> reader.read("not a zip at all".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.code()).isEqualTo("file.corrupt"));

    byte[] zip = Export.full().zip();
    byte[] truncated = java.util.Arrays.copyOf(zip, 200);
    assertThatThrownBy(() -> reader.read(truncated))
        .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.code()).isEqualTo("file.corrupt"));

    byte[] locked = zip.clone();
    locked[6] |= 1; // the "encrypted" flag of the first entry
    assertThatThrownBy(() -> reader.read(locked))
        .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.code()).isEqualTo("file.encrypted"));

    AtsLimits tiny = new AtsLimits(100, 20, 1 << 20, 10, 1000, Duration.ofSeconds(5), 10_000);
    assertThatThrownBy(() -> new LinkedInExportReader(tiny).read(zip))
        .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.code()).isEqualTo("file.too-large"));

    byte[] empty = new Export().raw("Profile.csv", "First Name,Last Name\r\n").zip();
    assertThatThrownBy(() -> reader.read(empty))
        .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.code()).isEqualTo("file.empty"));
  }

  @Test
  void anExportLargerThanAResumeIsCutToTheResumeLimits() {
    StringBuilder positions = new StringBuilder("Company Name,Title,Description,Started On\r\n");
    String description = "x".repeat(9_000);
    for (int i = 0; i < 320; i++) {
      positions.append("Company ").append(i).append(",Role,").append(description).append(",2001\r\n");
    }
    ImportResult result = reader.read(new Export().raw("Positions.csv", positions.toString()).zip());
    int kept = result.resume().workList().size();
    assertThat(kept).isLessThan(320).isGreaterThan(10);
    assertThat(warning(result, "linkedin.too-long").message()).contains("Positions.csv", "left out");
    assertThat(new ResumeValidator(Set.of(), Set.of(), Limits.DEFAULT).sizeProblems(result.resume())).isEmpty();
  }
}
