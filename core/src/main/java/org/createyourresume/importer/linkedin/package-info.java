/** The LinkedIn data export (a ZIP of CSV files) as a source of a resume. */
package org.createyourresume.importer.linkedin;
