/**
 * Model → XHTML: {@link org.createyourresume.render.html.HtmlTemplater} builds a view of the
 * resume (sections ordered and titled, dates formatted, text cleaned) and renders it with the
 * precompiled jte templates of {@code src/main/jte}, which escape every value. Internal to the
 * render package.
 */
package org.createyourresume.render.html;
