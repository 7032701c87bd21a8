package org.createyourresume.ats;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Fuzz targets for the ATS checker on pasted text and for the job-posting analyser, from the
 * committed seeds ({@code AtsCheckerFuzzTestsInputs/<target>/}). The invariant: a report (or a
 * job match), or an {@link AtsException} that is the user's (a refusal with a code); a failure of
 * ours or any other exception is a bug.
 */
class AtsCheckerFuzzTests {

  private static final AtsChecker CHECKER = AtsChecker.create();
  private static final AtsReport REPORT = CHECKER.checkText(
      "Ana Smith\nana@example.org\n\nEXPERIENCE\nRegistered Nurse, City Hospital\n2019 - 2024\n"
          + "- Cared for 30 patients a shift\n\nSKILLS\nPatient care, EPIC, phlebotomy\n",
      AtsOptions.defaults());

  private static void refusedForTheUser(AtsException e) {
    if (!e.isUserError()) {
      throw e;
    }
    assertThat(e.code()).isNotBlank();
    assertThat(e.getMessage()).isNotBlank();
  }

  @FuzzTest(maxDuration = "10s")
  void checkText(byte[] input) {
    try {
      assertThat(CHECKER.checkText(new String(input, StandardCharsets.UTF_8),
          AtsOptions.defaults())).isNotNull();
    } catch (AtsException e) {
      refusedForTheUser(e);
    }
  }

  @FuzzTest(maxDuration = "10s")
  void jobPosting(byte[] input) {
    try {
      assertThat(CHECKER.matchJob(REPORT, new String(input, StandardCharsets.UTF_8)))
          .isNotNull();
    } catch (AtsException e) {
      refusedForTheUser(e);
    }
  }
}
