package org.createyourresume.web.page;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The site's icon as a Windows icon file for {@code /favicon.ico}, which browsers ask for on every
 * page that names no icon (the shared pages, the API's answers opened in a tab) and which Safari
 * asks for instead of the SVG. It is drawn from {@code static/img/favicon.svg}, the icon the pages
 * link, so the two cannot differ: that SVG is rounded rectangles only, and this reads exactly
 * those (anything else in it is an error) and draws each size with Java2D into a PNG inside the
 * icon file.
 */
final class Favicon {

  /** The sizes a browser or operating system picks from: tab, taskbar, desktop. */
  static final int[] SIZES = {16, 32, 48};

  private Favicon() {}

  /** A rounded rectangle of the SVG, in its view-box units. */
  private record Rect(double x, double y, double width, double height, double radius, Color fill) {}

  /** The icon file for the SVG in {@code svg}. */
  static byte[] fromSvg(InputStream svg) {
    Element root = parse(svg);
    double[] viewBox = numbers(root.getAttribute("viewBox"));
    if (viewBox.length != 4 || viewBox[2] <= 0 || viewBox[2] != viewBox[3]) {
      throw new IllegalStateException("the favicon SVG needs a square viewBox");
    }
    List<Rect> rects = rects(root);
    List<byte[]> pngs = new ArrayList<>();
    for (int size : SIZES) {
      pngs.add(png(draw(rects, viewBox, size)));
    }
    return ico(pngs);
  }

  private static Element parse(InputStream svg) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      // our own file, but no XML parser here ever reads an external entity
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      factory.setNamespaceAware(true);
      return factory.newDocumentBuilder().parse(svg).getDocumentElement();
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("the favicon SVG cannot be read", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Rect> rects(Element root) {
    List<Rect> rects = new ArrayList<>();
    for (Node node = root.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node.getNodeType() == Node.TEXT_NODE && node.getTextContent().isBlank()) {
        continue;
      }
      if (!(node instanceof Element rect) || !"rect".equals(rect.getLocalName())) {
        throw new IllegalStateException("the favicon SVG may hold only <rect> elements, found "
            + node.getNodeName() + "; teach Favicon to draw it");
      }
      rects.add(new Rect(number(rect, "x"), number(rect, "y"), number(rect, "width"),
          number(rect, "height"), number(rect, "rx"), color(rect.getAttribute("fill"))));
    }
    if (rects.isEmpty()) {
      throw new IllegalStateException("the favicon SVG draws nothing");
    }
    return rects;
  }

  private static BufferedImage draw(List<Rect> rects, double[] viewBox, int size) {
    BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      double scale = size / viewBox[2];
      g.scale(scale, scale);
      g.translate(-viewBox[0], -viewBox[1]);
      for (Rect rect : rects) {
        g.setColor(rect.fill());
        g.fill(new RoundRectangle2D.Double(rect.x(), rect.y(), rect.width(), rect.height(),
            2 * rect.radius(), 2 * rect.radius()));
      }
    } finally {
      g.dispose();
    }
    return image;
  }

  private static byte[] png(BufferedImage image) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** The ICO container: a header, one directory entry per size, then each PNG as it is. */
  private static byte[] ico(List<byte[]> pngs) {
    int headerBytes = 6 + 16 * pngs.size();
    int total = headerBytes + pngs.stream().mapToInt(p -> p.length).sum();
    ByteBuffer ico = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
    ico.putShort((short) 0).putShort((short) 1).putShort((short) pngs.size());
    int offset = headerBytes;
    for (int i = 0; i < pngs.size(); i++) {
      int size = SIZES[i];
      ico.put((byte) size).put((byte) size) // width, height (0 would mean 256)
          .put((byte) 0).put((byte) 0) // no palette, reserved
          .putShort((short) 1).putShort((short) 32) // planes, bits per pixel
          .putInt(pngs.get(i).length).putInt(offset);
      offset += pngs.get(i).length;
    }
    pngs.forEach(ico::put);
    return ico.array();
  }

  /** A fill written {@code #rgb} or {@code #rrggbb}. */
  private static Color color(String fill) {
    if (!fill.matches("#(\\p{XDigit}{3}|\\p{XDigit}{6})")) {
      throw new IllegalStateException("the favicon SVG's fills must be #rgb or #rrggbb, not "
          + fill);
    }
    String hex = fill.length() == 4
        ? "" + fill.charAt(1) + fill.charAt(1) + fill.charAt(2) + fill.charAt(2) + fill.charAt(3)
            + fill.charAt(3)
        : fill.substring(1);
    return new Color(Integer.parseInt(hex, 16));
  }

  private static double number(Element element, String attribute) {
    String value = element.getAttribute(attribute);
    return value.isEmpty() ? 0 : Double.parseDouble(value);
  }

  private static double[] numbers(String text) {
    String[] parts = text.strip().split("[\\s,]+");
    double[] values = new double[parts.length];
    for (int i = 0; i < parts.length; i++) {
      values[i] = Double.parseDouble(parts[i]);
    }
    return values;
  }
}
