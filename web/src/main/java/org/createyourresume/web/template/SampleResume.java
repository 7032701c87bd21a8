package org.createyourresume.web.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.createyourresume.json.JsonResumeReader;
import org.createyourresume.model.Resume;
import org.springframework.stereotype.Component;

/** The one-page resume the template pictures show (our own fictional person). */
@Component
class SampleResume {

  static final String RESOURCE = "/samples/sample-resume.json";

  private final Resume resume;

  SampleResume() {
    try (InputStream in = SampleResume.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing " + RESOURCE);
      }
      resume = new JsonResumeReader().read(new String(in.readAllBytes(),
          StandardCharsets.UTF_8)).resume();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Resume resume() {
    return resume;
  }
}
