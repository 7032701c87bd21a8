package org.createyourresume.ats.match;

/**
 * How a job posting weighs one of its requirements, read from where the posting names it: under a
 * "Requirements" heading or an inline "Must have:" label, only under "Nice to have" or in a
 * sentence that calls it a bonus, or elsewhere (duties, the role's description).
 */
public enum Importance {
  /** Named as required ("Requirements", "Essential", "Must have", "Who can apply"). */
  REQUIRED,
  /** Named in the duties or the description of the role, neither required nor optional. */
  MENTIONED,
  /** Named only as optional ("Nice to have", "Desirable", "Bonus points if", "a plus"). */
  PREFERRED
}
