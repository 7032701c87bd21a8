package org.createyourresume.ats.checks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.createyourresume.ats.Finding;
import org.createyourresume.ats.Finding.Category;
import org.createyourresume.ats.Finding.Severity;
import org.createyourresume.ats.parse.DateSpan;
import org.createyourresume.ats.parse.ParsedEntry;
import org.createyourresume.model.PartialDate;

/**
 * Job dates: present, readable, one consistent format with four-digit years, in
 * reverse-chronological order, end after start; gaps between jobs are noted.
 */
public final class DatesCheck implements Check {

  private static final Pattern NUMERIC = Pattern.compile(".*\\d{1,2}/\\d{4}.*");
  private static final Pattern ISO = Pattern.compile(".*\\d{4}-\\d{2}.*");
  private static final Pattern LETTERS = Pattern.compile(".*\\p{L}{3,}\\.?\\s*['’]?\\d{2,4}.*");

  @Override
  public void run(CheckContext r, Consumer<Finding> findings) {
    List<ParsedEntry> jobs = r.parsed().jobs();
    List<String> undated = new ArrayList<>();
    List<ParsedEntry> dated = new ArrayList<>();
    Set<String> styles = new LinkedHashSet<>();
    List<String> shortYears = new ArrayList<>();
    List<String> impossible = new ArrayList<>();
    for (ParsedEntry job : jobs) {
      DateSpan d = job.dates();
      if (d == null || d.start() == null) {
        undated.add(name(job));
        continue;
      }
      dated.add(job);
      styles.add(style(d.text()));
      if (d.twoDigitYear()) {
        shortYears.add(d.text());
      }
      if (d.end() != null && d.start().isAfter(d.end())) {
        impossible.add(name(job) + ": " + d.text());
      }
    }
    if (!undated.isEmpty()) {
      boolean all = undated.size() == jobs.size();
      findings.accept(Findings.of("dates.missing", Category.SECTIONS, all ? Severity.MAJOR : Severity.MINOR,
          all ? 10 : Math.min(8, 3 * undated.size()),
          undated.size() == 1 ? "A job without dates" : undated.size() + " jobs without dates",
          "ATS compute your years of experience from job dates, and many rank or filter on them."
              + " Jobs without dates count as zero experience and look like something is hidden.",
          "Give every job a start and end date on its first line, e.g. \"Jan 2021 – Present\".", undated,
          undated.size()));
    }
    if (!shortYears.isEmpty()) {
      findings.accept(Findings.of("dates.two-digit-year", Category.SECTIONS, Severity.MINOR, 3,
          "Years written with two digits",
          "Dates like \"Sep '21\" are often misread or skipped by ATS date parsers.",
          "Write four-digit years: \"Sep 2021\".", shortYears));
    }
    if (!impossible.isEmpty()) {
      findings.accept(Findings.of("dates.end-before-start", Category.SECTIONS, Severity.MAJOR, 5,
          "A job ends before it starts",
          "An ATS reads such a range as an error and may drop the job's experience.",
          "Check the order of the dates: start first, then end.", impossible));
    }
    styles.remove("year");
    if (styles.size() > 1) {
      findings.accept(Findings.of("dates.inconsistent", Category.SECTIONS, Severity.MINOR, 2,
          "Dates in mixed formats",
          "Dates are written in " + styles.size() + " different formats. Parsers read one consistent"
              + " format most reliably.",
          "Use one format for every date, e.g. \"Jan 2021 – Present\" or \"01/2021 – 03/2023\".",
          List.of(), styles.size()));
    }
    checkOrder(dated, r, findings);
  }

  private static void checkOrder(List<ParsedEntry> dated, CheckContext r, Consumer<Finding> findings) {
    if (dated.size() < 2) {
      return;
    }
    // out of order: a job listed below another that it started after that one had ended
    // (overlapping jobs, such as a part-time job beside an internship, may come in either order)
    boolean outOfOrder = false;
    for (int i = 0; i < dated.size() && !outOfOrder; i++) {
      for (int j = i + 1; j < dated.size(); j++) {
        if (CheckContext.months(dated.get(j).dates().start()) > endMonths(dated.get(i), r.today())) {
          outOfOrder = true;
          break;
        }
      }
    }
    if (outOfOrder) {
      List<String> order = new ArrayList<>();
      for (ParsedEntry e : dated) {
        order.add(name(e) + " (" + e.dates().text() + ")");
      }
      findings.accept(Findings.of("dates.order", Category.SECTIONS, Severity.MINOR, 4,
          "Jobs not in reverse-chronological order",
          "ATS and recruiters expect the most recent job first; many take the first job as your"
              + " current title.",
          "Order jobs from the most recent to the oldest.", order));
    }
    // gaps: between the end of one job and the start of the next newer one
    List<ParsedEntry> byStart = new ArrayList<>(dated);
    byStart.sort(Comparator.comparing((ParsedEntry e) -> CheckContext.months(e.dates().start())));
    List<String> gaps = new ArrayList<>();
    int coveredUntil = Integer.MIN_VALUE;
    for (ParsedEntry e : byStart) {
      int start = CheckContext.months(e.dates().start());
      int idle = start - coveredUntil - 1; // months with no job between the two
      if (coveredUntil != Integer.MIN_VALUE && idle > 6) {
        gaps.add(idle + " months before " + name(e));
      }
      coveredUntil = Math.max(coveredUntil, endMonths(e, r.today()));
    }
    if (!gaps.isEmpty()) {
      findings.accept(Findings.of("dates.gaps", Category.SECTIONS, Severity.INFO, 0,
          gaps.size() == 1 ? "A gap between jobs" : gaps.size() + " gaps between jobs",
          "Gaps of more than six months are noted by some ATS and by recruiters. They are common"
              + " and not a fault, but an unexplained one invites questions.",
          "If a gap had a reason (study, caring, travel, freelance work), a one-line entry or a"
              + " summary sentence can say so.", gaps, gaps.size()));
    }
  }

  private static int endMonths(ParsedEntry e, PartialDate today) {
    DateSpan d = e.dates();
    PartialDate end = d.current() ? today : d.last();
    return CheckContext.months(end == null ? d.start() : end);
  }

  private static String style(String text) {
    if (NUMERIC.matcher(text).matches()) {
      return "numeric";
    }
    if (ISO.matcher(text).matches()) {
      return "iso";
    }
    if (LETTERS.matcher(text).matches()) {
      return "month";
    }
    return "year";
  }

  private static String name(ParsedEntry e) {
    return e.company() != null ? e.company() : e.title() != null ? e.title() : "(untitled job)";
  }
}
