package org.createyourresume.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.createyourresume.ats.extract.HostileFiles;
import org.createyourresume.model.Education;
import org.createyourresume.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Education entries as people print them in many countries, read back into school, degree,
 * subject and grade; and what the importer had to guess, said in the review.
 */
class EducationImportTests {

  private static final ResumeImporter IMPORTER = ResumeImporter.create();

  private static ImportResult importText(String education) {
    String text = "Priya Raman\npriya.raman@example.com | +44 7700 900123\n\nEDUCATION\n" + education
        + "\n\nEXPERIENCE\nAnalyst, Northwind Traders   Jan 2021 – Present\n• Built the monthly sales report\n";
    return IMPORTER.importFile(text.getBytes(StandardCharsets.UTF_8), "resume.txt");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '~', textBlock = """
      B.Tech, Computer Science\\nVIT Vellore, CGPA 8.1   2016 – 2020~VIT Vellore~B.Tech~Computer Science~CGPA 8.1
      B.E. in Mechanical Engineering, Anna University, 78%   2015 – 2019~Anna University~B.E.~Mechanical Engineering~78%
      MCA | Savitribai Phule Pune University | First Class with Distinction | 2012 – 2015~Savitribai Phule Pune University~MCA~~First Class with Distinction
      BSc (Hons) Adult Nursing – University of Leeds – First Class Honours   2014 – 2017~University of Leeds~BSc (Hons)~Adult Nursing~First Class Honours
      Licence en Informatique, Université de Lyon, Mention Bien   2012 – 2015~Université de Lyon~Licence~Informatique~Mention Bien
      Dipl.-Ing. Maschinenbau, Technische Universität München, Note 1,7   2008 – 2014~Technische Universität München~Dipl.-Ing.~Maschinenbau~Note 1,7
      Class XII (CBSE), Delhi Public School, 92%   2014~Delhi Public School~Class XII (CBSE)~~92%
      Leeds City College\\nBTEC Level 3 Extended Diploma, Information Technology — Distinction*   2017 – 2019~Leeds City College~BTEC Level 3 Extended Diploma~Information Technology~Distinction*
      Class XII (ISC) Commerce, Lakeview Public School, 88%   2016~Lakeview Public School~Class XII (ISC)~Commerce~88%
      Higher Secondary (State Board) Science, Riverside Higher Secondary School, 81%   2015~Riverside Higher Secondary School~Higher Secondary (State Board)~Science~81%
      M.Sc. Physics, University of Manchester, 2:1   2010 – 2011~University of Manchester~M.Sc.~Physics~2:1
      University of California, Berkeley\\nBachelor of Arts in Economics   2010 – 2014~University of California, Berkeley~Bachelor of Arts~Economics~
      Bachelor of Science in Nursing, GPA 3.7/4.0, Ohio State University   2012 – 2016~Ohio State University~Bachelor of Science~Nursing~GPA 3.7/4.0
      Diplom Informatik, Technische Universität Darmstadt, Note 1,7   2004 – 2010~Technische Universität Darmstadt~Diplom~Informatik~Note 1,7
      Master Informatique, Université de Lyon   2015 – 2017~Université de Lyon~Master~Informatique~
      Master Degree, University of Leeds   2015 – 2017~University of Leeds~Master Degree~~
      Master of Education Curriculum and Instruction, Texas State University   2018 – 2020~Texas State University~Master of Education~Curriculum and Instruction~
      Bachelor of Arts Mathematics, University of Texas at San Antonio, GPA 3.5   2012 – 2016~University of Texas at San Antonio~Bachelor of Arts~Mathematics~GPA 3.5
      Master of Business Administration, University of Leeds   2015 – 2017~University of Leeds~Master of Business Administration~~
      """)
  void readsSchoolDegreeSubjectAndGrade(String printed, String school, String degree, String subject, String grade) {
    ImportResult result = importText(printed.replace("\\n", "\n"));
    List<Education> education = result.resume().education();
    assertThat(education).as("one entry").hasSize(1);
    Education e = education.get(0);
    assertThat(e.institution()).isEqualTo(school);
    assertThat(e.studyType()).isEqualTo(degree);
    assertThat(e.area()).isEqualTo(subject);
    assertThat(e.score()).isEqualTo(grade);
    assertThat(e.startDate() != null || e.endDate() != null).as("dates").isTrue();
  }

  @Test
  void aSchoolWithoutASchoolWordIsFlaggedAsAGuess() {
    ImportResult result = importText("B.Tech, Computer Science\nVIT Vellore, CGPA 8.1   2016 – 2020");
    assertThat(result.warnings()).extracting(Problem::pointer).contains("/education/0/institution");
    assertThat(result.warnings()).filteredOn(p -> p.pointer().equals("/education/0/institution"))
        .extracting(Problem::message).singleElement().asString().contains("VIT Vellore");
  }

  @Test
  void aSchoolNamedAsOneIsNotFlagged() {
    ImportResult result = importText("BSc (Hons) Adult Nursing – University of Leeds – First Class Honours   2014 – 2017");
    assertThat(result.warnings()).extracting(Problem::pointer).noneMatch(p -> p.startsWith("/education"));
  }

  @Test
  void neitherRecognisedIsReadInPrintedOrderAndFlagged() {
    ImportResult result = importText("Northgate Learning Hub | Data Analytics Bootcamp   2021");
    Education e = result.resume().education().get(0);
    assertThat(e.institution()).isEqualTo("Northgate Learning Hub");
    assertThat(e.area()).isEqualTo("Data Analytics Bootcamp");
    assertThat(result.warnings()).extracting(Problem::pointer).contains("/education/0/institution");
  }

  @Test
  void twoEntriesEachCutInTwoComeBackAsTwo() {
    ImportResult result = importText("""
        M.Tech, Data Science
        IIT Madras, CGPA 9.0/10   2020 – 2022
        B.E., Electronics and Communication
        PSG College of Technology, 81%   2016 – 2020""");
    assertThat(result.resume().education()).extracting(Education::institution)
        .containsExactly("IIT Madras", "PSG College of Technology");
    assertThat(result.resume().education()).extracting(Education::studyType).containsExactly("M.Tech", "B.E.");
    assertThat(result.resume().education()).extracting(Education::score).containsExactly("CGPA 9.0/10", "81%");
  }

  /**
   * The word-processor resume of the report: the degree in bold with the dates at a tab stop, the
   * school and grade on the line under it, the name in capitals.
   */
  @Test
  void aWordProcessorEducationEntryWithItsDegreeFirst() throws Exception {
    String w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
    String xml = "<w:document " + w + "><w:body>"
        + para("<w:rPr><w:b/><w:sz w:val=\"36\"/></w:rPr>", "ANANYA KRISHNAN")
        + para("", "Chennai, India | ananya.k@example.com | +91 98400 12345")
        + para("<w:rPr><w:b/></w:rPr>", "EDUCATION")
        + "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>B.Tech, Computer Science</w:t></w:r><w:r><w:tab/><w:t>2016 – 2020</w:t></w:r></w:p>"
        + para("", "VIT Vellore, CGPA 8.1")
        + para("<w:rPr><w:b/></w:rPr>", "EXPERIENCE")
        + "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Software Engineer, Infosys</w:t></w:r><w:r><w:tab/><w:t>Jul 2020 – Present</w:t></w:r></w:p>"
        + para("", "Built payment reconciliation services in Java.")
        + "</w:body></w:document>";
    ImportResult result = IMPORTER.importFile(HostileFiles.docx(xml), "resume.docx");
    Education e = result.resume().education().get(0);
    assertThat(e.institution()).isEqualTo("VIT Vellore");
    assertThat(e.studyType()).isEqualTo("B.Tech");
    assertThat(e.area()).isEqualTo("Computer Science");
    assertThat(e.score()).isEqualTo("CGPA 8.1");
    assertThat(result.resume().basics().name()).isEqualTo("Ananya Krishnan");
    assertThat(result.warnings()).extracting(Problem::pointer).contains("/education/0/institution", "/basics/name");
  }

  private static String para(String runProperties, String text) {
    return "<w:p><w:r>" + runProperties + "<w:t>" + text + "</w:t></w:r></w:p>";
  }

  @Test
  void aNameInCapitalsIsWrittenInSentenceCaseAndSaidSo() {
    String text = "MARÍA DE LA CRUZ O'NEILL-SMITH\nmaria@example.com\n\nSKILLS\nExcel, SQL\n";
    ImportResult result = IMPORTER.importFile(text.getBytes(StandardCharsets.UTF_8), "resume.txt");
    assertThat(result.resume().basics().name()).isEqualTo("María de la Cruz O'Neill-Smith");
    assertThat(result.warnings()).extracting(Problem::pointer).contains("/basics/name");
  }

  @Test
  void aCertificateKeepsNoBracketsAroundItsTakenYear() {
    String text = "Jon Berg\njon@example.com\n\nCERTIFICATIONS\nAWS Certified Cloud Practitioner (2020)\n"
        + "Certified ScrumMaster [2019], Scrum Alliance\n";
    ImportResult result = IMPORTER.importFile(text.getBytes(StandardCharsets.UTF_8), "resume.txt");
    assertThat(result.resume().certificates()).extracting(c -> c.name())
        .containsExactly("AWS Certified Cloud Practitioner", "Certified ScrumMaster");
    assertThat(result.resume().certificates()).extracting(c -> c.date()).containsExactly("2020", "2019");
  }
}
