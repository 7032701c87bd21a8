package org.createyourresume.ats.checks;

import java.util.function.Consumer;
import org.createyourresume.ats.Finding;
import org.createyourresume.ats.Finding.Category;
import org.createyourresume.ats.Finding.Severity;
import org.createyourresume.ats.parse.Contact;

/** Name, email, phone, location and a LinkedIn profile, as an ATS fills its contact fields. */
public final class ContactCheck implements Check {

  @Override
  public void run(CheckContext r, Consumer<Finding> findings) {
    Contact c = r.parsed().contact();
    if (r.parsed().name() == null) {
      findings.accept(Findings.of("contact.name", Category.SECTIONS, Severity.MAJOR, 8,
          "No name found at the top",
          "An ATS takes the first line of the resume as your name. It found none, so your"
              + " application may be filed under the wrong name or none.",
          "Put your full name alone on the first line, as plain text."));
    }
    if (c.email() == null) {
      findings.accept(Findings.of("contact.email", Category.SECTIONS, Severity.MAJOR, 8,
          "No email address found",
          "No email address could be read, so an ATS cannot fill in how to reach you.",
          "Add your email address as text near your name (not only as a link or an icon)."));
    }
    if (c.phone() == null) {
      findings.accept(Findings.of("contact.phone", Category.SECTIONS, Severity.MINOR, 4,
          "No phone number found",
          "Recruiters filter and call by phone number; none could be read.",
          "Add a phone number with its country code, e.g. +44 20 7946 0958."));
    }
    if (c.location() == null) {
      findings.accept(Findings.of("contact.location", Category.SECTIONS, Severity.MINOR, 2,
          "No location found",
          "Many recruiters search candidates by city or region; no location could be read.",
          "Add your city and region or country (a full address is not needed)."));
    }
    if (c.linkedIn() == null) {
      findings.accept(Findings.of("contact.linkedin", Category.SECTIONS, Severity.INFO, 0,
          "No LinkedIn profile",
          "Checker sites count a LinkedIn profile as part of complete contact details.",
          "Add your LinkedIn profile address (linkedin.com/in/…), if you keep one up to date."));
    }
  }
}
