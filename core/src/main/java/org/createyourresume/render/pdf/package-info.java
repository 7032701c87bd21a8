/**
 * XHTML → PDF with OpenHTMLtoPDF on PDFBox, set up as measured in docs/DECISIONS.md: bundled
 * fonts parsed once per thread with GSUB off, loaded into each render's own document, tagged
 * PDF/UA with PDF/A-3u metadata. Internal to the render package.
 */
package org.createyourresume.render.pdf;
