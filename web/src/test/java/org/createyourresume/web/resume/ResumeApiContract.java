package org.createyourresume.web.resume;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import org.createyourresume.web.TestFiles;
import org.createyourresume.web.resume.ApiClient.Created;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The saved-resume API over real HTTP on the whole application, run against H2 ({@link
 * ResumeApiH2Tests}) and PostgreSQL ({@link ResumeApiPostgresTests}).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = "cyr.store.max-document-size=64KB")
abstract class ResumeApiContract {

  static final String DOC = "{\"basics\":{\"name\":\"Ana Lima\",\"label\":\"Nurse\"}}";

  @LocalServerPort int port;
  ApiClient api;

  @BeforeEach
  void client() {
    api = new ApiClient("http://localhost:" + port);
  }

  @Test
  void createsAResumeWithAnUnguessableIdAndTokenAndAnEditLink() {
    Created created = api.create(DOC);
    assertThat(created.id()).matches("[A-Za-z0-9_-]{16}");
    assertThat(created.token()).matches("[A-Za-z0-9_-]{22}");
    assertThat(created.shareId()).isNull();
    JsonNode body = created.body();
    assertThat(body.get("version").asLong()).isEqualTo(1);
    assertThat(body.get("retentionDays").asLong()).isEqualTo(365);
    // the token travels in the fragment, which browsers never send to a server
    assertThat(body.get("editUrl").asString()).isEqualTo(
        "http://localhost:" + port + "/editor#id=" + created.id() + "&key=" + created.token());
    Created other = api.create(DOC);
    assertThat(other.id()).isNotEqualTo(created.id());
    assertThat(other.token()).isNotEqualTo(created.token());
  }

  @Test
  void readsTheDocumentBackExactlyWithItsVersionAsETag() {
    String document = TestFiles.resume("one-page.json");
    Created created = api.create(document);
    HttpResponse<String> read = api.get(created.id(), created.token());
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(read.body()).isEqualTo(document);
    assertThat(read.headers().firstValue("ETag")).hasValue("\"1\"");
    assertThat(read.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(read.headers().firstValue("Last-Modified")).isPresent();
    HttpResponse<String> unchanged = api.send(api.request("/api/resumes/" + created.id())
        .header("Authorization", "Bearer " + created.token()).header("If-None-Match", "\"1\""));
    assertThat(unchanged.statusCode()).isEqualTo(304);
  }

  /** RFC 9110 13.1.2: "*" matches whatever current representation exists. */
  @Test
  void ifNoneMatchStarIsA304WhenTheResumeExists() {
    Created created = api.create(DOC);
    HttpResponse<String> star = api.send(api.request("/api/resumes/" + created.id())
        .header("Authorization", "Bearer " + created.token()).header("If-None-Match", "*"));
    assertThat(star.statusCode()).isEqualTo(304);
    assertThat(star.headers().firstValue("ETag")).hasValue("\"1\"");
    assertThat(star.body()).isEmpty();
    HttpResponse<String> other = api.send(api.request("/api/resumes/" + created.id())
        .header("Authorization", "Bearer " + created.token()).header("If-None-Match", "\"7\""));
    assertThat(other.statusCode()).isEqualTo(200);
    api.delete(created.id(), created.token());
    HttpResponse<String> gone = api.send(api.request("/api/resumes/" + created.id())
        .header("Authorization", "Bearer " + created.token()).header("If-None-Match", "*"));
    assertThat(gone.statusCode()).isEqualTo(404);
  }

  @Test
  void savesWithIfMatchAndCountsVersionsUp() {
    Created created = api.create(DOC);
    HttpResponse<String> saved = api.put(created.id(), created.token(), "\"1\"",
        "{\"basics\":{\"name\":\"Ana Lima\",\"label\":\"Head Nurse\"}}");
    assertThat(saved.statusCode()).isEqualTo(200);
    assertThat(saved.headers().firstValue("ETag")).hasValue("\"2\"");
    assertThat(ApiClient.JSON.readTree(saved.body()).get("version").asLong()).isEqualTo(2);
    HttpResponse<String> again = api.put(created.id(), created.token(), "\"2\"", DOC);
    assertThat(again.statusCode()).isEqualTo(200);
    HttpResponse<String> read = api.get(created.id(), created.token());
    assertThat(read.body()).isEqualTo(DOC);
    assertThat(ApiClient.version(read)).isEqualTo(3);
  }

  @Test
  void aStaleSaveIsA412NamingTheCurrentVersionAndOverwritesNothing() {
    Created created = api.create(DOC);
    api.put(created.id(), created.token(), "\"1\"", "{\"basics\":{\"name\":\"From phone\"}}");
    HttpResponse<String> stale = api.put(created.id(), created.token(), "\"1\"",
        "{\"basics\":{\"name\":\"From laptop\"}}");
    assertThat(stale.statusCode()).isEqualTo(412);
    assertThat(stale.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode problem = ApiClient.JSON.readTree(stale.body());
    assertThat(problem.get("currentVersion").asLong()).isEqualTo(2);
    assertThat(problem.get("currentETag").asString()).isEqualTo("\"2\"");
    assertThat(api.get(created.id(), created.token()).body()).contains("From phone");
    // a weak or foreign tag matches nothing either
    assertThat(api.put(created.id(), created.token(), "W/\"2\"", DOC).statusCode())
        .isEqualTo(412);
    assertThat(api.put(created.id(), created.token(), "\"abc\"", DOC).statusCode())
        .isEqualTo(412);
  }

  @Test
  void aSaveWithoutIfMatchIsA428() {
    Created created = api.create(DOC);
    assertThat(api.put(created.id(), created.token(), null, DOC).statusCode()).isEqualTo(428);
    assertThat(api.put(created.id(), created.token(), "*", DOC).statusCode()).isEqualTo(428);
    assertThat(ApiClient.version(api.get(created.id(), created.token()))).isEqualTo(1);
  }

  @Test
  void refusesBodiesThatAreNotJsonObjectsOrTooLarge() {
    HttpResponse<String> notJson = api.send(api.request("/api/resumes")
        .header("Content-Type", "application/json").POST(BodyPublishers.ofString("{\"a\":")));
    assertThat(notJson.statusCode()).isEqualTo(400);
    HttpResponse<String> array = api.send(api.request("/api/resumes")
        .header("Content-Type", "application/json").POST(BodyPublishers.ofString("[1]")));
    assertThat(array.statusCode()).isEqualTo(400);
    HttpResponse<String> text = api.send(api.request("/api/resumes")
        .header("Content-Type", "text/plain").POST(BodyPublishers.ofString(DOC)));
    assertThat(text.statusCode()).isEqualTo(415);
    String big = "{\"basics\":{\"summary\":\"" + "x".repeat(70 * 1024) + "\"}}";
    HttpResponse<String> tooBig = api.send(api.request("/api/resumes")
        .header("Content-Type", "application/json").POST(BodyPublishers.ofString(big)));
    assertThat(tooBig.statusCode()).isEqualTo(413);
    Created created = api.create(DOC);
    assertThat(api.put(created.id(), created.token(), "\"1\"", big).statusCode()).isEqualTo(413);
    assertThat(api.put(created.id(), created.token(), "\"1\"", "nope").statusCode())
        .isEqualTo(400);
    assertThat(ApiClient.version(api.get(created.id(), created.token()))).isEqualTo(1);
  }

  @Test
  void draftsAreStoredEvenWhenTheyAreNotValidYet() {
    String draft = "{\"work\":[{\"name\":\"Acme\",\"startDate\":\"2019-1\"}]}";
    Created created = api.create(draft);
    assertThat(api.get(created.id(), created.token()).body()).isEqualTo(draft);
  }

  @Test
  void aBadPhotoIsRefusedWith422NamingBasicsImageWhenCreatingAndSaving() {
    String svg = "{\"basics\":{\"name\":\"Ana\",\"image\":\"data:image/svg+xml;base64,"
        + "PHN2Zy8+\"}}";
    HttpResponse<String> created = api.send(api.request("/api/resumes")
        .header("Content-Type", "application/json").POST(BodyPublishers.ofString(svg)));
    assertThat(created.statusCode()).isEqualTo(422);
    assertThat(created.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode problem = ApiClient.JSON.readTree(created.body());
    assertThat(problem.get("errors").get(0).get("pointer").asString()).isEqualTo("/basics/image");
    assertThat(problem.get("errors").get(0).get("code").asString()).isEqualTo("image.type");

    Created saved = api.create(DOC);
    String script = "{\"basics\":{\"name\":\"Ana\",\"image\":\"javascript:alert(1)\"}}";
    HttpResponse<String> put = api.put(saved.id(), saved.token(), "\"1\"", script);
    assertThat(put.statusCode()).isEqualTo(422);
    assertThat(ApiClient.JSON.readTree(put.body()).get("errors").get(0).get("path").asString())
        .isEqualTo("basics.image");
    assertThat(ApiClient.version(api.get(saved.id(), saved.token()))).isEqualTo(1);
  }

  @Test
  void aSmallPhotoIsSavedAsItIs() {
    // a 1 x 1 PNG
    String png = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4"
        + "2mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";
    String document = "{\"basics\":{\"name\":\"Ana\",\"image\":\"" + png + "\"}}";
    Created created = api.create(document);
    assertThat(api.get(created.id(), created.token()).body()).isEqualTo(document);
  }

  @Test
  void aWrongOrMissingTokenIsAnswered404LikeAMissingResume() {
    Created created = api.create(DOC);
    String wrong = Capabilities.newToken();
    String missingId = Capabilities.newId();
    HttpResponse<String> missingResume = api.get(missingId, created.token());
    HttpResponse<String> wrongToken = api.get(created.id(), wrong);
    HttpResponse<String> noToken = api.get(created.id(), null);
    HttpResponse<String> otherScheme = api.send(api.request("/api/resumes/" + created.id())
        .header("Authorization", "Basic " + created.token()));
    String expected = missingResume.body().replace(missingId, "ID");
    for (HttpResponse<String> response : java.util.List.of(wrongToken, noToken, otherScheme)) {
      assertThat(response.statusCode()).isEqualTo(404);
      assertThat(response.headers().map().keySet())
          .isEqualTo(missingResume.headers().map().keySet());
      assertThat(response.body().replace(created.id(), "ID")).isEqualTo(expected)
          .doesNotContain(created.token());
    }
    assertThat(api.put(created.id(), wrong, "\"1\"", "{}").statusCode()).isEqualTo(404);
    assertThat(api.delete(created.id(), wrong).statusCode()).isEqualTo(404);
    assertThat(api.share(created.id(), wrong, null).statusCode()).isEqualTo(404);
    assertThat(api.revoke(created.id(), null).statusCode()).isEqualTo(404);
    assertThat(api.get(created.id(), created.token()).body()).isEqualTo(DOC);
  }

  @Test
  void sharesAReadOnlyPageAndPdfThatCarryNoindexUntilTheOwnerOptsIn() {
    Created created = api.create(TestFiles.resume("one-page.json"));
    HttpResponse<String> share = api.share(created.id(), created.token(), null);
    assertThat(share.statusCode()).isEqualTo(201);
    JsonNode link = ApiClient.JSON.readTree(share.body());
    String shareId = link.get("shareId").asString();
    assertThat(shareId).matches("[A-Za-z0-9_-]{22}");
    assertThat(link.get("url").asString()).isEqualTo("http://localhost:" + port + "/r/" + shareId);
    assertThat(link.get("indexable").asBoolean()).isFalse();

    HttpResponse<String> page = api.page("/r/" + shareId);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
    assertThat(page.headers().firstValue("X-Robots-Tag")).hasValue("noindex, nofollow");
    assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("default-src 'none'", "style-src 'self' 'sha256-").doesNotContain("script-src");
    assertThat(page.body()).startsWith("<!DOCTYPE html>")
        .contains("<meta name=\"robots\" content=\"noindex, nofollow\"/>",
            "Mariam Okafor-Lindqvist", "Brightwater Housing", "<main class=\"share-resume\">",
            "href=\"/r/" + shareId + ".pdf\"",
            "<link rel=\"icon\" href=\"/img/favicon.svg\" type=\"image/svg+xml\"/>")
        .doesNotContain(created.token(), created.id());
    HttpResponse<byte[]> icon = api.bytes("/img/favicon.svg");
    assertThat(icon.statusCode()).isEqualTo(200);
    assertThat(icon.headers().firstValue("Content-Type").orElseThrow()).startsWith("image/svg+xml");

    HttpResponse<byte[]> pdf = api.bytes("/r/" + shareId + ".pdf");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(pdf.headers().firstValue("X-Robots-Tag")).hasValue("noindex, nofollow");
    assertThat(TestFiles.pdfText(pdf.body())).contains("Mariam Okafor-Lindqvist");

    HttpResponse<String> optIn = api.patchShare(created.id(), created.token(),
        "{\"indexable\":true}");
    assertThat(optIn.statusCode()).isEqualTo(200);
    assertThat(ApiClient.JSON.readTree(optIn.body()).get("shareId").asString()).isEqualTo(shareId);
    HttpResponse<String> indexed = api.page("/r/" + shareId);
    assertThat(indexed.headers().firstValue("X-Robots-Tag")).hasValue("all");
    assertThat(indexed.body()).contains("<meta name=\"robots\" content=\"index, follow\"/>");
    HttpResponse<String> status = api.shareStatus(created.id(), created.token());
    assertThat(ApiClient.JSON.readTree(status.body()).get("indexable").asBoolean()).isTrue();
  }

  @Test
  void lettersAreSavedWithTheResumeAndOnlySharedOnesShowThroughTheShareLink() {
    String document = "{\"basics\":{\"name\":\"Ana Lima\",\"label\":\"Nurse\"},"
        + "\"meta\":{\"createYourResume\":{\"letters\":["
        + "{\"id\":\"ward\",\"role\":\"Ward Nurse\",\"recipient\":{\"company\":\"St Anne Hospital\"},"
        + "\"greeting\":\"Dear Hiring Manager,\",\"body\":[{\"text\":\"I am applying for the Ward Nurse role.\"}],"
        + "\"shared\":true},"
        + "{\"id\":\"private\",\"role\":\"Clinic Nurse\",\"body\":[\"Not for the link.\"]}]}}}";
    Created created = api.create(document);
    HttpResponse<String> read = api.get(created.id(), created.token());
    assertThat(ApiClient.JSON.readTree(read.body())).isEqualTo(ApiClient.JSON.readTree(document));
    HttpResponse<String> share = api.share(created.id(), created.token(), null);
    String shareId = ApiClient.JSON.readTree(share.body()).get("shareId").asString();

    // the public page links the shared letter, and only that one
    HttpResponse<String> page = api.page("/r/" + shareId);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<nav class=\"share-letters\" aria-label=\"Cover letters\">",
        "<a href=\"/r/" + shareId + "/letters/ward.pdf\">Cover letter: Ward Nurse · St Anne Hospital (PDF)</a>");
    assertThat(page.body()).doesNotContain("/letters/private.pdf", "Clinic Nurse");

    HttpResponse<byte[]> letter = api.bytes("/r/" + shareId + "/letters/ward.pdf");
    assertThat(letter.statusCode()).isEqualTo(200);
    assertThat(letter.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(letter.headers().firstValue("X-Robots-Tag")).hasValue("noindex, nofollow");
    assertThat(TestFiles.pdfText(letter.body())).contains("Ana Lima", "St Anne Hospital",
        "I am applying for the Ward Nurse role.");
    assertThat(api.bytes("/r/" + shareId + "/letters/private.pdf").statusCode()).isEqualTo(404);
    assertThat(api.bytes("/r/" + shareId + "/letters/missing.pdf").statusCode()).isEqualTo(404);

    assertThat(api.revoke(created.id(), created.token()).statusCode()).isEqualTo(204);
    assertThat(api.bytes("/r/" + shareId + "/letters/ward.pdf").statusCode()).isEqualTo(410);
  }

  @Test
  void theSharedPageShowsTheOwnersTemplateAndLatestSave() {
    String modern = "{\"basics\":{\"name\":\"Ana Lima\"},"
        + "\"meta\":{\"createYourResume\":{\"template\":\"modern\"}}}";
    Created created = api.create(modern, "?share=true");
    assertThat(created.shareId()).isNotNull();
    assertThat(created.body().get("shareUrl").asString()).endsWith("/r/" + created.shareId());
    HttpResponse<byte[]> pdf = api.bytes("/r/" + created.shareId() + ".pdf");
    assertThat(pdf.statusCode()).isEqualTo(200);
    api.put(created.id(), created.token(), "\"1\"",
        modern.replace("Ana Lima", "Ana Lima-Sousa"));
    assertThat(api.page("/r/" + created.shareId()).body()).contains("Ana Lima-Sousa");
  }

  /**
   * A draft may name a template this server does not have (a typo, or one since removed): its
   * visitors still get the resume, in the default template, as a page and as a PDF.
   */
  @Test
  void aSharedDraftWithAnUnknownTemplateIsShownInTheDefaultTemplate() {
    String draft = "{\"basics\":{\"name\":\"Ana Lima\"},"
        + "\"meta\":{\"createYourResume\":{\"template\":\"no-such-template\"}}}";
    Created created = api.create(draft, "?share=true");
    HttpResponse<String> page = api.page("/r/" + created.shareId());
    assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
    assertThat(page.body()).contains("Ana Lima");
    HttpResponse<byte[]> pdf = api.bytes("/r/" + created.shareId() + ".pdf");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(TestFiles.pdfText(pdf.body())).contains("Ana Lima");
  }

  /** A share link whose owner stopped sharing: 410 with a page (or problem) that says so. */
  private void assertNoLongerShared(String shareId) {
    HttpResponse<String> page = api.page("/r/" + shareId);
    assertThat(page.statusCode()).isEqualTo(410);
    assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
    assertThat(page.body()).contains("<title>No longer shared · Create Your Resume</title>",
            "The owner stopped sharing this resume")
        .doesNotContain("Page not found");
    HttpResponse<String> pdfPage = api.page("/r/" + shareId + ".pdf");
    assertThat(pdfPage.statusCode()).isEqualTo(410);
    assertThat(pdfPage.body()).contains("The owner stopped sharing this resume");
    HttpResponse<String> program = api.send(api.request("/r/" + shareId + ".pdf"));
    assertThat(program.statusCode()).isEqualTo(410);
    assertThat(program.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode problem = ApiClient.JSON.readTree(program.body());
    assertThat(problem.get("type").asString()).isEqualTo("urn:createyourresume:problem:share-revoked");
    assertThat(problem.get("detail").asString()).startsWith("The owner stopped sharing this resume");
  }

  @Test
  void aRevokedLinkSaysTheOwnerStoppedSharingAndANewOneWorks() {
    Created created = api.create(DOC, "?share=true");
    String old = created.shareId();
    assertThat(api.page("/r/" + old).statusCode()).isEqualTo(200);
    assertThat(api.revoke(created.id(), created.token()).statusCode()).isEqualTo(204);
    assertNoLongerShared(old);
    assertThat(api.shareStatus(created.id(), created.token()).statusCode()).isEqualTo(404);
    HttpResponse<String> again = api.share(created.id(), created.token(), "{\"indexable\":false}");
    String fresh = ApiClient.JSON.readTree(again.body()).get("shareId").asString();
    assertThat(fresh).isNotEqualTo(old);
    assertThat(api.page("/r/" + fresh).statusCode()).isEqualTo(200);
    assertNoLongerShared(old);
    // making a new link replaces the previous one, which stops like a revoked one
    String third = ApiClient.JSON.readTree(api.share(created.id(), created.token(), null).body())
        .get("shareId").asString();
    assertNoLongerShared(fresh);
    assertThat(api.page("/r/" + third).statusCode()).isEqualTo(200);
  }

  @Test
  void deletingRemovesTheResumeFromEveryEndpoint() {
    Created created = api.create(DOC, "?share=true");
    String id = created.id();
    String token = created.token();
    assertThat(api.delete(id, token).statusCode()).isEqualTo(204);
    assertThat(api.get(id, token).statusCode()).isEqualTo(404);
    assertThat(api.put(id, token, "\"1\"", DOC).statusCode()).isEqualTo(404);
    assertThat(api.delete(id, token).statusCode()).isEqualTo(404);
    assertThat(api.shareStatus(id, token).statusCode()).isEqualTo(404);
    assertThat(api.share(id, token, null).statusCode()).isEqualTo(404);
    assertThat(api.patchShare(id, token, "{\"indexable\":true}").statusCode()).isEqualTo(404);
    assertThat(api.revoke(id, token).statusCode()).isEqualTo(404);
    // deleting the resume stops sharing it too
    assertNoLongerShared(created.shareId());
  }

  @Test
  void unknownShareLinksAre404PagesForPeopleAndProblemsForPrograms() {
    HttpResponse<String> page = api.page("/r/" + Capabilities.newShareId());
    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
    assertThat(page.body()).contains("Page not found").doesNotContain("stopped sharing");
    assertThat(api.page("/r/" + Capabilities.newShareId() + ".pdf").statusCode()).isEqualTo(404);
    HttpResponse<String> program = api.send(api.request("/r/not-a-share-id"));
    assertThat(program.statusCode()).isEqualTo(404);
    assertThat(program.headers().firstValue("Content-Type")).hasValue("application/problem+json");
  }

  @Test
  void badShareSettingsAreRefused() {
    Created created = api.create(DOC, "?share=true");
    assertThat(api.patchShare(created.id(), created.token(), "{\"indexable\":\"yes\"}")
        .statusCode()).isEqualTo(400);
    assertThat(api.patchShare(created.id(), created.token(), "{}").statusCode()).isEqualTo(400);
    assertThat(api.patchShare(created.id(), created.token(), "{").statusCode()).isEqualTo(400);
  }

  @Test
  void theStatusSaysWhetherTheResumeExistsItsVersionAndShareLinkAlwaysWith200() {
    Created created = api.create(DOC);
    JsonNode fresh = status(created.id(), created.token(), 200);
    assertThat(fresh.get("exists").asBoolean()).isTrue();
    assertThat(fresh.get("version").asLong()).isEqualTo(1);
    assertThat(fresh.get("shared").asBoolean()).isFalse();
    assertThat(fresh.has("share")).isFalse();

    api.put(created.id(), created.token(), "\"1\"", "{\"basics\":{\"name\":\"Ana\"}}");
    api.share(created.id(), created.token(), "{\"indexable\":true}");
    JsonNode shared = status(created.id(), created.token(), 200);
    assertThat(shared.get("version").asLong()).isEqualTo(2);
    assertThat(shared.get("shared").asBoolean()).isTrue();
    JsonNode share = shared.get("share");
    String shareId = share.get("shareId").asString();
    assertThat(share.get("url").asString()).isEqualTo("http://localhost:" + port + "/r/" + shareId);
    assertThat(share.get("pdfUrl").asString()).endsWith("/r/" + shareId + ".pdf");
    assertThat(share.get("indexable").asBoolean()).isTrue();
    assertThat(shared.toString()).doesNotContain(created.token(), "Ana");

    api.revoke(created.id(), created.token());
    JsonNode revoked = status(created.id(), created.token(), 200);
    assertThat(revoked.get("shared").asBoolean()).isFalse();
    assertThat(revoked.get("version").asLong()).as("sharing is not a save").isEqualTo(2);

    api.delete(created.id(), created.token());
    assertThat(status(created.id(), created.token(), 200).toString())
        .isEqualTo("{\"exists\":false}");
  }

  @Test
  void theStatusAnswersAWrongKeyExactlyLikeAMissingResume() {
    Created created = api.create(DOC, "?share=true");
    String wrong = Capabilities.newToken();
    String missingId = Capabilities.newId();
    HttpResponse<String> missing = api.status(missingId, created.token());
    assertThat(missing.statusCode()).isEqualTo(200);
    assertThat(missing.body()).isEqualTo("{\"exists\":false}");
    assertThat(missing.headers().firstValue("Cache-Control")).hasValue("no-store");
    java.util.List<HttpResponse<String>> refused = java.util.List.of(
        api.status(created.id(), wrong),
        api.status(created.id(), null),
        api.status("not-an-id", created.token()),
        api.send(api.request("/api/resumes/" + created.id() + "/status")
            .header("Authorization", "Basic " + created.token())));
    for (HttpResponse<String> response : refused) {
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.body()).isEqualTo(missing.body());
      assertThat(response.headers().map().keySet()).isEqualTo(missing.headers().map().keySet());
    }
    assertThat(status(created.id(), created.token(), 200).get("exists").asBoolean()).isTrue();
  }

  private JsonNode status(String id, String token, int expected) {
    HttpResponse<String> response = api.status(id, token);
    assertThat(response.statusCode()).isEqualTo(expected);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/json");
    return ApiClient.JSON.readTree(response.body());
  }

  @Test
  void theApiIsDescribedInOpenApi() {
    HttpResponse<String> docs = api.send(api.request("/v3/api-docs"));
    assertThat(docs.body()).contains("\"/api/resumes\"", "\"/api/resumes/{id}\"",
        "\"/api/resumes/{id}/share\"", "\"/api/resumes/{id}/status\"", "\"exists\"");
  }
}
