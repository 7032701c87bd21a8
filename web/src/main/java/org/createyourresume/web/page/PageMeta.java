package org.createyourresume.web.page;

/**
 * What the shared layout needs to know about a page.
 *
 * @param title the window title
 * @param description the search-engine description
 * @param active which navigation item is the current page ({@code home}, {@code templates}, …);
 *     {@code learn-section} marks the Learn item as the section a page belongs to
 * @param script the page's ES module, or {@code null}
 * @param bodyClass a class for the body element
 */
public record PageMeta(String title, String description, String active, String script,
    String bodyClass) {

  boolean isActive(String item) {
    return item.equals(active);
  }
}
