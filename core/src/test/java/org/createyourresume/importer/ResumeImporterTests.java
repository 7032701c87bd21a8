package org.createyourresume.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.createyourresume.ats.AtsLimits;
import org.createyourresume.ats.extract.HostileFiles;
import org.createyourresume.json.JsonResumeReader;
import org.createyourresume.json.ReadResult;
import org.createyourresume.model.Problem;
import org.createyourresume.model.Resume;
import org.createyourresume.model.TestResumes;
import org.createyourresume.render.OutputFormat;
import org.createyourresume.render.RenderOptions;
import org.createyourresume.render.ResumeRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the importer makes of each kind of file it is given, and how it refuses the ones it
 * cannot read: a clear code and message, in bounded time, never a crash.
 */
class ResumeImporterTests {

  private static final Duration BOUND = Duration.ofSeconds(15);
  private static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
  private final ResumeImporter importer = ResumeImporter.create();

  @Test
  void aPdfOfOursIsReadIntoItsFields() {
    Resume source = TestResumes.load("full.json");
    byte[] pdf = ResumeRenderer.create().render(source, RenderOptions.pdf().withTemplate("classic")).content();
    ImportResult result = importer.importFile(pdf, "Amelia_Resume.pdf");
    Resume r = result.resume();
    assertThat(result.format()).isEqualTo(ImportFormat.PDF);
    assertThat(r.basics().name()).isEqualTo("Amelia Fernández-Ortiz");
    assertThat(r.basics().label()).isEqualTo("Senior Software Engineer");
    assertThat(r.basics().email()).isEqualTo("amelia.fernandez@example.com");
    assertThat(r.basics().location().city()).isEqualTo("Madrid");
    assertThat(r.basics().location().countryCode()).isEqualTo("ES");
    assertThat(r.basics().profileList()).extracting(p -> p.network() + " " + p.username())
        .containsExactly("LinkedIn ameliafo", "GitHub ameliafo");
    assertThat(r.workList()).extracting(w -> w.name() + " | " + w.position() + " | " + w.startDate() + " | " + w.endDate())
        .containsExactly("Finlo Payments | Senior Software Engineer | 2021-03 | null",
            "Officina Software | Software Engineer | 2017-06 | 2021-02");
    assertThat(r.educationList().get(0).studyType()).isEqualTo("Master of Science");
    assertThat(r.educationList().get(0).area()).isEqualTo("Computer Science");
    assertThat(r.skillList()).extracting(s -> s.name() + " " + s.level() + " " + s.keywordList())
        .containsExactly("Languages null [Java, Kotlin, SQL, Python]",
            "Platforms Advanced [Kubernetes, Kafka, PostgreSQL, AWS]");
    assertThat(r.languageList()).extracting(l -> l.language() + ": " + l.fluency())
        .containsExactly("Spanish: Native", "English: Fluent (C1)");
  }

  @Test
  void aDocxOfOursIsReadIntoItsFields() {
    Resume source = TestResumes.load("full.json");
    byte[] docx = ResumeRenderer.create().render(source, new RenderOptions(OutputFormat.DOCX, "modern")).content();
    ImportResult result = importer.importFile(docx, "resume.docx");
    assertThat(result.format()).isEqualTo(ImportFormat.DOCX);
    assertThat(result.resume().workList()).hasSize(2);
    assertThat(result.resume().workList().get(0).highlightList()).hasSize(3);
    assertThat(result.resume().certificateList()).extracting(c -> c.name() + " / " + c.issuer() + " / " + c.date())
        .containsExactly("Certified Kubernetes Application Developer (CKAD) / CNCF / 2022-05");
  }

  /**
   * An academic CV prints a thesis under each degree; JSON Resume has no field for it, so it is
   * kept in the degree's score (which our templates print as written) rather than left out.
   */
  @Test
  void aThesisUnderADegreeIsKeptAsItsScore() {
    Resume resume = new JsonResumeReader().read("""
        {"basics": {"name": "Maren Oyelaran", "email": "m.oyelaran@example.ac.uk"},
         "education": [
          {"institution": "University of Edinburgh", "studyType": "Doctor of Philosophy (PhD)", "area": "Glaciology",
           "startDate": "2007-10", "endDate": "2011-09",
           "score": "Thesis: Seasonal evolution of subglacial drainage beneath a land-terminating sector of the Greenland Ice Sheet"},
          {"institution": "University of Bristol", "studyType": "Master of Science (MSc)", "area": "Environmental Modelling",
           "startDate": "2006-09", "endDate": "2007-09",
           "score": "Distinction; thesis: Sensitivity of a flowline glacier model to basal sliding laws"}]}
        """).resume();
    byte[] pdf = ResumeRenderer.create().render(resume, RenderOptions.pdf()).content();

    Resume imported = importer.importFile(pdf, "cv.pdf").resume();

    assertThat(imported.educationList()).extracting(org.createyourresume.model.Education::score).containsExactly(
        "Thesis: Seasonal evolution of subglacial drainage beneath a land-terminating sector of the Greenland Ice Sheet",
        "Distinction; thesis: Sensitivity of a flowline glacier model to basal sliding laws");
  }

  @Test
  void aCurrentJsonResumeIsTakenAsItIs() {
    ImportResult result = importer.importFile(bytes(TestResumes.text("full.json")), "resume.json");
    assertThat(result.format()).isEqualTo(ImportFormat.JSON_RESUME);
    assertThat(result.warnings()).isEmpty();
    assertThat(result.resume()).isEqualTo(TestResumes.load("full.json"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"early-schema.json", "other-tools.json", "mixed-names.json"})
  void olderJsonResumeDialectsComeWithTheTolerantReadersWarnings(String file) {
    ImportResult result = importer.importFile(bytes(TestResumes.text("dialects/" + file)), file);
    assertThat(result.format()).isEqualTo(ImportFormat.JSON_RESUME);
    ReadResult read = new JsonResumeReader().read(TestResumes.text("dialects/" + file));
    assertThat(result.warnings()).isNotEmpty().isEqualTo(read.problems());
    assertThat(result.resume()).isEqualTo(read.resume());
  }

  @Test
  void aFreshDocumentIsMappedOntoJsonResume() {
    ImportResult result = importer.importFile(fixture("fresh/fresh-resume.json"), "resume.json");
    Resume r = result.resume();
    assertThat(result.format()).isEqualTo(ImportFormat.FRESH);
    assertThat(r.basics().name()).isEqualTo("Ingrid Halvorsen-Mbeki");
    assertThat(r.basics().label()).isEqualTo("Site Reliability Engineer");
    assertThat(r.basics().summary()).startsWith("Reliability engineer");
    assertThat(r.basics().phone()).isEqualTo("+47 912 34 567");
    assertThat(r.basics().url()).isEqualTo("https://ingrid-hm.example.net");
    assertThat(r.basics().location().countryCode()).isEqualTo("NO");
    assertThat(r.basics().location().postalCode()).isEqualTo("5003");
    assertThat(r.basics().profileList()).extracting(p -> p.network() + " " + p.username() + " " + p.url())
        .containsExactly("GitHub ihm https://github.com/ihm");
    assertThat(r.workList()).extracting(w -> w.name() + " | " + w.position() + " | " + w.startDate() + " | " + w.endDate())
        .containsExactly("Fjellpay AS | Senior SRE | 2021-02 | null", "Nordlys Hosting | Systems Engineer | 2016-03 | 2021-01");
    assertThat(r.workList().get(0).highlightList()).hasSize(2);
    assertThat(r.educationList()).singleElement().satisfies(e -> {
      assertThat(e.studyType()).isEqualTo("Master of Science");
      assertThat(e.area()).isEqualTo("Informatics");
      assertThat(e.score()).isEqualTo("A");
      assertThat(e.courseList()).containsExactly("Distributed Systems", "Networks");
    });
    assertThat(r.skillList()).extracting(s -> s.name() + " " + s.level() + " " + s.keywordList())
        .containsExactly("Platforms Expert [Kubernetes, Terraform, AWS]", "Go Advanced []");
    assertThat(r.volunteerList()).extracting(v -> v.organization() + " / " + v.position()).containsExactly("Bergen Code Club / Coach");
    assertThat(r.projectList()).singleElement().satisfies(p -> {
      assertThat(p.url()).isEqualTo("https://github.com/ihm/pagerlint");
      assertThat(p.roleList()).containsExactly("Creator");
    });
    assertThat(r.awardList()).extracting(a -> a.title() + " / " + a.awarder()).containsExactly("Operations Hero / Fjellpay AS");
    assertThat(r.publicationList()).extracting(p -> p.name() + " / " + p.publisher()).containsExactly("Alerting on symptoms / SRE Weekly");
    assertThat(r.referenceList()).extracting(x -> x.name() + ": " + x.reference())
        .containsExactly("Mari Solberg, VP Engineering, Fjellpay: Contact details on request.",
            "Lars Eide: Ingrid made on-call boring, in the best way.");
    assertThat(r.design().customSectionList()).singleElement().satisfies(c -> {
      assertThat(c.title()).isEqualTo("Talks");
      assertThat(c.entryList().get(0).subtitle()).isEqualTo("SREcon EMEA");
      assertThat(c.entryList().get(0).startDate()).isEqualTo("2023-10");
    });
    // every FRESH field with no place in JSON Resume is named, by its pointer
    assertThat(result.warnings()).extracting(Problem::pointer).contains(
        "/info/class", "/info/quote", "/disposition", "/contact/other/0", "/employment/summary",
        "/employment/history/0/keywords", "/employment/history/1/start", "/education/history/0/title",
        "/skills/list/0/years", "/writing/0/publisher/url", "/languages/1/years", "/interests/0/summary");
    assertThat(result.warnings()).allMatch(p -> !p.isError());
  }

  @Test
  void plainTextIsParsedLikeAPaste() {
    String text = """
        Sam Lee
        Pricing Analyst
        sam.lee@example.com | +44 20 7946 0958 | Leeds, United Kingdom | GitHub: samlee
        Work History
        Northwind Traders | Pricing Analyst | Leeds | Jan 2020 – Present
        • Cut markdown losses by 12% with a weekly elasticity model.
        Contoso Ltd | Junior Analyst | 06/2017 - 12/2019
        - Automated the monthly sales report.
        Education
        University of Leeds | BSc Economics | 2014 – 2017
        Skills
        Analysis: SQL, Python (pandas, NumPy), Tableau
        """;
    ImportResult result = importer.importFile(bytes(text), "resume.txt");
    Resume r = result.resume();
    assertThat(result.format()).isEqualTo(ImportFormat.TEXT);
    assertThat(r.basics().name()).isEqualTo("Sam Lee");
    assertThat(r.basics().label()).isEqualTo("Pricing Analyst");
    assertThat(r.basics().phone()).isEqualTo("+44 20 7946 0958");
    assertThat(r.basics().location().countryCode()).isEqualTo("GB");
    assertThat(r.basics().profileList()).extracting(p -> p.network() + " " + p.username()).containsExactly("GitHub samlee");
    assertThat(r.workList()).extracting(w -> w.name() + " | " + w.position() + " | " + w.location() + " | " + w.startDate() + " | " + w.endDate())
        .containsExactly("Northwind Traders | Pricing Analyst | Leeds | 2020-01 | null",
            "Contoso Ltd | Junior Analyst | null | 2017-06 | 2019-12");
    assertThat(r.educationList().get(0).studyType()).isEqualTo("BSc");
    assertThat(r.educationList().get(0).area()).isEqualTo("Economics");
    assertThat(r.skillList()).extracting(s -> s.name() + " " + s.keywordList())
        .containsExactly("Analysis [SQL, Python (pandas, NumPy), Tableau]");
  }

  @Test
  void markdownMarkupBecomesLayoutNotText() {
    String md = """
        # Rui *Costa*

        **Data Engineer**

        [rui@example.pt](mailto:rui@example.pt) | [LinkedIn](https://www.linkedin.com/in/rui-costa/) | Porto, Portugal

        ## Experience

        ### Quintal Analytics

        *Data Engineer* | Porto | Since 2019

        - Built the **event pipeline** for 3 million users.
        - Moved nightly batch jobs to streaming.

        ### Douro Bank

        *Analyst* | 2016 – 2019

        ## Skills

        **Data:** Spark, Kafka, dbt
        """;
    ImportResult result = importer.importFile(bytes(md), "cv.md");
    Resume r = result.resume();
    assertThat(result.format()).isEqualTo(ImportFormat.MARKDOWN);
    assertThat(r.basics().name()).isEqualTo("Rui Costa");
    assertThat(r.basics().label()).isEqualTo("Data Engineer");
    assertThat(r.basics().email()).isEqualTo("rui@example.pt");
    assertThat(r.basics().profileList()).extracting(p -> p.network() + " " + p.username()).containsExactly("LinkedIn rui-costa");
    assertThat(r.workList()).extracting(w -> w.name() + " | " + w.position() + " | " + w.location() + " | " + w.startDate() + " | " + w.endDate())
        .containsExactly("Quintal Analytics | Data Engineer | Porto | 2019 | null", "Douro Bank | Analyst | null | 2016 | 2019");
    assertThat(r.workList().get(0).highlightList())
        .containsExactly("Built the event pipeline for 3 million users.", "Moved nightly batch jobs to streaming.");
    assertThat(r.skillList()).extracting(s -> s.name() + " " + s.keywordList()).containsExactly("Data [Spark, Kafka, dbt]");
  }

  @Test
  void textSavedByOldWindowsEditorsIsRead() {
    byte[] cp1252 = "José Núñez\njose@example.es\nExperience\nAcme, Ingeniero, 2019 – 2021\n"
        .getBytes(Charset.forName("windows-1252"));
    assertThat(importer.importFile(cp1252, "cv.txt").resume().basics().name()).isEqualTo("José Núñez");
  }

  @Test
  void anImageOnlyPdfHasNoTextLayer() {
    assertThatThrownBy(() -> importer.importFile(atsFixture("image-only.pdf"), "scan.pdf"))
        .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.code()).isEqualTo("file.no-text"))
        .hasMessageContaining("this PDF has no text layer");
  }

  @Test
  void aPasswordProtectedPdfIsRefused() throws IOException {
    byte[] locked = HostileFiles.encryptedPdf("user-secret");
    assertThatThrownBy(() -> importer.importFile(locked, "locked.pdf"))
        .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.code()).isEqualTo("file.encrypted"))
        .hasMessageContaining("password");
  }

  @Test
  void aDamagedPdfIsRefused() {
    byte[] junk = "%PDF-1.7\nthis is not a PDF at all".getBytes(StandardCharsets.US_ASCII);
    assertThatThrownBy(() -> importer.importFile(junk, "broken.pdf"))
        .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.code()).isEqualTo("file.corrupt"));
  }

  @Test
  void aPdfBombStopsAtTheUnpackedSizeLimit() throws IOException {
    byte[] bomb = HostileFiles.flateBombPdf(96);
    assertTimeoutPreemptively(BOUND, () ->
        assertThatThrownBy(() -> importer.importFile(bomb, "bomb.pdf"))
            .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.code()).isEqualTo("file.hostile")));
  }

  @Test
  void anOversizedFileIsRefusedBeforeReading() {
    ResumeImporter small = ResumeImporter.create(new AtsLimits(1024, 20, 1 << 20, 100, 10_000, Duration.ofSeconds(5), 10_000));
    byte[] big = bytes("x".repeat(2048));
    assertThatThrownBy(() -> small.importFile(big, "big.txt"))
        .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.code()).isEqualTo("file.too-large"))
        .hasMessageContaining("big.txt is 2 KB");
  }

  @Test
  void tooManyPagesAreRefused() throws IOException {
    byte[] pages = HostileFiles.manyPagesPdf(60);
    assertThatThrownBy(() -> importer.importFile(pages, "long.pdf"))
        .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.code()).isEqualTo("file.too-many-pages"));
  }

  @Test
  void aZipBombDocxStopsAtTheUnpackedSizeLimit() throws IOException {
    byte[] bomb = HostileFiles.zipBomb(200);
    assertTimeoutPreemptively(BOUND, () ->
        assertThatThrownBy(() -> importer.importFile(bomb, "bomb.docx"))
            .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.code()).isEqualTo("file.hostile")));
  }

  @Test
  void aDocxWithAnExternalEntityIsRefused() throws IOException {
    String xxe = "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
        + "<w:document " + W + "><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>";
    byte[] file = HostileFiles.docx(xxe);
    assertThatThrownBy(() -> importer.importFile(file, "xxe.docx"))
        .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.code()).isEqualTo("file.hostile"))
        .hasMessageNotContaining("root:");
  }

  @Test
  void aPasswordProtectedDocxIsRefused() throws Exception {
    byte[] docx = ResumeRenderer.create().render(TestResumes.load("full.json"), new RenderOptions(OutputFormat.DOCX, "classic")).content();
    byte[] locked;
    // Word's own protection: the package encrypted inside an OLE2 container
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
      encryptor.confirmPassword("secret");
      try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(docx)); OutputStream out = encryptor.getDataStream(fs)) {
        opc.save(out);
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      fs.writeFilesystem(bytes);
      locked = bytes.toByteArray();
    }
    assertThatThrownBy(() -> importer.importFile(locked, "locked.docx"))
        .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.code()).isEqualTo("file.encrypted"))
        .hasMessageContaining("password");
  }

  @Test
  void aDamagedDocxIsRefused() throws IOException {
    byte[] file = HostileFiles.docx("<w:document " + W + "><w:body><w:p>");
    assertThatThrownBy(() -> importer.importFile(file, "broken.docx"))
        .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.code()).isEqualTo("file.corrupt"));
  }

  @Test
  void deeplyNestedJsonIsRefused() {
    String nested = "{\"basics\":" + "[".repeat(5_000) + "]".repeat(5_000) + "}";
    assertTimeoutPreemptively(BOUND, () ->
        assertThatThrownBy(() -> importer.importFile(bytes(nested), "deep.json"))
            .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.code()).isEqualTo("file.hostile"))
            .hasMessageContaining("nests deeper than"));
  }

  @Test
  void brokenJsonNamesWhereItBreaks() {
    assertThatThrownBy(() -> importer.importFile(bytes("{\n  \"basics\": {\"name\": \"Ann\",}\n}"), "resume.json"))
        .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.code()).isEqualTo("file.corrupt"))
        .hasMessageContaining("line 2");
  }

  @Test
  void jsonThatIsNotAnObjectIsNotAResume() {
    assertThatThrownBy(() -> importer.importFile(bytes("[1, 2, 3]"), "list.json"))
        .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.code()).isEqualTo("file.type"));
  }

  @Test
  void anOldWordFileSaysWhatToDo() {
    byte[] doc = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
    assertThatThrownBy(() -> importer.importFile(doc, "cv.doc"))
        .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.code()).isEqualTo("file.type"))
        .hasMessageContaining("save it as .docx or PDF");
  }

  @Test
  void aPictureSaysThereIsNoTextInIt() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
    assertThatThrownBy(() -> importer.importFile(png, "cv.png"))
        .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.code()).isEqualTo("file.type"))
        .hasMessageContaining("picture");
  }

  @Test
  void binaryDataIsNotText() {
    byte[] junk = new byte[256];
    for (int i = 0; i < junk.length; i++) {
      junk[i] = (byte) (i * 7 + 1);
    }
    assertThatThrownBy(() -> importer.importFile(junk, "data.bin"))
        .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.code()).isEqualTo("file.type"));
  }

  @Test
  void anEmptyFileIsRefused() {
    assertThatThrownBy(() -> importer.importFile(new byte[0], null))
        .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.code()).isEqualTo("file.empty"))
        .hasMessage("the file is empty");
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  static byte[] fixture(String name) {
    return resource("/importer/" + name);
  }

  private static byte[] atsFixture(String name) {
    return resource("/ats/" + name);
  }

  private static byte[] resource(String path) {
    try (InputStream in = ResumeImporterTests.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
