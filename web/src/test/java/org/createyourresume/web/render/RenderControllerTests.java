package org.createyourresume.web.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.createyourresume.render.ResumeRenderer;
import org.createyourresume.render.TemplateInfo;
import org.createyourresume.web.TestFiles;
import org.createyourresume.web.WebTestConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

@WebMvcTest(RenderController.class)
@Import({WebTestConfiguration.class, RenderPool.class})
class RenderControllerTests {

  private static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

  @Autowired private MockMvc mvc;

  private MvcResult render(String query, String body) throws Exception {
    return mvc.perform(
            post("/api/render" + query).contentType(MediaType.APPLICATION_JSON).content(body))
        .andReturn();
  }

  @Test
  void saysWhichFieldsHoldCharactersNoBundledFontCanShow() throws Exception {
    MvcResult result = render("", """
        {"basics": {"name": "Sam Doe", "label": "ᚠ engineer"},
         "work": [{"name": "杭州云帆科技", "highlights": ["Shipped 🚀 twice", "نظام الدفع"]}]}
        """);
    assertThat(result.getResponse().getStatus()).isEqualTo(200);
    assertThat(result.getResponse().getHeader("X-Missing-Characters"))
        .isEqualTo("/basics/label U+16A0; /work/0/highlights/0 U+1F680");
    assertThat(TestFiles.pdfText(result.getResponse().getContentAsByteArray())).contains("杭州云帆科技");

    MvcResult clean = render("", "{\"basics\": {\"name\": \"ليلى حداد\"}}");
    assertThat(clean.getResponse().getHeader("X-Missing-Characters")).isEmpty();
  }

  @Test
  void rendersAPdfNamedAfterThePersonWithEveryFieldExtractable() throws Exception {
    MvcResult result =
        mvc.perform(
                post("/api/render")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(TestFiles.resume("one-page.json")))
            .andExpect(status().isOk())
            .andExpect(content().contentType(MediaType.APPLICATION_PDF))
            .andExpect(
                header().string("Content-Disposition",
                    containsString("filename=\"Mariam_Okafor-Lindqvist_Resume.pdf\"")))
            .andExpect(header().string("Cache-Control", "no-store"))
            .andExpect(header().string("X-Page-Count", "1"))
            .andReturn();
    byte[] pdf = result.getResponse().getContentAsByteArray();
    assertThat(TestFiles.pdfPages(pdf)).isEqualTo(1);
    assertThat(TestFiles.pdfText(pdf))
        .contains("Mariam Okafor-Lindqvist", "mariam.okafor@example.org", "Brightwater Housing",
            "IT Support Specialist", "Resolved 92% of tickets at first contact",
            "Leeds Beckett University", "Intune", "CompTIA A+")
        .doesNotContain("\uFFFD");
  }

  static Stream<String> templates() {
    return ResumeRenderer.create().templates().stream().map(TemplateInfo::id);
  }

  @ParameterizedTest
  @MethodSource("templates")
  void rendersEveryTemplateNamedInTheQuery(String template) throws Exception {
    MvcResult result = render("?template=" + template, TestFiles.resume("one-page.json"));
    assertThat(result.getResponse().getStatus()).isEqualTo(200);
    assertThat(result.getResponse().getHeader("X-Template")).isEqualTo(template);
    assertThat(TestFiles.pdfText(result.getResponse().getContentAsByteArray()))
        .contains("Mariam Okafor-Lindqvist", "Northgate Library Service");
  }

  @Test
  void thePreviewIsTheDownloadedFileAndARepeatedPreviewIsServedFromTheLastOne() throws Exception {
    String body = TestFiles.resume("one-page.json");
    MvcResult download = render("?template=modern", body);
    MvcResult preview = render("?template=modern&preview=true", body);
    MvcResult again = render("?template=modern&preview=true", body.replace("\n", "\n "));
    for (MvcResult result : new MvcResult[] {download, preview, again}) {
      assertThat(result.getResponse().getStatus()).isEqualTo(200);
      assertThat(result.getResponse().getContentType()).isEqualTo("application/pdf");
      assertThat(result.getResponse().getHeader("X-Page-Count")).isEqualTo("1");
    }
    byte[] downloaded = download.getResponse().getContentAsByteArray();
    byte[] previewed = preview.getResponse().getContentAsByteArray();
    assertThat(withoutDatesAndId(previewed)).isEqualTo(withoutDatesAndId(downloaded));
    // the same page again: the very bytes of the last preview, nothing written anew
    assertThat(again.getResponse().getContentAsByteArray()).isEqualTo(previewed);
  }

  /** A PDF with its creation and modification dates and its document id blanked. */
  private static String withoutDatesAndId(byte[] pdf) {
    return new String(pdf, StandardCharsets.ISO_8859_1)
        .replaceAll("D:\\d{14}[^)]*", "D:")
        .replaceAll("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?(Z|[+-]\\d\\d:\\d\\d)?", "T")
        .replaceAll("/ID ?\\[<[0-9A-Fa-f]+> ?<[0-9A-Fa-f]+>]", "/ID");
  }

  @Test
  void jsonFormatGivesTheNormalisedDocumentKeepingUnknownFields() throws Exception {
    mvc.perform(
            post("/api/render?format=json")
                .contentType(MediaType.APPLICATION_JSON)
                .content(TestFiles.resume("old-dialect.json")))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
        .andExpect(header().string("Content-Disposition",
            containsString("Tomas_Ribeiro_Resume.json")))
        .andExpect(jsonPath("$.basics.name").value("Tomás Ribeiro"))
        .andExpect(jsonPath("$.basics.url").value("https://tomas.example.net"))
        .andExpect(jsonPath("$.basics.profiles[0].network").value("github"))
        .andExpect(jsonPath("$.basics.profiles[0].username").value("tribeiro"))
        .andExpect(jsonPath("$.basics.favouriteColour").value("teal"))
        .andExpect(jsonPath("$.work[0].name").value("Oceano Labs"))
        .andExpect(jsonPath("$['x-custom'].kept").value(true));
  }

  @Test
  void htmlFormatEscapesUserText() throws Exception {
    String body = "{\"basics\":{\"name\":\"<script>alert(1)</script> Eve\"}}";
    MvcResult result = render("?format=html", body);
    assertThat(result.getResponse().getStatus()).isEqualTo(200);
    assertThat(result.getResponse().getContentType()).startsWith("text/html");
    String html = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(html).contains("&lt;script&gt;").doesNotContain("<script>alert(1)");
  }

  @Test
  void malformedJsonIsA400NamingLineAndColumn() throws Exception {
    mvc.perform(
            post("/api/render")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\n  \"basics\": {\n    \"name\": \"Ann\",,\n  }\n}"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(PROBLEM))
        .andExpect(jsonPath("$.title").value("Malformed JSON"))
        .andExpect(jsonPath("$.line").value(3))
        .andExpect(jsonPath("$.column").isNumber())
        .andExpect(jsonPath("$.detail").value(containsString("line 3")))
        .andExpect(jsonPath("$.detail").value(not(containsString("Unexpected character"))))
        .andExpect(content().string(not(containsString("Exception"))));
  }

  @Test
  void aJsonArrayIsNotAResume() throws Exception {
    mvc.perform(post("/api/render").contentType(MediaType.APPLICATION_JSON).content("[1, 2]"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(PROBLEM))
        .andExpect(jsonPath("$.detail").value(containsString("JSON object")));
  }

  @Test
  void anEmptyBodyIsA400() throws Exception {
    mvc.perform(post("/api/render").contentType(MediaType.APPLICATION_JSON).content(""))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(PROBLEM))
        .andExpect(jsonPath("$.detail").value(containsString("empty")));
  }

  @Test
  void aBodyThatIsNotUtf8IsA400() throws Exception {
    byte[] latin1 = "{\"basics\":{\"name\":\"Jos\u00e9\"}}".getBytes(StandardCharsets.ISO_8859_1);
    mvc.perform(post("/api/render").contentType(MediaType.APPLICATION_JSON).content(latin1))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(PROBLEM))
        .andExpect(jsonPath("$.detail").value(containsString("UTF-8")));
  }

  @Test
  void aWrongContentTypeIsA415NamingTheHeader() throws Exception {
    mvc.perform(post("/api/render").contentType(MediaType.TEXT_PLAIN).content("{}"))
        .andExpect(status().isUnsupportedMediaType())
        .andExpect(content().contentType(PROBLEM))
        .andExpect(jsonPath("$.header").value("Content-Type"))
        .andExpect(jsonPath("$.detail").value(containsString("application/json")));
  }

  @Test
  void aMissingContentTypeIsA415() throws Exception {
    mvc.perform(post("/api/render").content("{}"))
        .andExpect(status().isUnsupportedMediaType())
        .andExpect(content().contentType(PROBLEM));
  }

  @Test
  void anOversizedBodyIsA413() throws Exception {
    String huge = "{\"basics\":{\"summary\":\"" + "x".repeat(1_100_000) + "\"}}";
    mvc.perform(post("/api/render").contentType(MediaType.APPLICATION_JSON).content(huge))
        .andExpect(status().isContentTooLarge())
        .andExpect(content().contentType(PROBLEM))
        .andExpect(jsonPath("$.maxBytes").value(1048576));
  }

  @Test
  void anUnknownTemplateIsA400NamingTheParameter() throws Exception {
    mvc.perform(
            post("/api/render?template=fancy-columns")
                .contentType(MediaType.APPLICATION_JSON)
                .content(TestFiles.resume("one-page.json")))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(PROBLEM))
        .andExpect(jsonPath("$.parameter").value("template"))
        .andExpect(jsonPath("$.detail").value(containsString("classic")));
  }

  @Test
  void everyExportFormatDownloadsUnderTheResumeFileName() throws Exception {
    String body = TestFiles.resume("one-page.json");
    for (String[] format : new String[][] {
        {"docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx"},
        {"txt", "text/plain;charset=UTF-8", ".txt"},
        {"md", "text/markdown;charset=UTF-8", ".md"}}) {
      MvcResult result = render("?format=" + format[0], body);
      assertThat(result.getResponse().getStatus()).as(format[0]).isEqualTo(200);
      assertThat(result.getResponse().getContentType()).as(format[0]).isEqualTo(format[1]);
      assertThat(result.getResponse().getHeader("Content-Disposition")).as(format[0]).contains("_Resume" + format[2]);
    }
  }

  @Test
  void plainTextCanBeWrappedAndKeptToAscii() throws Exception {
    MvcResult result = render("?format=txt&width=50&ascii=true", TestFiles.resume("one-page.json"));
    String text = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(text.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(50));
    assertThat(text).doesNotContain("•", "–");
  }

  @Test
  void aWidthTooNarrowToReadIsA400NamingTheParameter() throws Exception {
    mvc.perform(
            post("/api/render?format=txt&width=5")
                .contentType(MediaType.APPLICATION_JSON)
                .content(TestFiles.resume("one-page.json")))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(PROBLEM))
        .andExpect(jsonPath("$.parameter").value("width"));
  }

  @Test
  void anUnknownFormatIsA400NamingTheParameter() throws Exception {
    mvc.perform(
            post("/api/render?format=exe")
                .contentType(MediaType.APPLICATION_JSON)
                .content(TestFiles.resume("one-page.json")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.parameter").value("format"));
  }

  @Test
  void anEmptyFormatIsA400NamingTheParameterNotAPdf() throws Exception {
    mvc.perform(
            post("/api/render?format=")
                .contentType(MediaType.APPLICATION_JSON)
                .content(TestFiles.resume("one-page.json")))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(PROBLEM))
        .andExpect(jsonPath("$.parameter").value("format"))
        .andExpect(jsonPath("$.detail", containsString("empty")));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      {"basics":"x"}                          | /basics      | expected an object, found text
      {"basics":{"name":"Kim"},"work":"none"} | /work        | expected a list, found text
      {"basics":{"name":"Kim","profiles":7}}  | /basics/profiles | expected a list, found a number
      """)
  void aValueOfTheWrongKindIsA422NamingItsFieldNotABlankFile(String body, String pointer,
      String says) throws Exception {
    for (String format : new String[] {"pdf", "txt"}) {
      mvc.perform(
              post("/api/render?format=" + format)
                  .contentType(MediaType.APPLICATION_JSON)
                  .content(body))
          .andExpect(status().isUnprocessableContent())
          .andExpect(content().contentType(PROBLEM))
          .andExpect(jsonPath("$.errors[0].pointer").value(pointer))
          .andExpect(jsonPath("$.errors[0].code").value("type.mismatch"))
          .andExpect(jsonPath("$.errors[0].message").value(says))
          .andExpect(jsonPath("$.detail", containsString(pointer.substring(1).replace('/', '.'))));
    }
  }

  @Test
  void jsonOverTheReadersLimitsIsA400SayingWhichLimit() throws Exception {
    String deep = "{\"basics\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}";
    mvc.perform(post("/api/render").contentType(MediaType.APPLICATION_JSON).content(deep))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(PROBLEM))
        .andExpect(jsonPath("$.code").value("json.too-deep"))
        .andExpect(jsonPath("$.detail", containsString("more than 500 levels deep")))
        .andExpect(jsonPath("$.line").value(1))
        .andExpect(jsonPath("$.column").value(510))
        .andExpect(content().string(not(containsString("StreamReadConstraints"))));
    String number = "{\"basics\":{\"name\":\"Kim\",\"x\":" + "1".repeat(100_000) + "}}";
    mvc.perform(post("/api/render").contentType(MediaType.APPLICATION_JSON).content(number))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("json.number-too-long"))
        .andExpect(jsonPath("$.detail", containsString("a number of more than 100 characters")))
        .andExpect(content().string(not(containsString("StreamReadConstraints"))));
  }

  @Test
  void anInvalidResumeIsA422ListingEveryErrorWithItsField() throws Exception {
    mvc.perform(
            post("/api/render")
                .contentType(MediaType.APPLICATION_JSON)
                .content(TestFiles.resume("invalid.json")))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().contentType(PROBLEM))
        .andExpect(jsonPath("$.title").value("Invalid resume"))
        .andExpect(jsonPath("$.errors[?(@.pointer == '/basics/email')].path")
            .value("basics.email"))
        .andExpect(jsonPath("$.errors[?(@.pointer == '/work/0/startDate')].path")
            .value("work[0].startDate"))
        .andExpect(jsonPath("$.errors[?(@.pointer == '/basics/email')].line").value(4))
        .andExpect(jsonPath("$.errors[*].message", hasSize(3)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"data:image/svg+xml;base64,PHN2Zy8+", "javascript:alert(1)",
      "data:image/png;base64,/9j/4AAQSkZJRgABAQ=="})
  void aBadPhotoIsA422ProblemNamingBasicsImage(String image) throws Exception {
    String body = "{\"basics\":{\"name\":\"Kim\",\"image\":\"" + image + "\"}}";
    mvc.perform(post("/api/render").contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().contentType(PROBLEM))
        .andExpect(jsonPath("$.errors", hasSize(1)))
        .andExpect(jsonPath("$.errors[0].pointer").value("/basics/image"))
        .andExpect(jsonPath("$.errors[0].path").value("basics.image"))
        .andExpect(jsonPath("$.errors[0].code", startsWith("image.")))
        .andExpect(jsonPath("$.detail", containsString("basics.image")));
  }

  @Test
  void aPhotoAtAWebAddressIsAccepted() throws Exception {
    // JSON Resume allows a web address; it is kept in the document but only data URIs print
    String body = "{\"basics\":{\"name\":\"Kim\",\"image\":\"https://photo.invalid/me.jpg\"}}";
    mvc.perform(post("/api/render").contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isOk())
        .andExpect(content().contentType(MediaType.APPLICATION_PDF));
  }

  @Test
  void anUnknownTemplateInsideTheResumeIsA422AtItsPointer() throws Exception {
    String body = "{\"basics\":{\"name\":\"Kim\"},\"meta\":{\"createYourResume\":"
        + "{\"template\":\"nope\"}}}";
    mvc.perform(post("/api/render").contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].pointer").value("/meta/createYourResume/template"));
  }

  @Test
  void getIsNotAllowed() throws Exception {
    mvc.perform(get("/api/render"))
        .andExpect(status().isMethodNotAllowed())
        .andExpect(content().contentType(PROBLEM));
  }

  @Test
  void responsesCarryTheSecurityHeaders() throws Exception {
    mvc.perform(post("/api/render").contentType(MediaType.APPLICATION_JSON).content("{"))
        .andExpect(header().string("X-Content-Type-Options", "nosniff"))
        .andExpect(header().string("Referrer-Policy", "no-referrer"))
        .andExpect(header().string("Content-Security-Policy",
            containsString("frame-ancestors 'none'")));
  }

  // POST /api/render/fit

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private MvcResult fit(String query, String body) throws Exception {
    return mvc.perform(
            post("/api/render/fit" + query).contentType(MediaType.APPLICATION_JSON).content(body))
        .andReturn();
  }

  /** {@code resume} with the fitted design values written into meta.createYourResume. */
  private static String withDesign(String resume, JsonNode design) {
    ObjectNode document = (ObjectNode) JSON.readTree(resume);
    ObjectNode meta = document.has("meta") ? (ObjectNode) document.get("meta") : document.putObject("meta");
    ObjectNode ours = meta.has("createYourResume")
        ? (ObjectNode) meta.get("createYourResume") : meta.putObject("createYourResume");
    ours.set("fontSize", design.get("fontSize"));
    ours.set("lineSpacing", design.get("lineSpacing"));
    ours.set("margins", design.get("margins"));
    return JSON.writeValueAsString(document);
  }

  @ParameterizedTest
  @MethodSource("templates")
  void fitAnswersTheSettingsThatPutAResumeOnOnePage(String template) throws Exception {
    String resume = TestFiles.resume("over-one-page.json");
    assertThat(render("?template=" + template, resume).getResponse().getHeader("X-Page-Count"))
        .isEqualTo("2");

    MvcResult result =
        mvc.perform(
                post("/api/render/fit?template=" + template + "&pages=1")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(resume))
            .andExpect(status().isOk())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
            .andExpect(header().string("Cache-Control", "no-store"))
            .andExpect(jsonPath("$.fits").value(true))
            .andExpect(jsonPath("$.changed").value(true))
            .andExpect(jsonPath("$.pages").value(1))
            .andExpect(jsonPath("$.targetPages").value(1))
            .andExpect(jsonPath("$.leftover.lines").value(0))
            .andExpect(jsonPath("$.leftover.fraction").value(0.0))
            .andExpect(jsonPath("$.message").value(containsString("Fits on one page with")))
            .andReturn();
    JsonNode design = JSON.readTree(result.getResponse().getContentAsString()).get("design");
    assertThat(design.get("fontSize").asDouble()).isBetween(9.5, 11.0);
    assertThat(design.get("lineSpacing").asDouble()).isBetween(1.05, 1.3);
    for (String side : new String[] {"top", "right", "bottom", "left"}) {
      assertThat(design.get("margins").get(side).asDouble()).as(side).isBetween(10.0, 30.0);
    }

    // what the editor does next: write the values into the resume and render it
    MvcResult fitted = render("?template=" + template, withDesign(resume, design));
    assertThat(fitted.getResponse().getStatus()).isEqualTo(200);
    assertThat(fitted.getResponse().getHeader("X-Page-Count")).isEqualTo("1");
    assertThat(fitted.getResponse().getHeader("X-Render-Warnings")).isEqualTo("0");
    assertThat(TestFiles.pdfText(fitted.getResponse().getContentAsByteArray()))
        .contains("Jonas Whitfield", "Cut the monthly error budget", "University of Leeds");
  }

  @Test
  void fitLeavesAResumeThatAlreadyFitsAsItIs() throws Exception {
    mvc.perform(
            post("/api/render/fit")
                .contentType(MediaType.APPLICATION_JSON)
                .content(TestFiles.resume("one-page.json")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.fits").value(true))
        .andExpect(jsonPath("$.changed").value(false))
        .andExpect(jsonPath("$.pages").value(1))
        .andExpect(jsonPath("$.message").value("Already fits on one page; nothing was changed."))
        .andExpect(jsonPath("$.notes", hasSize(0)));
  }

  @Test
  void fitSaysHowMuchIsLeftOverWhenNothingReadableFits() throws Exception {
    // the same jobs three times over: far more than one page at any readable size
    ObjectNode resume = (ObjectNode) JSON.readTree(TestFiles.resume("over-one-page.json"));
    ArrayNode work = (ArrayNode) resume.get("work");
    ArrayNode copy = work.deepCopy();
    work.addAll(copy.deepCopy());
    work.addAll(copy);
    mvc.perform(
            post("/api/render/fit?pages=1")
                .contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(resume)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.fits").value(false))
        .andExpect(jsonPath("$.pages").value(2))
        .andExpect(jsonPath("$.design.fontSize").value(9.5))
        .andExpect(jsonPath("$.design.lineSpacing").value(1.05))
        .andExpect(jsonPath("$.design.margins.top").value(10.0))
        .andExpect(jsonPath("$.design.margins.left").value(12.0))
        .andExpect(jsonPath("$.leftover.lines").value(greaterThan(10)))
        .andExpect(jsonPath("$.leftover.fraction").value(greaterThan(0.2)))
        .andExpect(jsonPath("$.leftover.message").value(containsString("more than fits on one page")))
        .andExpect(jsonPath("$.message").value(startsWith("Even at the tightest readable settings")));
  }

  @Test
  void fitOnTwoPages() throws Exception {
    mvc.perform(
            post("/api/render/fit?template=classic&pages=2")
                .contentType(MediaType.APPLICATION_JSON)
                .content(TestFiles.resume("over-one-page.json")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.fits").value(true))
        .andExpect(jsonPath("$.changed").value(false))
        .andExpect(jsonPath("$.pages").value(2))
        .andExpect(jsonPath("$.targetPages").value(2));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "11", "-1", "1.5", "one", "1000000"})
  void fitRefusesAPageCountOutOfRangeNamingTheParameter(String pages) throws Exception {
    mvc.perform(
            post("/api/render/fit?pages=" + pages)
                .contentType(MediaType.APPLICATION_JSON)
                .content(TestFiles.resume("one-page.json")))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(PROBLEM))
        .andExpect(jsonPath("$.parameter").value("pages"))
        .andExpect(jsonPath("$.detail").value("Use a whole number of pages from 1 to 10."));
  }

  @Test
  void fitRefusesBadInputAsRenderDoes() throws Exception {
    mvc.perform(
            post("/api/render/fit")
                .contentType(MediaType.APPLICATION_JSON)
                .content(TestFiles.resume("invalid.json")))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().contentType(PROBLEM))
        .andExpect(jsonPath("$.errors[?(@.pointer == '/work/0/startDate')].path")
            .value("work[0].startDate"));
    mvc.perform(
            post("/api/render/fit?template=fancy-columns")
                .contentType(MediaType.APPLICATION_JSON)
                .content(TestFiles.resume("one-page.json")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.parameter").value("template"));
    mvc.perform(post("/api/render/fit").contentType(MediaType.APPLICATION_JSON).content("{\"basics\": }"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(PROBLEM))
        .andExpect(jsonPath("$.line").value(1));
    mvc.perform(post("/api/render/fit").contentType(MediaType.TEXT_PLAIN).content("{}"))
        .andExpect(status().isUnsupportedMediaType())
        .andExpect(jsonPath("$.header").value("Content-Type"));
    mvc.perform(get("/api/render/fit"))
        .andExpect(status().isMethodNotAllowed())
        .andExpect(content().contentType(PROBLEM));
  }
}
