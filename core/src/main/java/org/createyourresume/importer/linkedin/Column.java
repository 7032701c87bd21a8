package org.createyourresume.importer.linkedin;

import java.util.List;
import java.util.Locale;

/**
 * A column of the export's CSV files, found by header name ignoring case, spaces and
 * underscores. Each lists the names LinkedIn has used for it over the years, today's first.
 */
enum Column {
  FIRST_NAME("First Name"),
  LAST_NAME("Last Name"),
  MAIDEN_NAME("Maiden Name"),
  HEADLINE("Headline"),
  SUMMARY("Summary"),
  INDUSTRY("Industry"),
  GEO_LOCATION("Geo Location", "Geographic Area", "Location"),
  ZIP_CODE("Zip Code", "Postal Code"),
  ADDRESS("Address"),
  WEBSITES("Websites", "Website"),
  TWITTER("Twitter Handles", "Twitter Handle", "Twitter"),
  PROFILE_URL("Public Profile Url", "Profile Url", "Public Profile"),
  EMAIL("Email Address", "E-mail Address", "Email"),
  CONFIRMED("Confirmed"),
  PRIMARY("Primary"),
  PHONE("Number", "Phone Number", "Phone"),
  EXTENSION("Extension"),
  PHONE_TYPE("Type"),
  COMPANY("Company Name", "Company", "Organization"),
  TITLE("Title", "Position"),
  DESCRIPTION("Description"),
  LOCATION("Location"),
  STARTED_ON("Started On", "Start Date", "Starts On"),
  FINISHED_ON("Finished On", "End Date", "Ends On"),
  SCHOOL("School Name", "School"),
  DEGREE("Degree Name", "Degree"),
  FIELD_OF_STUDY("Field Of Study", "Major"),
  NOTES("Notes"),
  ACTIVITIES("Activities", "Activities And Societies"),
  NAME("Name", "Skill Name", "Skill", "Language"),
  URL("Url", "Website"),
  AUTHORITY("Authority", "Issuing Organization", "Issuer"),
  LICENSE_NUMBER("License Number", "Credential Id"),
  PROFICIENCY("Proficiency"),
  ISSUED_ON("Issued On", "Issue Date", "Date"),
  ISSUER("Issuer"),
  PUBLISHED_ON("Published On", "Publication Date", "Date"),
  PUBLISHER("Publisher"),
  ROLE("Role"),
  CAUSE("Cause"),
  COURSE_NUMBER("Number"),
  TEXT("Text", "Recommendation"),
  JOB_TITLE("Job Title"),
  STATUS("Status");

  private final List<String> names;
  private final List<String> keys;

  Column(String... names) {
    this.names = List.of(names);
    this.keys = this.names.stream().map(Column::key).toList();
  }

  /** Today's header name, for messages. */
  String label() {
    return names.get(0);
  }

  /** The accepted header names, normalised with {@link #key}. */
  List<String> keys() {
    return keys;
  }

  /** A header name as compared: lower case, without a byte order mark, single spaces. */
  static String key(String header) {
    return header
        .replace("\uFEFF", "")
        .replace('_', ' ')
        .replaceAll("\\s+", " ")
        .strip()
        .toLowerCase(Locale.ROOT);
  }

  /** Whether {@code header} is a name any column goes by (to tell the header row from notes). */
  static boolean known(String header) {
    String key = key(header);
    for (Column column : values()) {
      if (column.keys().contains(key)) {
        return true;
      }
    }
    return false;
  }
}
