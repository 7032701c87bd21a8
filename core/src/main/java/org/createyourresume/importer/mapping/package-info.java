/**
 * From what the resume parser read to JSON Resume: {@link
 * org.createyourresume.importer.mapping.ResumeMapper} maps a {@code ParsedResume} onto the model,
 * reading places, profiles, degrees and list lines back the way the renderer prints them.
 */
package org.createyourresume.importer.mapping;
