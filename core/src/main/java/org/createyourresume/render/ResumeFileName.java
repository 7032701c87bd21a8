package org.createyourresume.render;

import java.text.Normalizer;
import org.createyourresume.model.Resume;

/**
 * The file name recruiters and ATS expect: {@code Firstname_Lastname_Resume.pdf}, accents
 * dropped so the name survives every mail and upload system.
 */
public final class ResumeFileName {
  private ResumeFileName() {}

  /** {@code Firstname_Lastname_Resume.<ext>}, or {@code Resume.<ext>} without a name. */
  public static String of(Resume resume, OutputFormat format) {
    String name = resume.basicsOrEmpty().name();
    String stem = name == null ? "" : ascii(name);
    String base = stem.isEmpty() ? "Resume" : stem + "_Resume";
    return base + "." + format.id();
  }

  /** {@code Firstname_Lastname_Cover_Letter.<ext>}, or {@code Cover_Letter.<ext>} without a name. */
  public static String ofLetter(Resume resume, OutputFormat format) {
    String name = resume.basicsOrEmpty().name();
    String stem = name == null ? "" : ascii(name);
    return (stem.isEmpty() ? "Cover_Letter" : stem + "_Cover_Letter") + "." + format.id();
  }

  private static String ascii(String name) {
    String bare = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    bare = bare.replace("ß", "ss").replace('ø', 'o').replace('Ø', 'O').replace('ł', 'l')
        .replace('Ł', 'L').replace('đ', 'd').replace('Đ', 'D');
    String kept = bare.replaceAll("[^\\p{L}\\p{N}\\- ]+", " ").strip().replaceAll("\\s+", "_");
    return kept.length() > 80 ? kept.substring(0, 80) : kept;
  }
}
