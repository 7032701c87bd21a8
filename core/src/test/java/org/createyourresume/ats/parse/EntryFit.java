package org.createyourresume.ats.parse;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.createyourresume.importer.GeneratedPage;

/**
 * The tool that fitted the weights in {@link EntryFeature}: every tuning seed of the generated
 * layouts (1 to 300, or {@code -Dentry.seeds=}) is printed to PDF and parsed with a model that
 * records each decision of {@link EntryReader} and leaves it to the rules. A block is labelled an
 * entry's start when it opens with the first printed line of an entry not yet matched (or ends
 * with it, where dates floated right are read first); a dates cell the rules hold over for the
 * title under it hands its label to that title, as the rules do. The fit is {@link HeadingFit}'s
 * (Newton's method, small L2 penalty); the program prints the weights as the enum's constants and
 * the share of decisions the rules and the model read right. {@code -Dentry.check=true} also
 * prints those shares, totals only, for the check seeds. A program in the tests' source:
 *
 * <pre>./mvnw -B -q -pl core test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.createyourresume.ats.parse.EntryFit -Dentry.check=true</pre>
 */
final class EntryFit {


  /** A decision of the rules, as the reader met it. */
  private record Decision(int index, double[] x, boolean rules) {}

  /** A model that keeps the rules' decisions and records them by section. */
  private static final class Recorder extends EntryModel {
    final Map<List<Block>, List<Decision>> sections = new IdentityHashMap<>();
    final List<List<Block>> order = new ArrayList<>();

    @Override
    boolean decide(List<Block> content, int i, double[] x, boolean rules) {
      sections.computeIfAbsent(content, c -> {
        order.add(c);
        return new ArrayList<>();
      }).add(new Decision(i, x, rules));
      return rules;
    }
  }

  private EntryFit() {}

  /** Fits the weights on the tuning seeds and prints them with the shares read right. */
  public static void main(String[] args) {
    int seeds = Integer.getInteger("entry.seeds", 300);
    List<HeadingFit.Sample> samples = samples(1, seeds);
    double[] w = fit(samples);
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
        "%nFitted weights (log-odds that a block starts an entry), %d decisions of %d seeds, %d starts%n%n",
        samples.size(), seeds, samples.stream().filter(HeadingFit.Sample::heading).count()));
    for (EntryFeature f : EntryFeature.values()) {
      out.append(String.format(Locale.ROOT, "  %s(%.2f),%n", f, w[f.ordinal()]));
    }
    out.append("\nTuning seeds\n").append(shares(samples, w));
    if (Boolean.getBoolean("entry.check")) {
      out.append("\nCheck seeds (totals only)\n").append(shares(samples(100_001, 100_100), w));
    }
    System.out.println(out);
  }

  /** Decisions read right by the rules and by the model over them, for some thresholds. */
  static String shares(List<HeadingFit.Sample> samples, double[] w) {
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "  %6d decisions, %5d starts; rules right %.2f%%",
        samples.size(), samples.stream().filter(HeadingFit.Sample::heading).count(),
        100.0 * HeadingFit.right(samples, w, 2, -1)));
    for (double[] t : new double[][] {{0.5, 0.5}, {0.8, 0.2}, {0.9, 0.1}, {0.95, 0.05}}) {
      out.append(String.format(Locale.ROOT, "; model %.2f/%.2f %.2f%%", t[0], t[1],
          100.0 * HeadingFit.right(samples, w, t[0], t[1])));
    }
    return out.append('\n').toString();
  }

  /** The labelled decisions of seeds {@code from} to {@code to}, each page as PDF. */
  static List<HeadingFit.Sample> samples(long from, long to) {
    List<HeadingFit.Sample> samples = new ArrayList<>();
    for (long seed = from; seed <= to; seed++) {
      GeneratedPage page = GeneratedPage.of(seed);
      List<LayoutLine> lines = page.pdfLines();
      Recorder recorder = new Recorder();
      new ResumeParser(SectionVocabulary.standard(), recorder).parse(lines);
      samples.addAll(labelled(recorder, page.entryStarts()));
    }
    return samples;
  }

  /** The recorded decisions, labelled by the entries' first lines (each matched once, in reading order). */
  static List<HeadingFit.Sample> labelled(Recorder recorder, List<String> entryStarts) {
    Map<String, Integer> left = new LinkedHashMap<>();
    entryStarts.forEach(s -> left.merge(compact(s), 1, Integer::sum));
    List<HeadingFit.Sample> samples = new ArrayList<>();
    for (List<Block> content : recorder.order) {
      boolean[] matched = new boolean[content.size()];
      for (int i = 0; i < content.size(); i++) {
        Block b = content.get(i);
        String key = compact(b.text);
        if (b.bullet || key.isEmpty()) {
          continue;
        }
        for (Map.Entry<String, Integer> e : left.entrySet()) {
          if (e.getValue() > 0 && (key.startsWith(e.getKey()) || key.endsWith(e.getKey()))) {
            e.setValue(e.getValue() - 1);
            matched[i] = true;
            break;
          }
        }
      }
      boolean[] recorded = new boolean[content.size()];
      recorder.sections.get(content).forEach(d -> recorded[d.index()] = true);
      for (Decision d : recorder.sections.get(content)) {
        int i = d.index();
        boolean start = matched[i] || (i > 1 && matched[i - 1] && !recorded[i - 1]);
        samples.add(new HeadingFit.Sample(d.x(), start, d.rules(), false));
      }
    }
    if (Boolean.getBoolean("entry.unmatched")) {
      left.forEach((k, n) -> {
        if (n > 0) {
          System.out.println("unmatched: " + k);
        }
      });
    }
    return samples;
  }

  private static String compact(String text) {
    return TextNorm.key(text).replace(" ", "");
  }

  /** {@link HeadingFit}'s regression over this stage's features. */
  static double[] fit(List<HeadingFit.Sample> samples) {
    return HeadingFit.fit(samples, EntryFeature.values().length, EntryFeature.BIAS.ordinal());
  }
}
