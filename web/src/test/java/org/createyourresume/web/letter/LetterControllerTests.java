package org.createyourresume.web.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.createyourresume.ats.AtsChecker;
import org.createyourresume.ats.AtsLimits;
import org.createyourresume.render.ResumeRenderer;
import org.createyourresume.web.WebTestConfiguration;
import org.createyourresume.web.render.RenderPool;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** {@code /api/letters/…}: render, draft and check, and every refusal as problem+json naming the field. */
@WebMvcTest(LetterController.class)
@Import({WebTestConfiguration.class, RenderPool.class, LetterControllerTests.Checker.class})
class LetterControllerTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

  @TestConfiguration(proxyBeanMethods = false)
  static class Checker {
    @Bean
    AtsChecker atsChecker(ResumeRenderer renderer) {
      return AtsChecker.create(AtsLimits.DEFAULT, renderer);
    }
  }

  @Autowired private MockMvc mvc;

  static String fixture(String name) {
    try (InputStream in = LetterControllerTests.class.getResourceAsStream("/letters/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private MvcResult postJson(String path, String body) throws Exception {
    return mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(body)).andReturn();
  }

  @Test
  void rendersTheResumesLetterAsAPdfInItsTemplate() throws Exception {
    MvcResult result = mvc.perform(post("/api/letters/render").contentType(MediaType.APPLICATION_JSON)
            .content(fixture("with-letters.json")))
        .andExpect(status().isOk())
        .andExpect(content().contentType(MediaType.APPLICATION_PDF))
        .andExpect(header().string("X-Template", "modern"))
        .andExpect(header().string("X-Page-Count", "1"))
        .andExpect(header().string("X-Letter-Placeholders", ""))
        .andExpect(header().string("Content-Disposition", containsString("Cover_Letter.pdf")))
        .andReturn();
    try (PDDocument pdf = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
      String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
      assertThat(text).startsWith("Amelia Fernández-Ortiz").contains("Dear Ms Whitfield,")
          .contains("Northwind Logistics").contains("Kind regards,");
    }
  }

  @Test
  void picksALetterByIdAndRefusesAnUnknownOneNamingTheParameter() throws Exception {
    MvcResult txt = postJson("/api/letters/render?letter=second&format=txt", fixture("with-letters.json"));
    assertThat(txt.getResponse().getStatus()).isEqualTo(200);
    assertThat(txt.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("Contoso")
        .doesNotContain("Whitfield");
    mvc.perform(post("/api/letters/render?letter=nope").contentType(MediaType.APPLICATION_JSON)
            .content(fixture("with-letters.json")))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM))
        .andExpect(jsonPath("$.parameter").value("letter"))
        .andExpect(jsonPath("$.detail", containsString("northwind-backend, second")));
  }

  @Test
  void aResumeWithoutLettersIs422AtTheLettersPointer() throws Exception {
    mvc.perform(post("/api/letters/render").contentType(MediaType.APPLICATION_JSON)
            .content("{\"basics\": {\"name\": \"Sam Lee\"}}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM))
        .andExpect(jsonPath("$.errors[0].pointer").value("/meta/createYourResume/letters"));
  }

  @Test
  void aLetterValueOfTheWrongKindIs422NamingItsPointer() throws Exception {
    mvc.perform(post("/api/letters/render").contentType(MediaType.APPLICATION_JSON)
            .content("{\"basics\": {\"name\": \"Sam\"}, \"meta\": {\"createYourResume\": {\"letters\": "
                + "[{\"greeting\": [\"Hi\"]}]}}}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].pointer").value("/meta/createYourResume/letters/0/greeting"));
  }

  @Test
  void placeholdersAreNamedInAHeader() throws Exception {
    ObjectNode resume = (ObjectNode) JSON.readTree(fixture("with-letters.json"));
    ((ObjectNode) resume.at("/meta/createYourResume/letters/0")).put("greeting", "Dear [Name],");
    mvc.perform(post("/api/letters/render").contentType(MediaType.APPLICATION_JSON).content(resume.toString()))
        .andExpect(status().isOk())
        .andExpect(header().string("X-Letter-Placeholders", "/greeting"));
  }

  @Test
  void draftsALetterNamingRoleAndCompanyWithMarkedParagraphs() throws Exception {
    ObjectNode body = JSON.createObjectNode();
    body.set("resume", JSON.readTree(fixture("with-letters.json")));
    body.put("jobDescription", fixture("posting-backend.txt"));
    MvcResult result = mvc.perform(post("/api/letters/draft").contentType(MediaType.APPLICATION_JSON)
            .content(body.toString()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.role").value("Senior Backend Engineer"))
        .andExpect(jsonPath("$.company").value("Northwind Logistics"))
        .andExpect(jsonPath("$.letter.recipient.company").value("Northwind Logistics"))
        .andExpect(jsonPath("$.letter.body[0].generated").value(true))
        .andExpect(jsonPath("$.requirements", hasItem("Kafka")))
        .andReturn();
    JsonNode draft = JSON.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    JsonNode resume = JSON.readTree(fixture("with-letters.json"));
    for (JsonNode citation : draft.get("citations")) {
      assertThat(resume.at(citation.get("pointer").stringValue()).stringValue())
          .isEqualTo(citation.get("text").stringValue());
    }
  }

  @Test
  void aDraftNeedsAPostingAndSaysWhichFieldIsWrong() throws Exception {
    mvc.perform(post("/api/letters/draft").contentType(MediaType.APPLICATION_JSON)
            .content("{\"resume\": {\"basics\": {\"name\": \"Sam\"}}}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("jobDescription"));
    mvc.perform(post("/api/letters/draft").contentType(MediaType.APPLICATION_JSON)
            .content("{\"resume\": 3, \"jobDescription\": \"x\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("resume"));
    mvc.perform(post("/api/letters/draft").contentType(MediaType.APPLICATION_JSON)
            .content("{\"resume\": {}, \"posting\": \"x\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("posting"));
    mvc.perform(post("/api/letters/draft").contentType(MediaType.APPLICATION_JSON).content("{\"resume\": "))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM));
  }

  @Test
  void checksTheLetterAgainstThePosting() throws Exception {
    ObjectNode body = JSON.createObjectNode();
    body.set("resume", JSON.readTree(fixture("with-letters.json")));
    body.put("jobDescription", fixture("posting-backend.txt"));
    mvc.perform(post("/api/letters/check").contentType(MediaType.APPLICATION_JSON).content(body.toString()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.words").isNumber())
        .andExpect(jsonPath("$.keywords", hasItem("Kafka")))
        .andExpect(jsonPath("$.findings[*].code", hasItem("letter.too-short")))
        .andExpect(jsonPath("$.findings[*].code", hasItem("letter.generated")));
  }
}
