package org.createyourresume.compose;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.createyourresume.ats.AtsChecker;
import org.createyourresume.ats.AtsOptions;
import org.createyourresume.ats.grammar.GrammarChecker;
import org.createyourresume.ats.match.JobMatch;
import org.createyourresume.ats.match.Keyword;
import org.createyourresume.letter.Letter;
import org.createyourresume.letter.Paragraph;
import org.createyourresume.letter.Placeholders;
import org.createyourresume.model.Resume;
import org.createyourresume.model.Severity;
import org.createyourresume.model.Skill;

/**
 * Checks a cover letter before it goes out: its length (250 to 400 words of body, what a
 * recruiter reads on one screen), the company and the role named in it, the posting's top
 * keywords covered, no placeholder left ("[Company]"), no paragraph still in the draft's words,
 * and spelling and grammar with the resume checker's LanguageTool setup. Thread-safe.
 */
public final class LetterChecker {

  /** The shortest body, in words, that says enough. */
  public static final int MIN_WORDS = 250;

  /** The longest body, in words, that is still read whole. */
  public static final int MAX_WORDS = 400;

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.%+#-]*");

  private final AtsChecker checker;

  /** A checker using {@code checker}'s posting analysis and grammar checker. */
  public LetterChecker(AtsChecker checker) {
    this.checker = checker;
  }

  /**
   * Checks {@code letter}, sent with {@code resume}.
   *
   * @param posting the job posting, or null for the letter's own ({@link Letter#posting()}); with
   *     none, keywords are not checked and the role and company are the letter's own
   * @param grammar whether to check spelling and grammar, and whether to wait for the checker
   */
  public LetterReport check(Resume resume, Letter letter, String posting, AtsOptions.Grammar grammar) {
    String job = posting != null && !posting.isBlank() ? posting : letter.posting();
    List<LetterFinding> findings = new ArrayList<>();
    placeholders(letter, findings);

    String body = String.join("\n", letter.body().stream().map(Paragraph::text).toList());
    int words = words(body);
    if (words < MIN_WORDS) {
      findings.add(warning("letter.too-short", "/body", "the letter has " + words + " words; " + MIN_WORDS
          + " to " + MAX_WORDS + " say enough to be read as a real letter"));
    } else if (words > MAX_WORDS) {
      findings.add(warning("letter.too-long", "/body", "the letter has " + words + " words; keep it to "
          + MAX_WORDS + " or fewer so that it is read whole"));
    }

    JobMatch match = null;
    if (job != null && !job.isBlank()) {
      match = checker.matchResume(resume, job);
    }
    String everything = (letter.subject() == null ? "" : letter.subject() + "\n") + body;
    String company = letter.company() != null && !letter.company().isBlank() ? letter.company()
        : CompanyReader.read(job);
    if (company == null) {
      findings.add(warning("letter.company-unknown", "/recipient/company",
          "name the company you are writing to, so the letter can be checked for it"));
    } else if (!contains(body, company)) {
      findings.add(warning("letter.company-missing", "/body", "the letter never names " + company
          + ": say why you want to work there"));
    }
    String role = letter.role() != null && !letter.role().isBlank() ? letter.role()
        : match == null ? null : match.jobTitle();
    if (role == null) {
      findings.add(warning("letter.role-unknown", "/role", "name the role you apply for"));
    } else if (!contains(everything, role)) {
      findings.add(warning("letter.role-missing", "/body", "the letter never names the role, " + role));
    }

    List<String> keywords = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    if (match != null) {
      for (Keyword k : LetterDrafter.topRequirements(match)) {
        if (k.kind() == org.createyourresume.ats.match.KeywordKind.EXPERIENCE
            || k.kind() == org.createyourresume.ats.match.KeywordKind.EDUCATION) {
          continue;
        }
        keywords.add(k.name());
        if (!LetterDrafter.names(everything, k)) {
          missing.add(k.name());
        }
      }
      if (!missing.isEmpty()) {
        findings.add(warning("letter.keywords-missing", "/body", "the posting asks for "
            + LetterDrafter.list(missing) + ", which the letter does not name; mention those you have"));
      }
    }

    for (int i = 0; i < letter.body().size(); i++) {
      if (letter.body().get(i).generated()) {
        findings.add(warning("letter.generated", "/body/" + i,
            "this paragraph is still the starter draft's wording: rewrite it in your own words"));
      }
    }
    if (letter.greeting() == null || letter.greeting().isBlank()) {
      findings.add(warning("letter.greeting-missing", "/greeting", "open with a greeting, e.g. \"Dear Ms Whitfield,\""));
    }
    if (letter.closing() == null || letter.closing().isBlank()) {
      findings.add(warning("letter.closing-missing", "/closing", "close with e.g. \"Kind regards,\""));
    }

    boolean grammarChecked = grammar != AtsOptions.Grammar.OFF
        && (grammar == AtsOptions.Grammar.WAIT || checker.grammarReady());
    if (grammarChecked) {
      Set<String> own = ownTerms(resume, letter, company);
      for (int i = 0; i < letter.body().size(); i++) {
        String text = letter.body().get(i).text();
        if (text.isBlank() || !Placeholders.in(text).isEmpty()) {
          continue;
        }
        for (GrammarChecker.Issue issue : checker.checkProse(List.of(text), own, grammar)) {
          String fix = issue.suggestions().isEmpty() ? "" : " (perhaps \"" + issue.suggestions().get(0) + "\")";
          findings.add(warning(issue.spelling() ? "letter.spelling" : "letter.grammar", "/body/" + i,
              "\"" + issue.text() + "\": " + issue.message() + fix));
        }
      }
    }
    return new LetterReport(words, keywords, missing, grammarChecked, findings);
  }

  /** Words of {@code text}, as a reader counts them ("40%" and "Java 17" count one and two). */
  public static int words(String text) {
    Matcher m = WORD.matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  private static void placeholders(Letter letter, List<LetterFinding> findings) {
    String[][] fields = {
      {"/recipient/name", letter.recipient().name()}, {"/recipient/title", letter.recipient().title()},
      {"/recipient/company", letter.recipient().company()}, {"/recipient/address", letter.recipient().address()},
      {"/role", letter.role()}, {"/subject", letter.subject()}, {"/greeting", letter.greeting()}};
    for (String[] field : fields) {
      placeholder(field[0], field[1], findings);
    }
    for (int i = 0; i < letter.body().size(); i++) {
      placeholder("/body/" + i, letter.body().get(i).text(), findings);
    }
    placeholder("/closing", letter.closing(), findings);
    placeholder("/signature", letter.signature(), findings);
  }

  private static void placeholder(String pointer, String text, List<LetterFinding> findings) {
    for (String p : Placeholders.in(text)) {
      findings.add(new LetterFinding("letter.placeholder", Severity.ERROR, pointer,
          "replace the placeholder \"" + p + "\" before sending"));
    }
  }

  private static Set<String> ownTerms(Resume resume, Letter letter, String company) {
    Set<String> own = new LinkedHashSet<>();
    for (Skill s : resume.skillList()) {
      own.addAll(s.keywords() == null ? List.of() : s.keywords());
    }
    resume.workList().forEach(w -> add(own, w.name()));
    resume.projectList().forEach(p -> add(own, p.name()));
    add(own, resume.basicsOrEmpty().name());
    add(own, company);
    add(own, letter.recipient().name());
    return own;
  }

  private static void add(Set<String> set, String value) {
    if (value != null && !value.isBlank()) {
      set.add(value);
    }
  }

  private static boolean contains(String text, String name) {
    return text.toLowerCase(Locale.ROOT).contains(name.strip().toLowerCase(Locale.ROOT));
  }

  private static LetterFinding warning(String code, String pointer, String message) {
    return new LetterFinding(code, Severity.WARNING, pointer, message);
  }
}
