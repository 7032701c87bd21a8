package org.createyourresume.compose;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.createyourresume.ats.AtsChecker;
import org.createyourresume.ats.match.JobMatch;
import org.createyourresume.ats.match.Keyword;
import org.createyourresume.ats.match.KeywordKind;
import org.createyourresume.letter.Letter;
import org.createyourresume.letter.Paragraph;
import org.createyourresume.letter.Recipient;
import org.createyourresume.model.Project;
import org.createyourresume.model.Resume;
import org.createyourresume.model.Work;

/**
 * Writes a starter cover letter from a resume and a job posting, without AI: the same resume and
 * posting always give the same draft, and every part of it can be traced.
 *
 * <ul>
 *   <li>the role and the company come from the posting (the ATS checker's job-title reading, and
 *       {@link CompanyReader}); what cannot be read is left as "[Role]" or "[Company]", which the
 *       checks and the renderer report;
 *   <li>the posting's top requirements are the ATS match's keywords (skills, tools,
 *       certifications, experience, education), required ones first, then by weight;
 *   <li>the middle paragraph quotes, word for word, the resume's achievements (work and project
 *       highlights) that name those requirements, those with numbers first; it never invents one;
 *   <li>every paragraph is marked as generated, for the user to rewrite.
 * </ul>
 *
 * <p>Thread-safe when the checker is.
 */
public final class LetterDrafter {

  /** How many of the posting's requirements the draft names. */
  static final int TOP_REQUIREMENTS = 5;

  /** How many achievements the draft quotes at most. */
  static final int MAX_CITATIONS = 3;

  private static final Set<KeywordKind> REQUIREMENT_KINDS = Set.of(KeywordKind.HARD_SKILL, KeywordKind.TOOL,
      KeywordKind.CERTIFICATION, KeywordKind.EXPERIENCE, KeywordKind.EDUCATION, KeywordKind.SOFT_SKILL);
  private static final Set<String> IRREGULAR_PAST = Set.of("led", "built", "ran", "won", "cut", "grew", "made",
      "taught", "wrote", "drove", "set", "began", "brought", "kept", "sold", "took", "gave", "held", "oversaw",
      "rebuilt", "rewrote", "spent", "found", "met", "shipped", "put", "saw", "spun", "split", "hired");
  private static final Pattern DIGIT = Pattern.compile("\\d");

  private final AtsChecker checker;

  /** A drafter reading postings with {@code checker}'s job match. */
  public LetterDrafter(AtsChecker checker) {
    this.checker = checker;
  }

  /**
   * The draft for applying with {@code resume} to {@code posting}, dated {@code today}.
   *
   * @throws org.createyourresume.ats.AtsException when the resume cannot be rendered for the match
   *     (over the size limits, unknown template)
   */
  public LetterDraft draft(Resume resume, String posting, LocalDate today) {
    JobMatch match = checker.matchResume(resume, posting);
    String role = match == null ? null : match.jobTitle();
    String company = CompanyReader.read(posting);
    List<Keyword> top = topRequirements(match);
    List<Citation> citations = citations(resume, top);

    String roleText = role == null ? "[Role]" : role;
    String companyText = company == null ? "[Company]" : company;
    List<Paragraph> body = new ArrayList<>();
    body.add(Paragraph.drafted(opening(resume, roleText, companyText, top)));
    body.add(Paragraph.drafted(evidence(resume, top, citations)));
    String more = moreSkills(top, citations);
    if (more != null) {
      body.add(Paragraph.drafted(more));
    }
    body.add(Paragraph.drafted("I would welcome the chance to discuss how my experience could help "
        + companyText + ". Thank you for your time and consideration."));

    String name = resume.basicsOrEmpty().name();
    Letter letter = new Letter(
        id(role, company), role, new Recipient(null, null, company, null, null), today.toString(),
        "Application for " + roleText, "Dear Hiring Manager,", body, "Kind regards,",
        name == null || name.isBlank() ? null : name, posting, null, null);
    return new LetterDraft(letter, role, company, top.stream().map(Keyword::name).toList(), citations);
  }

  /** The posting's most important requirements: required before mentioned before preferred. */
  static List<Keyword> topRequirements(JobMatch match) {
    if (match == null) {
      return List.of();
    }
    List<Keyword> all = new ArrayList<>(match.matched());
    all.addAll(match.missing());
    return all.stream()
        .filter(k -> REQUIREMENT_KINDS.contains(k.kind()))
        .sorted(Comparator.comparing(Keyword::importance)
            .thenComparing(Comparator.comparingDouble(Keyword::weight).reversed())
            .thenComparing(Keyword::name))
        .limit(TOP_REQUIREMENTS)
        .toList();
  }

  private record Candidate(int order, String pointer, String text, List<Keyword> answers, double score) {}

  /** The achievements to quote: those naming the most (and weightiest) requirements, numbers first. */
  private static List<Citation> citations(Resume resume, List<Keyword> top) {
    List<Candidate> candidates = new ArrayList<>();
    List<Work> work = resume.workList();
    for (int i = 0; i < work.size(); i++) {
      List<String> highlights = work.get(i).highlightList();
      for (int j = 0; j < highlights.size(); j++) {
        add(candidates, "/work/" + i + "/highlights/" + j, highlights.get(j), top);
      }
    }
    List<Project> projects = resume.projectList();
    for (int i = 0; i < projects.size(); i++) {
      List<String> highlights = projects.get(i).highlightList();
      for (int j = 0; j < highlights.size(); j++) {
        add(candidates, "/projects/" + i + "/highlights/" + j, highlights.get(j), top);
      }
    }
    List<Candidate> answering = candidates.stream().filter(c -> !c.answers().isEmpty())
        .sorted(Comparator.comparingDouble(Candidate::score).reversed().thenComparingInt(Candidate::order))
        .limit(MAX_CITATIONS).toList();
    List<Candidate> chosen = new ArrayList<>(answering);
    // too few achievements name a requirement: the quantified ones of the latest jobs show the
    // level of the work instead
    for (Candidate c : candidates) {
      if (chosen.size() >= 2) {
        break;
      }
      if (!chosen.contains(c) && DIGIT.matcher(c.text()).find()) {
        chosen.add(c);
      }
    }
    return chosen.stream()
        .map(c -> new Citation(c.pointer(), c.text(), c.answers().stream().map(Keyword::name).toList()))
        .toList();
  }

  private static void add(List<Candidate> candidates, String pointer, String text, List<Keyword> top) {
    if (text == null || text.isBlank()) {
      return;
    }
    List<Keyword> answers = top.stream().filter(k -> names(text, k)).toList();
    double score = answers.stream().mapToDouble(Keyword::weight).sum() + (DIGIT.matcher(text).find() ? 1 : 0);
    candidates.add(new Candidate(candidates.size(), pointer, text.strip(), answers, score));
  }

  /** Whether {@code text} names the requirement, as the match names it or as the posting wrote it. */
  static boolean names(String text, Keyword k) {
    if (k.kind() == KeywordKind.EXPERIENCE || k.kind() == KeywordKind.EDUCATION) {
      return false;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    for (String name : new String[] {k.name(), k.asWritten()}) {
      if (name != null && name.length() > 1 && Pattern.compile("(?<![\\p{L}\\p{N}])"
          + Pattern.quote(name.toLowerCase(Locale.ROOT)) + "(?![\\p{L}\\p{N}])").matcher(lower).find()) {
        return true;
      }
    }
    return false;
  }

  private static String opening(Resume resume, String role, String company, List<Keyword> top) {
    StringBuilder p = new StringBuilder("I am writing to apply for the ").append(role)
        .append(" position at ").append(company).append('.');
    String label = resume.basicsOrEmpty().label();
    List<String> met = top.stream().filter(Keyword::matched)
        .filter(k -> k.kind() != KeywordKind.EXPERIENCE && k.kind() != KeywordKind.EDUCATION)
        .map(Keyword::name).limit(3).toList();
    if (label != null && !label.isBlank()) {
      p.append(" As ").append(article(label.strip())).append(' ').append(label.strip());
      if (met.isEmpty()) {
        p.append(", I would like to bring my experience to your team.");
      } else {
        p.append(" with experience in ").append(list(met)).append(", I match what your posting asks for.");
      }
    } else if (!met.isEmpty()) {
      p.append(" My experience in ").append(list(met)).append(" matches what your posting asks for.");
    }
    return p.toString();
  }

  private static String evidence(Resume resume, List<Keyword> top, List<Citation> citations) {
    StringBuilder p = new StringBuilder();
    if (!top.isEmpty()) {
      p.append("Your posting asks for ").append(list(top.stream().limit(3).map(Keyword::name).toList())).append('.');
    }
    for (Citation c : citations) {
      if (!p.isEmpty()) {
        p.append(' ');
      }
      p.append(sentence(where(resume, c.pointer()), c.text()));
    }
    if (citations.isEmpty()) {
      p.append(p.isEmpty() ? "" : " ")
          .append("[Add an achievement of yours that shows this, with its numbers.]");
    }
    return p.toString();
  }

  private static String where(Resume resume, String pointer) {
    String[] parts = pointer.split("/");
    int i = Integer.parseInt(parts[2]);
    if (parts[1].equals("work")) {
      return "At " + or(resume.workList().get(i).name(), "one employer");
    }
    return "In my project " + or(resume.projectList().get(i).name(), "work");
  }

  /** "At Finlo, I redesigned …" for a bullet opening with a past-tense verb; else "At Finlo: …". */
  static String sentence(String where, String bullet) {
    String text = bullet.strip();
    if (!text.endsWith(".") && !text.endsWith("!") && !text.endsWith("?")) {
      text = text + ".";
    }
    String first = text.split("[\\s,]", 2)[0];
    String lower = first.toLowerCase(Locale.ROOT);
    boolean verb = first.length() > 1 && Character.isUpperCase(first.charAt(0)) && Character.isLowerCase(first.charAt(1))
        && (lower.endsWith("ed") || IRREGULAR_PAST.contains(lower));
    if (verb) {
      return where + ", I " + Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
    return where + ": " + text;
  }

  private static String moreSkills(List<Keyword> top, List<Citation> citations) {
    Set<String> cited = new LinkedHashSet<>();
    citations.forEach(c -> cited.addAll(c.requirements()));
    List<String> more = top.stream().filter(Keyword::matched)
        .filter(k -> k.kind() == KeywordKind.HARD_SKILL || k.kind() == KeywordKind.TOOL
            || k.kind() == KeywordKind.CERTIFICATION)
        .map(Keyword::name).filter(n -> !cited.contains(n)).toList();
    if (more.isEmpty()) {
      return null;
    }
    return "I also work with " + list(more) + ", which your posting lists.";
  }

  private static String id(String role, String company) {
    String base = ((company == null ? "" : company) + " " + (role == null ? "" : role)).strip()
        .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
    return base.isEmpty() ? "letter" : base.length() > 48 ? base.substring(0, 48).replaceAll("-$", "") : base;
  }

  private static String article(String word) {
    return "AEIOUaeiou".indexOf(word.charAt(0)) >= 0 ? "an" : "a";
  }

  private static String or(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value.strip();
  }

  /** "A", "A and B", "A, B and C". */
  static String list(List<String> items) {
    if (items.size() <= 1) {
      return items.isEmpty() ? "" : items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
  }
}
