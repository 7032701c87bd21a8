/**
 * Matching a resume against a job posting: {@link org.createyourresume.ats.match.JobMatcher}, with
 * Lucene stems and phrases over the curated vocabulary in {@code skills.tsv}.
 */
package org.createyourresume.ats.match;
