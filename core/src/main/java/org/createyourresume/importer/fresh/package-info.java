/**
 * FRESH resume documents (the fresh-resume schema) read into JSON Resume ({@link
 * org.createyourresume.importer.fresh.FreshReader}), every unmapped field reported.
 */
package org.createyourresume.importer.fresh;
