package org.createyourresume.ats;

import static org.createyourresume.ats.parse.TextNorm.clean;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.createyourresume.ats.parse.ParsedEntry;
import org.createyourresume.ats.parse.ParsedResume;
import org.createyourresume.model.Basics;
import org.createyourresume.model.Education;
import org.createyourresume.model.Resume;
import org.createyourresume.model.SectionId;
import org.createyourresume.model.Skill;
import org.createyourresume.model.Work;

/**
 * Compares what an ATS parsed from one of our PDFs with the resume it was made from: the name,
 * email and phone, each job's employer, title and bullets, each school's institution and degree,
 * and each skill. Every field is compared exactly, after the same clean-up the renderer applies
 * (white space collapsed, Unicode NFC, a typed bullet mark removed).
 */
final class ClosedLoop {
  private ClosedLoop() {}

  static List<FieldDifference> compare(Resume resume, ParsedResume parsed) {
    List<FieldDifference> out = new ArrayList<>();
    Basics b = resume.basicsOrEmpty();
    same(out, "basics.name", clean(b.name()), parsed.name());
    String email = clean(b.email());
    if (email != null && email.regionMatches(true, 0, "mailto:", 0, 7)) {
      email = email.substring(7);
    }
    same(out, "basics.email", email, parsed.contact().email());
    same(out, "basics.phone", clean(b.phone()), parsed.contact().phone());

    Set<String> hidden = new HashSet<>(resume.design().hiddenSections() == null ? List.of() : resume.design().hiddenSections());
    if (!hidden.contains(SectionId.WORK.id())) {
      List<Work> jobs = resume.workList().stream().filter(ClosedLoop::shown).toList();
      List<ParsedEntry> found = parsed.jobs();
      if (jobs.size() != found.size()) {
        out.add(new FieldDifference("work", jobs.size() + " jobs", found.size() + " jobs"));
      }
      for (int i = 0; i < Math.min(jobs.size(), found.size()); i++) {
        Work w = jobs.get(i);
        ParsedEntry p = found.get(i);
        String at = "work[" + resume.workList().indexOf(w) + "]";
        String name = clean(w.name());
        String position = clean(w.position());
        same(out, at + ".name", name != null ? name : position, p.company());
        same(out, at + ".position", name != null ? position : null, p.title());
        List<String> bullets = bullets(w.highlightList());
        for (int j = 0; j < bullets.size(); j++) {
          same(out, at + ".highlights[" + j + "]", bullets.get(j), j < p.bullets().size() ? p.bullets().get(j) : null);
        }
        if (p.bullets().size() > bullets.size()) {
          out.add(new FieldDifference(at + ".highlights", bullets.size() + " bullets", p.bullets().size() + " bullets"));
        }
      }
    }
    if (!hidden.contains(SectionId.EDUCATION.id())) {
      List<Education> schools = resume.educationList().stream().filter(ClosedLoop::shown).toList();
      List<ParsedEntry> found = parsed.schools();
      if (schools.size() != found.size()) {
        out.add(new FieldDifference("education", schools.size() + " schools", found.size() + " schools"));
      }
      for (int i = 0; i < Math.min(schools.size(), found.size()); i++) {
        Education e = schools.get(i);
        ParsedEntry p = found.get(i);
        String at = "education[" + resume.educationList().indexOf(e) + "]";
        String institution = clean(e.institution());
        String degree = join(clean(e.studyType()), clean(e.area()));
        same(out, at + ".institution", institution != null ? institution : degree, p.institution());
        same(out, at + ".studyType", institution != null ? degree : null, p.degree());
      }
    }
    if (!hidden.contains(SectionId.SKILLS.id())) {
      Set<String> skills = new HashSet<>();
      parsed.skills().forEach(s -> skills.add(s.toLowerCase(Locale.ROOT)));
      List<Skill> groups = resume.skillList();
      for (int i = 0; i < groups.size(); i++) {
        List<String> keywords = groups.get(i).keywordList();
        for (int j = 0; j < keywords.size(); j++) {
          String k = clean(keywords.get(j));
          if (k != null && !skills.contains(k.toLowerCase(Locale.ROOT))) {
            out.add(new FieldDifference("skills[" + i + "].keywords[" + j + "]", k, null));
          }
        }
      }
    }
    return out;
  }

  private static boolean shown(Work w) {
    return clean(w.name()) != null || clean(w.position()) != null || !bullets(w.highlightList()).isEmpty()
        || clean(w.summary()) != null || clean(w.description()) != null || clean(w.startDate()) != null
        || clean(w.endDate()) != null || clean(w.location()) != null;
  }

  private static boolean shown(Education e) {
    return clean(e.institution()) != null || clean(e.studyType()) != null || clean(e.area()) != null
        || clean(e.startDate()) != null || clean(e.endDate()) != null || clean(e.score()) != null
        || !e.courseList().isEmpty();
  }

  private static void same(List<FieldDifference> out, String field, String expected, String found) {
    String f = clean(found);
    if (expected == null ? f != null : !expected.equals(f)) {
      out.add(new FieldDifference(field, expected, f));
    }
  }

  private static List<String> bullets(List<String> highlights) {
    List<String> out = new ArrayList<>();
    for (String h : highlights) {
      String c = clean(h);
      if (c != null) {
        c = c.replaceFirst("^[•·▪■◦‣∙●○\\-–—*>]+\\s+", "");
        if (!c.isEmpty()) {
          out.add(c);
        }
      }
    }
    return out;
  }

  private static String join(String a, String b) {
    return a == null ? b : b == null ? a : a + ", " + b;
  }
}
