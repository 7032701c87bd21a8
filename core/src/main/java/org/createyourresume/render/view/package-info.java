/**
 * What a resume prints, decided once for every output format: {@link
 * org.createyourresume.render.view.ViewBuilder} orders and titles the sections, formats dates,
 * cleans text and makes links safe; the HTML/PDF, DOCX, plain-text and Markdown writers only lay
 * the resulting {@link org.createyourresume.render.view.ResumeView} out. Because every format
 * prints the same view, every format prints the same text in the same order. Internal to the
 * render package.
 */
package org.createyourresume.render.view;
