package org.createyourresume.ats.match;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the job title from a posting: the role's name alone, without what postings wrap around it
 * ("We're hiring:", the team after a comma, the place, the batch, a seniority range, bracketed
 * notes, or the rest of a sentence: "a Java Backend Developer to design, build…").
 */
final class JobTitleReader {

  private static final Pattern LABEL = Pattern.compile(
      "(?im)^\\s*(?:job title|title|position|role|job role|designation|vacancy|opening|post)\\s*[:\\-–]\\s*(.{3,100})$");
  private static final Pattern LOOKING_FOR = Pattern.compile(
      "(?i)(?:looking for|hiring|seeking|search of|join us as|join (?:our|the) [\\w ]{0,30}?team as|recruiting|invited for|vacancy for)\\s+(?:an?|the|our)?\\s*"
          + "(?:(?:experienced|talented|motivated|enthusiastic|passionate|skilled)\\s+)?((?:[A-Z][\\w+#./&'-]*\\s?|(?:of|in|and|&)\\s){1,8})");
  private static final Pattern HIRING_PREFIX = Pattern.compile(
      "(?i)^(?:we(?:'re|’re| are) (?:hiring|recruiting)(?: for)?|now hiring|(?:urgent(?:ly)?\\s+)?(?:hiring|openings?|requirement|vacancy|vacancies)(?: now)?(?:\\s+for)?"
          + "|job (?:opening|opportunity|vacancy)(?:\\s+for)?|new role|walk-?in (?:drive|interview)s?(?:\\s+for)?)\\s*[:!\\-–—]?\\s*");
  // "Qualified Dental Nurse", "Experienced Chef": praise of the holder, not part of the role's name.
  private static final Pattern PRAISE = Pattern.compile(
      "(?i)^(?:qualified|experienced|talented|motivated|enthusiastic|passionate|skilled|dedicated|dynamic|caring)\\s+(?=\\p{L})");
  private static final Pattern SEGMENT_BREAK = Pattern.compile("\\s+[|–—@·•]\\s+|\\s+-\\s+|\\s*\\|\\s*|,\\s+|\\s+@\\s*|\\s+at\\s+(?=[A-Z])");
  private static final Pattern BRACKETS = Pattern.compile("\\s*[(\\[][^)\\]]*[)\\]]");
  private static final Pattern SENIORITY_RANGE = Pattern.compile(
      "(?i)^(?:junior|mid|mid-level|intermediate|senior|staff|lead|principal)(?:\\s*[/–-]\\s*|\\s+to\\s+)"
          + "(?:junior|mid|mid-level|senior|staff|lead|principal)(?:\\s+level)?\\s+");
  // "Campus Hiring 2026: Associate Software Engineer", "Opportunity: …": a label before a colon
  // that names no role is the board's wrapping, not part of the title.
  private static final Pattern LEAD_LABEL = Pattern.compile("^([^:]{2,40}):\\s+(?=\\S)");
  // "SOC Analyst L2", "Support Engineer (Level 1)": the level is not the role.
  private static final Pattern LEVEL = Pattern.compile("(?i)\\s+(?:L[1-4](?:\\s*/\\s*L?[1-4])?|level\\s+[1-4I]+)$|(?<=\\p{L}{3})\\s+(?-i:I{1,3}|IV)$");
  private static final Pattern TAIL = Pattern.compile(
      "\\s+(?:to|for|who|with|that|which|based|needed|wanted|required|responsible|on|from|within|across|join|will)\\b.*$");
  private static final Set<String> TITLE_WORDS = Set.of(
      "engineer", "developer", "manager", "analyst", "designer", "scientist", "administrator", "architect",
      "consultant", "specialist", "technician", "coordinator", "director", "lead", "intern", "officer",
      "assistant", "accountant", "lecturer", "professor", "researcher", "representative", "executive",
      "associate", "nurse", "teacher", "writer", "editor", "owner", "programmer", "tester", "recruiter",
      "marketer", "strategist", "trainee", "apprentice", "partner", "pharmacist", "counsellor", "counselor",
      "master", "head", "controller", "clerk", "advisor", "adviser", "therapist", "physician", "doctor",
      "agent", "supervisor", "operator", "fellow", "tutor", "instructor", "planner", "buyer", "chef",
      "driver", "secretary", "receptionist", "auditor", "economist", "librarian", "paralegal", "lawyer",
      "solicitor", "surveyor", "hygienist", "midwife", "psychologist", "dentist", "veterinarian", "postdoc",
      "president", "vp", "cto", "cfo", "ceo", "steward", "technologist", "estimator", "inspector", "generalist",
      "candidate", "student", "scholar", "cashier", "carer", "caregiver", "worker", "attendant", "mechanic",
      "electrician", "plumber", "welder", "machinist", "cook", "baker", "barista", "bartender", "housekeeper",
      "cleaner", "guard", "courier", "pilot", "physiotherapist", "radiographer", "sonographer", "paramedic",
      "phlebotomist", "optometrist", "dietitian", "nutritionist", "aide", "producer", "photographer", "illustrator",
      "animator", "artist", "journalist", "reporter", "translator", "interpreter", "curator", "archivist",
      "advocate", "broker", "underwriter", "actuary", "banker", "trader", "teller", "investigator", "dean",
      "registrar", "coach", "trainer", "educator", "founder", "sdr", "bdr", "practitioner", "handler", "principal", "headteacher",
      "superintendent");
  private static final Set<String> NOT_A_ROLE_LINE = Set.of("about the job", "about the role", "job description", "job details");

  private JobTitleReader() {}

  /** The job title of {@code posting}, or null when none can be told. */
  static String read(String posting) {
    Matcher label = LABEL.matcher(posting);
    if (label.find()) {
      String title = clean(label.group(1));
      if (title != null) {
        return title;
      }
    }
    int seen = 0;
    for (String raw : posting.split("\n")) {
      String line = raw.strip().replaceAll("^[#*_]+|[#*_]+$", "").strip();
      if (line.isEmpty() || NOT_A_ROLE_LINE.contains(line.toLowerCase(Locale.ROOT))) {
        continue;
      }
      if (++seen > 4) {
        break;
      }
      int words = words(line);
      if (words <= 14 && !line.endsWith(".")) {
        String title = clean(line);
        if (title != null) {
          return title;
        }
      }
      if (words > 14) {
        break;
      }
    }
    Matcher m = LOOKING_FOR.matcher(posting);
    while (m.find()) {
      // In a sentence the name ends at its last capitalised word: "a Payroll Administrator and keep…".
      String title = clean(m.group(1).strip().replaceAll("(?:\\s+\\p{Ll}[\\p{L}'-]*)+$", ""));
      if (title != null) {
        return title;
      }
    }
    return null;
  }

  /** The words of a line, not counting separators such as "|" or "–". */
  private static int words(String line) {
    int n = 0;
    for (String w : line.split("\\s+")) {
      if (w.chars().anyMatch(Character::isLetterOrDigit)) {
        n++;
      }
    }
    return n;
  }

  /** The role name within {@code text}, or null when it holds none. */
  private static String clean(String text) {
    String t = HIRING_PREFIX.matcher(text.strip()).replaceFirst("");
    Matcher lead = LEAD_LABEL.matcher(t);
    if (lead.find() && !hasTitleWord(lead.group(1))) {
      t = t.substring(lead.end());
    }
    t = BRACKETS.matcher(t).replaceAll("");
    for (String segment : SEGMENT_BREAK.split(t)) {
      String s = SENIORITY_RANGE.matcher(segment.strip()).replaceFirst("");
      s = HIRING_PREFIX.matcher(s).replaceFirst("");
      s = PRAISE.matcher(s).replaceFirst("");
      s = TAIL.matcher(s).replaceFirst("").replaceAll("[\\s.:;!,]+$", "").strip();
      s = LEVEL.matcher(s).replaceFirst("");
      if (!s.isEmpty() && s.split("\\s+").length <= 8 && hasTitleWord(s)) {
        return titleCase(withoutTrailingStack(s));
      }
    }
    return null;
  }

  /**
   * "Software Developer .NET / Angular" as "Software Developer": technologies named after the
   * role's last word are the stack, not the title. Words before it stay ("Java Backend
   * Developer"), and so does a field joined by "in" or "of" ("Lecturer in Modern History").
   */
  private static String withoutTrailingStack(String title) {
    String[] words = title.split("\\s+");
    int last = -1;
    for (int i = 0; i < words.length; i++) {
      if (TITLE_WORDS.contains(words[i].toLowerCase(Locale.ROOT).replaceAll("[^a-z]", ""))) {
        last = i;
      }
    }
    if (last < 0 || last == words.length - 1) {
      return title;
    }
    Set<String> names = SkillVocabulary.get().namesLowerCase();
    for (int i = last + 1; i < words.length; i++) {
      String w = words[i].toLowerCase(Locale.ROOT);
      if (!names.contains(w) && !w.matches("[/&+,]|and|or")) {
        return title;
      }
    }
    return String.join(" ", java.util.Arrays.copyOfRange(words, 0, last + 1));
  }

  static boolean hasTitleWord(String text) {
    for (String w : text.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
      if (TITLE_WORDS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** "ANDROID DEVELOPER" as "Android Developer"; short words such as "IT" or "SAP" stay. */
  private static String titleCase(String s) {
    if (!s.equals(s.toUpperCase(Locale.ROOT)) || s.length() < 6) {
      return s;
    }
    StringBuilder out = new StringBuilder();
    for (String w : s.split("\\s+")) {
      out.append(out.isEmpty() ? "" : " ").append(w.length() <= 3 ? w
          : w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT));
    }
    return out.toString();
  }
}
