package org.createyourresume.web.render;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.createyourresume.model.Resume;
import org.createyourresume.render.RenderOptions;
import org.createyourresume.render.RenderResult;
import org.createyourresume.render.ResumeRenderer;
import org.springframework.stereotype.Service;

/**
 * Pictures of first pages: a real PDF rendered by the core, drawn to PNG by PDFBox, in memory.
 * Each picture is made once per process (at start-up by {@link Warmup}, or on first request).
 */
@Service
public final class ThumbnailService {

  /** Width of a thumbnail in pixels: sharp at twice the size the pages show it. */
  static final int WIDTH = 480;

  private final ResumeRenderer renderer;
  private final RenderPool pool;
  private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

  ThumbnailService(ResumeRenderer renderer, RenderPool pool) {
    this.renderer = renderer;
    this.pool = pool;
  }

  /**
   * The PNG of the first page of {@code resume} in {@code templateId} (null: its own choice),
   * cached under {@code key}.
   */
  public byte[] png(String key, Resume resume, String templateId) {
    byte[] cached = cache.get(key);
    if (cached != null) {
      return cached;
    }
    byte[] made = pool.run(() -> draw(resume, templateId));
    cache.putIfAbsent(key, made);
    return made;
  }

  private byte[] draw(Resume resume, String templateId) {
    RenderResult pdf = renderer.render(resume, RenderOptions.pdf().withTemplate(templateId));
    try (PDDocument document = Loader.loadPDF(pdf.content())) {
      float pageWidth = document.getPage(0).getMediaBox().getWidth();
      BufferedImage image =
          new PDFRenderer(document).renderImage(0, WIDTH / pageWidth, ImageType.RGB);
      ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("could not draw the thumbnail " + templateId, e);
    }
  }
}
