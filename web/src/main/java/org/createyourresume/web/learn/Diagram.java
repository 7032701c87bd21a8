package org.createyourresume.web.learn;

/**
 * An SVG diagram of a course, from {@code learn/<course>/img/<name>.svg}, checked when the
 * catalogue loads (see {@link DiagramCheck}) and served from {@code /learn/<course>/img/<name>}.
 *
 * @param course the course folder it is in
 * @param name the file's name, such as {@code socket.svg}
 * @param bytes the file as stored: served unchanged
 * @param title the SVG's {@code <title>}, shown as the figure's caption
 * @param description the SVG's {@code <desc>}
 */
public record Diagram(String course, String name, byte[] bytes, String title, String description) {

  public String url() {
    return "/learn/" + course + "/img/" + name;
  }
}
