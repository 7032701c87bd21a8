/**
 * View → DOCX with Apache POI, ATS-safe: named paragraph styles, tab stops for dates, real
 * numbered-list bullets, no tables, text boxes, frames, images or header/footer content. Internal
 * to the render package.
 */
package org.createyourresume.render.docx;
