package org.createyourresume.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Prints the tables of {@code docs/BENCHMARKS.md} from one run's result files: JMH JSON
 * ({@code render.json}, {@code throughput.json}, {@code import.json}, {@code chromium.json}) and hyperfine JSON
 * ({@code cli-cold.json}), whichever are present.
 *
 * <pre>java -cp bench/target/benchmarks.jar org.createyourresume.bench.Summary RESULT_DIR</pre>
 */
public final class Summary {

  /** Targets from the render-core issue. */
  static final double TARGET_ONE_PAGE_MS = 6.0;
  static final double TARGET_PDFS_PER_SECOND = 250.0;
  static final double TARGET_COLD_CLI_S = 1.5;
  /** Targets from the import issue. */
  static final double TARGET_DOCX_EXPORT_MS = 15.0;
  static final double TARGET_PDF_IMPORT_MS = 50.0;

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private Summary() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: Summary RESULT_DIR");
      System.exit(2);
    }
    Path dir = Path.of(args[0]);
    StringBuilder out = new StringBuilder();
    render(read(dir.resolve("render.json")), out);
    throughput(read(dir.resolve("throughput.json")), out);
    imports(read(dir.resolve("import.json")), out);
    chromium(read(dir.resolve("chromium.json")), out);
    coldCli(dir.resolve("cli-cold.json"), out);
    System.out.print(out);
  }

  private static List<JsonNode> read(Path file) throws IOException {
    List<JsonNode> results = new ArrayList<>();
    if (Files.isRegularFile(file) && Files.size(file) > 0) {
      JSON.readTree(file.toFile()).forEach(results::add);
    }
    return results;
  }

  private static String method(JsonNode result) {
    String name = result.get("benchmark").asString();
    return name.substring(name.lastIndexOf('.') + 1);
  }

  private static String param(JsonNode result, String name) {
    JsonNode params = result.get("params");
    return params == null || params.get(name) == null ? "" : params.get(name).asString();
  }

  /** A percentile of a SampleTime result, e.g. {@code "50.0"}. */
  private static double percentile(JsonNode result, String which) {
    return result.get("primaryMetric").get("scorePercentiles").get(which).asDouble();
  }

  /** Bytes allocated per operation, from {@code -prof gc}; NaN without it. */
  private static double allocated(JsonNode result) {
    JsonNode secondary = result.get("secondaryMetrics");
    if (secondary != null) {
      for (Map.Entry<String, JsonNode> metric : secondary.properties()) {
        if (metric.getKey().endsWith("gc.alloc.rate.norm")) {
          return metric.getValue().get("score").asDouble();
        }
      }
    }
    return Double.NaN;
  }

  private static String ms(double value) {
    return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.2f", value);
  }

  private static String kib(double bytes) {
    return Double.isNaN(bytes) ? "–" : String.format(Locale.ROOT, "%,.0f", bytes / 1024);
  }

  private static String verdict(boolean met) {
    return met ? "meets" : "misses";
  }

  private static void render(List<JsonNode> results, StringBuilder out) {
    if (results.isEmpty()) {
      return;
    }
    // resume -> template -> method -> result
    Map<String, Map<String, Map<String, JsonNode>>> table = new TreeMap<>();
    for (JsonNode r : results) {
      table
          .computeIfAbsent(param(r, "resume"), k -> new TreeMap<>())
          .computeIfAbsent(param(r, "template"), k -> new TreeMap<>())
          .put(method(r), r);
    }
    out.append("## Warm render, one thread (RenderBenchmark, ms)\n\n")
        .append("| resume | template | tagged PDF p50 | p99 | HTML only p50 | PDF − HTML (p50) |"
            + " allocated per PDF (KiB) | target p50 ≤ 6 ms (one page) |\n")
        .append("|---|---|--:|--:|--:|--:|--:|---|\n");
    table.forEach(
        (resume, templates) ->
            templates.forEach(
                (template, methods) -> {
                  JsonNode pdf = methods.get("taggedPdf");
                  JsonNode html = methods.get("htmlOnly");
                  double pdf50 = pdf == null ? Double.NaN : percentile(pdf, "50.0");
                  double html50 = html == null ? Double.NaN : percentile(html, "50.0");
                  out.append(String.format(
                      Locale.ROOT,
                      "| %s | %s | %s | %s | %s | %s | %s | %s |%n",
                      resume, template, ms(pdf50),
                      ms(pdf == null ? Double.NaN : percentile(pdf, "99.0")),
                      ms(html50), ms(pdf50 - html50),
                      kib(pdf == null ? Double.NaN : allocated(pdf)),
                      resume.equals("one-page") && pdf != null
                          ? verdict(pdf50 <= TARGET_ONE_PAGE_MS) : ""));
                }));
    out.append('\n');
  }

  private static void throughput(List<JsonNode> results, StringBuilder out) {
    if (results.isEmpty()) {
      return;
    }
    out.append("## Throughput (ThroughputBenchmark, ops/s)\n\n")
        .append("| what | resume | template | threads | ops/s | ± (99.9%) | allocated per op (KiB) |"
            + " target ≥ 250 PDFs/s |\n")
        .append("|---|---|---|--:|--:|--:|--:|---|\n");
    for (JsonNode r : results) {
      JsonNode primary = r.get("primaryMetric");
      double score = primary.get("score").asDouble();
      boolean pdf = method(r).equals("taggedPdf");
      out.append(String.format(
          Locale.ROOT,
          "| %s | %s | %s | %d | %.1f | %.1f | %s | %s |%n",
          pdf ? "tagged PDF" : "HTML only (baseline)", param(r, "resume"), param(r, "template"),
          r.get("threads").asInt(), score, primary.get("scoreError").asDouble(),
          kib(allocated(r)), pdf ? verdict(score >= TARGET_PDFS_PER_SECOND) : ""));
    }
    out.append('\n');
  }

  private static void imports(List<JsonNode> results, StringBuilder out) {
    if (results.isEmpty()) {
      return;
    }
    Map<String, String> names =
        Map.of(
            "docx", "one-page resume → DOCX (classic)",
            "baselinePlainText", "one-page resume → plain text (baseline)",
            "importPdf", "two-page PDF → JSON Resume",
            "importDocx", "two-page DOCX → JSON Resume",
            "baselinePdfBoxText", "two-page PDF → PDFBox plain text (baseline)");
    out.append("## Import and Word export, one thread (ImportBenchmark, DocxExportBenchmark, ms)\n\n")
        .append("| what | p50 | p99 | allocated per op (KiB) | target |\n")
        .append("|---|--:|--:|--:|---|\n");
    for (String key : List.of("docx", "baselinePlainText", "importPdf", "importDocx", "baselinePdfBoxText")) {
      for (JsonNode r : results) {
        if (method(r).equals(key)) {
          double p50 = percentile(r, "50.0");
          String target = switch (key) {
            case "docx" -> "≤ 15 ms: " + verdict(p50 <= TARGET_DOCX_EXPORT_MS);
            case "importPdf" -> "≤ 50 ms: " + verdict(p50 <= TARGET_PDF_IMPORT_MS);
            default -> "";
          };
          out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s |%n",
              names.get(key), ms(p50), ms(percentile(r, "99.0")), kib(allocated(r)), target));
        }
      }
    }
    out.append('\n');
  }

  private static void chromium(List<JsonNode> results, StringBuilder out) {
    if (results.isEmpty()) {
      return;
    }
    Map<String, String> names =
        Map.of(
            "ourTaggedPdf", "our tagged PDF (same run)",
            "chromiumWarmPage", "Chromium, warm page (Playwright)",
            "chromiumProcessPerPdf", "Chromium, one process per PDF");
    out.append("## Headless Chromium comparison (ChromiumPrintBenchmark, ms)\n\n")
        .append("| what | resume | template | p50 | p99 | samples |\n")
        .append("|---|---|---|--:|--:|--:|\n");
    for (String key : List.of("ourTaggedPdf", "chromiumWarmPage", "chromiumProcessPerPdf")) {
      for (JsonNode r : results) {
        if (method(r).equals(key)) {
          int samples = 0;
          for (JsonNode histogram : r.get("primaryMetric").get("rawDataHistogram")) {
            for (JsonNode iteration : histogram) {
              for (JsonNode bucket : iteration) {
                samples += bucket.get(1).asInt();
              }
            }
          }
          out.append(String.format(
              Locale.ROOT, "| %s | %s | %s | %s | %s | %d |%n",
              names.get(key), param(r, "resume"), param(r, "template"),
              ms(percentile(r, "50.0")), ms(percentile(r, "99.0")), samples));
        }
      }
    }
    out.append('\n');
  }

  private static void coldCli(Path file, StringBuilder out) throws IOException {
    if (!Files.isRegularFile(file)) {
      return;
    }
    out.append("## Cold CLI render (hyperfine, s)\n\n")
        .append("| command | median | mean ± σ | min | max | runs | target ≤ 1.5 s |\n")
        .append("|---|--:|--:|--:|--:|--:|---|\n");
    for (JsonNode r : JSON.readTree(file.toFile()).get("results")) {
      double median = r.get("median").asDouble();
      out.append(String.format(
          Locale.ROOT, "| `%s` | %.3f | %.3f ± %.3f | %.3f | %.3f | %d | %s |%n",
          r.get("command").asString(), median, r.get("mean").asDouble(),
          r.get("stddev").asDouble(), r.get("min").asDouble(), r.get("max").asDouble(),
          r.get("times").size(), verdict(median <= TARGET_COLD_CLI_S)));
    }
    out.append('\n');
  }
}
