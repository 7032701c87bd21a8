package org.createyourresume.ats.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.createyourresume.ats.parse.LayoutLine;
import org.createyourresume.ats.parse.Span;
import org.junit.jupiter.api.Test;

/** Words a narrow column broke at any letter are joined; prose that wrapped between words is not. */
class BrokenWordsTests {

  private static LayoutLine line(String text, float top, float right) {
    return new LayoutLine(List.of(new Span(text, 17, right, false, false, top, 9.5f)), 1, 17, top, right, 9.5f,
        LayoutLine.Zone.BODY, false, false);
  }

  private static List<String> texts(List<LayoutLine> lines) {
    return lines.stream().map(LayoutLine::text).toList();
  }

  @Test
  void anAddressBrokenAtTheColumnsEdgeIsJoinedWithoutASpace() {
    List<LayoutLine> column = List.of(
        line("+1 (312) 555-0147", 69, 95),
        line("daniel.okafor@example.co", 82, 130),
        line("m", 93, 25),
        line("Leeds, West Yorkshire, Unit", 106, 133),
        line("ed Kingdom", 117, 68),
        line("linkedin.com/in/meganhugh", 130, 133),
        line("es-it", 141, 35));

    assertThat(texts(ReadingOrder.joinBrokenWords(column))).containsExactly(
        "+1 (312) 555-0147", "daniel.okafor@example.com", "Leeds, West Yorkshire, United Kingdom",
        "linkedin.com/in/meganhughes-it");
  }

  @Test
  void aWordBrokenTwiceIsJoinedAcrossThreeLines() {
    List<LayoutLine> column = List.of(
        line("Microsoft 365 Certified: Mod", 400, 136),
        line("ern Desktop Administrator A", 410.5f, 135),
        line("ssociate (2023)", 421, 82));

    assertThat(texts(ReadingOrder.joinBrokenWords(column)))
        .containsExactly("Microsoft 365 Certified: Modern Desktop Administrator Associate (2023)");
  }

  @Test
  void proseThatWrappedBeforeALowerCaseWordKeepsItsLines() {
    List<LayoutLine> column = List.of(
        line("Comfortable from the SQL query to the board", 147, 136),
        line("slide.", 159, 40),
        line("Google Data Analytics Professional", 198, 134),
        line("Certificate", 210, 60));

    assertThat(texts(ReadingOrder.joinBrokenWords(column))).containsExactly(
        "Comfortable from the SQL query to the board", "slide.", "Google Data Analytics Professional", "Certificate");
  }

  @Test
  void twoWholeLinksOneUnderTheOtherStayApart() {
    List<LayoutLine> column = List.of(
        line("linkedin.com/in/priya-raman", 130, 133),
        line("github.com/priyaraman", 141, 110));

    assertThat(texts(ReadingOrder.joinBrokenWords(column)))
        .containsExactly("linkedin.com/in/priya-raman", "github.com/priyaraman");
  }
}
