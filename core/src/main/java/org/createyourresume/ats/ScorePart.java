package org.createyourresume.ats;

/**
 * One part of the score.
 *
 * @param category what it measures
 * @param earned points kept
 * @param possible points it is worth
 */
public record ScorePart(Finding.Category category, int earned, int possible) {}
