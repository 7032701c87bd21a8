package org.createyourresume.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.createyourresume.json.JsonResumeReader;
import org.createyourresume.render.OutputFormat;
import org.createyourresume.render.RenderOptions;
import org.createyourresume.render.ResumeRenderer;

/** Test fixtures and PDF text extraction. */
public final class TestFiles {
  private TestFiles() {}

  /** A file under {@code src/test/resources/resumes}. */
  public static String resume(String name) {
    try (InputStream in = TestFiles.class.getResourceAsStream("/resumes/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The resume {@code name} rendered by {@code renderer} in {@code template} and {@code format}. */
  public static byte[] rendered(ResumeRenderer renderer, String name, OutputFormat format, String template) {
    var resume = new JsonResumeReader().read(resume(name)).resume();
    return renderer.render(resume, new RenderOptions(format, template, 0, false)).content();
  }

  /** The text of every page, as an ATS would extract it, with whitespace runs made single spaces. */
  public static String pdfText(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static int pdfPages(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return document.getNumberOfPages();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
