package org.createyourresume.ats.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.createyourresume.ats.Finding;
import org.createyourresume.ats.Finding.Category;
import org.createyourresume.ats.Finding.Severity;
import org.createyourresume.ats.parse.LayoutLine;

/** Contact details only in the page header or footer, which many ATS ignore. */
public final class HeaderFooterCheck implements Check {

  @Override
  public void run(CheckContext r, Consumer<Finding> findings) {
    List<String> only = r.parsed().contact().inHeaderFooterOnly();
    if (only.isEmpty()) {
      return;
    }
    List<String> examples = new ArrayList<>();
    for (LayoutLine l : r.document().lines()) {
      if (l.zone() == LayoutLine.Zone.HEADER_FOOTER) {
        examples.add(Findings.clip(l.text()));
      }
    }
    boolean essential = only.contains("email") || only.contains("phone");
    findings.accept(Findings.of("contact.header-footer", Category.PARSING,
        essential ? Severity.MAJOR : Severity.MINOR, essential ? 15 : 4,
        "Contact details only in the page header or footer",
        "Your " + String.join(", ", only) + " appear only in the page header or footer. Many ATS"
            + " ignore headers and footers, so recruiters would have no way to reach you.",
        "Put your name and contact details in the body of the page, at the top of page 1.", examples,
        only));
  }
}
