package org.createyourresume.ats.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.createyourresume.ats.match.JobMatcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Measures the grammar checker on a hand-labelled corpus of resume texts
 * ({@code src/test/resources/grammar}): false alarms per resume and recall of the errors written
 * into them on purpose, for the part used while tuning and, separately, for the held-back part.
 *
 * <p>Each file is one resume's own words, a line each (headline, summary, bullets, as the checker
 * is given them). {@code expected.tsv} labels the problems: a finding that matches no label
 * {@code planted} or {@code true} counts as a false alarm.
 */
class GrammarCorpusTests {

  private static final List<String> TUNING = List.of(
      "01-backend-us", "02-sales-uk", "03-operations-in", "04-data-de", "05-nurse-au", "06-teacher-ca",
      "07-itsupport-us", "08-accountant-ng", "09-frontend-fr", "10-pm-us", "11-graduate-in", "12-devops-uk",
      "13-researcher-br", "14-customer-service-ie");
  private static final List<String> HELD_BACK = List.of(
      "15-mobile-us", "16-hr-uk", "17-civil-in", "18-marketing-es", "19-finance-us", "20-pharmacist-ke",
      "21-qa-pl");

  private record Label(String file, String words, String label) {}

  /** The figures for one part of the corpus. */
  private record Figures(int resumes, int findings, int falseAlarms, int planted, int caught) {
    double falseAlarmsPerResume() {
      return (double) falseAlarms / resumes;
    }

    double recall() {
      return planted == 0 ? 1 : (double) caught / planted;
    }
  }

  private static GrammarChecker grammar;
  private static List<Label> labels;

  @BeforeAll
  static void start() throws IOException {
    // the same dictionary the ATS checker gives it: the skills vocabulary and tech-words.txt
    Set<String> words = new LinkedHashSet<>(new JobMatcher().vocabularyNames());
    words.addAll(resource("/org/createyourresume/ats/tech-words.txt").lines()
        .filter(l -> !l.isBlank() && !l.startsWith("#")).map(String::strip).toList());
    grammar = new GrammarChecker(words);
    grammar.start().join();
    labels = resource("/grammar/expected.tsv").lines().filter(l -> !l.isBlank() && !l.startsWith("#"))
        .map(l -> l.split("\t")).map(p -> new Label(p[0], p[1], p[2])).toList();
  }

  @Test
  void falseAlarmsStayUnderOnePerResumeAndPlantedErrorsAreCaught() throws IOException {
    Figures tuning = measure("tuning", TUNING, true);
    Figures heldBack = measure("heldback", HELD_BACK, true);
    print("tuning", tuning);
    print("held back", heldBack);
    assertThat(tuning.falseAlarmsPerResume()).isLessThanOrEqualTo(1.0);
    assertThat(heldBack.falseAlarmsPerResume()).isLessThanOrEqualTo(1.0);
    assertThat(tuning.recall()).isGreaterThanOrEqualTo(0.75);
    assertThat(heldBack.recall()).isGreaterThanOrEqualTo(0.6);
  }

  private static Figures measure(String part, List<String> names, boolean details) throws IOException {
    int findings = 0;
    int falseAlarms = 0;
    int planted = 0;
    int caught = 0;
    for (String name : names) {
      String file = name + ".txt";
      List<String> lines = resource("/grammar/" + part + "/" + file).lines().toList();
      List<GrammarChecker.Issue> issues = grammar.check(lines);
      int wrong = 0;
      List<String> notes = new ArrayList<>();
      for (GrammarChecker.Issue issue : issues) {
        boolean right = labels.stream().anyMatch(l -> l.file().equals(file) && !l.label().equals("false")
            && overlaps(issue.text(), l.words()));
        if (!right) {
          wrong++;
        }
        notes.add((right ? "  ok    " : "  FALSE ") + issue.rule() + " \"" + issue.text() + "\" x"
            + issue.occurrences() + ": " + issue.message());
      }
      int plantedHere = 0;
      int caughtHere = 0;
      for (Label l : labels) {
        if (l.file().equals(file) && l.label().equals("planted")) {
          plantedHere++;
          if (issues.stream().anyMatch(i -> overlaps(i.text(), l.words()))) {
            caughtHere++;
          } else {
            notes.add("  MISSED \"" + l.words() + "\"");
          }
        }
      }
      System.out.printf("[grammar] %-8s %-28s findings %d, false alarms %d, planted errors caught %d/%d%n",
          part, name, issues.size(), wrong, caughtHere, plantedHere);
      if (details) {
        notes.forEach(System.out::println);
      }
      findings += issues.size();
      falseAlarms += wrong;
      planted += plantedHere;
      caught += caughtHere;
    }
    return new Figures(names.size(), findings, falseAlarms, planted, caught);
  }

  private static void print(String part, Figures f) {
    System.out.printf(Locale.ROOT,
        "[grammar] %s: %d resumes, %d findings, %d false alarms (%.2f per resume), planted errors caught %d/%d (recall %.0f %%)%n",
        part, f.resumes(), f.findings(), f.falseAlarms(), f.falseAlarmsPerResume(), f.caught(), f.planted(),
        100 * f.recall());
  }

  private static boolean overlaps(String found, String labelled) {
    String a = found.strip().toLowerCase(Locale.ROOT);
    String b = labelled.strip().toLowerCase(Locale.ROOT);
    return !a.isEmpty() && (a.contains(b) || b.contains(a));
  }

  private static String resource(String path) throws IOException {
    try (InputStream in = GrammarCorpusTests.class.getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
