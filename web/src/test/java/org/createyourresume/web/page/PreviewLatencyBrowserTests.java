package org.createyourresume.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.createyourresume.web.TestFiles;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Keystroke to updated preview, as a user sees it: from the input event of a key pressed after a
 * pause to the moment the new pages replace the old ones. Includes the 250 ms pause the editor
 * waits for before it asks the server. Figures go to {@code target/preview-latency.txt}.
 *
 * <p>A benchmark, tagged so that the test build skips it; run it as docs/BENCHMARKS.md says.
 */
@Tag("benchmark")
class PreviewLatencyBrowserTests extends BrowserTestSupport {

  private static final int KEYSTROKES = 25;

  @Test
  void measuresKeystrokeToUpdatedPreview() throws Exception {
    openEditorWith(TestFiles.resume("one-page.json"));
    page.evaluate(
        "() => { window.__lat = []; window.__input = 0;"
            + " document.addEventListener('input', () => { window.__input = performance.now(); }, true);"
            + " new MutationObserver(() => window.__lat.push(performance.now() - window.__input))"
            + ".observe(document.getElementById('preview-pages'),"
            + " {attributes: true, attributeFilter: ['data-render-seq']}); }");
    field("basics.label").click();
    page.keyboard().press("End");
    for (int i = 0; i < KEYSTROKES; i++) {
      page.keyboard().type(i % 2 == 0 ? "x" : "\b");
      page.waitForFunction("n => window.__lat.length > n", i);
      page.waitForTimeout(150);
    }
    List<Double> samples = new ArrayList<>();
    for (Object value : (List<?>) page.evaluate("() => window.__lat")) {
      samples.add(((Number) value).doubleValue());
    }
    assertThat(samples).hasSize(KEYSTROKES);
    List<Double> sorted = samples.stream().sorted().toList();
    double median = sorted.get(sorted.size() / 2);
    double p95 = sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1);
    // the parts, from the editor's performance marks: server round trip, then pdf.js drawing
    List<?> parts = (List<?>) page.evaluate(
        "() => { const at = n => performance.getEntriesByName(n).map(e => e.startTime);"
            + " const req = at('cyr:request'), res = at('cyr:response'), shown = at('cyr:shown');"
            + " const trip = [], draw = [];"
            + " for (const s of shown) { const r = res.filter(x => x <= s).pop();"
            + "   const q = req.filter(x => x <= r).pop();"
            + "   if (r !== undefined && q !== undefined) { trip.push(r - q); draw.push(s - r); } }"
            + " const med = a => a.sort((x, y) => x - y)[Math.floor(a.length / 2)];"
            + " return [med(trip), med(draw)]; }");
    String report =
        String.format(Locale.ROOT,
            "keystroke to updated preview over %d keystrokes: median %.0f ms, p95 %.0f ms,"
                + " min %.0f ms, max %.0f ms (includes the 250 ms typing pause);"
                + " medians of the parts: server round trip %.0f ms, pdf.js drawing %.0f ms%n",
            samples.size(), median, p95, sorted.get(0), sorted.get(sorted.size() - 1),
            ((Number) parts.get(0)).doubleValue(), ((Number) parts.get(1)).doubleValue());
    Files.writeString(Path.of("target", "preview-latency.txt"), report);
    System.out.print(report);
    // a measurement, not a pass/fail on speed: every keystroke got its own updated preview
    assertThat(sorted).allSatisfy(ms -> assertThat(ms).isPositive());
  }
}
