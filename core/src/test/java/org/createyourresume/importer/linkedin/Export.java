package org.createyourresume.importer.linkedin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.createyourresume.ats.extract.HostileFiles;

/**
 * A LinkedIn data export built in memory: CSV files written as LinkedIn writes them (every value
 * quoted, CRLF line ends) or as given, zipped in the order added.
 */
final class Export {

  private final Map<String, byte[]> files = new LinkedHashMap<>();

  /** Adds {@code name} with a header row and data rows, each value quoted. */
  Export csv(String name, List<String> header, List<List<String>> rows) {
    StringBuilder text = new StringBuilder(line(header));
    rows.forEach(row -> text.append(line(row)));
    return raw(name, text.toString());
  }

  /** Adds {@code name} with exactly this text, UTF-8. */
  Export raw(String name, String text) {
    return bytes(name, text.getBytes(StandardCharsets.UTF_8));
  }

  Export bytes(String name, byte[] content) {
    files.put(name, content);
    return this;
  }

  byte[] zip() {
    try {
      return HostileFiles.zip(files);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String line(List<String> values) {
    return values.stream()
            .map(v -> "\"" + v.replace("\"", "\"\"") + "\"")
            .collect(Collectors.joining(","))
        + "\r\n";
  }

  /** A whole export of a software engineer, every file LinkedIn writes that a resume uses. */
  static Export full() {
    return new Export()
        .csv("Basic_LinkedInDataExport_01-02-2025/Profile.csv",
            List.of("First Name", "Last Name", "Maiden Name", "Address", "Birth Date", "Headline",
                "Summary", "Industry", "Zip Code", "Geo Location", "Twitter Handles", "Websites",
                "Instant Messengers"),
            List.of(List.of("Ana", "Kovač", "", "Savska 12", "Mar 3, 1990",
                "Backend Engineer · Kotlin, PostgreSQL", "I build payment systems that stay up.\n"
                    + "Ten years of JVM services.", "Software Development", "10000",
                "Zagreb, City of Zagreb, Croatia", "[ana_builds]",
                "[PERSONAL:https://ana.dev,COMPANY:https://fintek.example,"
                    + "PORTFOLIO:https://github.com/anakovac]", "")))
        .csv("Basic_LinkedInDataExport_01-02-2025/Email Addresses.csv",
            List.of("Email Address", "Confirmed", "Primary", "Updated On"),
            List.of(List.of("old@example.com", "Yes", "No", "1/2/20, 10:00 AM"),
                List.of("ana.kovac@example.com", "Yes", "Yes", "1/2/24, 10:00 AM")))
        .csv("Basic_LinkedInDataExport_01-02-2025/PhoneNumbers.csv",
            List.of("Extension", "Number", "Type"),
            List.of(List.of("12", "+385 1 555 0100", "Work"), List.of("", "+385 91 555 0199", "Mobile")))
        .csv("Basic_LinkedInDataExport_01-02-2025/Positions.csv",
            List.of("Company Name", "Title", "Description", "Location", "Started On", "Finished On"),
            List.of(
                List.of("Mlin Labs", "Junior Developer", "Maintained the \"legacy\" billing app.",
                    "Split, Croatia", "Sep 2014", "Dec 2017"),
                List.of("Fintek", "Senior Backend Engineer",
                    "Payments platform for 40 banks.\n• Cut settlement time from 2 days to 4 hours\n"
                        + "• Led a team of 5\n• Moved 30 services to Kotlin",
                    "Zagreb, Croatia", "Mar 2021", ""),
                List.of("Oblak d.o.o.", "Backend Developer",
                    "Built the order API.\nIntroduced contract tests.", "Zagreb", "01/2018",
                    "Feb 2021")))
        .csv("Basic_LinkedInDataExport_01-02-2025/Education.csv",
            List.of("School Name", "Start Date", "End Date", "Notes", "Degree Name", "Activities"),
            List.of(
                List.of("University of Zagreb", "2009", "2014", "",
                    "Master of Science - MS, Computer Science", "Robotics club"),
                List.of("XV. gimnazija", "2005", "2009", "", "", "")))
        .csv("Basic_LinkedInDataExport_01-02-2025/Skills.csv", List.of("Name"),
            List.of(List.of("Kotlin"), List.of("PostgreSQL"), List.of("Kafka"), List.of("kotlin")))
        .csv("Basic_LinkedInDataExport_01-02-2025/Certifications.csv",
            List.of("Name", "Url", "Authority", "Started On", "Finished On", "License Number"),
            List.of(List.of("AWS Certified Developer – Associate", "https://aws.example/cert/123",
                "Amazon Web Services (AWS)", "Jun 2022", "Jun 2025", "ABC-123")))
        .csv("Basic_LinkedInDataExport_01-02-2025/Languages.csv", List.of("Name", "Proficiency"),
            List.of(List.of("Croatian", "Native or bilingual proficiency"),
                List.of("English", "Full professional proficiency")))
        .csv("Basic_LinkedInDataExport_01-02-2025/Projects.csv",
            List.of("Title", "Description", "Url", "Started On", "Finished On"),
            List.of(List.of("ledgerkit", "Open-source double-entry ledger.\n- 800 stars\n- Used by 3 banks",
                "github.com/anakovac/ledgerkit", "Jan 2020", "")))
        .csv("Basic_LinkedInDataExport_01-02-2025/Honors.csv",
            List.of("Title", "Description", "Issued On"),
            List.of(List.of("Engineer of the Year", "Chosen by 300 colleagues", "Dec 2022")))
        .csv("Basic_LinkedInDataExport_01-02-2025/Publications.csv",
            List.of("Name", "Published On", "Description", "Publisher", "Url"),
            List.of(List.of("Idempotent payments at scale", "Mar 5, 2023", "How we stopped double charges",
                "InfoQ", "https://infoq.example/idempotent")))
        .csv("Basic_LinkedInDataExport_01-02-2025/Volunteering.csv",
            List.of("Company Name", "Role", "Cause", "Started On", "Finished On", "Description"),
            List.of(List.of("Code Club Zagreb", "Mentor", "Education", "Oct 2019", "",
                "Teach 12-year-olds Python every Saturday")))
        .csv("Basic_LinkedInDataExport_01-02-2025/Courses.csv", List.of("Name", "Number"),
            List.of(List.of("Distributed Systems", "CS 451")))
        .csv("Basic_LinkedInDataExport_01-02-2025/Recommendations_Received.csv",
            List.of("First Name", "Last Name", "Company", "Job Title", "Text", "Creation Date", "Status"),
            List.of(
                List.of("Marko", "Horvat", "Fintek", "CTO", "Ana is the engineer I trust with money.",
                    "01/15/24, 10:15 AM", "VISIBLE"),
                List.of("Ivo", "Ivić", "Oblak", "Lead", "Hidden praise.", "02/11/21, 09:00 AM",
                    "HIDDEN")))
        .raw("Basic_LinkedInDataExport_01-02-2025/Connections.csv",
            "Notes:\r\n\"Some connections hide their email\"\r\n\r\nFirst Name,Last Name\r\nA,B\r\n");
  }
}
