package org.createyourresume.importer.linkedin;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.createyourresume.model.Limits;
import org.createyourresume.model.PartialDate;

/**
 * Reads one row's values into resume fields: text cleaned of control characters and cut to the
 * longest field a resume may have, dates in JSON Resume form. What is uncertain or left out is
 * kept as a note on the field it concerns, to be located once the entry has its place.
 */
final class RowReader {

  /**
   * Something to tell about one field of the entry.
   *
   * @param field the field's pointer relative to the entry ({@code startDate}, {@code
   *     location/city}), or {@code ""} for the whole entry
   */
  record Note(String field, String code, String message) {}

  private final CsvTable table;
  private final CsvTable.Row row;
  private final List<Note> notes = new ArrayList<>();
  private int characters;

  RowReader(CsvTable table, CsvTable.Row row) {
    this.table = table;
    this.row = row;
  }

  /** A one-line value (line breaks become spaces), or {@code null} when blank. */
  String line(Column column, String field) {
    String text = text(column, field);
    return text == null ? null : text.replaceAll("\\s+", " ");
  }

  /** A value with its line breaks, or {@code null} when blank. */
  String text(Column column, String field) {
    String text =
        table.value(row, column)
            .replace("\r\n", "\n")
            .replace('\r', '\n')
            .replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "")
            .strip();
    if (text.isEmpty()) {
      return null;
    }
    int max = Limits.DEFAULT.maxFieldLength();
    if (text.length() > max) {
      note(field, "linkedin.text-cut", where(column) + ": " + text.length() + " characters; cut to "
          + max + ", the most one field of a resume holds");
      text = text.substring(0, max).strip();
    }
    characters += text.length();
    return text;
  }

  /**
   * A date, or {@code null} when the cell is blank or is not a date (then noted).
   *
   * @param consequence what leaving the date out means, e.g. "the job shows as current"
   */
  PartialDate date(Column column, String field, String consequence) {
    String cell = table.value(row, column).strip();
    if (cell.isEmpty()) {
      return null;
    }
    Optional<PartialDate> date = DateCells.parse(cell);
    if (date.isEmpty()) {
      note(field, "linkedin.date", where(column) + ": “" + shorten(cell) + "” is not a date; "
          + consequence);
      return null;
    }
    characters += cell.length();
    return date.get();
  }

  /** Notes something about {@code field} ({@code ""}: the whole entry). */
  void note(String field, String code, String message) {
    notes.add(new Note(field, code, message));
  }

  /** "Positions.csv, row 4": where this row is, for messages. */
  String where() {
    return table.fileName() + ", row " + row.number();
  }

  /** "Positions.csv, row 4, column “Finished On”". */
  String where(Column column) {
    return where() + ", column “" + header(column) + "”";
  }

  /** The column's name as the file's header writes it. */
  String header(Column column) {
    return table.header(column);
  }

  List<Note> notes() {
    return List.copyOf(notes);
  }

  /** Characters of text this row gave the resume. */
  int characters() {
    return characters;
  }

  static String shorten(String text) {
    String line = text.replaceAll("\\s+", " ");
    return line.length() > 60 ? line.substring(0, 57) + "…" : line;
  }
}
