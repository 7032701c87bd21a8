package org.createyourresume.web.letter;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.createyourresume.importer.LetterImporter;
import org.createyourresume.web.WebTestConfiguration;
import org.createyourresume.web.render.RenderPool;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** {@code POST /api/letters/import} in a slice: a letter file in, its fields and the guesses to review out. */
@WebMvcTest(LetterImportController.class)
@Import({WebTestConfiguration.class, RenderPool.class, LetterImportControllerTests.Importer.class})
class LetterImportControllerTests {

  private static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

  static final String LETTER = """
      Jordan Avery
      jordan.avery@example.com

      March 3, 2025

      Dana Whitfield
      Engineering Manager
      Northwind Logistics
      12 Harbour Street
      Rotterdam 3011

      Application for Senior Backend Engineer

      Dear Ms Whitfield,

      I am writing to apply for the Senior Backend Engineer role at Northwind Logistics.

      I would welcome the chance to talk.

      Kind regards,
      Jordan Avery
      """;

  @TestConfiguration(proxyBeanMethods = false)
  static class Importer {
    @Bean
    LetterImporter letterImporter() {
      return LetterImporter.create();
    }
  }

  @Autowired private MockMvc mvc;

  private ResultActions upload(String name, byte[] content, String resume) throws Exception {
    var request = multipart("/api/letters/import")
        .file(new MockMultipartFile("file", name, "application/octet-stream", content));
    if (resume != null) {
      request.param("resume", resume);
    }
    return mvc.perform(request);
  }

  @Test
  void readsTheLettersFieldsAndSetsTheSenderAside() throws Exception {
    upload("letter.txt", LETTER.getBytes(StandardCharsets.UTF_8), null)
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
        .andExpect(header().string("Cache-Control", "no-store"))
        .andExpect(jsonPath("$.format").value("TEXT"))
        .andExpect(jsonPath("$.letter.id").value("northwind-logistics"))
        .andExpect(jsonPath("$.letter.role").value("Senior Backend Engineer"))
        .andExpect(jsonPath("$.letter.recipient.name").value("Dana Whitfield"))
        .andExpect(jsonPath("$.letter.recipient.title").value("Engineering Manager"))
        .andExpect(jsonPath("$.letter.recipient.company").value("Northwind Logistics"))
        .andExpect(jsonPath("$.letter.recipient.address").value("12 Harbour Street\nRotterdam 3011"))
        .andExpect(jsonPath("$.letter.date").value("2025-03-03"))
        .andExpect(jsonPath("$.letter.greeting").value("Dear Ms Whitfield,"))
        .andExpect(jsonPath("$.letter.body[1].text").value("I would welcome the chance to talk."))
        .andExpect(jsonPath("$.letter.closing").value("Kind regards,"))
        .andExpect(jsonPath("$.letter.signature").value("Jordan Avery"))
        .andExpect(jsonPath("$.sender[1]").value("jordan.avery@example.com"))
        .andExpect(jsonPath("$.unsureFields").isEmpty());
  }

  @Test
  void comparesTheSignatureWithTheResumeAndNamesTheGuess() throws Exception {
    upload("letter.txt", LETTER.getBytes(StandardCharsets.UTF_8), "{\"basics\":{\"name\":\"Amelia Ortiz\"}}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.unsureFields").value(hasItem("/signature")))
        .andExpect(jsonPath("$.warnings[?(@.pointer == '/signature')].message")
            .value(hasItem(containsString("Amelia Ortiz"))));
  }

  @Test
  void aFileThatCannotBeImportedIs422ProblemNamingTheField() throws Exception {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};
    upload("scan.png", png, null)
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM))
        .andExpect(jsonPath("$.code").value("file.type"))
        .andExpect(jsonPath("$.detail").value(containsString("picture")))
        .andExpect(jsonPath("$.field").value("file"));
  }

  @Test
  void noFileIs400AndAResumeThatIsNotJsonToo() throws Exception {
    mvc.perform(multipart("/api/letters/import").param("resume", "{}"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM));
    upload("letter.txt", LETTER.getBytes(StandardCharsets.UTF_8), "not json")
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM))
        .andExpect(jsonPath("$.detail").value(containsString("resume")));
  }
}
