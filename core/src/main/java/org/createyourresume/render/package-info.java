/**
 * Rendering a resume: {@link org.createyourresume.render.ResumeRenderer} is the one entry point.
 * Model → view (dates formatted, sections ordered) → XHTML from jte templates and theme CSS →
 * tagged PDF/UA + PDF/A-3u through OpenHTMLtoPDF and PDFBox. The sub-packages are internal.
 */
package org.createyourresume.render;
