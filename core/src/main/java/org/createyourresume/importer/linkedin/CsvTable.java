package org.createyourresume.importer.linkedin;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.createyourresume.ats.extract.ReadBudget;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.dataformat.csv.CsvMapper;

/**
 * One CSV file of the export, read tolerantly: UTF-8 with or without a byte order mark (a file a
 * spreadsheet saved as Windows-1252 is read as that, with a note), quoted fields over several
 * lines, notes above the header row skipped, columns found by header name. A row with the wrong
 * number of values is kept when its columns are still certain and skipped otherwise; a file that
 * breaks off keeps the rows before the break. Each of these is noted with the file and row.
 */
final class CsvTable {

  /** Without a schema the CSV parser gives each record as an array of strings. */
  private static final CsvMapper CSV = CsvMapper.builder().build();

  /** How many records may come before the header row (LinkedIn puts notes above some). */
  private static final int HEADER_SEARCH = 20;

  /**
   * One record after the header.
   *
   * @param number the record's row as a spreadsheet shows it (the header row is row 1 when it
   *     comes first)
   * @param cells the values, as many as the header has columns
   */
  record Row(int number, List<String> cells) {}

  private final String fileName;
  private final List<String> header;
  private final Map<String, Integer> columns;
  private final List<Row> rows;

  private CsvTable(String fileName, List<String> header, List<Row> rows) {
    this.fileName = fileName;
    this.header = List.copyOf(header);
    this.columns = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      columns.putIfAbsent(Column.key(header.get(i)), i);
    }
    this.rows = List.copyOf(rows);
  }

  /** The file's name as found in the archive, without folders. */
  String fileName() {
    return fileName;
  }

  List<Row> rows() {
    return rows;
  }

  /** Whether the file has the column under any of its names. */
  boolean has(Column column) {
    return index(column) >= 0;
  }

  /** The row's value in {@code column}, or an empty string when the file has no such column. */
  String value(Row row, Column column) {
    int i = index(column);
    return i < 0 ? "" : row.cells().get(i);
  }

  /** The column's name as this file's header writes it (today's name when it has none). */
  String header(Column column) {
    int i = index(column);
    return i < 0 ? column.label() : header.get(i).replace("\uFEFF", "").strip();
  }

  private int index(Column column) {
    for (String key : column.keys()) {
      Integer i = columns.get(key);
      if (i != null) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Reads a file.
   *
   * @param budget counts every record read, so that a file of a million rows is refused when the
   *     cap is reached instead of being read to its end
   * @return the table, or {@code null} when the file has no header row (noted)
   * @throws org.createyourresume.ats.AtsException {@code file.too-many-rows}, {@code
   *     file.timeout} or {@code request.cancelled}
   */
  static CsvTable read(String fileName, byte[] bytes, Notes notes, String pointer, ReadBudget budget) {
    String text = decode(bytes, fileName, notes, pointer);
    List<String> header = null;
    List<Row> rows = new ArrayList<>();
    int record = 0;
    try (JsonParser parser = CSV.createParser(text)) {
      List<String> cells = new ArrayList<>();
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        budget.check();
        if (token == JsonToken.START_ARRAY) {
          budget.row(fileName);
          cells = new ArrayList<>();
        } else if (token == JsonToken.VALUE_STRING) {
          cells.add(parser.getString());
        } else if (token == JsonToken.END_ARRAY) {
          record++;
          if (header == null) {
            if (cells.stream().anyMatch(Column::known)) {
              header = cells;
            } else if (record >= HEADER_SEARCH) {
              break;
            }
          } else {
            Row row = row(fileName, record, cells, header.size(), notes, pointer);
            if (row != null) {
              rows.add(row);
            }
          }
        }
      }
    } catch (JacksonException e) {
      notes.add(
          "linkedin.file-damaged", pointer,
          fileName + " breaks off after row " + record + " (a quote that is never closed?); the"
              + " rows after it were left out");
    }
    if (header == null) {
      notes.add(
          "linkedin.file-unreadable", pointer,
          fileName + " has no header row naming its columns; it was left out");
      return null;
    }
    return new CsvTable(fileName, header, rows);
  }

  private static Row row(
      String fileName, int record, List<String> cells, int width, Notes notes, String pointer) {
    if (cells.stream().allMatch(String::isBlank)) {
      return null;
    }
    List<String> values = new ArrayList<>(cells);
    if (values.size() > width) {
      boolean extraBlank = values.subList(width, values.size()).stream().allMatch(String::isBlank);
      if (!extraBlank) {
        notes.add(
            "linkedin.row-skipped", pointer,
            fileName + ", row " + record + ": " + values.size() + " values where the header has "
                + width + " columns (a comma outside quotes?), so no value can be trusted to be"
                + " in its column; the row was skipped");
        return null;
      }
      values = values.subList(0, width);
    } else if (values.size() < width) {
      notes.add(
          "linkedin.row-short", pointer,
          fileName + ", row " + record + ": " + values.size() + " values where the header has "
              + width + " columns; the missing ones at the end were left empty");
      while (values.size() < width) {
        values.add("");
      }
    }
    return new Row(record, List.copyOf(values));
  }

  private static String decode(byte[] bytes, String fileName, Notes notes, String pointer) {
    int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
        && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
    ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(buffer)
          .toString();
    } catch (CharacterCodingException e) {
      // LinkedIn writes UTF-8; a file that is not was saved again by a spreadsheet, most often as
      // Windows-1252, which decodes any byte
      notes.add(
          "linkedin.encoding", pointer,
          fileName + " is not UTF-8 text; it was read as Windows-1252 (Western European), so check"
              + " accented letters");
      return new String(bytes, start, bytes.length - start, Charset.forName("windows-1252"));
    }
  }
}
