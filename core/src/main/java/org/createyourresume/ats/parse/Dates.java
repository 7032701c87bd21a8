package org.createyourresume.ats.parse;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.createyourresume.model.PartialDate;

/**
 * Finds and reads dates and date ranges in resume text: "Jan 2021 – Present", "01/2019 - 03/2021",
 * "2017–2019", "March 2020 to date", "Sep '21", and month names of the languages the renderer
 * prints. Thread-safe; build once.
 */
public final class Dates {

  private static final String[] LANGUAGES = {
    "en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru", "uk", "el", "tr", "sv", "da", "nb", "fi",
    "cs", "ro"
  };

  private static final Set<String> PRESENT =
      Set.of("present", "current", "currently", "now", "today", "ongoing", "date", "heute", "aujourd hui",
          "actualidad", "presente", "atual", "actual", "heden", "obecnie", "настоящее время", "наст вр",
          "дотепер", "теперь", "σημερα", "gunumuz", "nu", "na", "nyt", "soucasnost", "prezent",
          // "bis jetzt", "en cours", "à ce jour", "hasta la actualidad", "actualmente"
          "jetzt", "aktuell", "derzeit", "laufend", "en cours", "ce jour", "hoy", "actualmente", "la actualidad", "la fecha");

  private static final Set<String> RANGE_WORDS = Set.of("to", "until", "till", "bis", "au", "a", "al", "hasta", "tot", "do", "по", "до", "έως", "εως");

  /** "Since 2018": a start date with no end, in the languages above. */
  private static final Set<String> SINCE_WORDS =
      Set.of("since", "seit", "depuis", "desde", "dal", "dalla", "sinds", "od", "с", "со", "з", "απο",
          "sedan", "siden", "din");

  private static final Dates INSTANCE = new Dates();

  private final Map<String, Integer> months = new HashMap<>();

  private Dates() {
    for (String tag : LANGUAGES) {
      Locale locale = Locale.forLanguageTag(tag);
      for (Month m : Month.values()) {
        for (TextStyle style : new TextStyle[] {TextStyle.FULL, TextStyle.FULL_STANDALONE,
            TextStyle.SHORT, TextStyle.SHORT_STANDALONE}) {
          String name = TextNorm.key(m.getDisplayName(style, locale));
          if (!name.isEmpty() && !name.chars().allMatch(Character::isDigit)) {
            months.putIfAbsent(name, m.getValue());
          }
        }
      }
    }
    months.put("sept", 9);
    months.put("jun", 6);
    months.put("jul", 7);
  }

  public static Dates get() {
    return INSTANCE;
  }

  /**
   * Every date or range in {@code text}, in order; a range ("2020 – 2022", "Jan 2021 – Present")
   * is one element.
   */
  public java.util.List<DateSpan> findAll(String text) {
    java.util.List<DateSpan> all = new ArrayList<>();
    int from = 0;
    while (from < text.length()) {
      Optional<DateSpan> next = find(text.substring(from));
      if (next.isEmpty()) {
        break;
      }
      all.add(next.get());
      int at = text.indexOf(next.get().text(), from);
      from = (at < 0 ? from : at) + Math.max(1, next.get().text().length());
    }
    return all;
  }

  /** One token of date text. */
  private record Token(String kind, String text, int value, int start, int end) {}

  /**
   * The first date or date range in {@code text}, if any. A lone number is not a date unless it
   * is a plausible year (1950 to 2100).
   */
  public Optional<DateSpan> find(String text) {
    List<Token> tokens = tokenize(text);
    for (int i = 0; i < tokens.size(); i++) {
      Atom first = atom(tokens, i);
      if (first == null) {
        continue;
      }
      int j = first.next;
      boolean ranged = false;
      while (j < tokens.size() && (tokens.get(j).kind.equals("dash") || tokens.get(j).kind.equals("range"))) {
        ranged = true;
        j++;
      }
      Atom second = ranged ? atom(tokens, j) : null;
      boolean since = !ranged && first.date != null && i > 0 && tokens.get(i - 1).kind.equals("since");
      int from = tokens.get(since ? i - 1 : i).start;
      int to = (second != null ? tokens.get(second.next - 1) : tokens.get(first.next - 1)).end;
      if (second == null && ranged && first.date != null) {
        // "2021 –" with nothing after: open range
        to = tokens.get(j - 1).end;
      }
      String printed = text.substring(from, to).strip();
      boolean twoDigits = first.twoDigit || (second != null && second.twoDigit);
      if (first.present) {
        if (second == null) {
          continue; // "Present" alone is not a date
        }
        return Optional.of(new DateSpan(printed, second.date, null, true, twoDigits));
      }
      if (second == null) {
        return Optional.of(new DateSpan(printed, first.date, null, ranged || since, twoDigits));
      }
      if (second.present) {
        return Optional.of(new DateSpan(printed, first.date, null, true, twoDigits));
      }
      return Optional.of(new DateSpan(printed, first.date, second.date, false, twoDigits));
    }
    return Optional.empty();
  }

  /** A date (or "Present") starting at token {@code i}, and the token after it. */
  private record Atom(PartialDate date, boolean present, boolean twoDigit, int next) {}

  private Atom atom(List<Token> t, int i) {
    if (i >= t.size()) {
      return null;
    }
    Token a = t.get(i);
    Token b = i + 1 < t.size() ? t.get(i + 1) : null;
    Token c = i + 2 < t.size() ? t.get(i + 2) : null;
    switch (a.kind) {
      case "month" -> {
        if (b != null && b.kind.equals("year")) {
          return new Atom(new PartialDate(b.value, a.value, 0), false, false, i + 2);
        }
        if (b != null && b.kind.equals("short-year")) {
          return new Atom(new PartialDate(2000 + b.value > 2060 ? 1900 + b.value : 2000 + b.value, a.value, 0), false, true, i + 2);
        }
        return null;
      }
      case "present" -> {
        return new Atom(null, true, false, i + 1);
      }
      case "year" -> {
        // 2021-03, 2021/03, 2021.03
        if (b != null && b.kind.equals("slash-or-dot") && c != null && c.kind.equals("num") && c.value >= 1 && c.value <= 12) {
          return new Atom(new PartialDate(a.value, c.value, 0), false, false, i + 3);
        }
        if (b != null && b.kind.equals("dash") && b.text.equals("-") && b.end == (c == null ? -1 : c.start)
            && c != null && c.kind.equals("num") && c.value >= 1 && c.value <= 12 && c.text.length() == 2
            && a.end == b.start) {
          // 2021-03-01: a full ISO date, its day kept
          Token d = i + 3 < t.size() ? t.get(i + 3) : null;
          Token e = i + 4 < t.size() ? t.get(i + 4) : null;
          if (d != null && d.kind.equals("dash") && d.text.equals("-") && d.start == c.end && e != null
              && e.kind.equals("num") && e.start == d.end && e.text.length() == 2 && e.value >= 1 && e.value <= 31) {
            PartialDate day = PartialDate.parse(String.format(Locale.ROOT, "%04d-%02d-%02d", a.value, c.value, e.value))
                .orElse(new PartialDate(a.value, c.value, 0));
            return new Atom(day, false, false, i + 5);
          }
          return new Atom(new PartialDate(a.value, c.value, 0), false, false, i + 3);
        }
        return new Atom(new PartialDate(a.value, 0, 0), false, false, i + 1);
      }
      case "num" -> {
        // 03/2021, 3.2021
        if (a.value >= 1 && a.value <= 12 && b != null && b.kind.equals("slash-or-dot") && c != null
            && c.kind.equals("year")) {
          return new Atom(new PartialDate(c.value, a.value, 0), false, false, i + 3);
        }
        return null;
      }
      default -> {
        return null;
      }
    }
  }

  private List<Token> tokenize(String text) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      char ch = text.charAt(i);
      int start = i;
      if (Character.isDigit(ch)) {
        while (i < n && Character.isDigit(text.charAt(i))) {
          i++;
        }
        String digits = text.substring(start, i);
        int value = digits.length() <= 6 ? Integer.parseInt(digits) : -1;
        boolean apostrophe = start > 0 && (text.charAt(start - 1) == '\'' || text.charAt(start - 1) == '’');
        if (digits.length() == 4 && value >= 1950 && value <= 2100) {
          tokens.add(new Token("year", digits, value, start, i));
        } else if (digits.length() == 2 && apostrophe) {
          tokens.add(new Token("short-year", digits, value, start - 1, i));
        } else {
          tokens.add(new Token("num", digits, value, start, i));
        }
      } else if (Character.isLetter(ch)) {
        while (i < n && (Character.isLetter(text.charAt(i)) || Character.getType(text.charAt(i)) == Character.NON_SPACING_MARK)) {
          i++;
        }
        String word = TextNorm.key(text.substring(start, i));
        int end = i;
        if (i < n && text.charAt(i) == '.') {
          end = i + 1;
          i++;
        }
        Integer month = months.get(word);
        String twoWords = null;
        if (month == null) {
          // "aujourd'hui", "to date", "настоящее время"
          int k = i;
          while (k < n && (text.charAt(k) == ' ' || text.charAt(k) == '\'' || text.charAt(k) == '’')) {
            k++;
          }
          int w = k;
          while (w < n && Character.isLetter(text.charAt(w))) {
            w++;
          }
          if (w > k) {
            twoWords = word + " " + TextNorm.key(text.substring(k, w));
            if (PRESENT.contains(twoWords)) {
              tokens.add(new Token("present", text.substring(start, w), 0, start, w));
              i = w;
              continue;
            }
          }
        }
        if (month != null) {
          tokens.add(new Token("month", word, month, start, end));
        } else if (PRESENT.contains(word)
            && (!word.equals("date")
                || (!tokens.isEmpty() && tokens.get(tokens.size() - 1).kind.equals("range")))) {
          tokens.add(new Token("present", word, 0, start, end));
        } else if (SINCE_WORDS.contains(word)) {
          tokens.add(new Token("since", word, 0, start, end));
        } else if (RANGE_WORDS.contains(word)) {
          tokens.add(new Token("range", word, 0, start, end));
        } else {
          tokens.add(new Token("word", word, 0, start, end));
        }
      } else if (ch == '-' || ch == '–' || ch == '—' || ch == '‐' || ch == '‒' || ch == '−') {
        tokens.add(new Token("dash", String.valueOf(ch), 0, start, ++i));
      } else if (ch == '/' || ch == '.') {
        tokens.add(new Token("slash-or-dot", String.valueOf(ch), 0, start, ++i));
      } else {
        i++;
      }
    }
    return tokens;
  }
}
