package org.createyourresume.web.importer;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.createyourresume.ats.AtsLimits;
import org.createyourresume.importer.ResumeImporter;
import org.createyourresume.web.TestFiles;
import org.createyourresume.web.WebTestConfiguration;
import org.createyourresume.web.render.RenderPool;
import org.createyourresume.render.OutputFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * {@code POST /api/import} in a slice: one import worker and a queue of one (so that a busy pool
 * can be shown), and an importer that takes files of up to 256 KB (so that the size limit can be).
 */
@WebMvcTest(ImportController.class)
@Import({WebTestConfiguration.class, RenderPool.class, ImportControllerTests.SmallLimits.class})
@TestPropertySource(
    properties = {"cyr.render.threads=1", "cyr.render.queue-capacity=1", "cyr.render.retry-after=3s"})
class ImportControllerTests {

  private static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;
  private static final int MAX_BYTES = 256 * 1024;

  @TestConfiguration(proxyBeanMethods = false)
  static class SmallLimits {
    @Bean
    ResumeImporter resumeImporter() {
      return ResumeImporter.create(
          new AtsLimits(MAX_BYTES, 20, 64L * 1024 * 1024, 2_000, 400_000, Duration.ofSeconds(10), 10_000));
    }
  }

  @Autowired private MockMvc mvc;
  @Autowired private RenderPool pool;

  private ResultActions upload(String name, byte[] content) throws Exception {
    return mvc.perform(multipart("/api/import")
        .file(new MockMultipartFile("file", name, "application/octet-stream", content)));
  }

  @Test
  void guessedFieldsAreListedAndEachHasAWarningSayingWhy() throws Exception {
    String text = "ANANYA KRISHNAN\nananya.k@example.com\n\nEDUCATION\nB.Tech, Computer Science\n"
        + "VIT Vellore, CGPA 8.1   2016 – 2020\n";
    upload("resume.txt", text.getBytes(StandardCharsets.UTF_8))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.resume.basics.name").value("Ananya Krishnan"))
        .andExpect(jsonPath("$.resume.education[0].institution").value("VIT Vellore"))
        .andExpect(jsonPath("$.resume.education[0].score").value("CGPA 8.1"))
        .andExpect(jsonPath("$.unsureFields").value(hasItem("/education/0/institution")))
        .andExpect(jsonPath("$.unsureFields").value(hasItem("/basics/name")))
        .andExpect(jsonPath("$.warnings[?(@.pointer == '/education/0/institution')].code").value(hasItem("import.unsure")))
        .andExpect(jsonPath("$.warnings[?(@.pointer == '/basics/name')].message")
            .value(hasItem(containsString("Ananya Krishnan"))));
  }

  @Test
  void entriesTheConfidenceModelDoubtsAreUnsureFieldsWithTheirReason() throws Exception {
    // a job with an employer and dates but no title, and a page copied from two columns
    String text = "Ann Smith\nann@example.com\n\nEXPERIENCE\nNorthwind Traders   2020 – 2022\n"
        + "Built the monthly sales report.\nCut the close from five days to two.\n";
    upload("resume.txt", text.getBytes(StandardCharsets.UTF_8))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.unsureFields").value(hasItem("/work/0")))
        .andExpect(jsonPath("$.warnings[?(@.pointer == '/work/0')].code").value(hasItem("import.low-confidence")))
        .andExpect(jsonPath("$.warnings[?(@.pointer == '/work/0')].message")
            .value(hasItem(containsString("not sure of this job: one of its main fields is empty"))));
  }

  @Test
  void aSectionThatMayBeIncompleteIsAnUnsureFieldAtItsList() throws Exception {
    String text = "Ann Smith\nann@example.com · Leeds, UK\n\nEXPERIENCE\nAnalyst | Acme Ltd | Leeds   2020 – 2022\n"
        + "- Built the monthly sales report.\n\nSKILLS\n\nEDUCATION\nUniversity of Leeds   2015 – 2018\nBSc Mathematics\n";
    upload("resume.txt", text.getBytes(StandardCharsets.UTF_8))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.resume.skills").doesNotExist())
        .andExpect(jsonPath("$.unsureFields").value(hasItem("/skills")))
        .andExpect(jsonPath("$.warnings[?(@.pointer == '/skills')].path").value(hasItem("skills")))
        .andExpect(jsonPath("$.warnings[?(@.pointer == '/skills')].message")
            .value(hasItem(containsString("not sure this section is complete: the heading \"SKILLS\" was found"))));
  }

  @Test
  void aLinkedInExportBecomesAResumeWithItsWarnings() throws Exception {
    upload("Basic_LinkedInDataExport.zip", TestFiles.linkedInExport())
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
        .andExpect(header().string("Cache-Control", "no-store"))
        .andExpect(jsonPath("$.format").value("LINKEDIN"))
        .andExpect(jsonPath("$.resume.basics.name").value("Sofía Marín Ortega"))
        .andExpect(jsonPath("$.resume.basics.email").value("sofia.marin@example.com"))
        .andExpect(jsonPath("$.resume.basics.location.countryCode").value("ES"))
        .andExpect(jsonPath("$.resume.work[0].name").value("Datalia"))
        .andExpect(jsonPath("$.resume.work[0].summary").value("Reporting for 12 stores."))
        .andExpect(jsonPath("$.resume.work[0].highlights[1]").value("Cut report time from 2 days to 2 hours"))
        .andExpect(jsonPath("$.resume.work[1].name").value("Banco Sur"))
        .andExpect(jsonPath("$.resume.work[1].startDate").value("2018-09"))
        .andExpect(jsonPath("$.resume.education[0].area").value("Statistics"))
        .andExpect(jsonPath("$.resume.skills[0].keywords[2]").value("Power BI"))
        .andExpect(jsonPath("$.warnings[0].pointer").value("/work/1/endDate"))
        .andExpect(jsonPath("$.warnings[0].path").value("work[1].endDate"))
        .andExpect(jsonPath("$.warnings[0].code").value("linkedin.date"))
        .andExpect(jsonPath("$.warnings[0].message").value(containsString(
            "Positions.csv, row 3, column “Finished On”: “Summer 2021” is not a date")));
  }

  @ParameterizedTest
  @EnumSource(value = OutputFormat.class, names = {"PDF", "DOCX"})
  void aPdfOrWordFileMadeByOurRendererReadsBackFieldByField(OutputFormat format) throws Exception {
    upload("Mariam_Okafor-Lindqvist_Resume." + format.id(), TestFiles.rendered(format))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.format").value(format.name()))
        .andExpect(jsonPath("$.resume.basics.name").value("Mariam Okafor-Lindqvist"))
        .andExpect(jsonPath("$.resume.basics.email").value("mariam.okafor@example.org"))
        .andExpect(jsonPath("$.resume.work[0].name").value("Brightwater Housing"))
        .andExpect(jsonPath("$.resume.work[0].position").value("IT Support Specialist"))
        .andExpect(jsonPath("$.resume.work[0].startDate").value("2022-02"))
        .andExpect(jsonPath("$.resume.work[1].name").value("Northgate Library Service"));
  }

  @Test
  void noFileIsA400NamingTheField() throws Exception {
    mvc.perform(multipart("/api/import")
            .file(new MockMultipartFile("resume", "cv.pdf", "application/pdf", new byte[] {1, 2})))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(PROBLEM))
        .andExpect(jsonPath("$.field").value("file"))
        .andExpect(jsonPath("$.detail").value(containsString("\"file\"")));
    upload("empty.pdf", new byte[0])
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("file"))
        .andExpect(jsonPath("$.detail").value("The file is empty."));
  }

  @Test
  void aFileOverTheImportersLimitIsA413() throws Exception {
    upload("huge.txt", new byte[MAX_BYTES + 1])
        .andExpect(status().isPayloadTooLarge())
        .andExpect(content().contentType(PROBLEM))
        .andExpect(jsonPath("$.field").value("file"))
        .andExpect(jsonPath("$.maxBytes").value(MAX_BYTES));
  }

  @Test
  void aBodyThatIsNotAMultipartFormIsA415() throws Exception {
    mvc.perform(post("/api/import").contentType(MediaType.APPLICATION_JSON).content("{}"))
        .andExpect(status().isUnsupportedMediaType())
        .andExpect(content().contentType(PROBLEM))
        .andExpect(jsonPath("$.header").value("Content-Type"))
        .andExpect(jsonPath("$.detail").value(containsString("multipart/form-data")))
        .andExpect(jsonPath("$.supported", hasItem("multipart/form-data")));
  }

  @Test
  void aFileThatCannotBeImportedIsA422WithTheImportersCode() throws Exception {
    byte[] notLinkedIn = TestFiles.zip(Map.of("readme.txt", "hello".getBytes(StandardCharsets.UTF_8)));
    upload("photos.zip", notLinkedIn)
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().contentType(PROBLEM))
        .andExpect(jsonPath("$.field").value("file"))
        .andExpect(jsonPath("$.code").value("file.type"))
        .andExpect(jsonPath("$.detail").value(containsString(
            "This ZIP is neither a Word document nor a LinkedIn data export")));
    byte[] broken = java.util.Arrays.copyOf(TestFiles.linkedInExport(), 120);
    upload("export.zip", broken)
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.code").value("file.corrupt"));
    Map<String, byte[]> flood = new java.util.LinkedHashMap<>();
    for (int i = 0; i < 2_100; i++) {
      flood.put("f" + i, new byte[0]);
    }
    upload("export.zip", TestFiles.zip(flood))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.code").value("file.hostile"))
        .andExpect(jsonPath("$.detail").value(containsString("more than 2000 files")));
  }

  @Test
  void aFullPoolAnswers503WithRetryAfter() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Future<Boolean> blocker = pool.submit(() -> {
      started.countDown();
      return release.await(30, TimeUnit.SECONDS);
    });
    started.await(10, TimeUnit.SECONDS);
    // the one place in the queue taken too (a queue, not a hand-off, so that a worker finishing
    // its task never refuses the next request in the instant before it asks for more work)
    Future<Boolean> queued = pool.submit(() -> release.await(30, TimeUnit.SECONDS));
    try {
      upload("export.zip", TestFiles.linkedInExport())
          .andExpect(status().isServiceUnavailable())
          .andExpect(header().string("Retry-After", "3"))
          .andExpect(content().contentType(PROBLEM));
    } finally {
      release.countDown();
    }
    blocker.get(10, TimeUnit.SECONDS);
    queued.get(10, TimeUnit.SECONDS);
    upload("export.zip", TestFiles.linkedInExport()).andExpect(status().isOk());
  }
}
