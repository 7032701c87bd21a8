package org.createyourresume.ats.match;

import java.util.List;
import java.util.regex.Pattern;
import org.createyourresume.ats.parse.ParsedEntry;

/** Education levels named in postings and degrees named in resumes. */
final class Education {
  private Education() {}

  /** Levels, lowest first. */
  enum Level {
    HIGH_SCHOOL("High school diploma", "(?iu)\\b(high school|secondary school|ged|a-levels?|higher secondary|hsc"
        // "12th pass", "10+2", "12th grade": the last school year, named by its number.
        + "|12th(?:\\s+|-)(?:pass(?:ed)?|grade|standard|class)|10\\s?\\+\\s?2)(?![\\p{L}\\p{N}])"),
    ASSOCIATE("Associate degree", "(?iu)\\b(associate'?s? degree|associate of|a\\.a\\.s?|hnd|foundation degree)\\b|^\\s*associate'?s?\\s*(?:\\(|$)"),
    BACHELOR("Bachelor's degree", "(?iu)\\b(bachelor'?s?|b\\.?sc?\\.?|b\\.?a\\.?|b\\.?eng\\.?|b\\.?e\\.|beng|btech|b\\.tech|b\\.?pharm|b\\.?com|bca|bba|undergraduate degree|licenciatura|laurea|any graduate|licence|grado|bachelorstudium|bac\\s*\\+\\s*3|fachhochschulstudium)\\b(?!\\s?\\d)|\\b(BS|BA|BE)\\b(?!\\s*\\d)|\\b[12]:[12] degree\\b"
        // "Graduate in English", "Graduate in any discipline": the Indian name of a first degree.
        + "|(?<!post[- ]|post)\\bgraduate (?:in|with)\\b"),
    MASTER("Master's degree", "(?iu)\\b(master'?s?|m\\.?sc?\\.?|mba|mca|m\\.?com|m\\.?pharm|m\\.?tech|m\\.?eng|meng|m\\.a\\.|magister|graduate degree|máster|mastère|diplom(?:-ingenieur)?|diplôme d'ingénieur|école d'ingénieurs?|bac\\s*\\+\\s*5|masterstudium|staatsexamen)(?![\\p{L}])|\\b(MS|MA)\\b"),
    DOCTORATE("PhD or doctorate", "(?iu)\\b(ph\\.?d\\.?|doctorate|doctoral|doctor of|dphil|ed\\.d|pharm\\.?d|promotion|doktor|doctorat|doctorado)\\b");

    private final String label;
    private final Pattern pattern;

    Level(String label, String regex) {
      this.label = label;
      this.pattern = Pattern.compile(regex);
    }

    String label() {
      return label;
    }

    boolean in(String text) {
      return pattern.matcher(text).find();
    }
  }

  /** A level the posting asks for, and how firmly. */
  record Asked(Level level, Importance importance) {}

  // "A degree in Statistics" names no level of its own: it means a first degree, unless the
  // sentence names a higher one ("Master's degree in Statistics").
  private static final Pattern ANY_DEGREE = Pattern.compile(
      "(?iu)\\b(?:degree|studium|hochschulabschluss|hochschulstudium|diplôme|titulaire|titulación|título universitario|estudios universitarios)\\b");
  private static final Pattern DEGREE_CONTEXT = Pattern.compile(
      "(?iu).*(degree|diploma|bachelor|12th|10\\s?\\+\\s?2|higher secondary|\\bhsc\\b|master|phd|ph\\.d|doctorate|graduate|bsc|msc|b\\.?tech|b\\.e\\.|pharm|\\bmca\\b|\\bmba\\b|\\b[bm]\\.?com\\b|m\\.?tech|\\bbca\\b|\\bbba\\b|\\bbs\\b|\\bms\\b|\\bba\\b|\\b[bm]\\.sc\\b|\\b[bm]\\.ed\\b|education|qualification"
          + "|studium|abschluss|diplom|diplôme|bac|licence|máster|grado|titulación|título|universitari[oa]|école|hochschule|universität|université|universidad"
          // A board's education line: "Associate (Required)".
          + "|^\\s*associate'?s?\\s*(?:\\(|$)).*");
  // "MS Office" is a product, not a master's degree.
  private static final Pattern MS_PRODUCT = Pattern.compile(
      "(?i)\\bMS[- ](?:Office|Excel|Word|Project|Teams|SQL|Access|Dynamics|Visio|PowerPoint|Outlook|365)\\b");
  // "A full driving licence", "a counterbalance licence", "HGV licence": a permit named by the word
  // before it, which in English is any word but a French article or preposition ("une licence",
  // "titulaire d'une licence" are a first degree).
  private static final Pattern DRIVING_LICENCE = Pattern.compile(
      "(?iu)(?<![\\p{L}'’])(?!(?:la|une|de|du|des|d|l|en|ou|et|sa|votre|ta|titulaire|bac|niveau|une)(?![\\p{L}]))\\p{L}+[- ]+licen[cs]e\\b");
  // "to teach on our BSc and MSc programmes" is about the employer, not the candidate.
  private static final Pattern ABOUT_US = Pattern.compile("(?iu)\\b(?:we|our|us|wir|unser|unsere|nous|notre|nos|nosotros|nuestro|nuestra)\\b");
  private static final Pattern ABOUT_YOU = Pattern.compile(
      "(?iu)\\b(?:you|your|candidates?|applicants?|du|dein|deine|ihr|ihre|sie|vous|votre|vos|tu|tienes|candidat[oa]?e?s?|titulaire)\\b");

  /**
   * The levels the posting asks for: the lowest it names outside its nice-to-haves (required),
   * and the lowest it names among them when that is higher (preferred: "Master's degree
   * desirable"), in that order; empty when it names none.
   */
  static List<Asked> asked(PostingOutline outline) {
    Level required = null;
    Level preferred = null;
    for (PostingOutline.Line line : outline.lines()) {
      if (line.part() == PostingOutline.Part.ABOUT) {
        continue;
      }
      for (String clause : line.body().split("[.!?;](?:\\s|$)")) {
        String sentence = DRIVING_LICENCE.matcher(MS_PRODUCT.matcher(clause).replaceAll(" ")).replaceAll(" ");
        if (!DEGREE_CONTEXT.matcher(sentence).matches()
            || (ABOUT_US.matcher(sentence).find() && !ABOUT_YOU.matcher(sentence).find())) {
          continue;
        }
        Level lowest = null;
        for (Level level : Level.values()) {
          if (level.in(sentence) && (lowest == null || level.ordinal() < lowest.ordinal())) {
            lowest = level;
          }
        }
        if (lowest == null && ANY_DEGREE.matcher(sentence).find()) {
          lowest = Level.BACHELOR;
        }
        if (lowest == null) {
          continue;
        }
        if (PostingOutline.cue(sentence, line.part()) == PostingOutline.Part.PREFERRED) {
          preferred = preferred == null || lowest.ordinal() < preferred.ordinal() ? lowest : preferred;
        } else {
          required = required == null || lowest.ordinal() < required.ordinal() ? lowest : required;
        }
      }
    }
    List<Asked> out = new java.util.ArrayList<>();
    if (required != null) {
      out.add(new Asked(required, Importance.REQUIRED));
    }
    if (preferred != null && (required == null || preferred.ordinal() > required.ordinal())) {
      out.add(new Asked(preferred, Importance.PREFERRED));
    }
    return out;
  }

  /** The highest level among the resume's schools, or null. */
  static Level highest(List<ParsedEntry> schools) {
    Level best = null;
    for (ParsedEntry school : schools) {
      String text = (school.degree() == null ? "" : school.degree()) + " " + (school.institution() == null ? "" : school.institution());
      Level level = null;
      for (Level l : Level.values()) {
        if (l.in(text)) {
          level = l;
        }
      }
      if (level == null && ANY_DEGREE.matcher(text).find()) {
        level = Level.BACHELOR;
      }
      if (level != null && (best == null || level.ordinal() > best.ordinal())) {
        best = level;
      }
    }
    return best;
  }
}
