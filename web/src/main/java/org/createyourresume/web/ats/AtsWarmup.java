package org.createyourresume.web.ats;

import org.createyourresume.ats.AtsChecker;
import org.createyourresume.ats.AtsOptions;
import org.createyourresume.web.example.ExampleCatalog;
import org.createyourresume.web.render.RenderPool;
import org.createyourresume.web.system.ApiProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Once the server is up, starts the grammar checker in the background (it takes seconds, so no
 * request should wait for it) and checks one example resume against its own description on the
 * pool, after the render warm-up: the first real check then finds the PDF reader, the parser and
 * the job matcher loaded.
 */
@Component
class AtsWarmup {

  private static final Logger LOG = LoggerFactory.getLogger(AtsWarmup.class);

  private final AtsChecker checker;
  private final RenderPool pool;
  private final ExampleCatalog examples;
  private final AtsProperties properties;

  AtsWarmup(AtsChecker checker, RenderPool pool, ExampleCatalog examples, AtsProperties properties) {
    this.checker = checker;
    this.pool = pool;
    this.examples = examples;
    this.properties = properties;
  }

  @EventListener(ApplicationReadyEvent.class)
  void warm() {
    if (properties.grammar()) {
      checker.prepareGrammar();
    }
    examples.all().stream().findFirst().ifPresent(example -> {
      try {
        pool.submit(() -> {
          try {
            return checker.checkResume(example.resume(),
                AtsOptions.defaults().withJobDescription(example.description()));
          } catch (RuntimeException e) {
            LOG.warn("ATS check warm-up failed on example {}", example.id(), e);
            return null;
          }
        });
      } catch (ApiProblem busy) {
        LOG.warn("ATS check warm-up skipped: the pool is busy");
      }
    });
  }
}
