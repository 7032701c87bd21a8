package org.createyourresume.importer.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.createyourresume.ats.parse.ParsedEntry;
import org.createyourresume.ats.parse.ResumeParser;

/**
 * Reads the printed pieces of an education entry (its title line, the line under it, a place)
 * into school, degree, subject and grade, whatever order they were printed in: "B.Tech, Computer
 * Science" over "VIT Vellore, CGPA 8.1", "Delhi Public School, Class XII (CBSE), 92%", "BSc
 * (Hons) Nursing – University of Leeds – First Class Honours".
 *
 * <p>Pieces are cut at commas, bars and spaced dashes; each run of pieces that starts with a
 * degree word is the degree, each that names a school (a school word) is the school, and what
 * follows a run without a word of its own belongs to it. When no piece names a school, the one
 * left over is taken as the school and the reading says it guessed.
 */
final class EducationReader {
  private EducationReader() {}

  /**
   * One entry read.
   *
   * @param institution the school, or null
   * @param degree the degree and subject as printed ("B.Tech, Computer Science"), or null
   * @param score the grade as printed, or null
   * @param leftOver printed pieces that fit none of the fields
   * @param unsure what was guessed, one sentence per field, keyed by the field's name in JSON
   *     Resume's education entry
   */
  record Reading(String institution, String degree, String score, List<String> leftOver, List<Guess> unsure) {}

  /** A field whose value was guessed, and why. */
  record Guess(String field, String reason) {}

  private enum Kind { DEGREE, SCHOOL, OTHER }

  private record Run(Kind kind, List<String> pieces) {
    String text() {
      return String.join(", ", pieces);
    }
  }

  static Reading read(ParsedEntry e) {
    String score = null;
    List<String> pieces = new ArrayList<>();
    for (String piece : new String[] {e.primary(), e.secondary()}) {
      if (piece == null || piece.isBlank()) {
        continue;
      }
      String rest = piece;
      if (score == null) {
        Optional<Grades.Found> grade = Grades.find(piece);
        if (grade.isPresent()) {
          score = grade.get().grade();
          rest = grade.get().rest();
        }
      }
      if (rest != null && !rest.isBlank()) {
        pieces.add(rest);
      }
    }
    List<Run> runs = runs(pieces);
    if (e.location() != null && (runs.stream().noneMatch(r -> r.kind() == Kind.SCHOOL)
        || (score == null && Grades.find(e.location()).filter(g -> g.rest() == null || g.rest().isBlank()).isPresent()))) {
      // or a grade set at the right of the school's line ("Leeds City College" … "Distinction*")
      // plain text "B.Tech, Computer Science, VIT Vellore  2016 – 2020" comes cut in three, the
      // third as if it were the place
      Optional<Grades.Found> grade = Grades.find(e.location());
      String place = grade.isPresent() && score == null ? grade.get().rest() : e.location();
      if (grade.isPresent() && score == null) {
        score = grade.get().grade();
      }
      if (place != null && !place.isBlank()) {
        pieces.add(place);
        runs = runs(pieces);
      }
    }
    Run degree = first(runs, Kind.DEGREE);
    Run school = first(runs, Kind.SCHOOL);
    List<Run> others = runs.stream().filter(r -> r.kind() == Kind.OTHER).toList();
    List<Guess> unsure = new ArrayList<>();
    List<String> leftOver = new ArrayList<>();
    String institution;
    String degreeText;
    if (degree == null && school == null) {
      // nothing says which is which: the order they were printed in, school first
      institution = others.isEmpty() ? null : others.get(0).text();
      degreeText = others.size() > 1 ? others.get(1).text() : null;
      if (institution != null && degreeText != null) {
        unsure.add(new Guess("institution", "\"" + institution + "\" was taken as the school and \"" + degreeText
            + "\" as the degree or subject, from the order they were printed in; swap them if it is the other way round"));
      }
      others.stream().skip(2).forEach(r -> leftOver.add(r.text()));
    } else if (school == null) {
      Run schoolless = degree;
      if (others.isEmpty() && degree.pieces().size() > subjectPieces(degree)) {
        // "B.Tech, Computer Science, VIT Vellore": the last piece after the subject is the school
        List<String> all = degree.pieces();
        others = List.of(new Run(Kind.OTHER, List.of(all.get(all.size() - 1))));
        schoolless = new Run(Kind.DEGREE, all.subList(0, all.size() - 1));
      }
      degreeText = schoolless.text();
      institution = others.isEmpty() ? null : others.get(0).text();
      if (institution != null) {
        unsure.add(new Guess("institution", "\"" + institution + "\" was taken as the school because nothing in"
            + " the entry is named as one; check it"));
      }
      others.stream().skip(1).forEach(r -> leftOver.add(r.text()));
    } else {
      institution = school.text();
      if (degree != null) {
        degreeText = degree.text();
        others.forEach(r -> leftOver.add(r.text()));
      } else {
        // "University of Leeds" and "Adult Nursing": a subject without a degree word
        degreeText = others.isEmpty() ? null : others.get(0).text();
        others.stream().skip(1).forEach(r -> leftOver.add(r.text()));
      }
    }
    runs.stream().filter(r -> r.kind() != Kind.OTHER && r != degree && r != school)
        .forEach(r -> leftOver.add(r.text()));
    return new Reading(institution, degreeText, score, leftOver, unsure);
  }

  /**
   * Joins an education entry that holds only a degree (or only a school) and no dates with the
   * one after it that holds the rest: in plain text and unstyled files the dates decide where an
   * entry starts, so "B.Tech, Computer Science" over "VIT Vellore, CGPA 8.1   2016 – 2020" comes as
   * two entries.
   */
  static List<ParsedEntry> joinSplitEntries(List<ParsedEntry> entries) {
    List<ParsedEntry> moved = new ArrayList<>(entries);
    // the degree line of the second entry is read as the last paragraph of the first
    for (int i = 0; i + 1 < moved.size(); i++) {
      ParsedEntry e = moved.get(i);
      ParsedEntry next = moved.get(i + 1);
      List<String> paragraphs = e.paragraphs();
      if (!paragraphs.isEmpty() && e.bullets().isEmpty() && next.dates() != null
          && Degrees.startsWithDegree(paragraphs.get(paragraphs.size() - 1)) && !has(runsOf(next), Kind.DEGREE)) {
        String degreeLine = paragraphs.get(paragraphs.size() - 1);
        moved.set(i, new ParsedEntry(e.primary(), e.secondary(), e.location(), e.dates(),
            paragraphs.subList(0, paragraphs.size() - 1), e.bullets(), e.details(), e.orderGuessed()));
        String second = next.secondary() == null ? next.primary() : next.primary() + ", " + next.secondary();
        moved.set(i + 1, new ParsedEntry(degreeLine, second, next.location(), next.dates(), next.paragraphs(),
            next.bullets(), next.details(), false));
      }
    }
    List<ParsedEntry> joined = new ArrayList<>();
    for (int i = 0; i < moved.size(); i++) {
      ParsedEntry e = moved.get(i);
      ParsedEntry next = i + 1 < moved.size() ? moved.get(i + 1) : null;
      if (next != null && e.dates() == null && e.bullets().isEmpty() && e.paragraphs().isEmpty()
          && e.details().isEmpty() && complementary(e, next)) {
        String second = next.secondary() == null ? next.primary() : next.primary() + ", " + next.secondary();
        String first = e.secondary() == null ? e.primary() : e.primary() + ", " + e.secondary();
        joined.add(new ParsedEntry(first, second, next.location(), next.dates(), next.paragraphs(), next.bullets(),
            next.details(), false));
        i++;
      } else {
        joined.add(e);
      }
    }
    return joined;
  }

  /** One holds a degree and no school, the other a school (or something) and no degree; or the reverse. */
  private static boolean complementary(ParsedEntry a, ParsedEntry b) {
    List<Run> first = runsOf(a);
    List<Run> second = runsOf(b);
    boolean aDegreeOnly = has(first, Kind.DEGREE) && !has(first, Kind.SCHOOL);
    boolean aSchoolOnly = has(first, Kind.SCHOOL) && !has(first, Kind.DEGREE);
    return (aDegreeOnly && !has(second, Kind.DEGREE)) || (aSchoolOnly && has(second, Kind.DEGREE)
        && !has(second, Kind.SCHOOL));
  }

  private static List<Run> runsOf(ParsedEntry e) {
    List<String> pieces = new ArrayList<>();
    for (String piece : new String[] {e.primary(), e.secondary()}) {
      String rest = piece == null ? null : Grades.find(piece).map(Grades.Found::rest).orElse(piece);
      if (rest != null && !rest.isBlank()) {
        pieces.add(rest);
      }
    }
    return runs(pieces);
  }

  /** How many pieces a degree's name and subject take: one ("BSc Physics"), or two ("B.Tech", "Computer Science"). */
  private static int subjectPieces(Run degree) {
    return Degrees.split(degree.pieces().get(0)).area() == null ? 2 : 1;
  }

  private static boolean has(List<Run> runs, Kind kind) {
    return runs.stream().anyMatch(r -> r.kind() == kind);
  }

  private static Run first(List<Run> runs, Kind kind) {
    return runs.stream().filter(r -> r.kind() == kind).findFirst().orElse(null);
  }

  /**
   * Pieces cut into runs: each degree or school part starts one, and the parts after it join it.
   * A piece that names a school and no degree stays whole ("University of California,
   * Berkeley"); a piece after a degree without a subject is that subject ("B.Tech" over
   * "Computer Science").
   */
  private static List<Run> runs(List<String> pieces) {
    List<Run> runs = new ArrayList<>();
    for (String piece : pieces) {
      List<String> parts = parts(piece);
      if (parts.stream().noneMatch(Degrees::startsWithDegree) && parts.stream().anyMatch(EducationReader::school)) {
        runs.add(new Run(Kind.SCHOOL, new ArrayList<>(List.of(piece.strip()))));
        continue;
      }
      for (int i = 0; i < parts.size(); i++) {
        String part = parts.get(i);
        Kind kind = Degrees.startsWithDegree(part) ? Kind.DEGREE : school(part) ? Kind.SCHOOL : Kind.OTHER;
        Run last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
        boolean attaches = kind == Kind.OTHER && last != null
            && (i > 0 || (last.kind() == Kind.DEGREE && last.pieces().size() == 1
                && Degrees.split(last.text()).area() == null));
        if (attaches) {
          last.pieces().add(part);
        } else {
          runs.add(new Run(kind, new ArrayList<>(List.of(part))));
        }
      }
    }
    return runs;
  }

  private static boolean school(String part) {
    return ResumeParser.looksLikeSchool(part);
  }

  /** A piece cut at commas, bars and spaced dashes outside brackets. */
  private static List<String> parts(String piece) {
    List<String> parts = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int depth = 0;
    String t = piece.strip();
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '(' || c == '[') {
        depth++;
      } else if ((c == ')' || c == ']') && depth > 0) {
        depth--;
      }
      boolean spacedDash = (c == '–' || c == '—' || c == '|' || c == '·' || (c == '-' && i > 0 && t.charAt(i - 1) == ' '))
          && i + 1 < t.length() && t.charAt(i + 1) == ' ';
      if (depth == 0 && (c == ',' || c == ';' || spacedDash)) {
        add(parts, current);
        continue;
      }
      current.append(c);
    }
    add(parts, current);
    return parts.isEmpty() ? List.of(t) : parts;
  }

  private static void add(List<String> parts, StringBuilder current) {
    String part = current.toString().strip();
    if (!part.isEmpty()) {
      parts.add(part);
    }
    current.setLength(0);
  }
}
