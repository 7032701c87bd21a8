package org.createyourresume.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.createyourresume.json.JsonResumeReader;
import org.createyourresume.model.Resume;
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

  /** The CSV files of {@code src/test/resources/linkedin}: a LinkedIn export with one bad date. */
  private static final List<String> LINKEDIN_FILES =
      List.of("Profile.csv", "Email Addresses.csv", "Positions.csv", "Education.csv", "Skills.csv");

  /**
   * A LinkedIn data export ZIP of Sofía Marín Ortega (two jobs, one school, three skills), its
   * files in a folder as LinkedIn names it.
   */
  public static byte[] linkedInExport() {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (String name : LINKEDIN_FILES) {
      try (InputStream in = TestFiles.class.getResourceAsStream("/linkedin/" + name)) {
        files.put("Basic_LinkedInDataExport_03-01-2025/" + name, in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return zip(files);
  }

  /** A ZIP archive of the given files (name → content), in the map's order. */
  public static byte[] zip(Map<String, byte[]> files) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> file : files.entrySet()) {
        zip.putNextEntry(new ZipEntry(file.getKey()));
        zip.write(file.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /**
   * A LinkedIn export whose Positions.csv holds {@code rows} jobs, written row by row into the
   * archive: a million rows make a file of a few MB that unpacks to about 50 MB.
   */
  public static byte[] manyRowsExport(int rows) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("Profile.csv"));
      zip.write("First Name,Last Name,Headline\r\nIlse,Brandt,Engineer\r\n".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("Positions.csv"));
      zip.write("Company Name,Title,Description,Location,Started On,Finished On\r\n".getBytes(StandardCharsets.UTF_8));
      for (int i = 0; i < rows; i++) {
        zip.write(("Werk " + i + ",Engineer,,Kassel,Feb " + (1990 + i % 30) + ",Apr " + (1991 + i % 30) + "\r\n")
            .getBytes(StandardCharsets.UTF_8));
      }
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** The fixture {@code one-page.json} rendered by our renderer as a PDF or DOCX. */
  public static byte[] rendered(OutputFormat format) {
    Resume resume = new JsonResumeReader().read(resume("one-page.json")).resume();
    return ResumeRenderer.create().render(resume, RenderOptions.of(format)).content();
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
