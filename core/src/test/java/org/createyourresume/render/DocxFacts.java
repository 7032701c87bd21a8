package org.createyourresume.render;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** What a test can observe in a DOCX file: its parts, and its paragraphs as an ATS reads them. */
public final class DocxFacts {

  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  /** One paragraph: its style id (or null), whether it is a list item, its text. */
  public record Paragraph(String style, boolean listItem, String text) {}

  private final Map<String, String> parts = new LinkedHashMap<>();

  private DocxFacts(byte[] docx) {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      ZipEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        parts.put(entry.getName(), new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static DocxFacts of(byte[] docx) {
    return new DocxFacts(docx);
  }

  public Map<String, String> parts() {
    return parts;
  }

  public String part(String name) {
    return parts.get(name);
  }

  public List<Paragraph> paragraphs() {
    Document doc = parse(parts.get("word/document.xml"));
    List<Paragraph> paragraphs = new ArrayList<>();
    NodeList ps = doc.getElementsByTagNameNS(W, "p");
    for (int i = 0; i < ps.getLength(); i++) {
      Element p = (Element) ps.item(i);
      String style = null;
      NodeList styles = p.getElementsByTagNameNS(W, "pStyle");
      if (styles.getLength() > 0) {
        style = ((Element) styles.item(0)).getAttributeNS(W, "val");
      }
      boolean list = p.getElementsByTagNameNS(W, "numPr").getLength() > 0;
      StringBuilder text = new StringBuilder();
      collect(p, text);
      paragraphs.add(new Paragraph(style, list, text.toString()));
    }
    return paragraphs;
  }

  /** All paragraph texts, one per line. */
  public String text() {
    StringBuilder text = new StringBuilder();
    for (Paragraph p : paragraphs()) {
      text.append(p.text()).append('\n');
    }
    return text.toString();
  }

  private static void collect(Node node, StringBuilder text) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (W.equals(child.getNamespaceURI())) {
        switch (child.getLocalName()) {
          case "t" -> text.append(child.getTextContent());
          case "tab" -> text.append('\t');
          case "br" -> text.append('\n');
          default -> collect(child, text);
        }
      } else {
        collect(child, text);
      }
    }
  }

  private static Document parse(String xml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new IllegalStateException("not XML: " + e.getMessage(), e);
    }
  }
}
