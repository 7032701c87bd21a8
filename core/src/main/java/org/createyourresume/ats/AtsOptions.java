package org.createyourresume.ats;

/**
 * What to check besides the resume itself.
 *
 * @param jobDescription the job posting's text to match against, or null for no job match
 * @param grammar whether to check spelling and grammar, and whether to wait for the checker
 */
public record AtsOptions(String jobDescription, Grammar grammar) {

  /** When to check spelling and grammar (LanguageTool takes about a second to start). */
  public enum Grammar {
    /** Never. */
    OFF,
    /** Only if the grammar checker is already running; never waits (live editor panels). */
    IF_READY,
    /** Always, starting the checker and waiting for it if needed (CLI, uploads). */
    WAIT
  }

  public AtsOptions {
    grammar = grammar == null ? Grammar.OFF : grammar;
    jobDescription = jobDescription == null || jobDescription.isBlank() ? null : jobDescription;
  }

  /** No job match, no grammar. */
  public static AtsOptions defaults() {
    return new AtsOptions(null, Grammar.OFF);
  }

  public AtsOptions withJobDescription(String text) {
    return new AtsOptions(text, grammar);
  }

  public AtsOptions withGrammar(Grammar mode) {
    return new AtsOptions(jobDescription, mode);
  }
}
