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
  void aBlockquoteWithoutALabelIsAProblem() {
    MarkdownPage page = markdown.render("Text.\n\n> **Hint:** not a callout\n\n> plain\n");

    assertThat(messages(page)).containsExactly(
        "3: a blockquote must be a callout starting with **Tip:**, **Note:**, **Warning:** or "
            + "**Example:**",
        "5: a blockquote must be a callout starting with **Tip:**, **Note:**, **Warning:** or "
            + "**Example:**");
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
  void imagesNeedATextAlternativeAndASitePath() {
    MarkdownPage page = markdown.render("![](/img/a.png)\n\n![A chart](https://example.com/a.png)\n");

    assertThat(messages(page)).containsExactly(
        "1: an image needs a text alternative: ![what it shows](/img/a.png)",
        "3: images must be served by this site (a path starting with /), not "
            + "\"https://example.com/a.png\"");
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
    assertThat(page.words()).isEqualTo(5 + 1 + 9);
  }
}
