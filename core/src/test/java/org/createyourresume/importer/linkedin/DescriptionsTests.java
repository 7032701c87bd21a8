package org.createyourresume.importer.linkedin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DescriptionsTests {

  @Test
  void aParagraphIsASummary() {
    var split = Descriptions.split("Ran the night shift of a 40-bed ward, with two nurses.");
    assertThat(split.summary()).isEqualTo("Ran the night shift of a 40-bed ward, with two nurses.");
    assertThat(split.bullets()).isEmpty();
  }

  @Test
  void linesAreBulletsAndAnIntroductionBeforeBulletsIsTheSummary() {
    assertThat(Descriptions.split("Cut costs 20%\nHired 4 people\n\nShipped v2"))
        .isEqualTo(new Descriptions.Split(null, List.of("Cut costs 20%", "Hired 4 people", "Shipped v2")));
    assertThat(Descriptions.split("Team of 8.\nWe build maps.\n• Cut costs 20%\n- Hired 4\n* Shipped v2"))
        .isEqualTo(new Descriptions.Split("Team of 8. We build maps.",
            List.of("Cut costs 20%", "Hired 4", "Shipped v2")));
    assertThat(Descriptions.split("Key achievements:\nCut costs 20%\nHired 4"))
        .isEqualTo(new Descriptions.Split("Key achievements:", List.of("Cut costs 20%", "Hired 4")));
  }

  @Test
  void bulletsPastedIntoOneLineAreSplitApart() {
    assertThat(Descriptions.split("Highlights: • Cut costs 20% • Hired 4 • Shipped v2"))
        .isEqualTo(new Descriptions.Split("Highlights:", List.of("Cut costs 20%", "Hired 4", "Shipped v2")));
  }

  @Test
  void aHyphenatedWordOrANumberIsNoBullet() {
    assertThat(Descriptions.split("-40% churn\n2021 was our best year").bullets())
        .containsExactly("-40% churn", "2021 was our best year");
  }
}
