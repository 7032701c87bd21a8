package org.createyourresume.render.html;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import javax.imageio.ImageIO;

/**
 * The small decorative icons some templates set before contact items (e-mail, phone, place, web
 * address, profile), drawn here in the template's accent colour as PNG images. They go into the
 * stylesheet as {@code data:} backgrounds, which the PDF engine paints as artifacts: no text, no
 * alternative text, nothing in the reading order. The contact's own text is always printed beside
 * them.
 *
 * <p>Drawn rather than bundled so that every accent colour gets crisp icons without shipping an
 * icon font, whose private-use glyphs would leak into extracted text.
 */
public final class ContactIcons {

  private static final int SIZE = 48;
  private static final Map<String, String> CSS_BY_ACCENT = new ConcurrentHashMap<>();

  private ContactIcons() {}

  /** The CSS rules that give each contact kind its icon, in {@code accent} ({@code #rrggbb}). */
  public static String css(String accent) {
    return CSS_BY_ACCENT.computeIfAbsent(accent, ContactIcons::draw);
  }

  private static String draw(String accent) {
    Color colour = Color.decode(accent);
    StringBuilder css = new StringBuilder();
    rule(css, "email", png(colour, ContactIcons::envelope));
    rule(css, "phone", png(colour, ContactIcons::handset));
    rule(css, "location", png(colour, ContactIcons::pin));
    rule(css, "web", png(colour, ContactIcons::globe));
    rule(css, "profile", png(colour, ContactIcons::person));
    return css.toString();
  }

  private static void rule(StringBuilder css, String kind, String dataUri) {
    css.append(".icons .contact .k-").append(kind).append(" { background-image: url(")
        .append(dataUri).append("); }\n");
  }

  private static String png(Color colour, Consumer<Graphics2D> shape) {
    BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      g.setColor(colour);
      g.setStroke(new BasicStroke(4.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      shape.accept(g);
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return "data:image/png;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
  }

  private static void envelope(Graphics2D g) {
    g.draw(new RoundRectangle2D.Double(5, 11, 38, 27, 5, 5));
    Path2D flap = new Path2D.Double();
    flap.moveTo(6, 13);
    flap.lineTo(24, 27);
    flap.lineTo(42, 13);
    g.draw(flap);
  }

  private static void handset(Graphics2D g) {
    g.draw(new RoundRectangle2D.Double(14, 4, 20, 40, 7, 7));
    g.fill(new Ellipse2D.Double(21.5, 35, 5, 5));
  }

  private static void pin(Graphics2D g) {
    Path2D pin = new Path2D.Double();
    pin.moveTo(24, 45);
    pin.curveTo(12, 31, 9, 25, 9, 18);
    pin.curveTo(9, 9, 16, 3, 24, 3);
    pin.curveTo(32, 3, 39, 9, 39, 18);
    pin.curveTo(39, 25, 36, 31, 24, 45);
    pin.closePath();
    g.fill(pin);
    g.setColor(new Color(255, 255, 255, 0));
    g.setComposite(java.awt.AlphaComposite.Clear);
    g.fill(new Ellipse2D.Double(18, 12, 12, 12));
  }

  private static void globe(Graphics2D g) {
    g.draw(new Ellipse2D.Double(5, 5, 38, 38));
    g.draw(new Ellipse2D.Double(15, 5, 18, 38));
    g.drawLine(6, 24, 42, 24);
  }

  private static void person(Graphics2D g) {
    g.fill(new Ellipse2D.Double(15, 4, 18, 18));
    Path2D body = new Path2D.Double();
    body.moveTo(6, 45);
    body.curveTo(6, 33, 14, 26, 24, 26);
    body.curveTo(34, 26, 42, 33, 42, 45);
    body.closePath();
    g.fill(body);
  }
}
