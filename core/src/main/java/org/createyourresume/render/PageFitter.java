package org.createyourresume.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.createyourresume.model.Design;
import org.createyourresume.model.Margins;
import org.createyourresume.render.pdf.PageLayout;

/**
 * Finds the least visible change of base font size, line spacing and margins that fits a resume
 * on a number of pages. The levers are pulled in order, least visible first, each only as far as
 * needed and only after the ones before it are at their floor: line spacing (down to 1.05), then
 * margins (down to 10 mm top and bottom, 12 mm at the sides), then the base font size (in quarter
 * points, down to 9.5 pt; headings are sized from it, so they keep their proportion). A setting is
 * never raised: one the user already set at or below its floor is left alone.
 *
 * <p>Each step costs a layout (no PDF is drawn). The search first lays the resume out as it is
 * (one that fits is answered after that one layout), then with every lever at its floor (one
 * that does not fit then is answered after a third, for its page count), then looks for the
 * lever that suffices and the smallest step of it by interpolating the measured content height
 * between a step that fits and one that does not, which needs two or three layouts where halving
 * the range would need five to eight; the step found is confirmed paginated.
 *
 * <p>One instance per fit: it counts the layouts it asks for.
 */
final class PageFitter {

  /** Below this, lines of body text start to touch. */
  static final double MIN_LINE_SPACING = 1.05;

  /** Top and bottom: room for the page number at the foot and for printers' unprintable edge. */
  static final double MIN_VERTICAL_MARGIN = 10;

  /** Left and right: wider text lines get harder to read, and buy little height. */
  static final double MIN_SIDE_MARGIN = 12;

  /** The smallest base font size we still call readable body text. */
  static final double MIN_FONT_SIZE = 9.5;

  private static final double LINE_SPACING_STEP = 0.01;
  private static final double MARGIN_STEP = 0.5;
  private static final double FONT_SIZE_STEP = 0.25;

  /** Lays the resume out with a design. */
  interface Layouts {

    /** As the PDF paginates it. */
    PageLayout paged(Design design);

    /**
     * On one endless page as wide as the real one: the content's natural height, without the
     * gaps that entries moved to the next page leave; {@code pageHeight} is still the real
     * page's, and {@code pages} the fewest pages that height needs.
     */
    PageLayout endless(Design design);
  }

  /**
   * The three settings, every one set, as a render uses them.
   *
   * @param fontSize base font size, points
   * @param lineSpacing line height as a multiple of the font size
   * @param top top margin, millimetres (and so on for the other sides)
   */
  record Settings(
      double fontSize, double lineSpacing, double top, double right, double bottom,
      double left) {

    Margins margins() {
      return new Margins(top, right, bottom, left, null);
    }

    /**
     * {@code design} with those of these settings that differ from {@code start}: settings not
     * changed keep what the user wrote, template default included.
     */
    Design applyTo(Design design, Settings start) {
      Double size = fontSize == start.fontSize ? design.fontSize() : Double.valueOf(fontSize);
      Double spacing =
          lineSpacing == start.lineSpacing ? design.lineSpacing() : Double.valueOf(lineSpacing);
      Margins m = design.margins();
      if (top != start.top || right != start.right || bottom != start.bottom
          || left != start.left) {
        m = new Margins(top, right, bottom, left, m == null ? null : m.unknown());
      }
      return design.withSizes(size, spacing, m);
    }
  }

  /** One setting to turn down, with its steps from the current value to its floor. */
  private enum Lever {
    LINE_SPACING {
      @Override
      List<Settings> steps(Settings from) {
        List<Settings> steps = new ArrayList<>();
        for (double v : downTo(from.lineSpacing, MIN_LINE_SPACING, LINE_SPACING_STEP)) {
          steps.add(new Settings(from.fontSize, v, from.top, from.right, from.bottom, from.left));
        }
        return steps;
      }

      @Override
      String leftAlone(Settings start) {
        return start.lineSpacing < MIN_LINE_SPACING
            ? "Line spacing was left at " + number(start.lineSpacing) + ": it is already below "
                + number(MIN_LINE_SPACING) + "."
            : null;
      }
    },
    MARGINS {
      @Override
      List<Settings> steps(Settings from) {
        double[] start = {from.top, from.right, from.bottom, from.left};
        double[] floor = {
          Math.min(from.top, MIN_VERTICAL_MARGIN), Math.min(from.right, MIN_SIDE_MARGIN),
          Math.min(from.bottom, MIN_VERTICAL_MARGIN), Math.min(from.left, MIN_SIDE_MARGIN)
        };
        double widest = 0;
        for (int i = 0; i < 4; i++) {
          widest = Math.max(widest, start[i] - floor[i]);
        }
        // Every side moves towards its floor in proportion, so they all arrive together.
        int count = (int) Math.ceil(widest / MARGIN_STEP - 1e-9);
        List<Settings> steps = new ArrayList<>();
        steps.add(from);
        for (int k = 1; k <= count; k++) {
          double[] m = new double[4];
          for (int i = 0; i < 4; i++) {
            m[i] = k == count ? floor[i] : round(start[i] - (start[i] - floor[i]) * k / count, 1);
          }
          steps.add(new Settings(from.fontSize, from.lineSpacing, m[0], m[1], m[2], m[3]));
        }
        return steps;
      }

      @Override
      String leftAlone(Settings start) {
        boolean below =
            start.top < MIN_VERTICAL_MARGIN || start.bottom < MIN_VERTICAL_MARGIN
                || start.left < MIN_SIDE_MARGIN || start.right < MIN_SIDE_MARGIN;
        return below
            ? "Margins already narrower than " + number(MIN_VERTICAL_MARGIN) + " mm (top and"
                + " bottom) or " + number(MIN_SIDE_MARGIN) + " mm (sides) were left as they are."
            : null;
      }
    },
    FONT_SIZE {
      @Override
      List<Settings> steps(Settings from) {
        List<Settings> steps = new ArrayList<>();
        for (double v : downTo(from.fontSize, MIN_FONT_SIZE, FONT_SIZE_STEP)) {
          steps.add(new Settings(v, from.lineSpacing, from.top, from.right, from.bottom, from.left));
        }
        return steps;
      }

      @Override
      String leftAlone(Settings start) {
        return start.fontSize < MIN_FONT_SIZE
            ? "The font size was left at " + number(start.fontSize) + " pt: it is already below "
                + number(MIN_FONT_SIZE) + " pt, the smallest we make body text."
            : null;
      }
    };

    /** The settings from {@code from} (first) down to this lever's floor (last), step by step. */
    abstract List<Settings> steps(Settings from);

    /** Why this lever cannot move from the user's own value, or null when it can. */
    abstract String leftAlone(Settings start);
  }

  private final Layouts layouts;
  private int count;

  PageFitter(Layouts layouts) {
    this.layouts = layouts;
  }

  /**
   * One measurement of a step. For one page the search measures on the endless page: the
   * natural height changes smoothly with the settings, so it interpolates well, whereas the
   * paginated height jumps whenever an entry moves to the next page. A natural height within the
   * page is necessary to fit; the step finally chosen is confirmed paginated ({@link
   * #confirmed}), since the engine may want a point or two more at the foot of a page. For more
   * pages, where breaks decide, every step is measured paginated.
   */
  private record Probe(boolean fits, PageLayout layout, boolean paged) {}

  private Probe probe(Design design, int target) {
    if (target == 1) {
      PageLayout endless = endless(design);
      return new Probe(endless.contentHeight() <= endless.pageHeight(), endless, false);
    }
    PageLayout paged = paged(design);
    return new Probe(paged.pages() <= target, paged, true);
  }

  /**
   * Fits a resume whose design is {@code design}, which renders with {@code start}, on {@code
   * target} pages.
   */
  PageFit fit(Design design, Settings start, int target) {
    Probe now = probe(design, target);
    if (now.fits()) {
      return new PageFit(
          true, false, now.paged() ? now.layout().pages() : 1, target, design, start.fontSize(),
          start.lineSpacing(), start.margins(), PageFit.Leftover.NONE,
          "Already fits on " + pagesText(target) + "; nothing was changed.", List.of(), count);
    }
    List<String> notes = new ArrayList<>();
    Settings tightest = start;
    for (Lever lever : Lever.values()) {
      List<Settings> steps = lever.steps(tightest);
      tightest = steps.get(steps.size() - 1);
    }
    Probe tight = tightest.equals(start) ? now : probe(tightest.applyTo(design, start), target);
    if (!tight.fits()) {
      for (Lever lever : Lever.values()) {
        addNote(notes, lever, start);
      }
      return leftOver(design, start, tightest, tight, target, notes);
    }
    // It fits with every lever at its floor: find the first lever that suffices on its own (with
    // the ones before it at their floor) and the smallest step of it that fits.
    Settings base = start;
    Probe baseProbe = now;
    for (Lever lever : Lever.values()) {
      addNote(notes, lever, start);
      List<Settings> steps = lever.steps(base);
      if (steps.size() == 1) {
        continue;
      }
      Settings floor = steps.get(steps.size() - 1);
      Probe floorProbe =
          floor.equals(tightest) ? tight : probe(floor.applyTo(design, start), target);
      if (floorProbe.fits()) {
        Step fitted = confirmed(
            steps, smallestFittingStep(steps, baseProbe, floorProbe, design, start, target),
            design, start, target);
        if (fitted != null) {
          Settings settings = steps.get(fitted.index());
          return new PageFit(
              true, true, fitted.probe().layout().pages(), target,
              settings.applyTo(design, start),
              settings.fontSize(), settings.lineSpacing(), settings.margins(),
              PageFit.Leftover.NONE,
              "Fits on " + pagesText(target) + " with " + changes(start, settings) + ".", notes,
              count);
        }
      }
      base = floor;
      baseProbe = floorProbe;
    }
    // The endless page said the tightest settings fit, but pagination disagreed: not fitting.
    PageLayout paged = paged(tightest.applyTo(design, start));
    return leftOver(design, start, tightest, new Probe(false, paged, true), target, notes);
  }

  /** A step of a lever and the measurement that found it fits. */
  private record Step(int index, Probe probe) {}

  /**
   * The smallest index in {@code steps} that fits, knowing that step 0 does not and the last
   * does: regula falsi on the content's extent over the step index, with the Illinois rule (when
   * the same end of the range is kept twice in a row, its weight is halved), so that a curve or a
   * jump in the extent (a line rewrapped, an entry moved) cannot stall the search at one end.
   */
  private Step smallestFittingStep(
      List<Settings> steps, Probe atLow, Probe atHigh, Design design, Settings start,
      int target) {
    int low = 0;
    int high = steps.size() - 1;
    Probe highProbe = atHigh;
    double over = atLow.layout().extent() - target;
    double under = atHigh.layout().extent() - target;
    int kept = 0;
    while (high - low > 1) {
      int k =
          over > 0 && under < over
              ? (int) Math.ceil(low + (high - low) * over / (over - under) - 1e-9)
              : (low + high) >>> 1;
      k = Math.max(low + 1, Math.min(high - 1, k));
      Probe probe = probe(steps.get(k).applyTo(design, start), target);
      double f = probe.layout().extent() - target;
      if (probe.fits()) {
        high = k;
        highProbe = probe;
        under = Math.min(f, 0);
        over = kept > 0 ? over / 2 : over;
        kept = kept > 0 ? kept + 1 : 1;
      } else {
        low = k;
        over = Math.max(f, 1e-6);
        under = kept < 0 ? under / 2 : under;
        kept = kept < 0 ? kept - 1 : -1;
      }
    }
    return new Step(high, highProbe);
  }

  /**
   * {@code found}, confirmed by the paginated layout the PDF will have, or the next step that is;
   * null when none of this lever's steps is.
   */
  private Step confirmed(
      List<Settings> steps, Step found, Design design, Settings start, int target) {
    for (int k = found.index(); k < steps.size(); k++) {
      Probe probe = k == found.index() ? found.probe() : null;
      if (probe == null || !probe.paged()) {
        PageLayout paged = paged(steps.get(k).applyTo(design, start));
        probe = new Probe(paged.pages() <= target, paged, true);
      }
      if (probe.fits()) {
        return new Step(k, probe);
      }
    }
    return null;
  }

  /**
   * The answer for a resume that does not fit even at {@code tightest}: what is left over there.
   * The amount is the content's height past the last page allowed (natural, on one page; as
   * paginated, on more), the page count is the paginated one.
   */
  private PageFit leftOver(
      Design design, Settings start, Settings tightest, Probe probe, int target,
      List<String> notes) {
    int pages =
        probe.paged() ? probe.layout().pages() : paged(tightest.applyTo(design, start)).pages();
    PageLayout layout = probe.layout();
    double fraction = Math.max(0, layout.extent() - target);
    double lineHeight = tightest.fontSize() * tightest.lineSpacing();
    int lines = Math.max(1, (int) Math.ceil(fraction * layout.pageHeight() / lineHeight - 1e-9));
    String amount =
        "about " + lines + (lines == 1 ? " line" : " lines") + " ("
            + Math.max(1, Math.round(fraction * 100)) + "% of a page)";
    String settings =
        number(tightest.fontSize()) + " pt text, line spacing " + number(tightest.lineSpacing())
            + ", margins " + marginsText(tightest);
    String message =
        (tightest.equals(start) ? "With its current settings (" : "Even at the tightest readable"
            + " settings (") + settings + ") the resume takes " + pagesText(pages) + ": "
            + amount + " more than fits on " + pagesText(target) + ". Shorten it by that much, or"
            + " allow " + pagesText(pages) + ".";
    return new PageFit(
        false, !tightest.equals(start), pages, target, tightest.applyTo(design, start),
        tightest.fontSize(), tightest.lineSpacing(), tightest.margins(),
        new PageFit.Leftover(lines, Math.max(0.01, round(fraction, 2)), message), message, notes,
        count);
  }

  private static void addNote(List<String> notes, Lever lever, Settings start) {
    String alone = lever.leftAlone(start);
    if (alone != null) {
      notes.add(alone);
    }
  }

  private PageLayout paged(Design design) {
    count++;
    return layouts.paged(design);
  }

  private PageLayout endless(Design design) {
    count++;
    return layouts.endless(design);
  }

  /** "line spacing 1.25 → 1.1, margins 16–18 mm → 10–12 mm and font size 10.5 → 10 pt". */
  private static String changes(Settings from, Settings to) {
    List<String> parts = new ArrayList<>();
    if (to.lineSpacing() != from.lineSpacing()) {
      parts.add("line spacing " + number(from.lineSpacing()) + " → " + number(to.lineSpacing()));
    }
    if (!to.margins().equals(from.margins())) {
      parts.add("margins " + marginsText(from) + " → " + marginsText(to));
    }
    if (to.fontSize() != from.fontSize()) {
      parts.add("font size " + number(from.fontSize()) + " → " + number(to.fontSize()) + " pt");
    }
    if (parts.size() == 1) {
      return parts.get(0);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1)) + " and "
        + parts.get(parts.size() - 1);
  }

  private static String marginsText(Settings s) {
    double min = Math.min(Math.min(s.top(), s.bottom()), Math.min(s.left(), s.right()));
    double max = Math.max(Math.max(s.top(), s.bottom()), Math.max(s.left(), s.right()));
    return min == max ? number(min) + " mm" : number(min) + "–" + number(max) + " mm";
  }

  private static String pagesText(int pages) {
    return pages == 1 ? "one page" : pages + " pages";
  }

  /** {@code from}, then the multiples of {@code step} below it, down to {@code floor}. */
  private static List<Double> downTo(double from, double floor, double step) {
    List<Double> values = new ArrayList<>();
    values.add(from);
    // the first multiple of the step below the current value, so steps land on round numbers
    long first = (long) Math.ceil(from / step - 1e-9) - 1;
    for (long i = first; i * step > floor + 1e-9; i--) {
      values.add(round(i * step, 2));
    }
    if (from > floor) {
      values.add(floor);
    }
    return values;
  }

  private static double round(double value, int decimals) {
    return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
  }

  /** 1.1, 10, 10.25: no trailing zeros, a point for the decimals whatever the locale. */
  static String number(double value) {
    return BigDecimal.valueOf(round(value, 2)).stripTrailingZeros().toPlainString()
        .toLowerCase(Locale.ROOT);
  }
}
