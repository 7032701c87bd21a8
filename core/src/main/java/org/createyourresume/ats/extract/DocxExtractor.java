package org.createyourresume.ats.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.createyourresume.ats.AtsException;
import org.createyourresume.ats.AtsLimits;
import org.createyourresume.ats.parse.LayoutLine;
import org.createyourresume.ats.parse.Span;

/**
 * Reads a DOCX the way an ATS does: the paragraphs of {@code word/document.xml} in order, with the
 * runs' weight, tabs as span breaks, list numbering, heading styles, tables, text boxes and
 * columns; the header and footer parts separately.
 *
 * <p>Safe on hostile files: the archive is read by {@link BoundedZip}, as a stream with a cap on
 * entries and on the bytes it unpacks to (a ZIP bomb stops at the cap), and the XML parser
 * refuses any document type declaration, so no external entity or entity expansion (XXE,
 * "billion laughs") is possible.
 */
public final class DocxExtractor {

  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final String WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
  private static final Pattern HEADER_PART = Pattern.compile("word/(header|footer)(\\d*)\\.xml");
  private static final Pattern PAGES = Pattern.compile("<(?:\\w+:)?Pages>(\\d+)</(?:\\w+:)?Pages>");
  /** A heading style named by its level when the style sheet says none: "Heading3", "heading 2". */
  private static final Pattern HEADING_NUMBER = Pattern.compile("(?:heading|berschrift) ?([1-9])");

  private static final XMLInputFactory XML = secureFactory();

  private final AtsLimits limits;

  public DocxExtractor(AtsLimits limits) {
    this.limits = limits;
  }

  private static XMLInputFactory secureFactory() {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    return factory;
  }

  /** Extracts {@code docx} within a budget of its own. */
  public ExtractedDocument extract(byte[] docx) {
    return extract(docx, ReadBudget.start(limits));
  }

  /**
   * Extracts {@code docx} within the deadline of {@code budget}, which the stages after this one
   * (parsing, mapping) go on spending.
   */
  public ExtractedDocument extract(byte[] docx, ReadBudget budget) {
    Deadline deadline = budget.deadline();
    if (BoundedZip.passwordProtected(docx)) {
      throw AtsException.rejected(
          "file.encrypted",
          "the ZIP archive is protected by a password, so no ATS can open it; upload the resume"
              + " itself, as a .docx or PDF without a password");
    }
    BoundedZip.Contents contents;
    try {
      contents =
          new BoundedZip(limits, "DOCX")
              .read(
                  docx,
                  name ->
                      name.equals("word/document.xml")
                          || HEADER_PART.matcher(name).matches()
                          || name.equals("docProps/app.xml")
                          || name.equals("word/styles.xml"),
                  deadline);
    } catch (IOException e) {
      // the ZIP reader's explanation is in its own terms
      throw notDocx("the archive is damaged");
    }
    byte[] document = contents.kept().get("word/document.xml");
    byte[] app = contents.kept().get("docProps/app.xml");
    byte[] styles = contents.kept().get("word/styles.xml");
    Map<String, byte[]> headers = new TreeMap<>(contents.kept());
    headers.keySet().removeIf(name -> !HEADER_PART.matcher(name).matches());
    if (contents.entries() == 0) {
      throw notDocx("not a ZIP archive");
    }
    if (document == null) {
      throw AtsException.rejected(
          "file.corrupt",
          "the file is a ZIP archive but not a Word document (no word/document.xml); save it"
              + " again as .docx");
    }
    StyleSheet styleSheet = styles == null ? StyleSheet.NONE : styleSheet(styles, deadline);
    Reader body = new Reader(deadline, limits.maxCharacters(), styleSheet);
    List<LayoutLine> lines = new ArrayList<>();
    List<LayoutLine> footers = new ArrayList<>();
    for (var part : headers.entrySet()) {
      Reader reader = new Reader(deadline, limits.maxCharacters(), styleSheet);
      reader.read(part.getValue(), LayoutLine.Zone.HEADER_FOOTER);
      (part.getKey().contains("header") ? lines : footers).addAll(reader.lines);
    }
    body.read(document, LayoutLine.Zone.BODY);
    lines.addAll(TextBoxes.inReadingOrder(body.lines, body.boxes, body.pageWidth, body.pageHeight));
    lines.addAll(footers);
    int pages = body.pageBreaks + 1;
    if (app != null) {
      Matcher m = PAGES.matcher(new String(app, java.nio.charset.StandardCharsets.UTF_8));
      if (m.find()) {
        pages = Math.max(1, Integer.parseInt(m.group(1)));
      }
    }
    if (pages > limits.maxPages()) {
      throw AtsException.rejected(
          "file.too-many-pages",
          "the document has " + pages + " pages; the checker reads resumes of up to "
              + limits.maxPages() + " pages");
    }
    DocumentFacts facts =
        new DocumentFacts(
            List.of(), body.characters, 0, 0, body.images, false, body.tables, List.of(),
            body.textBoxes, body.columnSections, false, body.symbols, null);
    return new ExtractedDocument(SourceFormat.DOCX, docx.length, pages, lines, facts);
  }

  /**
   * What the style sheet says about weight and size: documents made from templates carry both in
   * styles ("Strong", a "Name" paragraph style, "Heading 3" at 14 pt) rather than on each run.
   *
   * @param bold the ids of the paragraph and character styles that make text bold, following
   *     each style's {@code basedOn} chain
   * @param sizes each style's type size in points, following the same chain
   * @param defaultSize the size of text in no style, or in the default paragraph style
   * @param levels each paragraph style's outline level (0 for Heading 1), following the same
   *     chain; styles of body text are absent
   */
  record StyleSheet(Set<String> bold, Map<String, Float> sizes, float defaultSize, Map<String, Integer> levels) {
    static final StyleSheet NONE = new StyleSheet(Set.of(), Map.of(), 0, Map.of());

    /** The size of text in style {@code id}, or the default size. */
    float size(String id) {
      return id == null ? defaultSize : sizes.getOrDefault(id, defaultSize);
    }
  }

  private static StyleSheet styleSheet(byte[] xml, Deadline deadline) {
    Map<String, Boolean> ownBold = new HashMap<>();
    Map<String, Float> ownSize = new HashMap<>();
    Map<String, String> basedOn = new HashMap<>();
    Map<String, Integer> ownLevel = new HashMap<>();
    String defaultParagraphStyle = null;
    float documentSize = 0;
    XMLStreamReader r = null;
    try {
      r = XML.createXMLStreamReader(new ByteArrayInputStream(xml));
      String style = null;
      boolean defaults = false;
      int runProperties = 0;
      int paragraphProperties = 0;
      while (r.hasNext()) {
        deadline.check();
        int event = refuseEntities(r.next());
        if (event == XMLStreamConstants.START_ELEMENT && W.equals(r.getNamespaceURI())) {
          switch (r.getLocalName()) {
            case "docDefaults" -> defaults = true;
            case "style" -> {
              style = attr(r, "styleId");
              if ("paragraph".equals(attr(r, "type")) && on(r, "default")) {
                defaultParagraphStyle = style;
              }
            }
            case "basedOn" -> {
              if (style != null && attr(r, "val") != null) {
                basedOn.put(style, attr(r, "val"));
              }
            }
            case "pPr" -> paragraphProperties++;
            case "rPr" -> runProperties++;
            case "b" -> {
              if (style != null && runProperties > 0 && paragraphProperties == 0) {
                ownBold.put(style, on(r));
              }
            }
            case "outlineLvl" -> {
              if (style != null && paragraphProperties > 0) {
                ownLevel.put(style, outlineLevel(attr(r, "val")));
              }
            }
            case "sz" -> {
              float size = halfPoints(attr(r, "val"));
              if (size > 0 && runProperties > 0 && paragraphProperties == 0) {
                if (style != null) {
                  ownSize.put(style, size);
                } else if (defaults) {
                  documentSize = size;
                }
              }
            }
            default -> {
              // other style properties do not change what a parser reads
            }
          }
        } else if (event == XMLStreamConstants.END_ELEMENT && W.equals(r.getNamespaceURI())) {
          switch (r.getLocalName()) {
            case "docDefaults" -> defaults = false;
            case "style" -> style = null;
            case "pPr" -> paragraphProperties--;
            case "rPr" -> runProperties--;
            default -> {
              // nothing to close
            }
          }
        }
      }
    } catch (XMLStreamException e) {
      return StyleSheet.NONE; // damaged styles cost the weights and sizes, not the text
    } finally {
      close(r);
    }
    Set<String> ids = union(union(union(ownBold.keySet(), ownSize.keySet()), basedOn.keySet()), ownLevel.keySet());
    Set<String> bold = new HashSet<>();
    Map<String, Float> sizes = new HashMap<>();
    Map<String, Integer> levels = new HashMap<>();
    float base = documentSize > 0 ? documentSize : 10; // Word's size when nothing says one
    for (String id : ids) {
      if (Boolean.TRUE.equals(inherited(id, ownBold, basedOn))) {
        bold.add(id);
      }
      Float size = inherited(id, ownSize, basedOn);
      sizes.put(id, size != null ? size : base);
      Integer level = inherited(id, ownLevel, basedOn);
      if (level != null && level < BODY_LEVEL) {
        levels.put(id, level);
      }
    }
    float defaultSize = defaultParagraphStyle != null ? sizes.getOrDefault(defaultParagraphStyle, base) : base;
    return new StyleSheet(bold, sizes, defaultSize, levels);
  }

  /** A style's own value, or the nearest one up its {@code basedOn} chain. */
  private static <T> T inherited(String id, Map<String, T> own, Map<String, String> basedOn) {
    String at = id;
    for (int depth = 0; at != null && depth < 16; depth++) {
      T value = own.get(at);
      if (value != null) {
        return value;
      }
      at = basedOn.get(at);
    }
    return null;
  }

  /** Word's outline level of body text: {@code w:outlineLvl} 0 to 8 are heading levels 1 to 9. */
  static final int BODY_LEVEL = 9;

  /** {@code w:outlineLvl}'s value, or {@link #BODY_LEVEL} when it is missing or not a level. */
  private static int outlineLevel(String value) {
    return value != null && value.matches("[0-8]") ? Integer.parseInt(value) : BODY_LEVEL;
  }

  /** {@code w:sz} counts half-points; 0 when it is missing or not a number. */
  private static float halfPoints(String value) {
    if (value == null || !value.matches("\\d{1,4}")) {
      return 0;
    }
    return Integer.parseInt(value) / 2f;
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new HashSet<>(a);
    all.addAll(b);
    return all;
  }

  /** Refuses the XML events that only attacks need: a document type declaration, entities. */
  private static int refuseEntities(int event) {
    if (event == XMLStreamConstants.DTD) {
      throw AtsException.rejected(
          "file.hostile",
          "the DOCX contains an XML document type declaration, which Word never writes and"
              + " XML attacks (external entities, entity expansion) need; it was refused");
    }
    if (event == XMLStreamConstants.ENTITY_REFERENCE) {
      throw AtsException.rejected(
          "file.hostile", "the DOCX refers to XML entities, which Word never writes; it was refused");
    }
    return event;
  }

  private static void close(XMLStreamReader r) {
    if (r != null) {
      try {
        r.close();
      } catch (XMLStreamException ignored) {
        // nothing left to release
      }
    }
  }

  private static boolean on(XMLStreamReader r) {
    return on(r, "val");
  }

  /** Whether an on/off attribute is on: present without a value, or not "0", "false", "off". */
  private static boolean on(XMLStreamReader r, String name) {
    String val = attr(r, name);
    if (!name.equals("val") && val == null) {
      return false; // w:default is off unless written
    }
    return val == null || !(val.equals("0") || val.equalsIgnoreCase("false") || val.equals("off"));
  }

  private static String attr(XMLStreamReader r, String name) {
    String v = r.getAttributeValue(W, name);
    return v != null ? v : r.getAttributeValue(null, name);
  }

  private static AtsException notDocx(String detail) {
    return AtsException.rejected(
        "file.corrupt",
        "the file is not a readable DOCX (" + (detail == null ? "damaged archive" : detail)
            + "); save it again from Word, LibreOffice or Google Docs as .docx");
  }

  /** Reads one WordprocessingML part into lines. */
  private static final class Reader {
    final List<LayoutLine> lines = new ArrayList<>();
    final List<ImageFact> images = new ArrayList<>();
    int tables;
    int textBoxes;
    int columnSections;
    int pageBreaks;
    int symbols;
    int characters;

    private final Deadline deadline;
    private final int maxCharacters;
    private final StyleSheet styleSheet;
    private boolean paragraphStyleBold;
    private float paragraphStyleSize;
    /** The paragraph's outline level: 0 to 8 for headings, {@link #BODY_LEVEL} for body text. */
    private int paragraphLevel = BODY_LEVEL;
    private final Outline outline = new Outline();
    /** Characters of the paragraph by type size, for the size of most of them. */
    private final Map<Float, Integer> sizes = new HashMap<>();

    // paragraph state
    private final List<Span> spans = new ArrayList<>();
    private final StringBuilder span = new StringBuilder();
    private boolean spanBold;
    private boolean spanItalic;
    private boolean listItem;
    private boolean heading;
    // run state
    private boolean runBold;
    private boolean runItalic;
    private float runSize;
    private boolean inRunProperties;
    private boolean inParagraphProperties;
    private boolean paragraphBold;
    private int textBoxDepth;
    private int fallbackDepth;

    Reader(Deadline deadline, int maxCharacters, StyleSheet styleSheet) {
      this.deadline = deadline;
      this.maxCharacters = maxCharacters;
      this.styleSheet = styleSheet;
    }

    void read(byte[] xml, LayoutLine.Zone zone) {
      XMLStreamReader r = null;
      try {
        r = XML.createXMLStreamReader(new ByteArrayInputStream(xml));
        while (r.hasNext()) {
          deadline.check();
          int event = refuseEntities(r.next());
          if (event == XMLStreamConstants.START_ELEMENT) {
            start(r, zone);
          } else if (event == XMLStreamConstants.END_ELEMENT) {
            end(r, zone);
          } else if (event == XMLStreamConstants.CHARACTERS && anchor != null && anchor.reading != null
              && fallbackDepth == 0) {
            anchor.reading.append(r.getText());
          } else if (event == XMLStreamConstants.CHARACTERS && inText && fallbackDepth == 0) {
            String text = r.getText();
            span.append(text);
            if (runSize > 0 && !text.isBlank()) {
              sizes.merge(runSize, text.strip().length(), Integer::sum);
            }
          }
        }
      } catch (XMLStreamException e) {
        javax.xml.stream.Location at = e.getLocation();
        throw AtsException.rejected(
            "file.corrupt",
            "the DOCX's document XML is damaged"
                + (at != null && at.getLineNumber() > 0
                    ? " (at line " + at.getLineNumber() + ", column " + at.getColumnNumber() + ")"
                    : "")
                + "; save it again as .docx");
      } finally {
        close(r);
      }
    }

    private boolean inText;

    private void start(XMLStreamReader r, LayoutLine.Zone zone) {
      String ns = r.getNamespaceURI();
      String local = r.getLocalName();
      if ("Fallback".equals(local)) {
        fallbackDepth++;
        return;
      }
      if (fallbackDepth > 0) {
        return;
      }
      if (!W.equals(ns)) {
        if ("extent".equals(local)) {
          extent(r);
          if (anchor != null) {
            anchor.width = extentWidth;
          }
        } else if ("anchor".equals(local) && WP.equals(ns)) {
          anchor = new Anchor();
        } else if (anchor != null && WP.equals(ns) && ("positionH".equals(local) || "positionV".equals(local))) {
          anchor.vertical = "positionV".equals(local);
          if (anchor.vertical) {
            anchor.fromPageTop = "page".equals(r.getAttributeValue(null, "relativeFrom"))
                || "margin".equals(r.getAttributeValue(null, "relativeFrom"));
          }
        } else if (anchor != null && WP.equals(ns) && ("posOffset".equals(local) || "align".equals(local))) {
          anchor.reading = new StringBuilder();
        } else if ("pic".equals(local) || "imagedata".equals(local)) {
          images.add(new ImageFact(pageBreaks + 1, extentWidth, extentHeight,
              Math.min(1, (extentWidth * extentHeight) / (595.0 * 842.0))));
        }
        return;
      }
      switch (local) {
        case "p" -> {
          spans.clear();
          span.setLength(0);
          listItem = false;
          heading = false;
          paragraphBold = false;
          paragraphStyleBold = false;
          paragraphStyleSize = styleSheet.size(null);
          paragraphLevel = BODY_LEVEL;
          sizes.clear();
        }
        case "pPr" -> inParagraphProperties = true;
        case "rPr" -> inRunProperties = true;
        case "pStyle" -> {
          String style = attr(r, "val");
          if (style != null) {
            String s = style.toLowerCase(java.util.Locale.ROOT);
            heading = s.startsWith("heading") || s.equals("title") || s.startsWith("berschrift");
            paragraphStyleBold = styleSheet.bold().contains(style);
            paragraphStyleSize = styleSheet.size(style);
            Matcher numbered = HEADING_NUMBER.matcher(s);
            paragraphLevel = styleSheet.levels().getOrDefault(style,
                numbered.matches() ? Integer.parseInt(numbered.group(1)) - 1 : BODY_LEVEL);
          }
        }
        case "outlineLvl" -> {
          if (inParagraphProperties && !inRunProperties) {
            paragraphLevel = outlineLevel(attr(r, "val"));
          }
        }
        case "rStyle" -> {
          String style = attr(r, "val");
          if (inRunProperties && !inParagraphProperties && style != null) {
            runBold |= styleSheet.bold().contains(style);
            if (styleSheet.sizes().containsKey(style)) {
              runSize = styleSheet.sizes().get(style);
            }
          }
        }
        case "numPr" -> listItem = true;
        case "r" -> {
          runBold = paragraphBold || paragraphStyleBold;
          runItalic = false;
          runSize = paragraphStyleSize;
        }
        case "b" -> {
          if (inRunProperties && inParagraphProperties) {
            paragraphBold |= on(r);
          } else if (inRunProperties) {
            runBold = on(r); // <w:b w:val="0"/> takes a style's bold away again
          }
        }
        case "i" -> {
          if (inRunProperties && !inParagraphProperties && on(r)) {
            runItalic = true;
          }
        }
        case "t" -> {
          startRunText();
          inText = true;
        }
        case "tab" -> {
          if (!inParagraphProperties) {
            closeSpan();
          }
        }
        case "br" -> {
          if ("page".equals(attr(r, "type"))) {
            pageBreaks++;
          } else {
            endLine(zone);
          }
        }
        case "sz" -> {
          float size = halfPoints(attr(r, "val"));
          if (inRunProperties && !inParagraphProperties && size > 0) {
            runSize = size;
          }
        }
        case "sym" -> symbols++;
        case "tbl" -> tables++;
        case "tr" -> rows.push(new Row(lines.size()));
        case "tc" -> {
          if (!rows.isEmpty()) {
            rows.peek().cellStarts.add(lines.size());
            rows.peek().cellWidths.add(0);
          }
        }
        case "tcW" -> {
          String width = attr(r, "w");
          if (!rows.isEmpty() && !rows.peek().cellWidths.isEmpty() && width != null && width.matches("\\d{1,6}")
              && (attr(r, "type") == null || "dxa".equals(attr(r, "type")))) {
            List<Integer> widths = rows.peek().cellWidths;
            widths.set(widths.size() - 1, Integer.parseInt(width));
          }
        }
        case "gridSpan" -> {
          String span = attr(r, "val");
          if (!rows.isEmpty() && span != null && span.matches("\\d{1,3}") && Integer.parseInt(span) > 1) {
            rows.peek().spanning = true;
          }
        }
        case "txbxContent" -> {
          if (textBoxDepth == 0) {
            endLine(zone); // the anchoring paragraph's text before the box is a line of its own
            boxStart = anchor != null && rows.isEmpty() ? lines.size() : -1;
          }
          textBoxDepth++;
          textBoxes++;
        }
        case "pgSz" -> {
          pageWidth = twips(attr(r, "w"), pageWidth);
          pageHeight = twips(attr(r, "h"), pageHeight);
        }
        case "cols" -> {
          String num = attr(r, "num");
          if (num != null && num.matches("\\d+") && Integer.parseInt(num) > 1) {
            columnSections++;
          }
        }
        default -> {
          // other elements carry no text
        }
      }
    }

    private void end(XMLStreamReader r, LayoutLine.Zone zone) {
      String local = r.getLocalName();
      if ("Fallback".equals(local)) {
        fallbackDepth--;
        return;
      }
      if (fallbackDepth > 0) {
        return;
      }
      if (!W.equals(r.getNamespaceURI())) {
        if (anchor != null && WP.equals(r.getNamespaceURI())) {
          anchor.end(local);
          if ("anchor".equals(local)) {
            anchor = null;
          }
        }
        return;
      }
      switch (local) {
        case "t" -> inText = false;
        case "pPr" -> inParagraphProperties = false;
        case "rPr" -> inRunProperties = false;
        case "p" -> endLine(zone);
        case "tr" -> {
          if (!rows.isEmpty()) {
            endRow(rows.pop());
          }
        }
        case "txbxContent" -> {
          textBoxDepth--;
          if (textBoxDepth == 0 && boxStart >= 0 && anchor != null && rows.isEmpty() && lines.size() > boxStart) {
            boxes.add(new TextBoxes.Box(boxStart, lines.size(), anchor.left, anchor.top, anchor.width,
                anchor.fromPageTop));
          }
          boxStart = -1;
        }
        default -> {
          // nothing to close
        }
      }
    }

    private void startRunText() {
      if (span.length() > 0 && !span.toString().isBlank()
          && (runBold != spanBold || runItalic != spanItalic)) {
        closeSpan();
      }
      if (span.length() == 0 || span.toString().isBlank()) {
        spanBold = runBold;
        spanItalic = runItalic;
      }
    }

    private void closeSpan() {
      String text = span.toString().replaceAll("[\\s\\u00a0]+", " ").strip();
      if (!text.isEmpty()) {
        int dates = FloatedDates.start(text);
        if (dates > 0) {
          spans.add(new Span(text.substring(0, dates), 0, 0, spanBold, spanItalic, 0));
          text = text.substring(dates);
        }
        spans.add(new Span(text, 0, 0, spanBold, spanItalic, 0));
      }
      span.setLength(0);
    }

    /** A table row being read: where its lines and each of its cells' lines start. */
    private static final class Row {
      final int start;
      final List<Integer> cellStarts = new ArrayList<>();
      /** Each cell's width in twips as the cell says it ({@code w:tcW}), 0 when it does not. */
      final List<Integer> cellWidths = new ArrayList<>();
      boolean spanning;

      Row(int start) {
        this.start = start;
      }
    }

    private final java.util.ArrayDeque<Row> rows = new java.util.ArrayDeque<>();

    /**
     * Reads a table row as its page shows it. A row of one short label or date beside its content
     * ("Aug. 2019 – Present" | "Mathematics Teacher", "Phone" | "(512) 555-0168") is one line
     * whose first span is the label, as a PDF of the page reads; a row of one cell spanning the
     * table's columns and holding a few words ("Jobs", "Education") is a heading row.
     */
    private void endRow(Row row) {
      List<Integer> starts = row.cellStarts;
      int end = lines.size();
      int leftLines = starts.size() == 2 ? starts.get(1) - starts.get(0) : 0;
      int rightLines = starts.size() == 2 ? end - starts.get(1) : 0;
      if (leftLines >= COLUMN_LINES && rightLines >= COLUMN_LINES) {
        widerColumnFirst(row, end);
      } else if (leftLines == 1 && rightLines >= COLUMN_LINES && sideHeading(lines.get(starts.get(0)))) {
        LayoutLine label = lines.get(starts.get(0));
        lines.set(starts.get(0), new LayoutLine(label.spans(), label.page(), 0, 0, 0, label.fontSize(), label.zone(),
            false, true));
      } else if (leftLines == 1 && rightLines > 0) {
        LayoutLine label = lines.get(starts.get(0));
        LayoutLine first = lines.get(starts.get(1));
        if (label.text().length() <= 40 && label.zone() == first.zone()) {
          List<Span> spans = new ArrayList<>(labelled(label.spans()));
          spans.addAll(first.spans());
          lines.set(starts.get(1), new LayoutLine(spans, first.page(), 0, 0, 0, first.fontSize(), first.zone(),
              first.listItem(), first.headingStyle()));
          lines.remove((int) starts.get(0));
        }
      } else if (starts.size() == 1 && row.spanning && end - row.start == 1) {
        LayoutLine only = lines.get(row.start);
        String text = only.text();
        if (text.split("\\s+").length <= 4 && !text.matches(".*[.,;!?@\\d].*")) {
          lines.set(row.start, new LayoutLine(only.spans(), only.page(), 0, 0, 0, only.fontSize(), only.zone(),
              only.listItem(), true));
        }
      }
    }

    /** Lines a cell holds for it to be a column of the page or a block of entries. */
    private static final int COLUMN_LINES = 3;

    /**
     * Whether a cell of one line beside a block of content is a heading set in a left gutter
     * ("Employment" beside the jobs): a few words, no dates or figures, no sentence.
     */
    private static boolean sideHeading(LayoutLine label) {
      String text = label.text();
      return text.split("\\s+").length <= 3 && text.length() <= 30 && !text.matches(".*[\\d.,;!?@].*");
    }

    /**
     * A row of two columns of the page (a sidebar beside the main text) is read column by column,
     * the wider first, as the PDF reading order does; of two columns of the same width, or whose
     * widths the file does not say, the left one first.
     */
    private void widerColumnFirst(Row row, int end) {
      int left = row.cellWidths.get(0);
      int right = row.cellWidths.get(1);
      if (left > 0 && right > left) {
        int split = row.cellStarts.get(1);
        List<LayoutLine> main = new ArrayList<>(lines.subList(split, end));
        List<LayoutLine> side = new ArrayList<>(lines.subList(row.cellStarts.get(0), split));
        lines.subList(row.cellStarts.get(0), end).clear();
        lines.addAll(main);
        lines.addAll(side);
      }
    }

    /**
     * A label cell's words as a person reads them beside their content: "Phone" beside a number
     * is "Phone:", "Languages" beside a list of skills is "Languages:". A cell of dates or
     * figures, or of more than three words, is not a label, and one with its colon keeps it.
     */
    private static List<Span> labelled(List<Span> cell) {
      Span last = cell.get(cell.size() - 1);
      String text = cell.stream().map(Span::text).reduce((a, b) -> a + " " + b).orElse("");
      if (text.endsWith(":") || text.split("\\s+").length > 3 || !text.codePoints().allMatch(
          c -> Character.isLetter(c) || c == ' ' || c == '-' || c == '\'' || c == '.')) {
        return cell;
      }
      List<Span> out = new ArrayList<>(cell.subList(0, cell.size() - 1));
      out.add(new Span(last.text() + ":", last.left(), last.right(), last.bold(), last.italic(), last.top()));
      return out;
    }

    /** The type size of most of the line's characters (0 when the document says none). */
    private float mostCharacters() {
      return sizes.entrySet().stream().max(Map.Entry.<Float, Integer>comparingByValue()
          .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse(0f);
    }

    private void endLine(LayoutLine.Zone zone) {
      closeSpan();
      if (spans.isEmpty()) {
        return;
      }
      LayoutLine.Zone where = textBoxDepth > 0 ? LayoutLine.Zone.TEXT_BOX : zone;
      float size = paragraphLevel < BODY_LEVEL ? outline.rank(paragraphLevel, mostCharacters()) : mostCharacters();
      LayoutLine line =
          new LayoutLine(new ArrayList<>(spans), pageBreaks + 1, 0, 0, 0, size, where, listItem, heading);
      characters += line.text().length();
      if (characters > maxCharacters) {
        throw AtsException.rejected(
            "file.too-long",
            "the DOCX holds more than " + maxCharacters + " characters of text, far more than a resume");
      }
      lines.add(line);
      spans.clear();
      sizes.clear();
    }

    /** The floating drawing being read, if any: where it stands, to read its text box there. */
    private Anchor anchor;
    private int boxStart = -1;
    final List<TextBoxes.Box> boxes = new ArrayList<>();
    /** The page's size in points (US Letter until the section says otherwise). */
    float pageWidth = 612;
    float pageHeight = 792;

    /** A {@code wp:anchor}: its offsets from what it is placed against, in points, and its width. */
    private final class Anchor {
      float left;
      float top;
      float width;
      boolean vertical;
      boolean fromPageTop;
      StringBuilder reading;

      void end(String local) {
        if (reading == null || !("posOffset".equals(local) || "align".equals(local))) {
          return;
        }
        String value = reading.toString().strip();
        reading = null;
        float at;
        if (value.matches("-?\\d{1,12}")) {
          at = Long.parseLong(value) / TextBoxes.EMU_PER_POINT;
        } else if (vertical) {
          at = value.equals("bottom") ? pageHeight : value.equals("center") ? pageHeight / 2 : 0;
        } else {
          at = value.equals("right") || value.equals("outside") ? pageWidth - width
              : value.equals("center") ? (pageWidth - width) / 2 : 0;
        }
        if (vertical) {
          top = at;
        } else {
          left = at;
        }
      }
    }

    private static float twips(String value, float otherwise) {
      return value != null && value.matches("\\d{1,6}") ? Integer.parseInt(value) / 20f : otherwise;
    }

    private float extentWidth;
    private float extentHeight;

    /** The size of the drawing that follows, in EMU (12 700 per point). */
    private void extent(XMLStreamReader r) {
      String cx = r.getAttributeValue(null, "cx");
      String cy = r.getAttributeValue(null, "cy");
      if (cx != null && cy != null && cx.matches("\\d{1,12}") && cy.matches("\\d{1,12}")) {
        extentWidth = Long.parseLong(cx) / 12700f;
        extentHeight = Long.parseLong(cy) / 12700f;
      }
    }

  }
}
