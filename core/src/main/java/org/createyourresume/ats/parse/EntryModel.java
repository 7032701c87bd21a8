package org.createyourresume.ats.parse;

import static org.createyourresume.ats.parse.DatedText.hasDate;
import static org.createyourresume.ats.parse.DatedText.mostlyDate;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The fitted stage of "does this block start a new entry": a logistic model over the features of
 * {@link EntryFeature}, read from a block of a section and its neighbours, after the hand rules of
 * {@link EntryReader} have had their say (their decision is one of the features). Where the model
 * is confident it overrides the rules: it starts an entry at a block it finds at least {@link #ADD}
 * likely to start one, and joins to the entry above a block it finds at most {@link #DROP} likely;
 * in between the rules stand. It reads only PDF, the form it was fitted on.
 */
class EntryModel {

  /**
   * The probability from which the model starts an entry the rules did not. On the generated
   * pages no start it adds changes a field even from 0.5: the rules miss few starts in PDF.
   */
  static final double ADD = 0.95;
  /**
   * The probability up to which the model takes back an entry start the rules made. Chosen on the
   * check seeds among the thresholds that lose no field of the other tools' files: 0.07 read
   * them alike, 0.1 better still but lost PDF fields of those files (a second school read into
   * the first).
   */
  static final double DROP = 0.05;

  private static final Pattern SEPARATOR = Pattern.compile(" [|\u2022\u00b7\u2013\u2014-] ");

  /** The rules' decision for block {@code i}, overridden where the model is sure. */
  boolean decide(List<Block> content, int i, double[] x, boolean rules) {
    double p = probability(x);
    return rules ? p > DROP : p >= ADD;
  }

  /**
   * Whether the model was fitted on sections like this one: set on a page with positions (a PDF).
   * Plain text is left to the rules, which start an entry there at its dated line and then take
   * the title lines above it back, a convention the printed first lines do not label; Word files
   * and Markdown are left to them too; so are sections other than jobs and schools, the only
   * entries the generated pages print (a reference's name over its sentence is unlike a job).
   */
  static boolean fittedOn(List<Block> content, SectionKind kind) {
    return (kind == SectionKind.EXPERIENCE || kind == SectionKind.EDUCATION) && content.stream().anyMatch(b -> b.positioned);
  }

  /** The model's probability that the block with {@code features} starts an entry. */
  static double probability(double[] features) {
    double z = 0;
    for (EntryFeature f : EntryFeature.values()) {
      z += f.weight * features[f.ordinal()];
    }
    return 1 / (1 + Math.exp(-z));
  }

  /** The features of block {@code i} of a section, with {@code rules} the rules' decision for it. */
  static double[] features(List<Block> content, int i, boolean styledDocument, boolean rules) {
    double[] x = new double[EntryFeature.values().length];
    Block b = content.get(i);
    Block previous = i > 0 ? content.get(i - 1) : null;
    Block next = i + 1 < content.size() ? content.get(i + 1) : null;
    String text = b.text.strip();
    int words = text.isEmpty() ? 0 : text.split("\\s+").length;
    float left = Float.MAX_VALUE;
    float largest = 0;
    for (Block c : content) {
      left = Math.min(left, c.left);
      largest = Math.max(largest, c.size);
    }
    boolean unweighted = content.stream().noneMatch(c -> c.bold);
    set(x, EntryFeature.BIAS, true);
    set(x, EntryFeature.RULES, rules);
    set(x, EntryFeature.BOLD, b.bold);
    set(x, EntryFeature.ALL_BOLD, b.allBold);
    set(x, EntryFeature.DATE, hasDate(b));
    set(x, EntryFeature.DATE_ALONE, mostlyDate(text));
    set(x, EntryFeature.NEXT_DATED, next != null && hasDate(next));
    set(x, EntryFeature.DATE_ABOVE, previous != null && mostlyDate(previous.text));
    set(x, EntryFeature.DATED_ABOVE, previous != null && hasDate(previous));
    set(x, EntryFeature.GAP_ABOVE, b.gapAbove);
    set(x, EntryFeature.NEXT_GAP, next != null && next.gapAbove);
    set(x, EntryFeature.BULLET, b.bullet);
    set(x, EntryFeature.BULLET_ABOVE, previous != null && previous.bullet);
    set(x, EntryFeature.NEXT_BULLET, next != null && next.bullet);
    set(x, EntryFeature.LABELLED, b.spans.size() > 1 && b.spans.get(0).text().endsWith(":")
        && b.spans.get(0).text().length() <= 30);
    set(x, EntryFeature.LINES, b.lineCount > 1);
    x[EntryFeature.WORDS.ordinal()] = Math.min(1, words / 12.0);
    set(x, EntryFeature.SENTENCE, text.endsWith("."));
    set(x, EntryFeature.SENTENCE_ABOVE, previous != null && previous.text.strip().endsWith("."));
    set(x, EntryFeature.SEPARATED, SEPARATOR.matcher(text).find());
    set(x, EntryFeature.TITLE, words <= 10 && EntryWords.title(text));
    set(x, EntryFeature.COMPANY, words <= 10 && EntryWords.company(text));
    set(x, EntryFeature.INDENTED, b.positioned && b.left > left + 6);
    if (styledDocument && largest > 0 && b.size > 0) {
      x[EntryFeature.SIZE.ordinal()] = Math.max(-1, (b.size / largest - 1) * 4);
    }
    set(x, EntryFeature.UNWEIGHTED, unweighted);
    return x;
  }

  private static void set(double[] x, EntryFeature f, boolean on) {
    x[f.ordinal()] = on ? 1 : 0;
  }
}
