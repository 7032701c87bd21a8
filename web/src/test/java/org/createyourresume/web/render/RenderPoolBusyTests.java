package org.createyourresume.web.render;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.createyourresume.web.TestFiles;
import org.createyourresume.web.WebTestConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** One render worker and no queue: while it is busy, a render is refused with 503. */
@WebMvcTest(RenderController.class)
@Import({WebTestConfiguration.class, RenderPool.class})
@TestPropertySource(
    properties = {"cyr.render.threads=1", "cyr.render.queue-capacity=0",
        "cyr.render.retry-after=3s"})
class RenderPoolBusyTests {

  @Autowired private MockMvc mvc;
  @Autowired private RenderPool pool;

  @Test
  void aFullPoolAnswers503WithRetryAfterAndRecovers() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Future<Boolean> blocker =
        pool.submit(() -> {
          started.countDown();
          return release.await(30, TimeUnit.SECONDS);
        });
    started.await(10, TimeUnit.SECONDS);
    try {
      mvc.perform(
              post("/api/render")
                  .contentType(MediaType.APPLICATION_JSON)
                  .content(TestFiles.resume("one-page.json")))
          .andExpect(status().isServiceUnavailable())
          .andExpect(header().string("Retry-After", "3"))
          .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
          .andExpect(jsonPath("$.title").value("Server busy"));
    } finally {
      release.countDown();
    }
    blocker.get(10, TimeUnit.SECONDS);
    mvc.perform(
            post("/api/render")
                .contentType(MediaType.APPLICATION_JSON)
                .content(TestFiles.resume("one-page.json")))
        .andExpect(status().isOk());
  }
}
