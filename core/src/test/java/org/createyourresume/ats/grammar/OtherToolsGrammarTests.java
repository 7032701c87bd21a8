package org.createyourresume.ats.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.createyourresume.ats.AtsChecker;
import org.createyourresume.ats.AtsOptions;
import org.createyourresume.ats.AtsReport;
import org.createyourresume.ats.checks.SpellingCheck;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * False alarms of the grammar checker on the resumes in other tools' styles
 * ({@code importer/other-tools/}): every file read as the ATS checker reads it (PDF and DOCX as
 * uploaded files, text files as pasted text, OCR damage and all), its text parsed, and the lines
 * the spelling check is given checked as it checks them. Every finding is labelled by hand in
 * {@code grammar/other-tools*.tsv}: {@code true} for a real error in the text as read (a typo, a
 * grammar slip, OCR damage such as "1eading"), {@code false} for a false alarm. A finding with no
 * label fails the test, so that a change which brings a new finding gets it labelled.
 *
 * <p>The held-back parts of the corpus (never used to tune the importer, nor the grammar checker)
 * are labelled in their own files and printed as totals only. {@code -Dcorpus.part=tuning} checks
 * the tuning part alone; {@code -Dgrammar.unlabelled=FILE} writes the unlabelled findings of the
 * parts checked to FILE as label lines to fill in, instead of failing.
 */
class OtherToolsGrammarTests {

  /** False alarms per resume allowed on the tuning part (the target of issue 13). */
  static final double CEILING_TUNING = 1.0;
  /**
   * False alarms per resume on the first held-back part, as measured when it was first labelled:
   * 11 in 21 files (0.52), all names of employers and of a university at the start of a line.
   */
  static final double CEILING_HELD_BACK = 0.53;
  /**
   * False alarms per resume on the second held-back part, as measured when it was first
   * labelled: 2 in 18 files (0.11), the two French words of a grade.
   */
  static final double CEILING_HELD_BACK_2 = 0.12;

  private static final String CORPUS = "/importer/other-tools/";
  private static final Map<String, String> LABEL_FILES = Map.of(
      "tuning", "/grammar/other-tools.tsv",
      "held-back", "/grammar/other-tools-held-back.tsv",
      "held-back-2", "/grammar/other-tools-held-back-2.tsv");

  private static AtsChecker checker;

  /** One hand label: a finding of one file, and whether it is a real error. */
  record Label(String file, String rule, String text, boolean real) {
    String key() {
      return key(file, rule, text);
    }

    static String key(String file, String rule, String text) {
      return file + "\t" + rule + "\t" + text.strip().toLowerCase(Locale.ROOT);
    }
  }

  /** The figures of one part: resumes checked, findings, false alarms, findings without a label. */
  record Figures(String part, int resumes, int findings, int falseAlarms, int unlabelled) {
    double perResume() {
      return resumes == 0 ? 0 : (double) falseAlarms / resumes;
    }
  }

  @BeforeAll
  static void start() {
    checker = AtsChecker.create();
    checker.prepareGrammar();
  }

  static boolean tuningOnly() {
    return "tuning".equals(System.getProperty("corpus.part"));
  }

  @Test
  void falseAlarmsStayUnderOnePerResume() throws IOException {
    List<String> unlabelledLines = new ArrayList<>();
    Map<String, Figures> figures = new HashMap<>();
    for (String part : List.of("tuning", "held-back", "held-back-2")) {
      if (tuningOnly() && !part.equals("tuning")) {
        continue;
      }
      long started = System.nanoTime();
      Figures f = measure(part, unlabelledLines);
      long millis = (System.nanoTime() - started) / 1_000_000;
      figures.put(part, f);
      System.out.printf(Locale.ROOT,
          "[grammar other-tools] %s: %d resumes, %d findings, %d false alarms (%.2f per resume), %d unlabelled;"
              + " %d ms a file, read and checked%n",
          part, f.resumes(), f.findings(), f.falseAlarms(), f.perResume(), f.unlabelled(), millis / Math.max(1, f.resumes()));
    }
    String dump = System.getProperty("grammar.unlabelled");
    if (dump != null) {
      Files.write(Path.of(dump), unlabelledLines, StandardCharsets.UTF_8);
      return;
    }
    figures.values().forEach(f -> assertThat(f.unlabelled()).as(f.part() + ": findings without a label").isZero());
    assertThat(figures.get("tuning").perResume()).isLessThanOrEqualTo(CEILING_TUNING);
    if (!tuningOnly()) {
      assertThat(figures.get("held-back").perResume()).isLessThanOrEqualTo(CEILING_HELD_BACK);
      assertThat(figures.get("held-back-2").perResume()).isLessThanOrEqualTo(CEILING_HELD_BACK_2);
    }
  }

  private static Figures measure(String part, List<String> unlabelledLines) {
    Map<String, Label> labels = labels(LABEL_FILES.get(part));
    boolean details = part.equals("tuning");
    int resumes = 0;
    int findings = 0;
    int falseAlarms = 0;
    int unlabelled = 0;
    for (String line : new String(resource(CORPUS + "index.tsv"), StandardCharsets.UTF_8).split("\\R")) {
      String[] c = line.split("\t");
      if (c.length < 7 || !c[0].equals(part)) {
        continue;
      }
      String file = c[1];
      resumes++;
      List<String> lines = new ArrayList<>();
      List<GrammarChecker.Issue> issues = issues(part, file, lines);
      int wrong = 0;
      for (GrammarChecker.Issue issue : issues) {
        Label label = labels.get(Label.key(file, issue.rule(), issue.text()));
        if (label == null) {
          unlabelled++;
          unlabelledLines.add(String.join("\t", file, issue.rule(), issue.text().strip(),
              context(lines, issue.text()), "?", issue.message().replaceAll("\\s+", " ")));
        } else if (!label.real()) {
          wrong++;
        }
        if (details) {
          System.out.println("  " + (label == null ? "UNLABELLED " : label.real() ? "true  " : "FALSE ")
              + file + " " + issue.rule() + " \"" + issue.text() + "\": " + issue.message());
        }
      }
      findings += issues.size();
      falseAlarms += wrong;
    }
    return new Figures(part, resumes, findings, falseAlarms, unlabelled);
  }

  /**
   * The spelling and grammar issues the ATS checker finds in one file: PDF and DOCX as uploaded
   * files, text as pasted text, and only when the checker takes the resume for English.
   */
  private static List<GrammarChecker.Issue> issues(String part, String file, List<String> checked) {
    byte[] bytes = resource(CORPUS + part + "/" + file);
    AtsOptions options = AtsOptions.defaults().withGrammar(AtsOptions.Grammar.OFF);
    AtsReport report = file.endsWith(".txt")
        ? checker.checkText(new String(bytes, StandardCharsets.UTF_8), options)
        : checker.checkFile(bytes, file, options);
    if (!"en".equals(report.language())) {
      return List.of();
    }
    checked.addAll(SpellingCheck.lines(report.parsed()));
    return checker.checkProse(checked, report.parsed().skills(), AtsOptions.Grammar.WAIT);
  }

  /** The words around the first place the finding's text occurs, to label it by. */
  private static String context(List<String> lines, String text) {
    for (String line : lines) {
      int at = line.indexOf(text);
      if (at >= 0) {
        String around = line.substring(Math.max(0, at - 40), Math.min(line.length(), at + text.length() + 40));
        return around.replaceAll("\\s+", " ").strip();
      }
    }
    return "";
  }

  private static Map<String, Label> labels(String path) {
    Map<String, Label> labels = new HashMap<>();
    if (OtherToolsGrammarTests.class.getResource(path) == null) {
      return labels;
    }
    for (String line : new String(resource(path), StandardCharsets.UTF_8).split("\\R")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] c = line.split("\t");
      Label label = new Label(c[0], c[1], c[2], c[4].equals("true"));
      labels.put(label.key(), label);
    }
    return labels;
  }

  private static byte[] resource(String path) {
    try (InputStream in = OtherToolsGrammarTests.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
