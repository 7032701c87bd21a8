/**
 * The resume parser shared by the ATS checker and the importer: {@link
 * org.createyourresume.ats.parse.ResumeParser} turns {@link
 * org.createyourresume.ats.parse.LayoutLine}s from any extractor into a {@link
 * org.createyourresume.ats.parse.ParsedResume}.
 */
package org.createyourresume.ats.parse;
