package org.createyourresume.ats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.createyourresume.ats.Finding.Category;
import org.createyourresume.ats.Finding.Severity;
import org.createyourresume.ats.match.JobMatch;

/**
 * The score formula (docs/ATS.md explains it). Findings cost points within their category's
 * budget; points are written for the budgets without a job (parsing 45, sections 30, content 25)
 * and scaled down with one (35, 20, 15, and 30 for the match rate). A critical finding caps the
 * total at 35: a resume an ATS cannot read is not "mostly fine".
 */
final class Scoring {
  private Scoring() {}

  private static final Map<Category, Integer> BASE = Map.of(Category.PARSING, 45, Category.SECTIONS, 30, Category.CONTENT, 25);
  private static final Map<Category, Integer> WITH_JOB =
      Map.of(Category.PARSING, 35, Category.SECTIONS, 20, Category.CONTENT, 15, Category.MATCH, 30);
  static final int CRITICAL_CAP = 35;

  /** Findings best fix first: most points, then most severe, then by category and id. */
  static final Comparator<Finding> BEST_FIX_FIRST =
      Comparator.comparingInt(Finding::points).reversed()
          .thenComparing(Finding::severity)
          .thenComparing(Finding::category)
          .thenComparing(Finding::id)
          .thenComparing(Finding::title);

  static List<ScorePart> parts(List<Finding> findings, JobMatch match) {
    Map<Category, Integer> budgets = match == null ? BASE : WITH_JOB;
    Map<Category, Integer> lost = new EnumMap<>(Category.class);
    for (Finding f : findings) {
      if (f.category() != Category.MATCH) {
        lost.merge(f.category(), f.points(), Integer::sum);
      }
    }
    List<ScorePart> parts = new ArrayList<>();
    for (Category c : Category.values()) {
      Integer possible = budgets.get(c);
      if (possible == null) {
        continue;
      }
      int earned;
      if (c == Category.MATCH) {
        earned = (int) Math.round(possible * match.matchRate() / 100.0);
      } else {
        double deduction = lost.getOrDefault(c, 0) * (double) possible / BASE.get(c);
        earned = (int) Math.round(Math.max(0, possible - deduction));
      }
      parts.add(new ScorePart(c, earned, possible));
    }
    return parts;
  }

  static int total(List<ScorePart> parts, List<Finding> findings) {
    int total = parts.stream().mapToInt(ScorePart::earned).sum();
    if (findings.stream().anyMatch(f -> f.severity() == Severity.CRITICAL)) {
      total = Math.min(total, CRITICAL_CAP);
    }
    return Math.max(0, Math.min(100, total));
  }
}
