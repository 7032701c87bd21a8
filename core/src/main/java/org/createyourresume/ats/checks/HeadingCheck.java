package org.createyourresume.ats.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.createyourresume.ats.Finding;
import org.createyourresume.ats.Finding.Category;
import org.createyourresume.ats.Finding.Severity;
import org.createyourresume.ats.parse.ParsedSection;
import org.createyourresume.ats.parse.SectionKind;
import org.createyourresume.ats.parse.TextNorm;

/** Headings an ATS recognises: standard words, one piece of text, not letter-spaced. */
public final class HeadingCheck implements Check {

  @Override
  public void run(CheckContext r, Consumer<Finding> findings) {
    List<String> spaced = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    for (ParsedSection s : r.parsed().sections()) {
      if (s.letterSpaced()) {
        spaced.add(s.heading());
      } else if (!s.standardHeading()) {
        unknown.add(s.heading());
      }
    }
    for (String line : r.parsed().unsectioned()) {
      if (TextNorm.letterSpaced(line)) {
        spaced.add(line);
      }
    }
    if (!spaced.isEmpty()) {
      findings.accept(Findings.of("headings.letter-spaced", Category.PARSING, Severity.MAJOR, 10,
          "Letter-spaced headings",
          "Headings come out letter by letter (\"" + spaced.get(0) + "\"). An ATS does not see the"
              + " word, so it cannot tell where sections begin and files their content in the wrong place.",
          "Remove the letter spacing (character spacing) from headings, or type them without spaces"
              + " between the letters; use bold or capitals to make them stand out instead.", spaced,
          spaced.get(0)));
    }
    if (!unknown.isEmpty()) {
      int points = Math.min(6, 2 * unknown.size());
      findings.accept(Findings.of("headings.non-standard", Category.SECTIONS, Severity.MINOR, points,
          "Headings an ATS may not recognise",
          "ATS sort your resume into fields by its section headings. Unusual headings (\""
              + unknown.get(0) + "\") are not recognised, so their content may be filed under the"
              + " section before them.",
          "Use standard headings where one fits: " + standardList() + ".", unknown,
          unknown.get(0), standardList()));
    }
  }

  private static String standardList() {
    List<String> names = new ArrayList<>();
    for (SectionKind k : SectionKind.values()) {
      if (k != SectionKind.OTHER) {
        names.add(k.standardHeading());
      }
    }
    return String.join(", ", names);
  }
}
