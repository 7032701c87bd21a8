package org.createyourresume.importer.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Repairing text recognition's usual misreadings, and leaving ordinary text alone. */
class OcrTextTests {

  @Test
  void lettersReadAsDigitsInsideWordsOfOneCaseAreLettersAgain() {
    assertThat(OcrText.letters("PR0FESSIONAL SUMMARY")).isEqualTo("PROFESSIONAL SUMMARY");
    assertThat(OcrText.letters("Set up a ladder with six 1evels")).isEqualTo("Set up a ladder with six levels");
    assertThat(OcrText.letters("team lead ro1es in Co1ogne since 0ctober")).isEqualTo("team lead roles in Cologne since October");
  }

  @Test
  void numbersAndProductNamesWithDigitsStayAsWritten() {
    for (String text : List.of("AWS S3 and EC2", "H1B visa", "Windows 10/11", "Win10", "10mins", "Log4j 2", "i18n", "2021",
        "100GB", "A100 GPUs", "Fall2010", "Auth0", "1st place", "0PC UA", "Office 365")) {
      assertThat(OcrText.letters(text)).as(text).isEqualTo(text);
    }
  }

  @Test
  void aLoneLetterIsABulletOnlyWhenSeveralLinesOpenWithIt() {
    List<String> ocr = List.of("EXPERIENCE", "e Led 25 engineers.", "e Hired 14 people.", "  e Cut lead time.");
    assertThat(OcrText.letterBullet(ocr)).isEqualTo("e");
    assertThat(OcrText.bullet("  e Cut lead time.", "e")).isEqualTo("  • Cut lead time.");
    assertThat(OcrText.bullet("e Led 25 engineers.", null)).isEqualTo("e Led 25 engineers.");
    // one such line is a sentence fragment, not a list
    assertThat(OcrText.letterBullet(List.of("o Brasil", "Plain line", "Another"))).isNull();
    // signs that never open a sentence are bullets on their own, beside the letter the others were read as
    assertThat(OcrText.bullet("« Built the API", null)).isEqualTo("• Built the API");
    assertThat(OcrText.bullet("» Moved 40 jobs to Kafka", "e")).isEqualTo("• Moved 40 jobs to Kafka");
    assertThat(OcrText.bullet("o Brasil", "e")).isEqualTo("o Brasil");
  }
}
