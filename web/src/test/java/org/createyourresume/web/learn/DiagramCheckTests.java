package org.createyourresume.web.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DiagramCheckTests {

  static final String GOOD = """
      <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 100" role="img"
           aria-labelledby="t d" font-family="system-ui, sans-serif">
        <title id="t">A socket</title>
        <desc id="d">The IP address 192.0.2.10 and port 443 together.</desc>
        <defs><marker id="arrow"><path d="M0 0L10 5L0 10z"/></marker></defs>
        <line x1="0" y1="0" x2="10" y2="10" marker-end="url(#arrow)"/>
        <use href="#arrow"/>
        <text x="10" y="50">192.0.2.10:443</text>
      </svg>
      """;

  private static List<String> problems(String svg) {
    Problems problems = new Problems();
    DiagramCheck.check(new DiagramFile("learn/", "demo", "d.svg",
        svg.getBytes(StandardCharsets.UTF_8)), problems);
    return problems.all();
  }

  @Test
  void aWellMadeDiagramPassesAndKeepsItsTitleAndDescription() {
    Problems problems = new Problems();
    Diagram diagram = DiagramCheck.check(new DiagramFile("learn/", "demo", "socket.svg",
        GOOD.getBytes(StandardCharsets.UTF_8)), problems);

    assertThat(problems.all()).isEmpty();
    assertThat(diagram.title()).isEqualTo("A socket");
    assertThat(diagram.description()).isEqualTo("The IP address 192.0.2.10 and port 443 together.");
    assertThat(diagram.url()).isEqualTo("/learn/demo/img/socket.svg");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      not XML               | <svg                                   | learn/demo/img/d.svg:1: the diagram is not well-formed XML
      a DTD                 | <!DOCTYPE svg [<!ENTITY x "y">]><svg/> | the diagram is not well-formed XML
      not svg               | <html xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1" role="img"><title>T</title><desc>D</desc></html> | the root element must be <svg
      no role               | role="img"@                           | the <svg> needs role="img"
      no viewBox            | viewBox="0 0 400 100"@                | the <svg> needs a viewBox
      no title              | <title id="t">A socket</title>@       | the first two elements inside <svg> must be <title> and <desc>, not <desc>
      empty desc            | The IP address 192.0.2.10 and port 443 together.@ | needs a non-empty <desc>
      a script              | <text x="10"@<script>alert(1)</script><text x="10" | <script> is not allowed in a diagram
      an event handler      | <text x="10"@<text onclick="alert(1)" x="10" | the attribute onclick is not allowed
      an external link      | <use href="#arrow"/>@<use href="https://example.com/a.svg#x"/> | only references inside the file (#id) are allowed
      an xlink              | <use href="#arrow"/>@<use xmlns:xlink="http://www.w3.org/1999/xlink" xlink:href="other.svg#x"/> | only references inside the file (#id) are allowed
      an embedded image     | <use href="#arrow"/>@<image href="#arrow"/> | <image> is not allowed in a diagram
      a foreign object      | <use href="#arrow"/>@<foreignObject/> | <foreignObject> is not allowed in a diagram
      an external url()     | url(#arrow)@url(https://example.com/x) | loads something outside the file
      a style import        | <use href="#arrow"/>@<style>@import "https://example.com/x.css";</style> | the <style> loads something outside the file
      """)
  void aDiagramThatBreaksARuleIsReportedWithFileAndLine(String what, String change,
      String expected) {
    String svg;
    if (change.contains("@")) {
      String[] parts = change.split("@", 2);
      svg = GOOD.replace(parts[0], parts[1]);
      assertThat(svg).as("the test changes the diagram").isNotEqualTo(GOOD);
    } else {
      svg = change;
    }
    assertThat(problems(svg)).anyMatch(p -> p.startsWith("learn/demo/img/d.svg:")
        && p.contains(expected));
  }

  @Test
  void anEmptyFileIsAProblem() {
    assertThat(problems("")).containsExactly("learn/demo/img/d.svg:1: the diagram is empty");
  }

  @Test
  void aBadDiagramStopsTheCatalogue() {
    assertThatThrownBy(() -> new LearnCatalog(List.of(), List.of(new DiagramFile("learn/",
        "demo", "Bad Name.svg", GOOD.getBytes(StandardCharsets.UTF_8)))))
        .isInstanceOf(LearnContentException.class)
        .hasMessageContaining("learn/demo/img/Bad Name.svg:1: a diagram is named <name>.svg");
  }
}
