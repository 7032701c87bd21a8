package org.createyourresume.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The interface language over HTTP: pages, the switcher's cookie and problem details. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class InterfaceLanguageHttpTests {

  private final HttpClient http = HttpClient.newHttpClient();

  @LocalServerPort private int port;

  private HttpResponse<String> get(String path, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return http.send(request.build(), BodyHandlers.ofString());
  }

  @Test
  void aFrenchBrowserGetsTheHomePageInFrench() throws Exception {
    HttpResponse<String> response = get("/", "Accept-Language", "fr-FR,fr;q=0.9,en;q=0.8");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .contains("<html lang=\"fr\"")
        .contains("Un CV qui se fait lire, prêt en quelques minutes.")
        .contains("<title>Create Your Resume : créateur de CV gratuit, compatible ATS</title>")
        .contains("<option value=\"fr\" lang=\"fr\" selected>Français</option>")
        .doesNotContain("A resume that gets read");
    // the scripts' share, embedded for /js/i18n.js
    assertThat(response.body()).contains("\"save.saved\":\"Enregistré dans ce navigateur\"");
  }

  @Test
  void withoutAPreferenceOrWithAnUnknownLanguageThePageIsEnglish() throws Exception {
    assertThat(get("/").body()).contains("<html lang=\"en\"").contains("A resume that gets read");
    assertThat(get("/", "Accept-Language", "ja-JP").body()).contains("<html lang=\"en\"");
  }

  @Test
  void theSwitchersChoiceIsKeptInACookieThatWinsOverTheBrowser() throws Exception {
    HttpResponse<String> chosen = get("/editor?lang=hi", "Accept-Language", "de");
    assertThat(chosen.body()).contains("<html lang=\"hi\"").contains("रिज़्यूमे");
    assertThat(chosen.headers().firstValue("Set-Cookie")).get().asString().startsWith("lang=hi;");
    HttpResponse<String> later = get("/ats-checker", "Accept-Language", "de", "Cookie", "lang=hi");
    assertThat(later.body()).contains("<html lang=\"hi\"").contains("ATS रिज़्यूमे जाँच");
  }

  @Test
  void anUnknownChoiceKeepsThePageInTheBrowsersLanguage() throws Exception {
    HttpResponse<String> response = get("/?lang=%3Cscript%3E", "Accept-Language", "es");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("<html lang=\"es\"");
    assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
  }

  @Test
  void aProblemIsWordedInTheRequestsLanguageWithItsFieldsAsTheyAre() throws Exception {
    HttpResponse<String> german =
        get("/api/resumes/abcdefabcdefabcdefabcd", "Accept", "application/json",
            "Accept-Language", "de-DE,de;q=0.9");
    assertThat(german.statusCode()).isEqualTo(404);
    assertThat(german.headers().firstValue("Content-Type")).get().asString()
        .startsWith("application/problem+json");
    JsonNode problem = JsonMapper.builder().build().readTree(german.body());
    assertThat(problem.path("title").asString()).isEqualTo("Nicht gefunden");
    assertThat(problem.path("detail").asString())
        .isEqualTo("Hier gibt es keinen Lebenslauf, oder der Schlüssel öffnet ihn nicht.");
    assertThat(problem.path("type").asString()).isEqualTo("urn:createyourresume:problem:not-found");

    JsonNode english =
        JsonMapper.builder().build().readTree(
            get("/api/resumes/abcdefabcdefabcdefabcd", "Accept", "application/json").body());
    assertThat(english.path("detail").asString())
        .isEqualTo("There is no resume here, or the key does not open it.");
  }

  @Test
  void theErrorPagesSpeakTheVisitorsLanguage() throws Exception {
    HttpResponse<String> german =
        get("/no-such-page", "Accept", "text/html", "Accept-Language", "de-DE");
    assertThat(german.statusCode()).isEqualTo(404);
    assertThat(german.body()).contains("<html lang=\"de\">")
        .contains("<title>Seite nicht gefunden · Create Your Resume</title>")
        .contains(">Editor öffnen</a>").doesNotContain("{{");
    HttpResponse<String> english = get("/no-such-page", "Accept", "text/html");
    assertThat(english.body()).contains("<html lang=\"en\">").contains("<h1>Page not found</h1>");
  }

  @Test
  void aRefusalBeforeOurHandlersIsWordedInTheRequestsLanguage() throws Exception {
    HttpResponse<String> german =
        get("/api/resumes/a%2Fb", "Accept", "application/json", "Accept-Language", "de-DE");
    assertThat(german.statusCode()).isEqualTo(400);
    JsonNode problem = JsonMapper.builder().build().readTree(german.body());
    assertThat(problem.path("title").asString()).isEqualTo("Ungültige Anfrage");
    assertThat(problem.path("detail").asString()).startsWith("Die Anfrage konnte nicht gelesen");
    assertThat(problem.path("type").asString()).endsWith(":malformed-request");
    JsonNode english = JsonMapper.builder().build().readTree(
        get("/api/resumes/a%2Fb", "Accept", "application/json").body());
    assertThat(english.path("title").asString()).isEqualTo("Bad request");
    assertThat(english.path("type")).isEqualTo(problem.path("type"));
  }

  @Test
  void theLearningCentreSpeaksFrenchAroundItsEnglishLessons() throws Exception {
    String page = get("/learn", "Accept-Language", "fr-FR").body();
    assertThat(page).contains("<html lang=\"fr\"", "<h1>Espace formation</h1>",
        "Les leçons sont en anglais.", "<title>Espace formation · Create Your Resume</title>")
        .containsPattern("<h2 class=\"course-title\" lang=\"en\">")
        .doesNotContain("Learning centre");
  }
}
