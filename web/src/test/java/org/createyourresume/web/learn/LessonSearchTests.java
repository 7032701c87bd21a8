package org.createyourresume.web.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.createyourresume.web.learn.SearchHit.Fragment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LessonSearchTests {

  private static final LearnCatalog CATALOG = ClassicCatalog.CLASSIC;
  private final LessonSearch search = new LessonSearch(CATALOG);

  private List<String> found(String query) {
    return search.search(query).stream().map(h -> h.lesson().id()).toList();
  }

  @ParameterizedTest(name = "\"{0}\" finds {1} first")
  @CsvSource({
      "port, ports-and-port-numbers",
      "Ports, ports-and-port-numbers",
      "ephemeral, ports-and-port-numbers",
      "what is a port, ports-and-port-numbers",
      "ATS, what-is-an-ats",
      "applicant tracking, what-is-an-ats",
      "summary, writing-a-summary",
      "keyword stuffing, tailoring-with-keywords",
      "action verbs, achievement-bullets",
      "dns resolver, dns",
      "TTL, dns",
      "fragment, urls",
      "certificate authority, http-and-https",
      "IPv6, ip-addresses",
      "NAT, ip-addresses",
      "fresher, choosing-sections",
      "file name, final-checklist",
      "peer, clients-and-servers"})
  void findsTheLessonAboutIt(String query, String lesson) {
    assertThat(found(query)).first().isEqualTo(lesson);
  }

  @Test
  void caseAndAccentsDoNotMatter() {
    assertThat(found("RÉSUMÉ")).isEqualTo(found("resume")).isNotEmpty();
  }

  @Test
  void theBodyIsSearchedNotOnlyTitlesAndSummaries() {
    // "ufw" appears only in a code block of the ports lesson
    assertThat(found("ufw")).containsExactly("ports-and-port-numbers");
    // "BitTorrent" appears only in a paragraph
    assertThat(found("bittorrent")).containsExactly("clients-and-servers");
  }

  @Test
  void aResultLeadsToTheSectionWithTheWordsAndQuotesIt() {
    SearchHit hit = search.search("ephemeral").get(0);

    assertThat(hit.url()).startsWith("/learn/internet-web-basics/ports-and-port-numbers#");
    String anchor = hit.url().substring(hit.url().indexOf('#') + 1);
    assertThat(hit.lesson().hasAnchor(anchor)).isTrue();
    assertThat(hit.section()).isNotBlank();
    assertThat(hit.snippet()).filteredOn(Fragment::match).isNotEmpty()
        .allMatch(f -> f.text().equalsIgnoreCase("ephemeral"));
    String text = hit.snippet().stream().map(Fragment::text).reduce("", String::concat);
    assertThat(LessonMarkdown.countWords(text)).isBetween(10, 40);
  }

  @Test
  void aLessonWhoseTitleHasEveryWordLeadsToItsStartWithItsSummary() {
    SearchHit hit = search.search("port numbers").get(0);

    assertThat(hit.url()).isEqualTo("/learn/internet-web-basics/ports-and-port-numbers");
    assertThat(hit.section()).isNull();
    assertThat(hit.snippet().stream().map(Fragment::text).reduce("", String::concat))
        .isEqualTo(hit.lesson().summary());
  }

  @Test
  void lessonsMatchingMoreOfTheWordsComeFirst() {
    List<String> both = found("firewall ssh");
    assertThat(both).first().isEqualTo("ports-and-port-numbers");
    assertThat(found("firewall")).contains("ports-and-port-numbers");
  }

  @Test
  void singleLettersAndDigitsMatchWholeWordsOnly() {
    assertThat(LessonSearch.terms("C# developer")).containsExactly("c", "developer");
    assertThat(found("443")).contains("ports-and-port-numbers", "urls", "http-and-https")
        .doesNotContain("writing-a-summary");
  }

  @Test
  void commonWordsAreIgnoredUnlessNothingElseIsAsked() {
    assertThat(LessonSearch.terms("What is the DNS?")).containsExactly("dns");
    assertThat(LessonSearch.terms("what is")).containsExactly("what", "is");
  }

  @Test
  void blankOrUnmatchedQueriesFindNothing() {
    assertThat(search.search("")).isEmpty();
    assertThat(search.search("   ")).isEmpty();
    assertThat(search.search(null)).isEmpty();
    assertThat(search.search("?!")).isEmpty();
    assertThat(search.search("zzyzx")).isEmpty();
  }

  @Test
  void aLongQueryIsCutNotRefused() {
    assertThat(search.search("port " + "x".repeat(500))).isNotEmpty();
    assertThat(LessonSearch.terms("a b c d e f g h i j k l")).hasSize(8);
  }

  @Test
  void theSnippetShowsThePassageWithTheMostOfTheQuerysWords() {
    String text = "port alone here. " + "filler ".repeat(40) + "an ephemeral port is chosen. "
        + "filler ".repeat(40);

    List<Fragment> snippet = LessonSearch.snippet(text, List.of("ephemeral", "port"));

    assertThat(snippet).filteredOn(Fragment::match).extracting(Fragment::text)
        .containsExactly("ephemeral", "port");
  }

  @Test
  void snippetsMarkEveryMatchAndShowWhereTheyWereCut() {
    String text = "one two three four five six seven eight nine ten eleven twelve port thirteen "
        + "fourteen fifteen sixteen seventeen eighteen nineteen twenty twenty-one twenty-two "
        + "twenty-three twenty-four twenty-five ports twenty-six twenty-seven twenty-eight";

    List<Fragment> snippet = LessonSearch.snippet(text, List.of("port"));

    assertThat(snippet.get(0).text()).startsWith("…");
    assertThat(snippet).filteredOn(Fragment::match).extracting(Fragment::text)
        .containsExactly("port", "ports");
    assertThat(snippet.get(snippet.size() - 1).text()).endsWith("…");
  }
}
