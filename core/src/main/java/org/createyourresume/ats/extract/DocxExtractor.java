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
  private static final Pattern HEADER_PART = Pattern.compile("word/(header|footer)(\\d*)\\.xml");
  private static final Pattern PAGES = Pattern.compile("<(?:\\w+:)?Pages>(\\d+)</(?:\\w+:)?Pages>");

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
    Set<String> boldStyles = styles == null ? Set.of() : boldStyles(styles, deadline);
    Reader body = new Reader(deadline, limits.maxCharacters(), boldStyles);
    List<LayoutLine> lines = new ArrayList<>();
    List<LayoutLine> footers = new ArrayList<>();
    for (var part : headers.entrySet()) {
      Reader reader = new Reader(deadline, limits.maxCharacters(), boldStyles);
      reader.read(part.getValue(), LayoutLine.Zone.HEADER_FOOTER);
      (part.getKey().contains("header") ? lines : footers).addAll(reader.lines);
    }
    body.read(document, LayoutLine.Zone.BODY);
    lines.addAll(body.lines);
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
   * The ids of the paragraph and character styles that make text bold, following each style's
   * {@code basedOn} chain: documents made from templates carry their weight in styles ("Strong",
   * a "Name" paragraph style) rather than on each run.
   */
  private static Set<String> boldStyles(byte[] xml, Deadline deadline) {
    Map<String, Boolean> own = new HashMap<>();
    Map<String, String> basedOn = new HashMap<>();
    XMLStreamReader r = null;
    try {
      r = XML.createXMLStreamReader(new ByteArrayInputStream(xml));
      String style = null;
      int runProperties = 0;
      int paragraphProperties = 0;
      while (r.hasNext()) {
        deadline.check();
        int event = refuseEntities(r.next());
        if (event == XMLStreamConstants.START_ELEMENT && W.equals(r.getNamespaceURI())) {
          switch (r.getLocalName()) {
            case "style" -> style = attr(r, "styleId");
            case "basedOn" -> {
              if (style != null && attr(r, "val") != null) {
                basedOn.put(style, attr(r, "val"));
              }
            }
            case "pPr" -> paragraphProperties++;
            case "rPr" -> runProperties++;
            case "b" -> {
              if (style != null && runProperties > 0 && paragraphProperties == 0) {
                own.put(style, on(r));
              }
            }
            default -> {
              // other style properties do not change what a parser reads
            }
          }
        } else if (event == XMLStreamConstants.END_ELEMENT && W.equals(r.getNamespaceURI())) {
          switch (r.getLocalName()) {
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
      return Set.of(); // damaged styles cost the weights, not the text
    } finally {
      close(r);
    }
    Set<String> bold = new HashSet<>();
    for (String id : basedOn.keySet().isEmpty() ? own.keySet() : union(own.keySet(), basedOn.keySet())) {
      String at = id;
      for (int depth = 0; at != null && depth < 16; depth++) {
        Boolean b = own.get(at);
        if (b != null) {
          if (b) {
            bold.add(id);
          }
          break;
        }
        at = basedOn.get(at);
      }
    }
    return bold;
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
    String val = attr(r, "val");
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
    private final Set<String> boldStyles;
    private boolean paragraphStyleBold;

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
    private boolean inRunProperties;
    private boolean inParagraphProperties;
    private boolean paragraphBold;
    private int textBoxDepth;
    private int fallbackDepth;

    Reader(Deadline deadline, int maxCharacters, Set<String> boldStyles) {
      this.deadline = deadline;
      this.maxCharacters = maxCharacters;
      this.boldStyles = boldStyles;
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
          } else if (event == XMLStreamConstants.CHARACTERS && inText && fallbackDepth == 0) {
            span.append(r.getText());
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
        }
        case "pPr" -> inParagraphProperties = true;
        case "rPr" -> inRunProperties = true;
        case "pStyle" -> {
          String style = attr(r, "val");
          if (style != null) {
            String s = style.toLowerCase(java.util.Locale.ROOT);
            heading = s.startsWith("heading") || s.equals("title") || s.startsWith("berschrift");
            paragraphStyleBold = boldStyles.contains(style);
          }
        }
        case "rStyle" -> {
          if (inRunProperties && !inParagraphProperties && boldStyles.contains(attr(r, "val"))) {
            runBold = true;
          }
        }
        case "numPr" -> listItem = true;
        case "r" -> {
          runBold = paragraphBold || paragraphStyleBold;
          runItalic = false;
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
        case "sym" -> symbols++;
        case "tbl" -> tables++;
        case "txbxContent" -> {
          textBoxDepth++;
          textBoxes++;
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
      if (fallbackDepth > 0 || !W.equals(r.getNamespaceURI())) {
        return;
      }
      switch (local) {
        case "t" -> inText = false;
        case "pPr" -> inParagraphProperties = false;
        case "rPr" -> inRunProperties = false;
        case "p" -> endLine(zone);
        case "txbxContent" -> textBoxDepth--;
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
        spans.add(new Span(text, 0, 0, spanBold, spanItalic, 0));
      }
      span.setLength(0);
    }

    private void endLine(LayoutLine.Zone zone) {
      closeSpan();
      if (spans.isEmpty()) {
        return;
      }
      LayoutLine.Zone where = textBoxDepth > 0 ? LayoutLine.Zone.TEXT_BOX : zone;
      LayoutLine line =
          new LayoutLine(new ArrayList<>(spans), pageBreaks + 1, 0, 0, 0, 0, where, listItem, heading);
      characters += line.text().length();
      if (characters > maxCharacters) {
        throw AtsException.rejected(
            "file.too-long",
            "the DOCX holds more than " + maxCharacters + " characters of text, far more than a resume");
      }
      lines.add(line);
      spans.clear();
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
