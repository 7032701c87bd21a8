package org.createyourresume.importer.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.createyourresume.ats.parse.ResumeParser;

/**
 * A certificate's name and issuer from its printed line. A name may hold a comma or a dash of its
 * own ("Texas Educator Certificate, Mathematics 7-12", "AWS Certified Solutions Architect –
 * Associate"), so the issuer is only the last piece, and only when it reads as the name of an
 * organisation: no number, no level, no job title.
 */
final class Certificates {
  private Certificates() {}

  /** A name and an issuer; the issuer may be null. */
  record NameAndIssuer(String name, String issuer) {}

  /** A dash between spaces: "Certified Kubernetes Administrator – CNCF". */
  private static final Pattern DASH = Pattern.compile("\\s+[-–—]\\s+");
  /** A bar or a middle dot between spaces: a firmer break than a comma. */
  private static final Pattern PIPE = Pattern.compile("\\s+[|·]\\s+");
  /** A word that starts with a figure: a version, a grade band, a level number. */
  private static final Pattern NUMBER_WORD = Pattern.compile("(?:^|\\s)\\d");
  private static final Pattern ROMAN = Pattern.compile("(?i)[ivx]{1,4}");
  /** Levels that end a certificate's name after a dash or a comma. */
  private static final Set<String> LEVELS = Set.of("associate", "professional", "foundation", "practitioner",
      "expert", "specialty", "speciality", "fundamentals", "advanced", "master", "intermediate", "beginner",
      "level 1", "level 2", "level 3");

  /**
   * The pieces the parser found on a certificate's lines, joined back with {@code separators}
   * (the one printed between each piece and the next, null for pieces on lines of their own) and
   * read again as one line.
   */
  static NameAndIssuer read(List<String> pieces, List<String> separators) {
    StringBuilder whole = new StringBuilder(pieces.get(0));
    for (int i = 1; i < pieces.size(); i++) {
      String piece = pieces.get(i);
      String separator = separators.get(i - 1);
      if (separator == null) {
        // "Professional Scrum Master" over "I": the name went on to the next line
        separator = isLevel(piece) ? " " : ", ";
      }
      whole.append(separator).append(piece);
    }
    return split(whole.toString());
  }

  /** Splits one printed line into a certificate's name and its issuer. */
  static NameAndIssuer split(String printed) {
    String t = printed.strip();
    String[] bars = PIPE.split(t);
    if (bars.length >= 2 && issuer(bars[bars.length - 1])) {
      return new NameAndIssuer(t.substring(0, t.lastIndexOf(bars[bars.length - 1])).replaceAll("[\\s|·]+$", ""),
          bars[bars.length - 1].strip());
    }
    List<Integer> commas = topLevelCommas(t);
    if (!commas.isEmpty()) {
      int last = commas.get(commas.size() - 1);
      String tail = t.substring(last + 1).strip();
      return issuer(tail) ? new NameAndIssuer(t.substring(0, last).strip(), tail) : new NameAndIssuer(t, null);
    }
    var dash = DASH.matcher(t);
    int at = -1;
    int end = -1;
    while (dash.find()) {
      at = dash.start();
      end = dash.end();
    }
    if (at > 0 && issuer(t.substring(end))) {
      return new NameAndIssuer(t.substring(0, at).strip(), t.substring(end).strip());
    }
    return new NameAndIssuer(t, null);
  }

  /** Whether a piece can be the issuer: an organisation's name, not a part of the certificate's. */
  private static boolean issuer(String piece) {
    String p = piece.strip();
    return !p.isEmpty() && p.split("\\s+").length <= 6 && !NUMBER_WORD.matcher(p).find() && !isLevel(p)
        && Character.isUpperCase(p.codePointAt(0)) && !ResumeParser.looksLikeJobTitle(p);
  }

  private static boolean isLevel(String piece) {
    String p = piece.strip();
    return ROMAN.matcher(p).matches() || LEVELS.contains(p.toLowerCase(Locale.ROOT));
  }

  /** The commas outside brackets ("Azure Administrator (AZ-104, renewed)" keeps its bracket whole). */
  static List<Integer> topLevelCommas(String t) {
    List<Integer> commas = new ArrayList<>();
    int depth = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '(' || c == '[') {
        depth++;
      } else if ((c == ')' || c == ']') && depth > 0) {
        depth--;
      } else if (c == ',' && depth == 0) {
        commas.add(i);
      }
    }
    return commas;
  }
}
