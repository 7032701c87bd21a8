package org.createyourresume.web.ats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.createyourresume.ats.AtsChecker;
import org.createyourresume.ats.AtsLimits;
import org.createyourresume.ats.AtsOptions;
import org.createyourresume.json.JsonResumeReader;
import org.createyourresume.render.OutputFormat;
import org.createyourresume.render.ResumeRenderer;
import org.createyourresume.web.TestFiles;
import org.createyourresume.web.WebTestConfiguration;
import org.createyourresume.web.render.RenderPool;
import org.createyourresume.web.render.RenderProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /api/ats/check}: every kind of input (JSON resume, pasted text, our own PDF and
 * DOCX, a JSON file), the job match, grammar "if ready", and every refusal as problem+json naming
 * the field, hostile files included. Grammar is on for this class, so one test can see it checked.
 */
@WebMvcTest(AtsCheckController.class)
@Import({WebTestConfiguration.class, RenderPool.class, FindingWords.class,
    AtsCheckControllerTests.Checker.class})
@TestPropertySource(properties = "cyr.ats.grammar=true")
class AtsCheckControllerTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;
  private static final String POSTING =
      "About the role\nYou will support 400 staff across 12 offices.\nRequirements:\n"
          + "- Active Directory and Microsoft 365\n- Kubernetes and Terraform\n"
          + "- Kubernetes experience is essential.\n";

  /** The checker the application would have, over the slice's shared renderer. */
  @TestConfiguration(proxyBeanMethods = false)
  @EnableConfigurationProperties(AtsProperties.class)
  static class Checker {
    @Bean
    AtsChecker atsChecker(ResumeRenderer renderer) {
      return AtsChecker.create(AtsLimits.DEFAULT, renderer);
    }
  }

  @Autowired private MockMvc mvc;
  @Autowired private AtsChecker checker;
  @Autowired private ResumeRenderer renderer;
  @Autowired private RenderPool pool;
  @Autowired private RenderProperties renderProperties;

  private MockHttpServletResponse json(String body) throws Exception {
    return mvc.perform(post("/api/ats/check").contentType(MediaType.APPLICATION_JSON).content(body))
        .andReturn().getResponse();
  }

  private static String resumeRequest(String extra) {
    return "{\"resume\": " + TestFiles.resume("one-page.json") + extra + "}";
  }

  private MockHttpServletResponse upload(MockMultipartHttpServletRequestBuilder request)
      throws Exception {
    return mvc.perform(request).andReturn().getResponse();
  }

  private static MockMultipartHttpServletRequestBuilder uploading(String name, byte[] content) {
    return multipart("/api/ats/check").file(new MockMultipartFile("file", name, null, content));
  }

  private static JsonNode body(MockHttpServletResponse response) throws Exception {
    return JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8));
  }

  /** A 200 report, read. */
  private static JsonNode report(MockHttpServletResponse response) throws Exception {
    assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
    assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_JSON_VALUE);
    assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
    return body(response);
  }

  /** A problem+json answer with this status naming this field, read. */
  private static JsonNode problem(MockHttpServletResponse response, int status, String field)
      throws Exception {
    assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
    assertThat(response.getContentType()).isEqualTo(PROBLEM.toString());
    JsonNode problem = body(response);
    if (field != null) {
      assertThat(problem.path("field").asString()).isEqualTo(field);
    }
    assertThat(problem.path("detail").asString()).isNotBlank().doesNotContain("Exception");
    return problem;
  }

  private static List<String> names(JsonNode keywords) {
    List<String> names = new ArrayList<>();
    keywords.forEach(k -> names.add(k.get("name").asString()));
    return names;
  }

  private static List<String> findingIds(JsonNode report) {
    List<String> ids = new ArrayList<>();
    report.get("findings").forEach(f -> ids.add(f.get("id").asString()));
    return ids;
  }

  // ------------------------------------------------------------------ what is checked

  @Test
  void aJsonResumeGivesTheReportInTheCommandLinesOwnForm() throws Exception {
    JsonNode report = report(json(resumeRequest(", \"grammar\": false")));
    assertThat(report.get("parsed").get("name").asString()).isEqualTo("Mariam Okafor-Lindqvist");
    assertThat(report.get("format").asString()).isEqualTo("PDF");
    assertThat(report.get("template").asString()).isEqualTo("classic");
    assertThat(report.get("score").asInt()).isBetween(60, 100);
    assertThat(report.get("scoreParts")).hasSize(3);
    assertThat(report.get("differences")).isEmpty();
    assertThat(report.get("grammar").asString()).isEqualTo("OFF");
    assertThat(report.get("findings").get(0).propertyNames()).containsExactly("id", "category",
        "severity", "title", "explanation", "fix", "examples", "points", "arguments");

    // the very JSON that `cyr check --json` prints for the same resume (but for the PDF's size,
    // which carries the time it was made)
    var resume = new JsonResumeReader().read(TestFiles.resume("one-page.json")).resume();
    ObjectNode direct = (ObjectNode) JSON.readTree(checker.checkResume(resume, AtsOptions.defaults()).toJson(true));
    ObjectNode answered = (ObjectNode) report;
    direct.remove("bytes");
    answered.remove("bytes");
    assertThat(answered).isEqualTo(direct);
  }

  @Test
  void theFindingsAreWordedInTheRequestsLanguageAndNothingElseChanges() throws Exception {
    String text = "Robin Vale\nEXPERIENCE\nAcme Corp\nSupport Engineer\n• Fixed things.\n"
        + "Globex\nSupport Engineer\n• Helped users.";
    String body = JSON.writeValueAsString(java.util.Map.of("text", text, "grammar", false));
    MockHttpServletResponse english = json(body);
    MockHttpServletResponse german = mvc.perform(post("/api/ats/check")
        .contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "de-DE,de;q=0.9")
        .content(body)).andReturn().getResponse();
    assertThat(german.getHeader("Content-Language")).isEqualTo("de");
    assertThat(english.getHeader("Content-Language")).isEqualTo("en");
    JsonNode en = report(english);
    JsonNode de = report(german);
    assertThat(findingIds(de)).isEqualTo(findingIds(en)).contains("contact.email", "dates.missing");
    JsonNode email = finding(de, "contact.email");
    assertThat(email.get("title").asString()).isEqualTo("Keine E-Mail-Adresse gefunden");
    assertThat(finding(en, "contact.email").get("title").asString())
        .isEqualTo("No email address found");
    // a count from the finding's arguments, in a German sentence
    JsonNode undated = finding(de, "dates.missing");
    int jobs = undated.get("arguments").get(0).asInt();
    assertThat(jobs).isEqualTo(finding(en, "dates.missing").get("examples").size());
    assertThat(undated.get("title").asString())
        .isEqualTo(jobs == 1 ? "Eine Stelle ohne Datum" : jobs + " Stellen ohne Datum");
    // every sentence changed, nothing else did
    for (int i = 0; i < en.get("findings").size(); i++) {
      ObjectNode a = (ObjectNode) en.get("findings").get(i).deepCopy();
      ObjectNode b = (ObjectNode) de.get("findings").get(i).deepCopy();
      assertThat(b.get("fix").asString()).isNotEqualTo(a.get("fix").asString());
      for (ObjectNode f : List.of(a, b)) {
        f.remove(List.of("title", "explanation", "fix"));
      }
      assertThat(b).isEqualTo(a);
    }
    assertThat(de.get("score")).isEqualTo(en.get("score"));
  }

  @Test
  void theMatchsPlacesAreWordedInTheRequestsLanguageAndTheKeywordsStayAsTheyAre() throws Exception {
    String text = "Robin Vale\nrobin@example.com\nSKILLS\nActive Directory, Microsoft 365\n"
        + "EXPERIENCE\nAcme Corp\nSupport Engineer\nJan 2020 - Present\n• Ran Active Directory.";
    String body = JSON.writeValueAsString(
        java.util.Map.of("text", text, "grammar", false, "jobDescription", POSTING));
    JsonNode en = report(json(body)).get("jobMatch");
    JsonNode de = report(mvc.perform(post("/api/ats/check")
        .contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "de")
        .content(body)).andReturn().getResponse()).get("jobMatch");
    assertThat(names(de.get("matched"))).isEqualTo(names(en.get("matched"))).contains("Active Directory");
    assertThat(names(de.get("missing"))).isEqualTo(names(en.get("missing"))).contains("Kubernetes");
    JsonNode found = de.get("matched").get(0);
    assertThat(en.get("matched").get(0).get("foundIn").asString()).isEqualTo("Skills");
    assertThat(found.get("foundIn").asString()).isEqualTo("Kenntnisse");
    JsonNode kubernetes = de.get("missing").get(0);
    assertThat(kubernetes.get("suggestion").asString()).startsWith("den Abschnitt Kenntnisse");
    assertThat(en.get("missing").get(0).get("suggestion").asString()).startsWith("Skills section");
    assertThat(de.get("matchRate")).isEqualTo(en.get("matchRate"));
  }

  @Test
  void theExamplesTheCoreWritesItselfAreInTheRequestsLanguage() throws Exception {
    String text = "Robin Vale\nrobin@example.com\nEXPERIENCE\nAcme Corp\nSupport Engineer\n"
        + "Jan 2022 - Present\n• Led the help desk for 400 staff.\n• Led the move to Microsoft 365.\n"
        + "• Led training for new starters.\nGlobex\nSupport Engineer\nJan 2019 - Jan 2020\n"
        + "• Fixed laptops.";
    String body = JSON.writeValueAsString(java.util.Map.of("text", text, "grammar", false));
    JsonNode en = report(json(body));
    JsonNode de = report(mvc.perform(post("/api/ats/check")
        .contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "de")
        .content(body)).andReturn().getResponse());
    assertThat(finding(en, "wording.repeated").get("examples").get(0).asString())
        .isEqualTo("\"Led\" opens 3 bullets");
    assertThat(finding(de, "wording.repeated").get("examples").get(0).asString())
        .isEqualTo("„Led“ eröffnet 3 Stichpunkte");
    assertThat(finding(en, "dates.gaps").get("examples").get(0).asString())
        .isEqualTo("23 months before Acme Corp");
    assertThat(finding(de, "dates.gaps").get("examples").get(0).asString())
        .isEqualTo("23 Monate vor Acme Corp");
  }

  private static JsonNode finding(JsonNode report, String id) {
    for (JsonNode f : report.get("findings")) {
      if (f.get("id").asString().equals(id)) {
        return f;
      }
    }
    throw new AssertionError("no finding " + id);
  }

  @Test
  void pastedTextIsReadLineByLine() throws Exception {
    String text = "Robin Vale\nrobin.vale@example.com | +1 555 0100\nEXPERIENCE\nAcme Corp\n"
        + "Support Engineer, Jan 2020 – Present\n• Resolved 300 tickets a month.\nSKILLS\nIntune, Jira";
    JsonNode report = report(json(JSON.writeValueAsString(java.util.Map.of("text", text, "grammar", false))));
    assertThat(report.get("format").asString()).isEqualTo("TEXT");
    assertThat(report.get("parsed").get("name").asString()).isEqualTo("Robin Vale");
    assertThat(report.get("parsed").get("contact").get("email").asString()).isEqualTo("robin.vale@example.com");
    assertThat(report.get("text").asString()).startsWith("Robin Vale\n");
    assertThat(report.get("template").isNull()).isTrue();
  }

  @ParameterizedTest
  @CsvSource({"PDF, modern, Mariam_Resume.pdf", "DOCX, compact, Mariam_Resume.docx"})
  void anUploadedPdfOrWordDocumentIsReadAsAnAtsReadsIt(OutputFormat format, String template,
      String name) throws Exception {
    byte[] file = TestFiles.rendered(renderer, "one-page.json", format, template);
    JsonNode report = report(upload(uploading(name, file).param("grammar", "false")));
    assertThat(report.get("format").asString()).isEqualTo(format.name());
    assertThat(report.get("template").isNull()).isTrue();
    JsonNode parsed = report.get("parsed");
    assertThat(parsed.get("name").asString()).isEqualTo("Mariam Okafor-Lindqvist");
    assertThat(parsed.get("contact").get("email").asString()).isEqualTo("mariam.okafor@example.org");
    assertThat(parsed.get("jobs").get(0).get("primary").asString()).isEqualTo("Brightwater Housing");
    assertThat(parsed.get("jobs").get(0).get("secondary").asString()).isEqualTo("IT Support Specialist");
    assertThat(parsed.get("schools").get(0).get("primary").asString()).isEqualTo("Leeds Beckett University");
    assertThat(parsed.get("skills").valueStream().map(JsonNode::asString)).contains("Intune");
    assertThat(report.get("text").asString()).contains("Resolved 92% of tickets at first contact");
    assertThat(report.get("findings").isArray()).isTrue();
  }

  @Test
  void anUploadedJsonResumeIsRenderedInItsTemplateAndComparedFieldByField() throws Exception {
    JsonNode report = report(upload(uploading("resume.json",
        TestFiles.resume("one-page.json").getBytes(StandardCharsets.UTF_8))));
    assertThat(report.get("template").asString()).isEqualTo("classic");
    assertThat(report.get("differences")).isEmpty();
  }

  @Test
  void aJobDescriptionGivesTheMatchWithMatchedAndMissingKeywords() throws Exception {
    JsonNode report = report(json(resumeRequest(", \"jobDescription\": " + JSON.writeValueAsString(POSTING))));
    JsonNode match = report.get("jobMatch");
    assertThat(names(match.get("matched"))).contains("Active Directory", "Microsoft 365");
    assertThat(names(match.get("missing"))).startsWith("Kubernetes").contains("Terraform");
    assertThat(match.get("missing").get(0).get("suggestion").asString()).isNotBlank();
    assertThat(match.get("matchRate").asInt()).isBetween(1, 99);
    assertThat(findingIds(report)).contains("match.missing.tool");
    assertThat(report.get("scoreParts")).hasSize(4);

    // the same posting with an upload, sent as a small file as `curl -F jobDescription=@posting.txt` does
    JsonNode uploaded = report(upload(uploading("resume.pdf", TestFiles.rendered(renderer, "one-page.json", OutputFormat.PDF, "classic"))
        .file(new MockMultipartFile("jobDescription", "posting.txt", "text/plain", POSTING.getBytes(StandardCharsets.UTF_8)))));
    assertThat(names(uploaded.get("jobMatch").get("missing"))).startsWith("Kubernetes");
  }

  @Test
  void grammarIsCheckedOnlyOnceTheCheckerHasStartedAndTheAnswerSaysSo() throws Exception {
    String request = JSON.writeValueAsString(java.util.Map.of("text",
        "Robin Vale\nrobin@example.com\nSUMMARY\nPlatform engineer running Kubernetes for the managment of 40 services.\n"));
    JsonNode first = report(json(request));
    // never waits: either the checker was already running, or it has been started for next time
    assertThat(first.get("grammar").asString()).isIn("NOT_READY", "CHECKED");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (!checker.grammarReady() && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    JsonNode later = report(json(request));
    assertThat(later.get("grammar").asString()).isEqualTo("CHECKED");
    assertThat(findingIds(later)).contains("language.spelling");
    JsonNode off = report(json(request.replace("}", ", \"grammar\": false}")));
    assertThat(off.get("grammar").asString()).isEqualTo("OFF");
    assertThat(findingIds(off)).doesNotContain("language.spelling");
  }

  @Test
  void aScannedPageIsAFindingNotAnError() throws Exception {
    JsonNode report = report(upload(uploading("scan.pdf", Uploads.imageOnlyPdf())));
    assertThat(findingIds(report)).containsExactly("text.none");
    assertThat(report.get("score").asInt()).isLessThanOrEqualTo(35);
  }

  // ------------------------------------------------------------------ refusals: JSON

  @Test
  void malformedJsonIsA400WithWhereItBroke() throws Exception {
    JsonNode problem = problem(json("{\"resume\": {\"basics\": }"), 400, null);
    assertThat(problem.get("line").asInt()).isEqualTo(1);
    assertThat(problem.get("column").asInt()).isPositive();
    assertThat(problem.get("detail").asString()).contains("not valid JSON");
    problem(json("[1, 2]"), 400, null);
    problem(json("{\"text\": \"a\", \"text\": \"b\"}"), 400, null);
    problem(json(""), 400, null);
    assertThat(mvc.perform(post("/api/ats/check").contentType(MediaType.APPLICATION_JSON)
        .content(new byte[] {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, '"', '}'}))
        .andReturn().getResponse().getStatus()).isEqualTo(400);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      {"basics": {"name": "Ana"}}                 | basics         | inside "resume"
      {"resume": {}, "colour": "red"}             | colour         | Unknown field "colour"
      {"jobDescription": "Engineer"}              | resume         | "resume" (a JSON Resume document) or "text"
      {"resume": {}, "text": "Ana"}               | text           | not both
      {"resume": "Ana"}                           | resume         | an object
      {"text": 42}                                | text           | must be a string
      {"text": "   "}                             | text           | is empty
      {"text": "Ana", "jobDescription": ["x"]}    | jobDescription | must be a string
      {"text": "Ana", "grammar": "yes"}           | grammar        | true or false
      """)
  void aMissingUnknownOrMistypedFieldIsA400NamingIt(String body, String field, String says)
      throws Exception {
    assertThat(problem(json(body), 400, field).get("detail").asString()).contains(says);
  }

  @Test
  void anInvalidResumeIsA422WithEveryErrorLocatedInTheRequest() throws Exception {
    JsonNode problem = problem(json("{\"resume\": {\"basics\": {\"name\": \"Ana\"},"
        + " \"work\": [{\"name\": \"Acme\", \"startDate\": \"2019-13\"}]}}"), 422, null);
    assertThat(problem.get("errors").get(0).get("pointer").asString()).isEqualTo("/resume/work/0/startDate");
    assertThat(problem.get("errors").get(0).get("path").asString()).isEqualTo("resume.work[0].startDate");
  }

  @Test
  void aResumeOverTheRenderersLimitsIsA422LikeAnyInvalidResume() throws Exception {
    String bullets = JSON.writeValueAsString(java.util.Collections.nCopies(61, "Did a thing"));
    JsonNode problem = problem(json("{\"resume\": {\"basics\": {\"name\": \"Ana\"}, \"work\": [{\"name\":"
        + " \"Acme\", \"startDate\": \"2020\", \"highlights\": " + bullets + "}]}}"), 422, null);
    assertThat(problem.get("title").asString()).isEqualTo("Invalid resume");
    assertThat(problem.get("errors").get(0).get("code").asString()).isEqualTo("limit.items");
    assertThat(problem.get("errors").get(0).get("pointer").asString()).isEqualTo("/resume/work/0/highlights");
    assertThat(problem.get("detail").asString()).contains("resume.work[0].highlights", "at most 60");

    // the same document uploaded as a file is read as it is, and refused by the renderer
    JsonNode upload = problem(upload(uploading("resume.json", ("{\"basics\": {\"name\": \"Ana\"}, \"work\":"
        + " [{\"name\": \"Acme\", \"startDate\": \"2020\", \"highlights\": " + bullets + "}]}")
        .getBytes(StandardCharsets.UTF_8))), 422, "file");
    assertThat(upload.get("code").asString()).isEqualTo("resume.limit.items");
    assertThat(upload.get("detail").asString()).contains("work[0].highlights", "at most 60");
  }

  @Test
  void oversizedBodiesPostingsAndTextsAre413NamingWhatIsTooLarge() throws Exception {
    JsonNode body = problem(json("{\"text\": \"" + "y".repeat(1_100_000) + "\"}"), 413, null);
    assertThat(body.get("maxBytes").asLong()).isEqualTo(1024 * 1024);
    JsonNode posting = problem(json("{\"text\": \"Ana\", \"jobDescription\": \"" + "z".repeat(50_001) + "\"}"),
        413, "jobDescription");
    assertThat(posting.get("maxCharacters").asInt()).isEqualTo(50_000);
    JsonNode text = problem(json("{\"text\": \"" + "word ".repeat(80_001) + "\"}"), 413, "text");
    assertThat(text.get("maxCharacters").asInt()).isEqualTo(400_000);
  }

  @Test
  void anotherContentTypeIsA415SayingWhatToSend() throws Exception {
    MockHttpServletResponse response = mvc.perform(post("/api/ats/check")
        .contentType(MediaType.TEXT_PLAIN).content("Ana")).andReturn().getResponse();
    assertThat(response.getStatus()).isEqualTo(415);
    assertThat(response.getContentType()).isEqualTo(PROBLEM.toString());
    JsonNode problem = body(response);
    assertThat(problem.get("header").asString()).isEqualTo("Content-Type");
    assertThat(problem.get("detail").asString()).contains("application/json", "multipart/form-data", "not text/plain");
  }

  // ------------------------------------------------------------------ refusals: uploads

  @Test
  void anUploadWithoutItsFileOrWithUnknownPartsIsA400NamingThePart() throws Exception {
    assertThat(problem(upload(multipart("/api/ats/check").param("jobDescription", POSTING)), 400, "file")
        .get("detail").asString()).contains("the part \"file\"");
    assertThat(problem(upload(multipart("/api/ats/check").param("file", "resume.pdf")), 400, "file")
        .get("detail").asString()).contains("-F file=@resume.pdf");
    byte[] pdf = TestFiles.rendered(renderer, "one-page.json", OutputFormat.PDF, "classic");
    problem(upload(uploading("a.pdf", pdf).file(new MockMultipartFile("file", "b.pdf", null, pdf))), 400, "file");
    assertThat(problem(upload(uploading("a.pdf", pdf).param("text", "Ana")), 400, "text")
        .get("detail").asString()).contains("{\"text\": \"…\"}");
    problem(upload(uploading("a.pdf", pdf).param("grammar", "maybe")), 400, "grammar");
    // a query parameter is not a part
    assertThat(upload(multipart("/api/ats/check?v=2").file(new MockMultipartFile("file", "a.pdf", null, pdf)))
        .getStatus()).isEqualTo(200);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      encrypted | resume.pdf | file.encrypted       | password
      corrupt   | resume.pdf | file.corrupt         | not a readable PDF
      zipbomb   | resume.docx| file.hostile         | unpacks
      xxe       | resume.docx| file.hostile         | entities
      long      | cv.pdf     | file.too-many-pages  | 20 pages
      picture   | photo.png  | file.type            | not a PDF, DOCX or JSON Resume
      olddoc    | resume.doc | file.type            | .docx
      empty     | resume.pdf | file.empty           | empty
      """)
  void damagedProtectedAndHostileFilesAre422WithAClearMessage(String kind, String name,
      String code, String says) throws Exception {
    byte[] file = switch (kind) {
      case "encrypted" -> Uploads.encryptedPdf();
      case "corrupt" -> ("%PDF-1.7\n" + "garbage ".repeat(500)).getBytes(StandardCharsets.US_ASCII);
      case "zipbomb" -> Uploads.zipBombDocx(80);
      case "xxe" -> Uploads.xxeDocx();
      case "long" -> Uploads.longPdf(21);
      case "picture" -> new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0};
      case "olddoc" -> new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 1, 2, 3, 4};
      default -> new byte[0];
    };
    JsonNode problem = problem(upload(uploading(name, file)), 422, "file");
    assertThat(problem.get("code").asString()).isEqualTo(code);
    assertThat(problem.get("title").asString()).isEqualTo("File refused");
    assertThat(problem.get("detail").asString()).containsIgnoringCase(says).doesNotContain("/etc/passwd", "root:");
  }

  /**
   * Refusals in our own words: never a library's message (PDFBox's "Missing root object
   * specification in trailer", StAX's "ParseError at [row,col]", Jackson's
   * "StreamReadConstraints"), and the code the importer gives for the same file.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      noroot       | resume.pdf  | file.corrupt   | not a readable PDF
      truncated    | resume.pdf  | file.corrupt   | incomplete
      badxml       | resume.docx | file.corrupt   | document XML is damaged (at line 1
      lockedzip    | resume.zip  | file.encrypted | protected by a password
      deepjson     | resume.json | file.json      | levels deep
      longnumber   | resume.json | file.json      | number of more than 100 characters
      """)
  void refusalsAreOurOwnSentencesWithAStableCode(String kind, String name, String code,
      String says) throws Exception {
    byte[] file = switch (kind) {
      case "noroot" -> Uploads.pdfWithoutRoot();
      case "truncated" -> {
        byte[] pdf = TestFiles.rendered(renderer, "one-page.json", OutputFormat.PDF, "classic");
        yield Arrays.copyOf(pdf, pdf.length * 3 / 5);
      }
      case "badxml" -> Uploads.docx("<w:document><w:body><w:p></w:body>");
      case "lockedzip" -> Uploads.passwordProtectedZip();
      case "deepjson" -> ("{\"basics\": {\"x\": " + "[".repeat(600) + "]".repeat(600) + "}}")
          .getBytes(StandardCharsets.UTF_8);
      default -> ("{\"basics\": {\"x\": " + "9".repeat(2000) + "}}")
          .getBytes(StandardCharsets.UTF_8);
    };
    JsonNode problem = problem(upload(uploading(name, file)), 422, "file");
    assertThat(problem.get("code").asString()).isEqualTo(code);
    assertThat(problem.get("detail").asString())
        .contains(says)
        .doesNotContainIgnoringCase("trailer")
        .doesNotContain("ParseError", "[row,col]", "StreamReadConstraints", "nesting depth",
            "scan", "text layer", "ZipException", "LOC header");
  }

  @Test
  void aFileOverTheLimitIsA413NamingTheFile() throws Exception {
    byte[] big = new byte[(int) AtsLimits.DEFAULT.maxBytes() + 1];
    System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 9);
    JsonNode problem = problem(upload(uploading("huge.pdf", big)), 413, "file");
    assertThat(problem.get("maxBytes").asLong()).isEqualTo(AtsLimits.DEFAULT.maxBytes());
    assertThat(problem.get("detail").asString()).contains("KB");
  }

  @Test
  void aFullPoolAnswers503WithRetryAfterAndRecovers() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch running = new CountDownLatch(pool.workers());
    List<Future<Boolean>> blockers = new ArrayList<>();
    try {
      // every worker busy first, then every place in the queue taken
      for (int i = 0; i < pool.workers(); i++) {
        blockers.add(pool.submit(() -> {
          running.countDown();
          return release.await(30, TimeUnit.SECONDS);
        }));
      }
      assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
      for (int i = 0; i < renderProperties.queueCapacity(); i++) {
        blockers.add(pool.submit(() -> release.await(30, TimeUnit.SECONDS)));
      }
      MockHttpServletResponse busy = json("{\"text\": \"Ana Smith\\nEXPERIENCE\"}");
      problem(busy, 503, null);
      assertThat(busy.getHeader("Retry-After")).isEqualTo("2");
    } finally {
      release.countDown();
    }
    for (Future<Boolean> blocker : blockers) {
      blocker.get(10, TimeUnit.SECONDS);
    }
    report(json("{\"text\": \"Ana Smith\\nEXPERIENCE\"}"));
  }
}
