/**
 * View → XHTML: {@link org.createyourresume.render.html.HtmlTemplater} lays a resume view out with
 * the precompiled jte templates of {@code src/main/jte}, which escape every value, and the theme's
 * CSS. The same page feeds the PDF engine and the HTML download. Internal to the render package.
 */
package org.createyourresume.render.html;
