package org.createyourresume.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import org.createyourresume.model.Resume;
import org.createyourresume.model.TestResumes;
import org.createyourresume.render.OutputFormat;
import org.createyourresume.render.RenderOptions;
import org.createyourresume.render.ResumeRenderer;

/**
 * The tool that fitted the weights in {@code Signal}: every file of the tuning part of the other
 * tools' corpus is read, each of its units (an entry, a header field) is given the number of its
 * compared fields that came back wrong and right, and a logistic regression weighted by those
 * counts is fitted by gradient descent with a small L2 penalty. It prints the weights and, for a
 * few thresholds, the share of wrong fields flagged and of right fields flagged. The held-back
 * part is never read here. A program in the tests' source (it reads the test corpus), not a test:
 *
 * <pre>./mvnw -B -q -pl core test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.createyourresume.importer.ConfidenceFit</pre>
 */
final class ConfidenceFit {

  /** One unit's features and how many of its fields were wrong and right. */
  record Sample(double[] x, double wrong, double right, String where) {}

  /**
   * How much each field of our own exports weighs against one of the corpus: they are read
   * almost perfectly, and three formats of the same resumes would otherwise outweigh the other
   * tools' files and teach the model that nothing is ever wrong.
   */
  static final double OWN_WEIGHT = 1.0 / 3;

  /** Fits the weights on the tuning part and prints them with the flag shares per threshold. */
  public static void main(String[] args) {
    List<Sample> samples = new ArrayList<>();
    int unflaggable = 0;
    for (OtherToolsCorpusTests.Entry entry : OtherToolsCorpusTests.corpus()) {
      if (entry.heldBack()) {
        continue;
      }
      byte[] content = resource("tuning/" + entry.file());
      List<LayoutLine> lines = lines(content, entry.format());
      ParsedResume parsed = new ResumeParser().parse(lines);
      ImportResult mapped = new ResumeMapper().map(parsed, ImportFormat.PDF);
      List<Unit> units = Confidence.units(mapped, parsed, Layout.of(lines));
      String stem = entry.file().substring(0, entry.file().lastIndexOf('.'));
      var expected = new JsonResumeReader().read(new String(resource("tuning/" + stem + ".expected.json"),
          StandardCharsets.UTF_8)).resume();
      int[][] counts = new int[units.size()][2];
      for (ImportAccuracy.Field f : ImportAccuracy.compare(expected, mapped.resume()).fields()) {
        int u = unitOf(OtherToolsCorpusTests.pointer(f.path()), units);
        if (u < 0) {
          unflaggable += f.matches() ? 0 : 1;
          if (!f.matches() && Boolean.getBoolean("confidence.misses")) {
            System.out.println("NOUNIT " + entry.file() + " " + f);
          }
          continue;
        }
        counts[u][f.matches() ? 1 : 0]++;
      }
      for (int i = 0; i < units.size(); i++) {
        samples.add(new Sample(vector(units.get(i)), counts[i][0], counts[i][1],
            entry.file() + " " + units.get(i).pointer() + " " + units.get(i).features().keySet()));
      }
    }
    // our own exports (the first template; PDF, DOCX, text): without them the model learns from
    // other tools' files alone that a custom section is always wrong, and flags every "Talks"
    ResumeRenderer renderer = ResumeRenderer.create();
    for (String name : TestResumes.names()) {
      Resume resume = TestResumes.load(name);
      for (OutputFormat format : List.of(OutputFormat.PDF, OutputFormat.DOCX, OutputFormat.TXT)) {
        byte[] content = renderer.render(resume, new RenderOptions(format, renderer.templates().get(0).id())).content();
        List<LayoutLine> lines = lines(content, format.id());
        ParsedResume parsed = new ResumeParser().parse(lines);
        ImportResult mapped = new ResumeMapper().map(parsed, ImportFormat.PDF);
        List<Unit> units = Confidence.units(mapped, parsed, Layout.of(lines));
        int[][] counts = new int[units.size()][2];
        for (ImportAccuracy.Field f : ImportAccuracy.compare(resume, mapped.resume()).fields()) {
          int u = unitOf(OtherToolsCorpusTests.pointer(f.path()), units);
          if (u >= 0) {
            counts[u][f.matches() ? 1 : 0]++;
          }
        }
        for (int i = 0; i < units.size(); i++) {
          samples.add(new Sample(vector(units.get(i)), OWN_WEIGHT * counts[i][0], OWN_WEIGHT * counts[i][1],
              name + " " + format + " " + units.get(i).pointer()));
        }
      }
    }
    double[] w = fit(samples);
    StringBuilder out = new StringBuilder("\nFitted weights (log-odds that a field is wrong)\n\n");
    for (Signal s : Signal.values()) {
      out.append(String.format(Locale.ROOT, "  %-18s %6.2f%n", s, w[s.ordinal()]));
    }
    List<Sample> corpus = samples.stream().filter(x -> x.where().contains("--")).toList();
    int wrong = (int) corpus.stream().mapToDouble(Sample::wrong).sum() + unflaggable;
    int right = (int) corpus.stream().mapToDouble(Sample::right).sum();
    out.append(String.format(Locale.ROOT, "%ncorpus units %d, wrong fields %d (no unit to flag: %d), right fields %d%n",
        corpus.size(), wrong, unflaggable, right));
    for (double t : new double[] {0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6}) {
      double hitWrong = 0;
      double hitRight = 0;
      double ownRight = 0;
      double ownHit = 0;
      for (Sample s : samples) {
        if (!s.where().contains("--")) {
          ownRight += s.right();
          ownHit += sigmoid(dot(w, s.x())) >= t ? s.right() : 0;
          continue;
        }
        if (sigmoid(dot(w, s.x())) >= t) {
          hitWrong += s.wrong();
          hitRight += s.right();
        }
      }
      out.append(String.format(Locale.ROOT, "threshold %.2f: wrong flagged %.1f%%, right flagged %.1f%%,"
          + " right fields of our own exports flagged %.1f%%%n", t, 100.0 * hitWrong / wrong, 100.0 * hitRight / right,
          100.0 * ownHit / ownRight));
    }
    if (Boolean.getBoolean("confidence.misses")) {
      samples.stream().filter(s -> s.wrong() > 0 && sigmoid(dot(w, s.x())) < 0.35).forEach(s ->
          out.append(String.format(Locale.ROOT, "MISSED %.1f/%.1f %s%n", s.wrong(), s.right(), s.where())));
    }
    System.out.println(out);
    if (samples.isEmpty()) {
      throw new IllegalStateException("no tuning files were read");
    }
  }

  /** The most specific unit over a field: a field unit over its entry's. */
  private static int unitOf(String field, List<Unit> units) {
    int best = -1;
    for (int i = 0; i < units.size(); i++) {
      String at = units.get(i).pointer();
      if ((field.equals(at) || field.startsWith(at + "/"))
          && (best < 0 || at.length() > units.get(best).pointer().length())) {
        best = i;
      }
    }
    return best;
  }

  private static double[] vector(Unit unit) {
    double[] x = new double[Signal.values().length];
    x[Signal.BIAS.ordinal()] = 1;
    for (Signal s : Signal.values()) {
      if (s != Signal.BIAS) {
        x[s.ordinal()] = unit.value(s);
      }
    }
    return x;
  }

  /** Weighted logistic regression by batch gradient descent, L2 on all weights but the bias. */
  static double[] fit(List<Sample> samples) {
    int n = Signal.values().length;
    double[] w = new double[n];
    double lambda = 1.0;
    double total = samples.stream().mapToDouble(s -> s.wrong() + s.right()).sum();
    for (int step = 0; step < 20000; step++) {
      double[] g = new double[n];
      for (Sample s : samples) {
        double p = sigmoid(dot(w, s.x()));
        // each wrong field is a positive example, each right one a negative, with the unit's features
        double d = s.wrong() * (p - 1) + s.right() * p;
        for (int k = 0; k < n; k++) {
          g[k] += d * s.x()[k];
        }
      }
      for (int k = 0; k < n; k++) {
        g[k] = g[k] / total + (k == Signal.BIAS.ordinal() ? 0 : lambda * w[k] / total);
        w[k] -= 0.5 * g[k];
      }
    }
    return w;
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
