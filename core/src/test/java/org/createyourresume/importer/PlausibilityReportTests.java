package org.createyourresume.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.createyourresume.importer.confidence.Plausibility;
import org.createyourresume.json.JsonResumeReader;
import org.createyourresume.model.Problem;
import org.junit.jupiter.api.Test;

/**
 * What each plausibility rule adds to the review on the tuning part of the other tools' corpus,
 * layout by layout: the wrong fields it flags that nothing else flagged, and the right ones. The
 * rules are fitted to nothing, so a layout's figures say how a rule does on a layout, whether or
 * not its misses were read when the rule was written. The tables go to the test's output; the
 * tests hold what the review's design rests on: the rules flag no right field, on the tuning part
 * or on our own exports. The held-back parts are never read.
 */
class PlausibilityReportTests {

  /** Wrong and right fields one rule newly flags in one layout. */
  private record Count(int wrong, int right) {
    Count plus(Count o) {
      return new Count(wrong + o.wrong, right + o.right);
    }
  }

  @Test
  void rulesFlagNoRightFieldOnTheTuningPart() {
    ResumeImporter importer = ResumeImporter.create();
    Map<String, Map<String, Count>> byRule = new TreeMap<>();
    Map<String, Count> base = new TreeMap<>();
    int files = 0;
    StringBuilder examples = new StringBuilder();
    for (OtherToolsCorpusTests.Entry entry : OtherToolsCorpusTests.corpus()) {
      if (!entry.part().equals("tuning")) {
        continue; // held back: never read here
      }
      files++;
      String folder = entry.part() + "/";
      ImportResult imported = importer.importFile(OtherToolsCorpusTests.resource(folder + entry.file()), entry.file());
      String stem = entry.file().substring(0, entry.file().lastIndexOf('.'));
      var expected = new JsonResumeReader().read(new String(OtherToolsCorpusTests.resource(folder + stem
          + ".expected.json"), StandardCharsets.UTF_8)).resume();
      ImportAccuracy.Score score = ImportAccuracy.compare(expected, imported.resume());
      List<Plausibility.Finding> findings = Plausibility.check(imported.resume());
      Set<String> mine = findings.stream().map(f -> f.pointer() + "\u0000" + f.message()).collect(Collectors.toSet());
      List<Problem> unsure = imported.warnings().stream().filter(w -> ImportResult.GUESS_CODES.contains(w.code())).toList();
      List<Problem> without = unsure.stream().filter(w -> !mine.contains(w.pointer() + "\u0000" + w.message())).toList();
      Count before = count(score, without);
      base.merge(entry.layout(), before, Count::plus);
      Map<String, List<Problem>> rules = new TreeMap<>();
      for (Plausibility.Finding f : findings) {
        rules.computeIfAbsent(f.check().name(), k -> new ArrayList<>())
            .add(Problem.warning("import.low-confidence", f.pointer(), f.message()));
        rules.computeIfAbsent("ALL", k -> new ArrayList<>())
            .add(Problem.warning("import.low-confidence", f.pointer(), f.message()));
      }
      for (var rule : rules.entrySet()) {
        List<Problem> with = new ArrayList<>(without);
        with.addAll(rule.getValue());
        Count after = count(score, with);
        Count added = new Count(after.wrong() - before.wrong(), after.right() - before.right());
        byRule.computeIfAbsent(rule.getKey(), k -> new TreeMap<>()).merge(entry.layout(), added, Count::plus);
        if (!rule.getKey().equals("ALL")) {
          examples.append(String.format(Locale.ROOT, "%s %s +%d wrong +%d right: %s%n", rule.getKey(), entry.file(),
              added.wrong(), added.right(), rule.getValue().stream().map(p -> p.pointer() + " " + p.message())
                  .collect(Collectors.joining(" | "))));
        }
      }
    }
    StringBuilder out = new StringBuilder("\nPlausibility rules on the tuning part (" + files + " files): wrong / right"
        + " fields newly flagged, by layout\n\n");
    out.append("| rule | ").append(String.join(" | ", base.keySet())).append(" | all |\n");
    out.append("| before (other flags) | ");
    base.values().forEach(c -> out.append(c.wrong()).append(" / ").append(c.right()).append(" | "));
    out.append(base.values().stream().reduce(new Count(0, 0), Count::plus)).append(" |\n");
    for (var rule : byRule.entrySet()) {
      out.append("| ").append(rule.getKey()).append(" | ");
      for (String layout : base.keySet()) {
        Count c = rule.getValue().getOrDefault(layout, new Count(0, 0));
        out.append(c.wrong()).append(" / ").append(c.right()).append(" | ");
      }
      Count all = rule.getValue().values().stream().reduce(new Count(0, 0), Count::plus);
      out.append(all.wrong()).append(" / ").append(all.right()).append(" |\n");
    }
    out.append("\nFindings\n\n").append(examples);
    System.out.println(out);
    assertThat(files).isPositive();
    Count all = byRule.getOrDefault("ALL", Map.of()).values().stream().reduce(new Count(0, 0), Count::plus);
    // what they newly flag among the wrong fields is reported, not held: the parser's rules of the
    // same round made right most of the tuning part's fields these rules were written from
    assertThat(all.right()).as("right fields the rules newly flag on the tuning part").isZero();
  }

  @Test
  void rulesFlagNoRightFieldOfOurOwnExports() {
    ResumeImporter importer = ResumeImporter.create();
    var renderer = org.createyourresume.render.ResumeRenderer.create();
    Map<String, Count> byRule = new TreeMap<>();
    StringBuilder examples = new StringBuilder();
    int right = 0;
    for (var template : renderer.templates()) {
      for (var format : List.of(org.createyourresume.render.OutputFormat.PDF, org.createyourresume.render.OutputFormat.DOCX,
          org.createyourresume.render.OutputFormat.MD, org.createyourresume.render.OutputFormat.TXT)) {
        for (String name : org.createyourresume.model.TestResumes.names()) {
          var resume = org.createyourresume.model.TestResumes.load(name);
          byte[] file = renderer.render(resume, new org.createyourresume.render.RenderOptions(format, template.id()))
              .content();
          ImportResult imported = importer.importFile(file, name.replace(".json", "." + format.id()));
          ImportAccuracy.Score score = ImportAccuracy.compare(resume, imported.resume());
          right += (int) score.fields().stream().filter(ImportAccuracy.Field::matches).count();
          List<Plausibility.Finding> findings = Plausibility.check(imported.resume());
          Set<String> mine = findings.stream().map(f -> f.pointer() + "\u0000" + f.message()).collect(Collectors.toSet());
          List<Problem> without = imported.warnings().stream().filter(w -> ImportResult.GUESS_CODES.contains(w.code())
              && !mine.contains(w.pointer() + "\u0000" + w.message())).toList();
          Count before = count(score, without);
          for (Plausibility.Finding f : findings) {
            List<Problem> with = new ArrayList<>(without);
            with.add(Problem.warning("import.low-confidence", f.pointer(), f.message()));
            Count after = count(score, with);
            Count added = new Count(after.wrong() - before.wrong(), after.right() - before.right());
            byRule.merge(f.check().name() + " " + format, added, Count::plus);
            if (added.right() > 0) {
              examples.append(String.format(Locale.ROOT, "%s %s %s %s +%d right: %s %s%n", f.check(), template.id(),
                  format, name, added.right(), f.pointer(), f.message()));
            }
          }
        }
      }
    }
    System.out.println("\nPlausibility rules on our own exports (" + right + " right fields): wrong / right fields"
        + " newly flagged, per rule and format (a field flagged by two rules counts for each)\n\n" + byRule
        + "\n\n" + examples);
    assertThat(right).isPositive();
    assertThat(byRule.values().stream().mapToInt(Count::right).sum())
        .as("right fields of our own exports the rules newly flag:%n%s", examples).isZero();
  }

  /** Wrong fields flagged (at the field, its entry, its section, or its list when missing) and right ones. */
  private static Count count(ImportAccuracy.Score score, List<Problem> unsure) {
    Set<String> present = new HashSet<>();
    score.fields().stream().filter(f -> f.actual() != null)
        .forEach(f -> present.add(OtherToolsCorpusTests.entryOf(OtherToolsCorpusTests.pointer(f.path()))));
    int wrong = (int) score.misses().stream().filter(m -> OtherToolsCorpusTests.flagged(m.path(), unsure)
        || !present.contains(OtherToolsCorpusTests.entryOf(OtherToolsCorpusTests.pointer(m.path())))
        && OtherToolsCorpusTests.listFlagged(m.path(), unsure)).count();
    int right = (int) score.fields().stream().filter(f -> f.matches() && OtherToolsCorpusTests.flagged(f.path(), unsure))
        .count();
    return new Count(wrong, right);
  }
}
