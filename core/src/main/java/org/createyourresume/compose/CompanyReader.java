package org.createyourresume.compose;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the hiring company's name from a job posting: a "Company:" label, an "About Acme"
 * heading, "Acme is hiring / looking for / seeking", or "join Acme". Deterministic; null when
 * none of these says it, so that the draft leaves a placeholder the checks report instead of
 * guessing.
 */
final class CompanyReader {

  private static final String NAME = "([A-Z][\\w&.'’-]*(?:[ \\t]+(?:[A-Z][\\w&.'’-]*|&|of|and|de|la)){0,5})";
  private static final Pattern LABEL = Pattern.compile(
      "(?im)^\\s*(?:company|employer|organi[sz]ation|company name|hiring company)\\s*[:\\-–]\\s*(.{2,80})$");
  private static final Pattern ABOUT = Pattern.compile("(?m)^\\s*#*\\s*About\\s+" + NAME + "\\s*:?\\s*$");
  private static final Pattern IS_HIRING = Pattern.compile(
      "(?:^|[.!?][ \\t]+|\\n)[ \\t]*(?:At[ \\t]+)?" + NAME
          + "(?:,[^,\\n]{1,80},)?\\s+(?:is|are)\\s+(?:currently\\s+|now\\s+)?(?:hiring|looking|seeking|recruiting|searching|growing)");
  private static final Pattern JOIN = Pattern.compile("\\b(?:[Jj]oin|at)\\s+(?:the\\s+team\\s+at\\s+)?" + NAME + "(?=[\\s,.!]|$)");
  private static final Set<String> NOT_A_COMPANY = Set.of("the", "the role", "the job", "the team", "us", "you",
      "our", "our team", "we", "this role", "this", "company", "position", "role", "job", "team", "our company",
      "a", "an", "what", "who", "why", "how", "we're", "you'll", "join");

  private CompanyReader() {}

  /** The company named by {@code posting}, or null. */
  static String read(String posting) {
    if (posting == null) {
      return null;
    }
    for (Pattern pattern : new Pattern[] {LABEL, ABOUT, IS_HIRING, JOIN}) {
      Matcher m = pattern.matcher(posting);
      while (m.find()) {
        String name = clean(m.group(1));
        if (name != null) {
          return name;
        }
      }
    }
    return null;
  }

  private static String clean(String raw) {
    String name = raw.strip().replaceAll("[\\s,.:;!]+$", "").replaceAll("\\s+(?:of|and|&|de|la)$", "");
    if (name.length() < 2 || name.length() > 60) {
      return null;
    }
    String lower = name.toLowerCase(Locale.ROOT);
    if (NOT_A_COMPANY.contains(lower) || lower.startsWith("the role") || lower.startsWith("our ")
        || lower.startsWith("us ") || lower.startsWith("you")) {
      return null;
    }
    return name;
  }
}
