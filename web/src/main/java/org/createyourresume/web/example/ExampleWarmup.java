package org.createyourresume.web.example;

import org.createyourresume.web.example.ExampleCatalog.Example;
import org.createyourresume.web.render.ThumbnailService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Once the server is up, draws the examples' pictures in the background (after the templates'). */
@Component
class ExampleWarmup {

  private static final Logger LOG = LoggerFactory.getLogger(ExampleWarmup.class);

  private final ExampleCatalog catalog;
  private final ThumbnailService thumbnails;

  ExampleWarmup(ExampleCatalog catalog, ThumbnailService thumbnails) {
    this.catalog = catalog;
    this.thumbnails = thumbnails;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(10)
  void warm() {
    Thread thread = new Thread(this::drawAll, "example-warmup");
    thread.setDaemon(true);
    thread.setPriority(Thread.MIN_PRIORITY);
    thread.start();
  }

  private void drawAll() {
    for (Example example : catalog.all()) {
      try {
        thumbnails.png("example:" + example.id(), example.resume(), null);
      } catch (RuntimeException e) {
        LOG.warn("could not draw the picture of example {}", example.id(), e);
      }
    }
  }
}
