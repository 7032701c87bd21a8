package org.createyourresume.web.learn;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Checks a lesson diagram before it is served: well-formed XML (no DTD, so no entities), an
 * {@code <svg>} root with a {@code viewBox} and {@code role="img"}, a non-empty {@code <title>}
 * and {@code <desc>} as its first two children (what assistive technology reads), and nothing
 * that runs or loads: no {@code <script>}, no {@code on…} attribute, no {@code <image>},
 * {@code <foreignObject>} or other embedding element, and no reference outside the file
 * ({@code href}, {@code xlink:href} or CSS {@code url()} that is not {@code #local}). The SVG is
 * served as an image, where browsers would not run scripts anyway; the check keeps the files
 * honest when they are opened directly.
 */
final class DiagramCheck {

  static final String SVG_NS = "http://www.w3.org/2000/svg";
  static final int MAX_BYTES = 200 * 1024;
  private static final Set<String> FORBIDDEN =
      Set.of("script", "image", "foreignobject", "iframe", "object", "embed", "audio", "video",
          "canvas", "handler", "listener", "feimage");
  private static final Pattern EXTERNAL_URL =
      Pattern.compile("url\\(\\s*['\"]?\\s*(?!#)", Pattern.CASE_INSENSITIVE);
  private static final Pattern IMPORT = Pattern.compile("@import", Pattern.CASE_INSENSITIVE);

  private DiagramCheck() {}

  /**
   * The diagram in {@code file}, or {@code null} with every problem added to {@code problems}
   * (lines counted in the SVG file).
   */
  static Diagram check(DiagramFile file, Problems problems) {
    problems.in(file.path());
    if (file.bytes().length == 0) {
      problems.add(1, "the diagram is empty");
      return null;
    }
    if (file.bytes().length > MAX_BYTES) {
      problems.add(1, "the diagram is larger than " + MAX_BYTES / 1024 + " KB");
      return null;
    }
    Handler handler = new Handler();
    try {
      parser().parse(new InputSource(new ByteArrayInputStream(file.bytes())), handler);
      handler.finish();
    } catch (SAXParseException e) {
      handler.problems.add(new Found(Math.max(1, e.getLineNumber()),
          "the diagram is not well-formed XML: " + e.getMessage()));
    } catch (SAXException | IOException e) {
      handler.problems.add(new Found(1, "the diagram cannot be read: " + e.getMessage()));
    }
    for (Found f : handler.problems) {
      problems.add(f.line, f.message);
    }
    return handler.problems.isEmpty()
        ? new Diagram(file.folder(), file.name(), file.bytes(), handler.title.toString().strip()
            .replaceAll("\\s+", " "), handler.desc.toString().strip().replaceAll("\\s+", " "))
        : null;
  }

  private static SAXParser parser() throws SAXException {
    try {
      SAXParserFactory factory = SAXParserFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      return factory.newSAXParser();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("no XML parser", e);
    }
  }

  private record Found(int line, String message) {}

  private static final class Handler extends DefaultHandler {
    private final List<Found> problems = new ArrayList<>();
    private Locator locator;
    private String depth0;
    private int depth;
    /** The root's element children seen so far. */
    private int rootChildren;
    private final StringBuilder title = new StringBuilder();
    private final StringBuilder desc = new StringBuilder();
    private StringBuilder collecting;
    private boolean inStyle;
    private int rootLine = 1;

    @Override
    public void setDocumentLocator(Locator locator) {
      this.locator = locator;
    }

    private int line() {
      return locator == null ? 1 : Math.max(1, locator.getLineNumber());
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes attributes) {
      String name = local.toLowerCase(Locale.ROOT);
      if (depth == 0) {
        depth0 = local;
        rootLine = line();
        if (!local.equals("svg") || !SVG_NS.equals(uri)) {
          problems.add(new Found(line(), "the root element must be <svg xmlns=\"" + SVG_NS
              + "\">, not <" + qName + ">"));
        }
        if (attributes.getValue("", "viewBox") == null) {
          problems.add(new Found(line(), "the <svg> needs a viewBox"));
        }
        if (!"img".equals(attributes.getValue("", "role"))) {
          problems.add(new Found(line(), "the <svg> needs role=\"img\""));
        }
      } else if (depth == 1) {
        rootChildren++;
        if (rootChildren == 1 && name.equals("title")) {
          collecting = title;
        } else if (rootChildren == 2 && name.equals("desc")) {
          collecting = desc;
        } else if (rootChildren <= 2) {
          problems.add(new Found(line(), "the first two elements inside <svg> must be <title> "
              + "and <desc>, not <" + qName + ">"));
        }
      }
      if (FORBIDDEN.contains(name)) {
        problems.add(new Found(line(), "<" + qName + "> is not allowed in a diagram"));
      }
      inStyle = name.equals("style");
      for (int i = 0; i < attributes.getLength(); i++) {
        String attribute = attributes.getLocalName(i).toLowerCase(Locale.ROOT);
        String value = attributes.getValue(i);
        if (attribute.startsWith("on")) {
          problems.add(new Found(line(), "the attribute " + attributes.getQName(i)
              + " is not allowed (no scripts in diagrams)"));
        } else if (attribute.equals("href") && !value.strip().startsWith("#")) {
          problems.add(new Found(line(), "the diagram refers to \"" + FrontMatter.shorten(value)
              + "\": only references inside the file (#id) are allowed"));
        } else if (EXTERNAL_URL.matcher(value).find()) {
          problems.add(new Found(line(), "the attribute " + attributes.getQName(i)
              + " loads something outside the file: only url(#id) is allowed"));
        }
      }
      depth++;
    }

    @Override
    public void endElement(String uri, String local, String qName) {
      depth--;
      if (depth == 1) {
        collecting = null;
      }
      inStyle = false;
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (collecting != null) {
        collecting.append(ch, start, length);
      }
      if (inStyle) {
        String css = new String(ch, start, length);
        if (EXTERNAL_URL.matcher(css).find() || IMPORT.matcher(css).find()) {
          problems.add(new Found(line(), "the <style> loads something outside the file"));
        }
      }
    }

    void finish() {
      if (title.toString().isBlank()) {
        problems.add(new Found(rootLine, "the diagram needs a non-empty <title> as the first "
            + "element inside <svg>"));
      }
      if (desc.toString().isBlank()) {
        problems.add(new Found(rootLine, "the diagram needs a non-empty <desc> as the second "
            + "element inside <svg>"));
      }
    }
  }
}
