package org.createyourresume.importer.fresh;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.createyourresume.ats.parse.DateSpan;
import org.createyourresume.ats.parse.Dates;
import org.createyourresume.importer.ImportFormat;
import org.createyourresume.importer.ImportResult;
import org.createyourresume.model.Award;
import org.createyourresume.model.Basics;
import org.createyourresume.model.Certificate;
import org.createyourresume.model.CustomEntry;
import org.createyourresume.model.CustomSection;
import org.createyourresume.model.Design;
import org.createyourresume.model.Education;
import org.createyourresume.model.Interest;
import org.createyourresume.model.Language;
import org.createyourresume.model.Location;
import org.createyourresume.model.Meta;
import org.createyourresume.model.PartialDate;
import org.createyourresume.model.Problem;
import org.createyourresume.model.Profile;
import org.createyourresume.model.Project;
import org.createyourresume.model.Publication;
import org.createyourresume.model.Reference;
import org.createyourresume.model.Resume;
import org.createyourresume.model.Skill;
import org.createyourresume.model.Volunteer;
import org.createyourresume.model.Work;
import tools.jackson.databind.JsonNode;

/**
 * Reads a FRESH resume (the fresh-resume schema of HackMyResume and FluentCV) into JSON Resume:
 * {@code info} and {@code contact} into {@code basics}, {@code employment.history} into {@code
 * work}, {@code service.history} into {@code volunteer}, {@code recognition} into {@code awards},
 * {@code writing} into {@code publications}, {@code testimonials} into {@code references}, and
 * sections JSON Resume lacks ({@code speaking}, {@code governance}, {@code affiliation}, {@code
 * extracurricular}, {@code samples}) into custom sections. Every field with no place in JSON
 * Resume is reported with its JSON pointer. Thread-safe.
 */
public final class FreshReader {

  /**
   * Whether a JSON document is a FRESH resume: its {@code meta.format} says so, or it has FRESH's
   * own top-level sections and no JSON Resume {@code basics}.
   */
  public static boolean isFresh(JsonNode root) {
    if (root == null || !root.isObject()) {
      return false;
    }
    JsonNode format = root.path("meta").path("format");
    if (format.isString() && format.stringValue().toUpperCase(Locale.ROOT).startsWith("FRESH")) {
      return true;
    }
    return !root.has("basics")
        && (root.has("contact") || root.has("employment") || root.has("info"));
  }

  /** Reads a FRESH document (a JSON object). */
  public ImportResult read(JsonNode root) {
    return read(root, () -> { });
  }

  /**
   * Reads a FRESH document, running {@code checkpoint} for every item of every list, so that the
   * caller's deadline (or a cancelled request) can stop the work by throwing.
   */
  public ImportResult read(JsonNode root, Runnable checkpoint) {
    List<Problem> warnings = new ArrayList<>();
    Fields r = new Fields(root, "", warnings, checkpoint);
    Basics basics = basics(r);
    List<Work> work = new ArrayList<>();
    Fields employment = r.object("employment");
    if (employment != null) {
      summaryLeftOut(employment, "employment");
      for (Fields job : employment.objects("history")) {
        work.add(new Work(job.text("employer"), job.text("location"), null, job.text("position"),
            job.text("url"), date(job, "start", false), date(job, "end", true), job.text("summary"),
            orNull(job.texts("highlights")), null));
        job.reportUnread("a job");
      }
      employment.reportUnread("employment");
    }
    List<Education> education = new ArrayList<>();
    Fields schooling = r.object("education");
    if (schooling != null) {
      summaryLeftOut(schooling, "education");
      for (Fields e : schooling.objects("history")) {
        String studyType = e.text("studyType");
        String title = e.text("title");
        if (studyType == null) {
          studyType = title; // the degree's short name ("BSCS") when no study type is given
        } else if (title != null && !title.equals(studyType)) {
          warnings.add(Problem.warning("fresh.unmapped", e.pointer() + "/title",
              "\"" + title + "\" was left out: the study type \"" + studyType + "\" names the degree"));
        }
        education.add(new Education(e.text("institution"), e.text("url"), e.text("area"), studyType,
            date(e, "start", false), date(e, "end", true), e.text("grade"), orNull(e.texts("curriculum")), null));
        e.reportUnread("an education entry");
      }
      schooling.reportUnread("education");
    }
    List<Skill> skills = skills(r);
    List<Volunteer> volunteer = new ArrayList<>();
    Fields service = r.object("service");
    if (service != null) {
      summaryLeftOut(service, "service");
      for (Fields v : service.objects("history")) {
        volunteer.add(new Volunteer(v.text("organization"), v.text("position"), v.text("url"),
            date(v, "start", false), date(v, "end", true), v.text("summary"), orNull(v.texts("highlights")), null));
        v.ignore("category");
        v.reportUnread("a volunteer entry");
      }
      service.reportUnread("service");
    }
    List<Project> projects = new ArrayList<>();
    for (Fields p : r.objects("projects")) {
      String description = p.text("description");
      String summary = p.text("summary");
      if (description == null) {
        description = summary;
      } else if (summary != null) {
        description = description + "\n" + summary;
      }
      String url = p.text("url");
      if (url == null) {
        url = p.text("repo");
      }
      String role = p.text("role");
      projects.add(new Project(p.text("title"), description, orNull(p.texts("highlights")),
          orNull(p.texts("keywords")), date(p, "start", false), date(p, "end", true), url,
          role == null ? null : List.of(role), null, p.text("category"), null));
      p.reportUnread("a project");
    }
    List<Award> awards = new ArrayList<>();
    for (Fields a : r.objects("recognition")) {
      awards.add(new Award(a.text("title"), date(a, "date", false), a.text("from"), a.text("summary"), null));
      a.ignore("category");
      a.reportUnread("an award");
    }
    List<Publication> publications = new ArrayList<>();
    for (Fields w : r.objects("writing")) {
      JsonNode publisher = w.raw("publisher");
      String publisherName = null;
      if (publisher != null && publisher.isString()) {
        publisherName = publisher.stringValue();
      } else if (publisher != null && publisher.isObject()) {
        Fields p = new Fields(publisher, w.pointer() + "/publisher", warnings, () -> { });
        publisherName = p.text("name");
        p.reportUnread("a publisher");
      }
      publications.add(new Publication(w.text("title"), publisherName, date(w, "date", false), w.text("url"),
          w.text("summary"), null));
      w.ignore("category");
      w.reportUnread("a publication");
    }
    List<Certificate> certificates = new ArrayList<>();
    for (Fields c : r.objects("certifications")) {
      String name = c.text("name");
      if (name == null) {
        name = c.text("title");
      }
      String issuer = c.text("issuer");
      if (issuer == null) {
        issuer = c.text("from");
      }
      certificates.add(new Certificate(name, date(c, "date", false), c.text("url"), issuer, null));
      c.reportUnread("a certificate");
    }
    List<Language> languages = new ArrayList<>();
    for (Fields l : r.objects("languages")) {
      languages.add(new Language(l.text("language"), l.text("level"), null));
      l.reportUnread("a language");
    }
    List<Interest> interests = new ArrayList<>();
    for (Fields i : r.objects("interests")) {
      interests.add(new Interest(i.text("name"), orNull(i.texts("keywords")), null));
      i.reportUnread("an interest");
    }
    List<Reference> references = new ArrayList<>();
    for (Fields ref : r.objects("references")) {
      String name = ref.text("name");
      String role = ref.text("role");
      if (name != null && role != null) {
        name = name + ", " + role;
      }
      references.add(new Reference(name, ref.text("summary"), null));
      ref.ignore("category", "private");
      ref.reportUnread("a reference");
    }
    for (Fields t : r.objects("testimonials")) {
      references.add(new Reference(t.text("name"), t.text("quote"), null));
      t.ignore("category", "private", "flavor");
      t.reportUnread("a reference");
    }
    List<CustomSection> custom = custom(r);
    r.ignore("name", "meta", "$schema");
    r.reportUnread("a resume");
    Design design = custom.isEmpty() ? null
        : new Design(null, null, null, null, null, null, null, null, null, null, null, null, custom, null);
    Resume resume = new Resume(null, basics, orNull(work), orNull(volunteer), orNull(education), orNull(awards),
        orNull(certificates), orNull(publications), orNull(skills), orNull(languages), orNull(interests),
        orNull(references), orNull(projects), design == null ? null : new Meta(null, null, null, design, null), null);
    return new ImportResult(resume, ImportFormat.FRESH, warnings);
  }

  private static Basics basics(Fields r) {
    String name = r.text("name");
    Fields info = r.object("info");
    String label = null;
    String summary = null;
    String image = null;
    if (info != null) {
      label = info.text("label");
      summary = info.text("brief");
      image = info.text("image");
      info.reportUnread("basics");
    }
    String email = null;
    String phone = null;
    String url = null;
    Fields contact = r.object("contact");
    if (contact != null) {
      email = contact.text("email");
      phone = contact.text("phone");
      url = contact.text("website");
      for (Fields other : contact.objects("other")) {
        String category = other.text("category");
        String value = other.text("value");
        String kind = category == null ? "" : category.toLowerCase(Locale.ROOT);
        if (value != null && email == null && kind.contains("email")) {
          email = value;
        } else if (value != null && phone == null && kind.contains("phone")) {
          phone = value;
        } else if (value != null && url == null && (kind.contains("url") || kind.contains("web"))) {
          url = value;
        } else {
          other.ignore("label", "category", "value");
          other.warnings().add(Problem.warning("fresh.unmapped", other.pointer(),
              "the contact \"" + value + "\" has no place in basics in JSON Resume and was left out"));
        }
        other.ignore("label");
        other.reportUnread("a contact");
      }
      contact.reportUnread("basics");
    }
    Location location = null;
    Fields place = r.object("location");
    if (place != null) {
      location = new Location(place.text("address"), place.text("code"), place.text("city"),
          place.text("country"), place.text("region"), null);
      place.reportUnread("a location");
    }
    List<Profile> profiles = new ArrayList<>();
    for (Fields s : r.objects("social")) {
      profiles.add(new Profile(s.text("network"), s.text("user"), s.text("url"), null));
      s.ignore("label");
      s.reportUnread("a profile");
    }
    return new Basics(name, label, image, email, phone, url, summary, location, orNull(profiles), null);
  }

  /** Skill sets become named groups; listed skills not in any set become skills of their own. */
  private static List<Skill> skills(Fields r) {
    List<Skill> skills = new ArrayList<>();
    Fields all = r.object("skills");
    if (all == null) {
      return skills;
    }
    List<String> grouped = new ArrayList<>();
    for (Fields set : all.objects("sets")) {
      List<String> keywords = set.texts("skills");
      grouped.addAll(keywords);
      skills.add(new Skill(set.text("name"), set.text("level"), orNull(keywords), null));
      set.reportUnread("a skill group");
    }
    for (Fields item : all.objects("list")) {
      String name = item.text("name");
      String level = item.text("level");
      if (name != null && !grouped.contains(name)) {
        skills.add(new Skill(name, level, null, null));
      }
      item.reportUnread("a skill");
    }
    all.reportUnread("skills");
    return skills;
  }

  /** FRESH sections JSON Resume has no list for, kept as custom sections. */
  private static List<CustomSection> custom(Fields r) {
    List<CustomSection> sections = new ArrayList<>();
    List<CustomEntry> talks = new ArrayList<>();
    for (Fields s : r.objects("speaking")) {
      String when = date(s, "date", false);
      String title = s.text("title");
      String event = s.text("event");
      talks.add(new CustomEntry(title != null ? title : event, title != null ? event : null, s.text("location"),
          when, when, null, s.text("summary"), orNull(s.texts("highlights")), null));
      s.reportUnread("a talk");
    }
    addSection(sections, "talks", "Talks", talks);
    List<CustomEntry> governance = new ArrayList<>();
    for (Fields g : r.objects("governance")) {
      governance.add(new CustomEntry(g.text("organization"), g.text("role"), null, date(g, "start", false),
          date(g, "end", true), null, g.text("summary"), orNull(g.texts("highlights")), null));
      g.ignore("category");
      g.reportUnread("a governance role");
    }
    addSection(sections, "governance", "Governance", governance);
    Fields affiliation = r.object("affiliation");
    List<CustomEntry> memberships = new ArrayList<>();
    if (affiliation != null) {
      summaryLeftOut(affiliation, "affiliation");
      for (Fields a : affiliation.objects("history")) {
        memberships.add(new CustomEntry(a.text("organization"), a.text("role"), a.text("location"),
            date(a, "start", false), date(a, "end", true), a.text("url"), a.text("summary"),
            orNull(a.texts("highlights")), null));
        a.ignore("category");
        a.reportUnread("an affiliation");
      }
      affiliation.reportUnread("affiliation");
    }
    addSection(sections, "affiliations", "Affiliations", memberships);
    List<CustomEntry> activities = new ArrayList<>();
    for (Fields x : r.objects("extracurricular")) {
      activities.add(new CustomEntry(x.text("title"), x.text("activity"), x.text("location"),
          date(x, "start", false), date(x, "end", true), null, null, null, null));
      x.reportUnread("an activity");
    }
    addSection(sections, "activities", "Activities", activities);
    List<CustomEntry> samples = new ArrayList<>();
    for (Fields s : r.objects("samples")) {
      String when = date(s, "date", false);
      samples.add(new CustomEntry(s.text("title"), null, null, when, when, s.text("url"), s.text("summary"),
          orNull(s.texts("highlights")), null));
      s.reportUnread("a work sample");
    }
    addSection(sections, "samples", "Work Samples", samples);
    return sections;
  }

  private static void addSection(List<CustomSection> sections, String id, String title, List<CustomEntry> entries) {
    if (!entries.isEmpty()) {
      sections.add(new CustomSection(id, title, entries, null));
    }
  }

  private static void summaryLeftOut(Fields section, String name) {
    String summary = section.text("summary");
    if (summary != null) {
      section.warnings().add(Problem.warning("fresh.unmapped", section.pointer() + "/summary",
          "the summary of " + name + " has no place in JSON Resume and was left out"));
    }
    section.ignore("level", "degree");
    if (section.has("level") || section.has("degree")) {
      section.warnings().add(Problem.warning("fresh.unmapped", section.pointer(),
          "the overall level and degree of " + name + " have no place in JSON Resume and were left out"));
    }
  }

  /**
   * A date in JSON Resume form: FRESH's own YYYY[-MM[-DD]] as it is; another readable form
   * ("Mar 2019", "03/2019") converted with a warning; "current" for an end date means none.
   */
  private static String date(Fields f, String name, boolean end) {
    String text = f.text(name);
    if (text == null) {
      return null;
    }
    if (PartialDate.parse(text).isPresent()) {
      return text;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    if (end && (lower.equals("current") || lower.equals("present") || lower.equals("now"))) {
      return null;
    }
    DateSpan span = Dates.get().find(text).filter(DateSpan::parsed).orElse(null);
    if (span != null && span.start() != null) {
      PartialDate d = span.start();
      String read = d.hasMonth() ? String.format(Locale.ROOT, "%04d-%02d", d.year(), d.month())
          : String.valueOf(d.year());
      f.warnings().add(Problem.warning("fresh.date", f.pointer() + "/" + name,
          "\"" + text + "\" read as \"" + read + "\""));
      return read;
    }
    f.warnings().add(Problem.warning("fresh.date", f.pointer() + "/" + name,
        "\"" + text + "\" is not a date; it was left out"));
    return null;
  }

  private static <T> List<T> orNull(List<T> list) {
    return list.isEmpty() ? null : list;
  }
}
