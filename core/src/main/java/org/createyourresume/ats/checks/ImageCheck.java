package org.createyourresume.ats.checks;

import java.util.List;
import java.util.function.Consumer;
import org.createyourresume.ats.Finding;
import org.createyourresume.ats.Finding.Category;
import org.createyourresume.ats.Finding.Severity;
import org.createyourresume.ats.extract.DocumentFacts;
import org.createyourresume.ats.extract.ImageFact;

/** Icons, logos, skill bars and photos: information an ATS cannot see. */
public final class ImageCheck implements Check {

  @Override
  public void run(CheckContext r, Consumer<Finding> findings) {
    DocumentFacts facts = r.document().facts();
    if (facts.images().stream().anyMatch(TextLayerCheck::bigImage)
        && r.text().codePoints().filter(Character::isLetter).count() < 40L * Math.max(1, r.document().pages())) {
      return; // the whole page is an image: TextLayerCheck says so
    }
    long icons = facts.images().stream().filter(ImageFact::iconSized).count();
    long pictures = facts.images().size() - icons;
    int glyphIcons = facts.iconGlyphs();
    if (icons + glyphIcons > 0) {
      findings.accept(Findings.of("images.icons", Category.PARSING, Severity.MINOR, 5,
          "Icons carry information",
          (icons + glyphIcons) + " icons (small images or icon-font symbols) appear, typically for"
              + " email, phone or skill levels. An ATS sees nothing, or junk characters, where they are.",
          "Write the information as text: \"Email:\", \"Phone:\", \"Python (advanced)\"; drop rating"
              + " dots and skill bars.", List.of(), icons + glyphIcons));
    }
    if (pictures > 0) {
      findings.accept(Findings.of("images.pictures", Category.PARSING, Severity.MINOR, 3,
          pictures == 1 ? "A picture in the resume" : pictures + " pictures in the resume",
          "Photos, logos and charts are invisible to an ATS, and any text inside them is lost. A"
              + " photo is also unwelcome in US and UK hiring.",
          "Remove pictures, or make sure nothing you want read is only in a picture.", List.of(),
          pictures));
    }
  }
}
