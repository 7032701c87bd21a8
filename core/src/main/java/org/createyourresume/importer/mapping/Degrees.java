package org.createyourresume.importer.mapping;

import java.util.List;
import java.util.regex.Pattern;
import org.createyourresume.ats.parse.ResumeParser;

/**
 * Splits a printed degree line into JSON Resume's {@code studyType} (the degree) and {@code area}
 * (the subject): "Master of Science, Computer Science", "BSc in Economics", or one of them alone.
 */
final class Degrees {
  private Degrees() {}

  /**
   * Degrees written as letters ("BSc", "M.A.", "PhD"), optionally with "(Hons)": what follows them
   * is the subject ("BSc (Hons) Adult Nursing", "MSc Water Management").
   */
  private static final Pattern ABBREVIATION =
      Pattern.compile("^((?:b\\.?sc|m\\.?sc|b\\.?a|m\\.?a|b\\.?s|m\\.?s|b\\.?eng|m\\.?eng|b\\.?tech|m\\.?tech|bba|mba"
          + "|bfa|mfa|llb|llm|ph\\.?d|d\\.?phil|m\\.?phil|ed\\.?d|b\\.?com|m\\.?com|b\\.?ed|m\\.?ed|hnd|hnc"
          + "|b\\.?e|m\\.?e|b\\.?c\\.?a|m\\.?c\\.?a|pgdm|pgdba|b\\.?pharm|m\\.?pharm|mbbs|bds|b\\.?arch|m\\.?arch"
          + "|b\\.?s\\.?w|m\\.?s\\.?w|dipl\\.?-ing|m\\.?b\\.?a)\\.?"
          + "(?:\\s*\\((?:hons|honours|honors)\\.?\\))?)(?:[\\s,]+(.*))?$", Pattern.CASE_INSENSITIVE);

  /** "in" between a degree and its subject, in English and a few other languages. */
  private static final Pattern IN = Pattern.compile("\\s+(?:in|of science in|en|in der|im)\\s+");

  /**
   * A degree named by one word that takes no "of" or "in" before its subject in the languages that
   * use it ("Diplom Informatik", "Licence Mathématiques", "Master Informatique", "Laurea Fisica"):
   * a capitalised word after it starts the subject, unless it names the degree itself ("Master
   * Degree", "Bachelor Thesis") or a number follows ("Master 2").
   */
  private static final Pattern BARE_DEGREE = Pattern.compile(
      "^(diplom|diploma|licence|licenciatura|licenciado|bachelor|master|magister|laurea|grado|maestría|mestrado)"
          + "\\s+(?!(?:degree|diploma|thesis|program|programme|studies|student|of|in|en|der|de|im)\\b)(\\p{Lu}.*)$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * A degree named "Bachelor of …" or "Master of …" after its field, with the subject after it
   * and no "in" between ("Master of Education Curriculum and Instruction", "Bachelor of Arts
   * Mathematics"), as a line that sets degree and subject side by side gives it.
   */
  private static final Pattern NAMED_DEGREE = Pattern.compile(
      "^((?iu:(?:bachelor|master|doctor)\\s+of\\s+(?:arts|science|education|engineering|commerce|laws|technology"
          + "|fine arts|business administration|computer applications|philosophy|music|architecture|pharmacy"
          + "|public health|social work)))\\s+(\\p{Lu}.*)$");

  /**
   * Secondary-school qualifications and degrees whose names are not a word of their own: "Class
   * XII (CBSE)", "12th", "A-levels", "IB Diploma", "Dipl.-Ing.", "Master 2".
   */
  private static final Pattern SCHOOL_LEAVING = Pattern.compile(
      "^(?:class\\s+(?:x|xii|10|12)(?:th)?\\b|(?:10|12)th\\b|a[- ]?levels?\\b|as[- ]levels?\\b|ib\\s+diploma"
          + "|international baccalaureate|dipl\\.?-|higher secondary|senior secondary|high school diploma)",
      Pattern.CASE_INSENSITIVE);

  /**
   * A degree whose name ends in a bracket (a school board, a kind of degree) with the subject after
   * it: "Class XII (CBSE) Science", "Master of Science (MSc) Physics". The bracket stays with the
   * degree: it says which qualification it is.
   */
  private static final Pattern BRACKET_THEN_SUBJECT = Pattern.compile("^([^()]+\\([^()]+\\))\\s+(\\p{Lu}[^()]*)$");

  /** Whether a piece of an education entry starts with the name of a degree or qualification. */
  static boolean startsWithDegree(String text) {
    String t = text.strip();
    return ResumeParser.looksLikeDegree(t) || ABBREVIATION.matcher(t).matches() || SCHOOL_LEAVING.matcher(t).find();
  }

  /** A degree and a subject; either may be null. */
  record Split(String studyType, String area) {}

  static Split split(String text) {
    if (text == null || text.isBlank()) {
      return new Split(null, null);
    }
    String t = text.strip();
    var letters = ABBREVIATION.matcher(t);
    if (letters.matches()) {
      // "B.E. in Mechanical Engineering": the "in" is not part of the subject
      String subject = letters.group(2) == null ? null : letters.group(2).strip().replaceFirst("^(?i)(?:in|of)\\s+", "");
      return new Split(letters.group(1).strip(), subject == null || subject.isEmpty() ? null : subject);
    }
    int comma = subjectComma(t);
    if (comma > 0) {
      return new Split(t.substring(0, comma).strip(), t.substring(comma + 1).strip());
    }
    if (startsWithDegree(t)) {
      var in = IN.matcher(t);
      if (in.find() && in.start() > 0 && !t.substring(in.end()).isBlank()) {
        return new Split(t.substring(0, in.start()).strip(), t.substring(in.end()).strip());
      }
      var named = NAMED_DEGREE.matcher(t);
      if (named.matches()) {
        return new Split(named.group(1), named.group(2).strip());
      }
      var bracketed = BRACKET_THEN_SUBJECT.matcher(t);
      if (bracketed.matches()) {
        return new Split(bracketed.group(1).strip(), bracketed.group(2).strip());
      }
      var bare = BARE_DEGREE.matcher(t);
      if (bare.matches() && Character.isUpperCase(bare.group(2).codePointAt(0))) {
        return new Split(bare.group(1), bare.group(2).strip());
      }
      return new Split(t, null);
    }
    return new Split(null, t);
  }


  /**
   * The comma between degree and subject: the first one, outside brackets, followed by a capital
   * letter ("Doctor of Philosophy (PhD), part-time, Civil Engineering" keeps "part-time" with the
   * degree); -1 when there is none.
   */
  private static int subjectComma(String t) {
    List<Integer> commas = Certificates.topLevelCommas(t);
    for (int comma : commas) {
      int next = comma + 1;
      while (next < t.length() && t.charAt(next) == ' ') {
        next++;
      }
      if (next < t.length() && !Character.isLowerCase(t.charAt(next))) {
        return comma;
      }
    }
    return commas.isEmpty() ? -1 : commas.get(0);
  }
}
