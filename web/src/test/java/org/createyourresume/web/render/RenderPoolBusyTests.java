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

/** One render worker and a queue of one: while both are taken, a render is refused with 503. */
@WebMvcTest(RenderController.class)
@Import({WebTestConfiguration.class, RenderPool.class})
@TestPropertySource(
    properties = {"cyr.render.threads=1", "cyr.render.queue-capacity=1",
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
    // the one place in the queue taken too (a queue, not a hand-off, so that a worker finishing
    // its task never refuses the next request in the instant before it asks for more work)
    Future<Boolean> queued = pool.submit(() -> release.await(30, TimeUnit.SECONDS));
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
    queued.get(10, TimeUnit.SECONDS);
    mvc.perform(
            post("/api/render")
                .contentType(MediaType.APPLICATION_JSON)
                .content(TestFiles.resume("one-page.json")))
        .andExpect(status().isOk());
  }
}
