package org.createyourresume.importer;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * The text a browser's copy of a generated page gives, as the other-tools corpus computes it for
 * its pages: one line per block, table cells separated by tabs, an item floated to the right on a
 * line of its own, white space collapsed, the style sheet and title left out.
 */
public final class GeneratedText {

  private static final Set<String> BLOCKS = Set.of("div", "p", "h1", "h2", "h3", "table", "tr", "body", "ul", "li");

  private final List<String> lines = new ArrayList<>();
  private StringBuilder line = new StringBuilder();

  private GeneratedText() {}

  /** The copied text of {@code xhtml}. */
  public static String of(String xhtml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      Element root = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xhtml))).getDocumentElement();
      GeneratedText text = new GeneratedText();
      Node body = root.getElementsByTagName("body").item(0);
      text.walk(body);
      text.flush();
      return String.join("\n", text.lines) + "\n";
    } catch (Exception e) {
      throw new IllegalStateException("the generated page is not well-formed", e);
    }
  }

  private void walk(Node node) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child.getNodeType() == Node.TEXT_NODE) {
        line.append(child.getNodeValue().replace('\t', ' '));
      } else if (child instanceof Element e) {
        String tag = e.getTagName();
        boolean item = (" " + e.getAttribute("class") + " ").contains(" item ");
        if (tag.equals("td")) {
          if (e.getPreviousSibling() != null) {
            line.append('\t');
          }
          walk(e);
        } else if (BLOCKS.contains(tag) || item) {
          flush();
          walk(e);
          flush();
        } else {
          walk(e);
        }
      }
    }
  }

  private void flush() {
    List<String> cells = new ArrayList<>();
    for (String cell : line.toString().split("\t")) {
      String c = cell.replaceAll("[ \\u00a0\\n\\r]+", " ").strip();
      if (!c.isEmpty()) {
        cells.add(c);
      }
    }
    if (!cells.isEmpty()) {
      lines.add(String.join("\t", cells));
    }
    line = new StringBuilder();
  }
}
