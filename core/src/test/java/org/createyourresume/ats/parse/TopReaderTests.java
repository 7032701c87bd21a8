package org.createyourresume.ats.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fourth stage: name, headline and contact from the lines above the first heading and the page's edges. */
class TopReaderTests {

  private final HeadingReader headings = new HeadingReader(SectionVocabulary.standard());
  private final TopReader reader = new TopReader(headings);

  /** Reads the top of plain lines, their headings set as the parser sets them. */
  private TopReader.Top top(List<String> body, List<String> edges) {
    List<LayoutLine> lines = body.stream().map(t -> LayoutLine.plain(t, 1)).toList();
    List<Block> blocks = new ArrayList<>(new BlockReader().blocks(lines));
    Block name = headings.nameBlock(blocks, false, 0);
    headings.headings(blocks, name, false, 0);
    return reader.top(blocks, name, 0, lines, edges.stream().map(t -> LayoutLine.plain(t, 1)).toList());
  }

  @Test
  void theNameThenItsHeadlineThenTheContactLines() {
    TopReader.Top top = top(List.of("Priya Raman", "Data Analyst",
        "priya.raman@example.com | +44 20 7946 0123 | linkedin.com/in/priyaraman", "EXPERIENCE", "Acme Corp"), List.of());
    assertThat(top.name()).isEqualTo("Priya Raman");
    assertThat(top.headline()).isEqualTo("Data Analyst");
    assertThat(top.contact().email()).isEqualTo("priya.raman@example.com");
    assertThat(top.contact().phone()).isEqualTo("+44 20 7946 0123");
    assertThat(top.contact().linkedIn()).isEqualTo("linkedin.com/in/priyaraman");
    assertThat(top.firstHeading()).isEqualTo(3);
  }

  @Test
  void aLetterSpacedLineUnderTheNameIsTheHeadlineInWholeWords() {
    TopReader.Top top = top(List.of("Priya Raman", "D A T A  A N A L Y S T", "priya.raman@example.com", "EXPERIENCE"),
        List.of());
    assertThat(top.headline()).isEqualTo("DATA ANALYST");
  }

  @Test
  void aPlaceOnALineOfItsOwnUnderTheNameIsContact() {
    TopReader.Top top = top(List.of("Priya Raman", "priya.raman@example.com", "Utrecht, Netherlands", "EXPERIENCE"),
        List.of());
    assertThat(top.contact().location()).isEqualTo("Utrecht, Netherlands");
    assertThat(top.unsectioned()).isEmpty();
  }

  @Test
  void contactOnlyInThePageFooterIsTakenAndSaidToBeThere() {
    TopReader.Top top = top(List.of("Priya Raman", "EXPERIENCE", "Acme Corp"), List.of("priya.raman@example.com"));
    assertThat(top.contact().email()).isEqualTo("priya.raman@example.com");
    assertThat(top.contact().inHeaderFooterOnly()).containsExactly("email");
  }

  @Test
  void aContactSectionAddsWhatTheTopLacks() {
    Contact atTop = new Contact("priya.raman@example.com", null, null, List.of(), List.of(), List.of());
    ParsedSection section = new ParsedSection(SectionKind.CONTACT, "Contact", true, false,
        List.of("+44 20 7946 0123", "github.com/priyaraman"), List.of());
    Contact contact = TopReader.withContactSections(atTop, List.of(section));
    assertThat(contact.email()).isEqualTo("priya.raman@example.com");
    assertThat(contact.phone()).isEqualTo("+44 20 7946 0123");
    assertThat(contact.links()).containsExactly("github.com/priyaraman");
  }
}
