package org.createyourresume.web.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.createyourresume.web.learn.MarkdownPage.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LessonMarkdownTests {

  private final LessonMarkdown markdown = new LessonMarkdown();

  private static String fixture(String path) throws IOException {
    try (InputStream in = LessonMarkdownTests.class.getResourceAsStream("/learn-fixtures/" + path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static List<String> messages(MarkdownPage page) {
    return page.problems().stream().map(p -> p.line() + ": " + p.message()).toList();
  }

  @Test
  void aHostileLessonIsRenderedInertAndShowsItsMarkupAsText() throws IOException {
    String text = fixture("hostile/attack/01-attack.md");
    String body = text.substring(text.indexOf("\n---\n", 4) + 5);

    String html = markdown.render(body).html();

    assertThat(InertHtml.problems(html)).as(html).isEmpty();
    assertThat(html)
        .doesNotContainIgnoringCase("<script")
        .doesNotContainIgnoringCase("<iframe")
        .doesNotContainIgnoringCase("<style")
        .doesNotContainIgnoringCase("<svg")
        .doesNotContainPattern("(?i)(href|src)=\"[^\"]*(javascript|vbscript|data):")
        .doesNotContainPattern("(?i)<[a-z][a-z0-9]*(\\s+[a-z-]+=\"[^\"]*\")*\\s+on[a-z]+=");
    // the markup is not silently dropped: a reader sees what was written
    assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;",
        "&lt;img src=x onerror=&quot;alert(2)&quot;&gt;");
  }

  @Test
  void theCheckerBehindTheHostileTestRejectsWhatABrowserWouldRun() {
    assertThat(InertHtml.problems("<p>fine <a href=\"/editor\">link</a></p>")).isEmpty();
    assertThat(InertHtml.problems("<script>alert(1)</script>")).isNotEmpty();
    assertThat(InertHtml.problems("<p onclick=\"x()\">a</p>")).isNotEmpty();
    assertThat(InertHtml.problems("<a href=\"javascript:alert(1)\">a</a>")).isNotEmpty();
    assertThat(InertHtml.problems("<a href=\" JaVa&#x09;script:alert(1)\">a</a>")).isNotEmpty();
    assertThat(InertHtml.problems("<a href=\"java&Tab;script:alert(1)\">a</a>")).isNotEmpty();
    assertThat(InertHtml.problems("<img src=\"data:image/svg+xml,x\" alt=\"\">")).isNotEmpty();
    assertThat(InertHtml.problems("<p>1 <2</p>")).isNotEmpty();
  }

  @Test
  void everyKindOfRawHtmlIsReportedWithItsLine() throws IOException {
    String text = fixture("hostile/attack/01-attack.md");
    String body = text.substring(text.indexOf("\n---\n", 4) + 5);

    List<String> problems = messages(markdown.render(body));

    assertThat(problems.stream().filter(p -> p.contains("raw HTML")).map(p -> p.split(":")[0]))
        .contains("2", "4", "6", "8", "10", "23", "27", "29", "43", "45", "49");
  }

  @Test
  void tablesAreWrappedInAScrollableRegionNamedByTheirHeaders() {
    MarkdownPage page = markdown.render("""
        | Port | Service |
        | --- | :---: |
        | 22 | SSH |
        """);

    assertThat(page.html())
        .contains("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" "
            + "aria-label=\"Table: Port, Service\">")
        .contains("<table>", "<th>Port</th>", "<th align=\"center\">Service</th>",
            "<td>22</td>");
    assertThat(page.html().indexOf("</table>")).isLessThan(page.html().indexOf("</div>"));
    assertThat(page.problems()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"Tip,tip", "Note,note", "Warning,warning", "Example,example"})
  void aLabelledBlockquoteBecomesACallout(String label, String kind) {
    MarkdownPage page =
        markdown.render("> **" + label + ":** Keep *bullets* short.\n> Second line.\n");

    assertThat(page.html())
        .isEqualTo("<aside class=\"callout callout-" + kind + "\" role=\"note\">\n<p><strong>"
            + label + ":</strong> Keep <em>bullets</em> short.\nSecond line.</p>\n</aside>\n");
    assertThat(page.problems()).isEmpty();
  }

  @Test
  void aKeyTermBoxIsACalloutAndItsTermIsCollected() {
    MarkdownPage page = markdown.render("""
        ## Sockets

        > **Key term:** **Socket**: an IP address plus a port number, such as
        > `192.0.2.10:443`.

        > **Key term:** **Port:** a number that names a service.
        """);

    assertThat(page.problems()).isEmpty();
    assertThat(page.keyTerms()).containsExactly(
        new KeyTerm("Socket", "an IP address plus a port number, such as 192.0.2.10:443.",
            "sockets"),
        new KeyTerm("Port", "a number that names a service.", "sockets"));
    assertThat(page.html()).contains("<aside class=\"callout callout-key-term\" role=\"note\">\n"
        + "<p><strong>Key term:</strong> <strong>Socket</strong>: an IP address");
  }

  @Test
  void aKeyTermBoxWithoutABoldTermIsAProblem() {
    assertThat(messages(markdown.render("> **Key term:** Socket: an address.\n")))
        .containsExactly("1: a key term box reads > **Key term:** **Term**: its definition.");
    assertThat(messages(markdown.render("> **Key term:** **Socket** an address.\n")))
        .containsExactly("1: a key term box reads > **Key term:** **Term**: its definition.");
  }

  @Test
  void aTryItBoxMayHoldTheCommandAndWhatToExpect() {
    MarkdownPage page = markdown.render("""
        > **Try it:** List the listening ports.
        >
        > ```sh
        > ss -tlnp
        > ```
        >
        > What to expect:
        >
        > ```output
        > LISTEN 0 4096 0.0.0.0:22 0.0.0.0:*
        > ```
        """);

    assertThat(page.problems()).isEmpty();
    assertThat(page.html()).startsWith("<aside class=\"callout callout-try-it\" role=\"note\">")
        .contains("<pre class=\"code-block\" tabindex=\"0\" data-label=\"Terminal\"><code "
            + "class=\"language-sh\">ss -tlnp\n</code></pre>",
            "data-label=\"Output\"");
    // commands and output are code, not prose
    assertThat(page.words()).isEqualTo(9);
  }

  @Test
  void aBlockquoteWithoutALabelIsAProblem() {
    MarkdownPage page = markdown.render("Text.\n\n> **Hint:** not a callout\n\n> plain\n");

    String expected = "a blockquote must be a callout starting with **Tip:**, **Note:**, "
        + "**Warning:**, **Example:**, **Key term:** or **Try it:**";
    assertThat(messages(page)).containsExactly("3: " + expected, "5: " + expected);
    assertThat(page.html()).contains("<blockquote>");
  }

  @Test
  void headingsGetAnchorsOnceForThePageItsContentsAndItsLinks() {
    MarkdownPage page = markdown.render("""
        ## The fragment

        ### Code: `GET /` and more

        ## The fragment
        """);

    assertThat(page.headings()).extracting(Heading::id)
        .containsExactly("the-fragment", "code-get--and-more", "the-fragment-1");
    assertThat(page.html()).contains("<h2 id=\"the-fragment\">The fragment</h2>",
        "<h3 id=\"code-get--and-more\">", "<h2 id=\"the-fragment-1\">");
    assertThat(page.headings().get(1).text()).isEqualTo("Code: GET / and more");
  }

  @Test
  void headingRulesAreEnforced() {
    MarkdownPage page = markdown.render("# Title again\n\n## Fine\n\n#### Skipped\n\n## Main\n");

    assertThat(messages(page)).containsExactly(
        "1: the title is the page's only level-1 heading: start headings at ##",
        "5: the heading jumps from level 2 to level 4; do not skip a level",
        "7: the heading's anchor \"#main\" is taken by the page itself; reword the heading");
  }

  @Test
  void codeBlocksNameTheirLanguageAndGetALabelAndKeyboardScrolling() {
    MarkdownPage page = markdown.render("```sh\n./cyr serve\n```\n\n```text\nplain\n```\n\n"
        + "```output\nerror: port 8080 is already in use\n```\n");

    assertThat(page.html())
        .contains("<pre class=\"code-block\" tabindex=\"0\" data-label=\"Terminal\">"
            + "<code class=\"language-sh\">./cyr serve\n</code></pre>")
        .contains("<pre class=\"code-block\" tabindex=\"0\"><code class=\"language-text\">")
        // what a program prints wraps at the edge of its box
        .contains("<pre class=\"code-block code-wrap\" tabindex=\"0\" data-label=\"Output\">"
            + "<code class=\"language-output\">error: port 8080");
    assertThat(page.problems()).isEmpty();

    assertThat(messages(markdown.render("Text\n\n```\nno language\n```\n\n    indented\n")))
        .containsExactly("3: a code block must name its language, such as ```text or ```sh",
            "7: write code blocks fenced with ``` and a language, not indented");
  }

  @Test
  void linksAreCollectedWithTheirLinesAndOnlySafeKindsAreAllowed() {
    MarkdownPage page = markdown.render("""
        See the [editor](/editor?example=fresher) and [DNS](/learn/internet-web-basics/dns).

        Read [more](https://example.com/a), write to <someone@example.com>,
        jump to [below](#below), or try [this](urls) and [that](//example.com/x).

        ## Below
        """);

    assertThat(page.links()).extracting(LessonLink::destination, LessonLink::line)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("/editor?example=fresher", 1),
            org.assertj.core.groups.Tuple.tuple("/learn/internet-web-basics/dns", 1),
            org.assertj.core.groups.Tuple.tuple("https://example.com/a", 3),
            org.assertj.core.groups.Tuple.tuple("mailto:someone@example.com", 3),
            org.assertj.core.groups.Tuple.tuple("#below", 4),
            org.assertj.core.groups.Tuple.tuple("urls", 4),
            org.assertj.core.groups.Tuple.tuple("//example.com/x", 4));
    assertThat(page.problems()).extracting(Problem::line).containsExactly(4, 4);
    assertThat(page.problems().get(0).message()).contains("\"urls\" must be a site path");
  }

  @Test
  void imagesAreDiagramsOfTheCourseWithATextAlternativeOnALineOfTheirOwn() {
    MarkdownPage page = markdown.render("""
        ![](img/socket.svg)

        ![A chart](https://example.com/a.png)

        ![A chart](/img/a.png)

        ![A missing one](img/missing.svg)

        Text with ![an inline picture](img/socket.svg) inside.
        """, name -> name.equals("socket.svg") ? SOCKET : null);

    assertThat(messages(page)).containsExactly(
        "1: an image needs a text alternative: ![what it shows](img/socket.svg)",
        "3: an image is a diagram of this course: img/<name>.svg, not "
            + "\"https://example.com/a.png\"",
        "5: an image is a diagram of this course: img/<name>.svg, not \"/img/a.png\"",
        "7: there is no diagram img/missing.svg in this course's img folder",
        "9: put a diagram on a line of its own, outside any box");
  }

  private static final Diagram SOCKET =
      new Diagram("internet-web-basics", "socket.svg", new byte[0], "A socket",
          "An IP address and a port.");

  @Test
  void aDiagramIsAFigureWithItsTextAlternativeAndItsTitleAsCaption() {
    MarkdownPage page = markdown.render(
        "Before.\n\n![An IP address, 192.0.2.10, joined to port 443](img/socket.svg)\n",
        name -> name.equals("socket.svg") ? SOCKET : null);

    assertThat(page.problems()).isEmpty();
    assertThat(page.html()).contains("<p>Before.</p>\n<figure class=\"diagram\"><img "
        + "src=\"/learn/internet-web-basics/img/socket.svg\" alt=\"An IP address, 192.0.2.10, "
        + "joined to port 443\" loading=\"lazy\" /><figcaption>A socket</figcaption></figure>");
    assertThat(page.diagrams()).containsExactly(SOCKET);
    assertThat(page.links()).isEmpty();
  }

  @Test
  void plainTextBySectionIsKeptForSearch() {
    MarkdownPage page = markdown.render("""
        Before any heading, with `code`.

        ## Ports

        | Port | Service |
        | --- | --- |
        | 22 | SSH |

        - one
        - two

        ```sh
        ufw allow 443/tcp
        ```
        """);

    assertThat(page.sections()).containsExactly(
        new Section(null, null, "Before any heading, with code."),
        new Section("ports", "Ports", "Port Service 22 SSH one two ufw allow 443/tcp"));
    // prose only: the code block's three words are searched but not counted
    assertThat(page.words()).isEqualTo(5 + 1 + 6);
  }
}
