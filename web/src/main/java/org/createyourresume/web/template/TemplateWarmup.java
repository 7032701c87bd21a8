package org.createyourresume.web.template;

import org.createyourresume.render.ResumeRenderer;
import org.createyourresume.render.TemplateInfo;
import org.createyourresume.web.render.ThumbnailService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Once the server is up, draws every template's picture in the background: the first visitor
 * gets them at once, and the render workers have parsed their fonts before the first real render.
 */
@Component
class TemplateWarmup {

  private static final Logger LOG = LoggerFactory.getLogger(TemplateWarmup.class);

  private final ResumeRenderer renderer;
  private final ThumbnailService thumbnails;
  private final SampleResume sample;

  TemplateWarmup(ResumeRenderer renderer, ThumbnailService thumbnails, SampleResume sample) {
    this.renderer = renderer;
    this.thumbnails = thumbnails;
    this.sample = sample;
  }

  @EventListener(ApplicationReadyEvent.class)
  void warm() {
    Thread thread = new Thread(this::drawAll, "template-warmup");
    thread.setDaemon(true);
    thread.setPriority(Thread.MIN_PRIORITY);
    thread.start();
  }

  private void drawAll() {
    for (TemplateInfo template : renderer.templates()) {
      try {
        thumbnails.png("template:" + template.id(), sample.resume(), template.id());
      } catch (RuntimeException e) {
        LOG.warn("could not draw the picture of template {}", template.id(), e);
      }
    }
  }
}
