package org.createyourresume.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.createyourresume.ats.AtsLimits;
import org.createyourresume.ats.extract.DocxExtractor;
import org.createyourresume.ats.extract.PdfExtractor;
import org.createyourresume.ats.extract.ReadBudget;
import org.createyourresume.ats.parse.LayoutLine;
import org.createyourresume.ats.parse.ParsedResume;
import org.createyourresume.ats.parse.ResumeParser;
import org.createyourresume.importer.confidence.Confidence;
import org.createyourresume.importer.confidence.Layout;
import org.createyourresume.importer.confidence.Signal;
import org.createyourresume.importer.confidence.Unit;
import org.createyourresume.importer.mapping.ResumeMapper;
import org.createyourresume.importer.text.TextLines;
import org.createyourresume.json.JsonResumeReader;
import org.createyourresume.model.Problem;
import org.createyourresume.model.Resume;
import org.createyourresume.model.TestResumes;
import org.createyourresume.render.OutputFormat;
import org.createyourresume.render.RenderOptions;
import org.createyourresume.render.ResumeRenderer;

/**
 * The tool that fitted the weights in {@code Signal}, and that measures how well a fit carries
 * over to layouts it was not fitted on. Every file of the tuning part of the other tools' corpus is
 * read as the importer reads it, each of its units (an entry, a header field) is given the number
 * of its compared fields that came back wrong and right, and a logistic regression weighted by
 * those counts, with an L2 penalty, is fitted by Newton's method.
 *
 * <p>The figure that chooses the penalty and the threshold is <em>leave-one-layout-out</em>:
 * for each of the tuning part's layouts, the model is fitted on the other layouts (and our own
 * exports, every template) and the review's flags are scored on that layout's files, as the corpus test scores
 * them (a wrong field is flagged when a flag stands at it, its entry or its section, or at its
 * list when its entry is missing; the flags that do not depend on the weights count too). The
 * mean over layouts is what a layout the model has never seen can expect; the fit on all of the
 * tuning part only says how well the weights describe what they were fitted on. The held-back part
 * is never read here. A program in the tests' source (it reads the test corpus), not a test:
 *
 * <pre>./mvnw -B -q -pl core test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.createyourresume.importer.ConfidenceFit</pre>
 *
 * <p>{@code -Dconfidence.lambda=} and {@code -Dconfidence.threshold=} choose the penalty and
 * threshold whose full fit is printed (as the lines of {@code Signal}); {@code
 * -Dconfidence.misses=true} lists the wrong fields each left-out layout's review did not flag;
 * {@code -Dconfidence.by=person} leaves out one person at a time instead of one layout;
 * {@code -Dconfidence.without=A,B} leaves features out of the model.
 */
final class ConfidenceFit {

  /**
   * How much each field of our own exports weighs against one of the corpus, all templates
   * together: they are read almost perfectly, and three formats of the same resumes would
   * otherwise outweigh the other tools' files and teach the model that nothing is ever wrong.
   */
  static final double OWN_WEIGHT = 1.0 / 3;

  /** A compared field: whether it came back right, the units whose flag covers it, and whether another flag does. */
  record Field(String path, String shown, boolean right, int[] covering, int own, boolean otherwise) {}

  /** One imported file: its layout (null for our own exports), its units' feature vectors and its fields. */
  record File(String name, String layout, List<Unit> units, double[][] x, List<Field> fields) {
    boolean own() {
      return layout == null;
    }
  }

  /** Wrong and right fields, and how many of each were flagged. */
  record Score(double wrong, double wrongFlagged, double right, double rightFlagged) {
    double recall() {
      return wrong == 0 ? 100 : 100 * wrongFlagged / wrong;
    }

    double falseFlags() {
      return right == 0 ? 0 : 100 * rightFlagged / right;
    }

    Score plus(Score o) {
      return new Score(wrong + o.wrong, wrongFlagged + o.wrongFlagged, right + o.right, rightFlagged + o.rightFlagged);
    }
  }

  /** The penalties and thresholds tried. */
  static final double[] LAMBDAS = {1, 3, 10, 30, 100};
  static final double[] THRESHOLDS = {0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5};

  /** Fits, cross-validates across layouts, and prints the figures and the chosen fit's weights. */
  public static void main(String[] args) {
    List<File> files = load();
    List<File> corpus = files.stream().filter(f -> !f.own()).toList();
    List<File> own = files.stream().filter(File::own).toList();
    if (corpus.isEmpty()) {
      throw new IllegalStateException("no tuning files were read");
    }
    Set<String> layouts = new TreeSet<>(corpus.stream().map(File::layout).toList());
    StringBuilder out = new StringBuilder();
    Score none = score(corpus, new double[Signal.values().length], 2.0);
    out.append(String.format(Locale.ROOT, "%ntuning files %d (layouts %s); wrong fields %.0f, right %.0f;"
        + " flagged by the flags that do not depend on the weights: %.1f%% of wrong, %.1f%% of right%n",
        corpus.size(), layouts, none.wrong(), none.right(), none.recall(), none.falseFlags()));
    out.append("\n| lambda | threshold | across layouts: wrong flagged (mean) | right flagged (mean) | pooled wrong | pooled right"
        + " | tuning fit: wrong | right | own exports: right | own text exports: right |\n|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n");
    for (double lambda : LAMBDAS) {
      double[] full = fit(files, lambda);
      double[][] folds = new double[layouts.size()][];
      int k = 0;
      for (String layout : layouts) {
        folds[k++] = fit(files.stream().filter(f -> !layout.equals(f.layout())).toList(), lambda);
      }
      for (double t : THRESHOLDS) {
        double meanWrong = 0;
        double meanRight = 0;
        Score pooled = new Score(0, 0, 0, 0);
        k = 0;
        for (String layout : layouts) {
          Score s = score(corpus.stream().filter(f -> layout.equals(f.layout())).toList(), folds[k++], t);
          meanWrong += s.recall() / layouts.size();
          meanRight += s.falseFlags() / layouts.size();
          pooled = pooled.plus(s);
        }
        Score fitted = score(corpus, full, t);
        Score ownScore = score(own, full, t);
        Score ownText = score(own.stream().filter(f -> f.name().endsWith(".txt")).toList(), full, t);
        out.append(String.format(Locale.ROOT, "| %.0f | %.2f | %.1f%% | %.1f%% | %.1f%% | %.1f%% | %.1f%% | %.1f%% | %.1f%% | %.1f%% |%n",
            lambda, t, meanWrong, meanRight, pooled.recall(), pooled.falseFlags(), fitted.recall(), fitted.falseFlags(),
            ownScore.falseFlags(), ownText.falseFlags()));
      }
    }
    double lambda = Double.parseDouble(System.getProperty("confidence.lambda", "10"));
    double threshold = Double.parseDouble(System.getProperty("confidence.threshold", "0.3"));
    out.append(String.format(Locale.ROOT, "%nPer layout at lambda %.0f, threshold %.2f (fitted without the layout)%n%n",
        lambda, threshold));
    for (String layout : layouts) {
      double[] w = fit(files.stream().filter(f -> !layout.equals(f.layout())).toList(), lambda);
      List<File> fold = corpus.stream().filter(f -> layout.equals(f.layout())).toList();
      Score s = score(fold, w, threshold);
      out.append(String.format(Locale.ROOT, "  %-9s wrong flagged %.0f / %.0f (%.1f%%), right flagged %.0f / %.0f (%.1f%%)%n",
          layout, s.wrongFlagged(), s.wrong(), s.recall(), s.rightFlagged(), s.right(), s.falseFlags()));
      if (Boolean.getBoolean("confidence.misses")) {
        for (File f : fold) {
          for (Field field : f.fields()) {
            if (!field.right() && !flagged(f, field, w, threshold)) {
              out.append("    MISSED ").append(f.name()).append(' ').append(field.shown())
                  .append(field.own() < 0 ? " (no unit)" : " " + f.units().get(field.own()).features().keySet()).append('\n');
            }
          }
        }
      }
    }
    double[] w = fit(files, lambda);
    out.append(String.format(Locale.ROOT, "%nFitted on all of the tuning part and our own exports, lambda %.0f%n%n", lambda));
    for (Signal s : Signal.values()) {
      out.append(String.format(Locale.ROOT, "  %-18s %6.2f%n", s, w[s.ordinal()]));
    }
    System.out.println(out);
  }

  /** Whether the review flags a field with weights {@code w} at threshold {@code t}. */
  static boolean flagged(File file, Field field, double[] w, double t) {
    if (field.otherwise()) {
      return true;
    }
    for (int u : field.covering()) {
      if (sigmoid(dot(w, file.x()[u])) >= t) {
        return true;
      }
    }
    return false;
  }

  /** The review's flags over some files' fields, our own exports' fields weighing what they weigh in the fit. */
  static Score score(List<File> files, double[] w, double t) {
    double wrong = 0;
    double wrongFlagged = 0;
    double right = 0;
    double rightFlagged = 0;
    for (File f : files) {
      for (Field field : f.fields()) {
        boolean flag = flagged(f, field, w, t);
        if (field.right()) {
          right++;
          rightFlagged += flag ? 1 : 0;
        } else {
          wrong++;
          wrongFlagged += flag ? 1 : 0;
        }
      }
    }
    return new Score(wrong, wrongFlagged, right, rightFlagged);
  }

  /** The tuning part's files and our own exports (every template; PDF, DOCX, text). */
  static List<File> load() {
    List<File> files = new ArrayList<>();
    for (OtherToolsCorpusTests.Entry entry : OtherToolsCorpusTests.corpus()) {
      if (entry.heldBack()) {
        continue;
      }
      String stem = entry.file().substring(0, entry.file().lastIndexOf('.'));
      Resume expected = new JsonResumeReader().read(new String(resource("tuning/" + stem + ".expected.json"),
          StandardCharsets.UTF_8)).resume();
      // the group left out in turn: a layout, or with -Dconfidence.by=person a person (the held-back
      // part holds back whole people too)
      String group = "person".equals(System.getProperty("confidence.by")) ? entry.person() : entry.layout();
      files.add(file(entry.file(), group, resource("tuning/" + entry.file()), entry.format(), expected));
    }
    // our own exports: without them the model learns from other tools' files alone that a custom
    // section is always wrong, and flags every "Talks"
    // every template: a feature that is right in the first template's skills (short items) may be
    // wrong in another's (a template that prints a level after each skill)
    ResumeRenderer renderer = ResumeRenderer.create();
    for (var template : renderer.templates()) {
      for (String name : TestResumes.names()) {
        Resume resume = TestResumes.load(name);
        for (OutputFormat format : List.of(OutputFormat.PDF, OutputFormat.DOCX, OutputFormat.TXT)) {
          byte[] content = renderer.render(resume, new RenderOptions(format, template.id())).content();
          files.add(file(template.id() + " " + name + "." + format.id(), null, content, format.id(), resume));
        }
      }
    }
    return files;
  }

  /** One file read as the importer reads it, its fields compared with {@code expected}. */
  private static File file(String name, String layout, byte[] content, String format, Resume expected) {
    List<LayoutLine> lines = lines(content, format);
    ParsedResume parsed = new ResumeParser().parse(lines);
    ImportFormat as = switch (format) {
      case "pdf" -> ImportFormat.PDF;
      case "docx" -> ImportFormat.DOCX;
      default -> ImportFormat.TEXT;
    };
    ImportResult mapped = new ResumeMapper().map(parsed, as);
    Layout shape = Layout.of(lines);
    List<Unit> units = Confidence.units(mapped, parsed, shape);
    List<Problem> other = Confidence.review(mapped, parsed, shape, u -> false).warnings().stream()
        .filter(w -> ImportResult.GUESS_CODES.contains(w.code())).toList();
    ImportAccuracy.Score score = ImportAccuracy.compare(expected, mapped.resume());
    Set<String> present = new HashSet<>();
    score.fields().stream().filter(f -> f.actual() != null)
        .forEach(f -> present.add(OtherToolsCorpusTests.entryOf(OtherToolsCorpusTests.pointer(f.path()))));
    List<Field> fields = new ArrayList<>();
    for (ImportAccuracy.Field f : score.fields()) {
      String at = OtherToolsCorpusTests.pointer(f.path());
      boolean otherwise = OtherToolsCorpusTests.flagged(f.path(), other) || !f.matches()
          && !present.contains(OtherToolsCorpusTests.entryOf(at)) && OtherToolsCorpusTests.listFlagged(f.path(), other);
      List<Integer> covering = new ArrayList<>();
      int best = -1;
      for (int i = 0; i < units.size(); i++) {
        String u = units.get(i).pointer();
        if (at.equals(u) || at.startsWith(u + "/")) {
          covering.add(i);
          if (best < 0 || u.length() > units.get(best).pointer().length()) {
            best = i;
          }
        }
      }
      fields.add(new Field(f.path(), f.toString(), f.matches(), covering.stream().mapToInt(Integer::intValue).toArray(), best, otherwise));
    }
    double[][] x = units.stream().map(ConfidenceFit::vector).toArray(double[][]::new);
    return new File(name, layout, units, x, fields);
  }

  /** Features left out of the model ({@code -Dconfidence.without=COLUMNS,UNSTYLED}), to measure what each adds. */
  static final Set<String> WITHOUT = Set.of(System.getProperty("confidence.without", "").split(","));

  private static double[] vector(Unit unit) {
    double[] x = new double[Signal.values().length];
    x[Signal.BIAS.ordinal()] = 1;
    for (Signal s : Signal.values()) {
      if (s != Signal.BIAS && !s.rule() && !WITHOUT.contains(s.name())) {
        x[s.ordinal()] = unit.value(s);
      }
    }
    return x;
  }

  /**
   * Weighted logistic regression with an L2 penalty {@code lambda} on every weight but the bias,
   * by Newton's method: each unit is an example weighted by its wrong fields as positives and its
   * right ones as negatives (our own exports' by {@link #OWN_WEIGHT}), its fields counted at the
   * most specific unit over them.
   */
  static double[] fit(List<File> files, double lambda) {
    // our own exports weigh as much together as one template's did, however many templates there are
    double templates = ResumeRenderer.create().templates().size();
    List<double[]> xs = new ArrayList<>();
    List<double[]> counts = new ArrayList<>();
    for (File f : files) {
      double[][] c = new double[f.units().size()][2];
      for (Field field : f.fields()) {
        if (field.own() >= 0) {
          c[field.own()][field.right() ? 1 : 0] += f.own() ? OWN_WEIGHT / templates : 1;
        }
      }
      for (int i = 0; i < c.length; i++) {
        xs.add(f.x()[i]);
        counts.add(c[i]);
      }
    }
    int n = Signal.values().length;
    double[] w = new double[n];
    for (int step = 0; step < 50; step++) {
      double[] g = new double[n];
      double[][] h = new double[n][n];
      for (int i = 0; i < xs.size(); i++) {
        double[] x = xs.get(i);
        double wrong = counts.get(i)[0];
        double right = counts.get(i)[1];
        if (wrong + right == 0) {
          continue;
        }
        double p = sigmoid(dot(w, x));
        double d = wrong * (p - 1) + right * p;
        double c = (wrong + right) * p * (1 - p);
        for (int a = 0; a < n; a++) {
          if (x[a] == 0) {
            continue;
          }
          g[a] += d * x[a];
          for (int b = 0; b < n; b++) {
            h[a][b] += c * x[a] * x[b];
          }
        }
      }
      for (int a = 0; a < n; a++) {
        double penalty = a == Signal.BIAS.ordinal() ? 1e-6 : lambda;
        g[a] += penalty * w[a];
        h[a][a] += penalty;
      }
      double[] delta = solve(h, g);
      double size = 0;
      for (int a = 0; a < n; a++) {
        w[a] -= delta[a];
        size = Math.max(size, Math.abs(delta[a]));
      }
      if (size < 1e-7) {
        break;
      }
    }
    return w;
  }

  /** Solves {@code a x = b} by Gaussian elimination with partial pivoting; {@code a} is symmetric positive definite. */
  private static double[] solve(double[][] a, double[] b) {
    int n = b.length;
    double[][] m = new double[n][];
    for (int i = 0; i < n; i++) {
      m[i] = java.util.Arrays.copyOf(a[i], n + 1);
      m[i][n] = b[i];
    }
    for (int c = 0; c < n; c++) {
      int pivot = c;
      for (int r = c + 1; r < n; r++) {
        if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) {
          pivot = r;
        }
      }
      double[] t = m[c];
      m[c] = m[pivot];
      m[pivot] = t;
      for (int r = c + 1; r < n; r++) {
        double factor = m[r][c] / m[c][c];
        for (int k = c; k <= n; k++) {
          m[r][k] -= factor * m[c][k];
        }
      }
    }
    double[] x = new double[n];
    for (int r = n - 1; r >= 0; r--) {
      double s = m[r][n];
      for (int k = r + 1; k < n; k++) {
        s -= m[r][k] * x[k];
      }
      x[r] = s / m[r][r];
    }
    return x;
  }

  private static double dot(double[] w, double[] x) {
    double s = 0;
    for (int k = 0; k < w.length; k++) {
      s += w[k] * x[k];
    }
    return s;
  }

  private static double sigmoid(double z) {
    return 1 / (1 + Math.exp(-z));
  }

  private static List<LayoutLine> lines(byte[] content, String format) {
    ReadBudget budget = ReadBudget.start(AtsLimits.DEFAULT);
    return switch (format) {
      case "pdf" -> new PdfExtractor(AtsLimits.DEFAULT).extract(content, budget).lines();
      case "docx" -> new DocxExtractor(AtsLimits.DEFAULT).extract(content, budget).lines();
      case "md" -> TextLines.markdown(new String(content, StandardCharsets.UTF_8));
      default -> TextLines.plain(new String(content, StandardCharsets.UTF_8));
    };
  }

  private static byte[] resource(String name) {
    try (InputStream in = ConfidenceFit.class.getResourceAsStream("/importer/other-tools/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
