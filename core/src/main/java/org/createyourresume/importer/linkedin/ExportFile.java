package org.createyourresume.importer.linkedin;

import java.util.List;
import java.util.Optional;

/**
 * The files of a LinkedIn data export that hold resume content, found by base name in any folder
 * of the archive, ignoring case. Names LinkedIn used in older exports are accepted too.
 */
enum ExportFile {
  PROFILE("/basics", "Profile.csv"),
  EMAILS("/basics/email", "Email Addresses.csv", "EmailAddresses.csv"),
  PHONES("/basics/phone", "PhoneNumbers.csv", "Phone Numbers.csv"),
  POSITIONS("/work", "Positions.csv"),
  EDUCATION("/education", "Education.csv"),
  SKILLS("/skills", "Skills.csv"),
  CERTIFICATIONS("/certificates", "Certifications.csv"),
  LANGUAGES("/languages", "Languages.csv"),
  PROJECTS("/projects", "Projects.csv"),
  HONORS("/awards", "Honors.csv"),
  PUBLICATIONS("/publications", "Publications.csv"),
  VOLUNTEERING("/volunteer", "Volunteering.csv", "Volunteer.csv", "Volunteer Experiences.csv"),
  COURSES("/meta/createYourResume/customSections", "Courses.csv"),
  RECOMMENDATIONS("/references", "Recommendations_Received.csv", "Recommendations Received.csv");

  private final String pointer;
  private final List<String> names;

  ExportFile(String pointer, String... names) {
    this.pointer = pointer;
    this.names = List.of(names);
  }

  /** Where in the resume the file's content goes, for notes about the whole file. */
  String pointer() {
    return pointer;
  }

  /** The file an archive entry is, by its base name; empty for every other entry. */
  static Optional<ExportFile> of(String entryName) {
    String base = baseName(entryName);
    for (ExportFile file : values()) {
      for (String name : file.names) {
        if (name.equalsIgnoreCase(base.strip())) {
          return Optional.of(file);
        }
      }
    }
    return Optional.empty();
  }

  /** The entry's name without its folders. */
  static String baseName(String entryName) {
    int slash = Math.max(entryName.lastIndexOf('/'), entryName.lastIndexOf('\\'));
    return entryName.substring(slash + 1);
  }
}
