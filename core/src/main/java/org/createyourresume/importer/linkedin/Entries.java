package org.createyourresume.importer.linkedin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.createyourresume.model.Limits;
import org.createyourresume.model.PartialDate;

/**
 * The entries one file gives a resume section. Once all are read they are put in order (newest
 * first, when the section is dated) and each note gets the JSON pointer of the entry's final
 * place. Entries over a resume's limits (entries per section, text in all) are left out, and that
 * is noted.
 *
 * @param <T> the model record of the section
 */
final class Entries<T> {

  /** An open range (no end yet) sorts before every ended one. */
  private static final PartialDate PRESENT = new PartialDate(9999, 12, 31);

  /** Newest first: by end (an open range first), then by start; undated entries last. */
  private static final Comparator<Draft<?>> NEWEST_FIRST =
      Comparator.comparing((Draft<?> d) -> d.latest() == null)
          .thenComparing(Draft::latest, Comparator.nullsLast(Comparator.<PartialDate>reverseOrder()))
          .thenComparing(Draft::start, Comparator.nullsLast(Comparator.<PartialDate>reverseOrder()));

  private record Draft<V>(V value, PartialDate start, PartialDate end, RowReader row) {
    PartialDate latest() {
      return end != null ? end : start != null ? PRESENT : null;
    }
  }

  private final String section;
  private final String fileName;
  private final List<Draft<T>> drafts = new ArrayList<>();

  /**
   * @param section the section's key in the document, e.g. {@code work}
   * @param fileName the file the entries come from, for messages
   */
  Entries(String section, String fileName) {
    this.section = section;
    this.fileName = fileName;
  }

  /** Adds an entry read from {@code row}, with its dates for ordering (either may be null). */
  void add(T value, PartialDate start, PartialDate end, RowReader row) {
    drafts.add(new Draft<>(value, start, end, row));
  }

  /**
   * The entries in their final order, or {@code null} when there are none (the section is left
   * out of the resume).
   *
   * @param pointer where the section's entries go, e.g. {@code /work} or {@code
   *     /meta/createYourResume/customSections/0/entries}
   */
  List<T> place(String pointer, boolean newestFirst, TextBudget budget, Notes notes) {
    List<Draft<T>> ordered = new ArrayList<>(drafts);
    if (newestFirst) {
      ordered.sort(NEWEST_FIRST);
    }
    List<T> placed = new ArrayList<>();
    int overLimit = 0;
    int overBudget = 0;
    for (Draft<T> draft : ordered) {
      if (placed.size() >= Limits.DEFAULT.maxItems()) {
        overLimit++;
        continue;
      }
      if (!budget.take(draft.row().characters())) {
        overBudget++;
        continue;
      }
      String at = pointer + "/" + placed.size();
      for (RowReader.Note note : draft.row().notes()) {
        notes.add(note.code(), note.field().isEmpty() ? at : at + "/" + note.field(), note.message());
      }
      placed.add(draft.value());
    }
    if (overLimit > 0) {
      notes.add("linkedin.too-many", pointer, fileName + ": " + overLimit + " more " + section
          + " entries than the " + Limits.DEFAULT.maxItems() + " a resume section holds; "
          + (newestFirst ? "the oldest" : "the last in the file") + " were left out");
    }
    if (overBudget > 0) {
      notes.add("linkedin.too-long", pointer, fileName + ": " + overBudget + " entries were left"
          + " out because the export holds more text than a resume (" + budget.size()
          + " characters in all)");
    }
    return placed.isEmpty() ? null : placed;
  }
}
