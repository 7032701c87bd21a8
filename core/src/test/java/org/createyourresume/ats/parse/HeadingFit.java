package org.createyourresume.ats.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.createyourresume.importer.GeneratedPage;
import org.createyourresume.importer.GeneratedText;
import org.createyourresume.importer.text.TextLines;

/**
 * The tool that fitted the weights in {@link HeadingFeature}: every tuning seed of the generated
 * layouts (1 to 300, or {@code -Dheading.seeds=}) is printed to PDF and copied as text, read by
 * the parser's first stages with the hand rules alone, and each block is labelled a heading when
 * its words are those of a heading the page printed. A logistic regression with a small L2
 * penalty is fitted by Newton's method (deterministic: no sampling, no random start); the program
 * prints the weights as the enum's constants and the share of blocks the rules and the model
 * (with its thresholds) read right. {@code -Dheading.check=true} also prints those shares, totals
 * only, for the check seeds; {@code -Dheading.unmatched=true} lists the printed headings no block
 * matched (for the tuning seeds). A program in the tests' source (it reads the test corpus), not a test:
 *
 * <pre>./mvnw -B -q -pl core test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.createyourresume.ats.parse.HeadingFit</pre>
 */
final class HeadingFit {

  /** One block's features, whether it is a heading, what the rules said and which form it came from. */
  record Sample(double[] x, boolean heading, boolean rules, boolean text) {}

  /** The L2 penalty on every weight but the bias. */
  static final double LAMBDA = 1.0;

  private static final SectionVocabulary VOCABULARY = SectionVocabulary.standard();

  private HeadingFit() {}

  /** Fits the weights on the tuning seeds and prints them with the shares read right. */
  public static void main(String[] args) {
    int seeds = Integer.getInteger("heading.seeds", 300);
    List<Sample> samples = samples(1, seeds);
    double[] w = fit(samples);
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
        "%nFitted weights (log-odds that a block is a section heading), %d blocks of %d seeds, %d headings%n%n",
        samples.size(), seeds, samples.stream().filter(Sample::heading).count()));
    for (HeadingFeature f : HeadingFeature.values()) {
      out.append(String.format(Locale.ROOT, "  %s(%.2f),%n", f, w[f.ordinal()]));
    }
    out.append("\nTuning seeds\n").append(shares(samples, w));
    if (Boolean.getBoolean("heading.check")) {
      out.append("\nCheck seeds (totals only)\n").append(shares(samples(100_001, 100_100), w));
    }
    System.out.println(out);
  }

  /** Blocks read right by the rules and by the model over them, all and per form, for some thresholds. */
  static String shares(List<Sample> samples, double[] w) {
    StringBuilder out = new StringBuilder();
    for (String form : List.of("all", "PDF", "text")) {
      List<Sample> part = samples.stream()
          .filter(s -> form.equals("all") || s.text() == form.equals("text")).toList();
      out.append(String.format(Locale.ROOT, "  %-4s %6d blocks, %5d headings; rules right %.2f%%", form, part.size(),
          part.stream().filter(Sample::heading).count(), 100.0 * right(part, w, 2, -1)));
      for (double[] t : new double[][] {{0.5, 0.5}, {0.8, 0.2}, {0.9, 0.1}, {0.95, 0.05}}) {
        out.append(String.format(Locale.ROOT, "; model %.2f/%.2f %.2f%%", t[0], t[1], 100.0 * right(part, w, t[0], t[1])));
      }
      out.append('\n');
    }
    return out.toString();
  }

  /** The share of samples decided right when the model adds from {@code add} and drops up to {@code drop}. */
  static double right(List<Sample> samples, double[] w, double add, double drop) {
    int right = 0;
    for (Sample s : samples) {
      double p = probability(w, s.x());
      boolean heading = s.rules() ? p > drop : p >= add;
      right += heading == s.heading() ? 1 : 0;
    }
    return samples.isEmpty() ? 1 : (double) right / samples.size();
  }

  /** The labelled blocks of seeds {@code from} to {@code to}, each page as PDF and as copied text. */
  static List<Sample> samples(long from, long to) {
    List<Sample> samples = new ArrayList<>();
    for (long seed = from; seed <= to; seed++) {
      GeneratedPage page = GeneratedPage.of(seed);
      List<LayoutLine> lines = page.pdfLines();
      samples.addAll(labelled(lines, page.headings(), false));
      samples.addAll(labelled(TextLines.plain(GeneratedText.of(page.xhtml())), page.headings(), true));
    }
    return samples;
  }

  /**
   * The blocks of {@code lines}, read as the parser reads them with the rules alone, labelled by the
   * printed headings: a block is a heading when its letters are those of one (spaces aside, so that
   * letter spacing read apart or together does not matter); a heading wrapped onto two lines of a
   * narrow gutter labels its first line, and its other lines are left out of the samples.
   */
  static List<Sample> labelled(List<LayoutLine> lines, List<String> headings, boolean text) {
    Set<String> keys = new HashSet<>();
    headings.forEach(h -> keys.add(compact(h)));
    List<LayoutLine> body = lines.stream().filter(l -> l.zone() != LayoutLine.Zone.HEADER_FOOTER).toList();
    List<Block> blocks = new BlockReader().blocks(new LineCleaner(VOCABULARY).clean(body));
    blocks.removeIf(b -> HeadingReader.monogramOfALaterName(b, blocks));
    boolean styled = blocks.stream().anyMatch(b -> b.positioned || b.bold || b.headingStyle);
    float bodySize = HeadingReader.bodySize(blocks);
    HeadingReader rules = new HeadingReader(VOCABULARY, false);
    Block nameBlock = rules.nameBlock(blocks, styled, bodySize);
    rules.headings(blocks, nameBlock, styled, bodySize);
    double[][] features = new HeadingModel(VOCABULARY).features(blocks, styled, bodySize);
    List<Sample> samples = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      String key = compact(b.text);
      boolean heading = !b.bullet && keys.contains(key);
      int wrapped = 0;
      if (!heading && !b.bullet && !key.isEmpty()) {
        // the first line of a heading the gutter wrapped: the lines after it complete one
        StringBuilder joined = new StringBuilder(key);
        for (int j = i + 1; j < blocks.size() && j <= i + 3 && keys.stream().anyMatch(k -> k.startsWith(joined.toString()));
            j++) {
          joined.append(compact(blocks.get(j).text));
          if (keys.contains(joined.toString())) {
            heading = true;
            wrapped = j - i;
            break;
          }
        }
      }
      if (HeadingModel.decidable(b, nameBlock)) {
        samples.add(new Sample(features[i], heading, b.heading != null, text));
      }
      i += wrapped;
    }
    return samples;
  }

  /** A heading's letters and figures, lower case, without spaces or punctuation. */
  private static String compact(String text) {
    return TextNorm.key(text).replace(" ", "");
  }

  /** Logistic regression by Newton's method, L2 on all weights but the bias. */
  static double[] fit(List<Sample> samples) {
    return fit(samples, HeadingFeature.values().length, HeadingFeature.BIAS.ordinal());
  }

  /** Logistic regression over {@code n} features, feature {@code biasIndex} the unpenalised bias. */
  static double[] fit(List<Sample> samples, int n, int biasIndex) {
    double[] w = new double[n];
    for (int step = 0; step < 30; step++) {
      double[] g = new double[n];
      double[][] h = new double[n][n];
      for (Sample s : samples) {
        double p = probability(w, s.x());
        double d = p - (s.heading() ? 1 : 0);
        double v = p * (1 - p);
        for (int a = 0; a < n; a++) {
          if (s.x()[a] == 0) {
            continue;
          }
          g[a] += d * s.x()[a];
          for (int b = 0; b < n; b++) {
            h[a][b] += v * s.x()[a] * s.x()[b];
          }
        }
      }
      for (int k = 0; k < n; k++) {
        boolean bias = k == biasIndex;
        g[k] += bias ? 0 : LAMBDA * w[k];
        h[k][k] += bias ? 1e-9 : LAMBDA;
      }
      double[] d = new LUDecomposition(new Array2DRowRealMatrix(h, false)).getSolver()
          .solve(new ArrayRealVector(g, false)).toArray();
      for (int k = 0; k < n; k++) {
        w[k] -= d[k];
      }
    }
    return w;
  }

  static double probability(double[] w, double[] x) {
    double z = 0;
    for (int k = 0; k < w.length; k++) {
      z += w[k] * x[k];
    }
    return 1 / (1 + Math.exp(-z));
  }
}
