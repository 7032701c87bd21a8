package org.createyourresume.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.createyourresume.web.TestFiles;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Keystroke to updated preview, as a user sees it: from the input event of a key pressed after a
 * pause to the moment every page of the new PDF has replaced the old ones. It includes the pause
 * the editor waits for before it asks the server. Two cases: a one-page resume and a three-page
 * CV, 30 keystrokes each. Figures (median, p90, and the medians of the parts: typing pause, server
 * round trip, pdf.js drawing) go to {@code target/preview-latency.txt}.
 *
 * <p>A benchmark, tagged so that the test build skips it; run it as docs/BENCHMARKS.md says.
 */
@Tag("benchmark")
class PreviewLatencyBrowserTests extends BrowserTestSupport {

  private static final int KEYSTROKES = 30;

  @ParameterizedTest(name = "{0}")
  @CsvSource({"one-page resume, one-page.json", "three-page CV, three-pages.json"})
  void measuresKeystrokeToUpdatedPreview(String name, String fixture) throws IOException {
    openEditorWith(TestFiles.resume(fixture));
    page.evaluate(
        "() => { window.__lat = []; window.__input = 0;"
            + " document.addEventListener('input', () => { window.__input = performance.now(); }, true);"
            + " new MutationObserver(() => window.__lat.push(performance.now() - window.__input))"
            + ".observe(document.getElementById('preview-pages'),"
            + " {attributes: true, attributeFilter: ['data-render-seq']});"
            + " performance.clearMarks(); }");
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
    double p90 = sorted.get((int) Math.ceil(sorted.size() * 0.9) - 1);
    // the parts, from the editor's performance marks: typing pause, server round trip, drawing
    List<?> parts = (List<?>) page.evaluate(
        "() => { const at = n => performance.getEntriesByName(n).map(e => e.startTime);"
            + " const typed = at('cyr:typed'), req = at('cyr:request'), res = at('cyr:response'), shown = at('cyr:shown');"
            + " const pause = [], trip = [], draw = [];"
            + " for (const s of shown) { const r = res.filter(x => x <= s).pop();"
            + "   const q = req.filter(x => x <= r).pop(); const t = typed.filter(x => x <= q).pop();"
            + "   if (r !== undefined && q !== undefined) { trip.push(r - q); draw.push(s - r); }"
            + "   if (t !== undefined && q !== undefined) pause.push(q - t); }"
            + " const med = a => a.length ? a.sort((x, y) => x - y)[Math.floor(a.length / 2)] : -1;"
            + " return [med(pause), med(trip), med(draw)]; }");
    String report =
        String.format(Locale.ROOT,
            "%s (%s pages), %d keystrokes: median %.0f ms, p90 %.0f ms, min %.0f ms, max %.0f ms;"
                + " medians of the parts: typing pause %.0f ms, server round trip %.0f ms,"
                + " pdf.js drawing %.0f ms%n",
            name, page.locator("#preview-pages").getAttribute("data-pages"), samples.size(), median,
            p90, sorted.get(0), sorted.get(sorted.size() - 1),
            ((Number) parts.get(0)).doubleValue(), ((Number) parts.get(1)).doubleValue(),
            ((Number) parts.get(2)).doubleValue());
    Files.writeString(Path.of("target", "preview-latency.txt"), report,
        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    System.out.print(report);
    // a measurement, not a pass/fail on speed: every keystroke got its own updated preview
    assertThat(sorted).allSatisfy(ms -> assertThat(ms).isPositive());
  }
}
