package org.createyourresume.web.ats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.createyourresume.web.TestFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hostile files sent over real HTTP to both readers of uploads, the import and the ATS check:
 * each is refused with its status, stable code and our own sentence, and the server answers an
 * ordinary render right after (the refused file left no worker busy). The slice tests prove the
 * refusals one by one; this proves them through the container and the pool, billion laughs
 * included. (Same configuration as the other full-application tests, so the context is shared.)
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class HostileUploadsHttpTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String BOUNDARY = "cyr-hostile-boundary";
  private static final String W =
      "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

  @LocalServerPort int port;
  private final HttpClient http = HttpClient.newHttpClient();

  private static byte[] multipart(String fileName, byte[] content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\";"
        + " filename=\"" + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
        .getBytes(StandardCharsets.UTF_8));
    out.writeBytes(content);
    out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  /** A DOCX whose document defines entities that expand to a billion "lol"s. */
  private static byte[] billionLaughsDocx() {
    StringBuilder xml = new StringBuilder(
        "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY lol \"lol\">");
    for (int i = 1; i <= 9; i++) {
      xml.append("<!ENTITY lol").append(i).append(" \"")
          .append(("&lol" + (i == 1 ? "" : Integer.toString(i - 1)) + ";").repeat(10))
          .append("\">");
    }
    xml.append("]><w:document ").append(W)
        .append("><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write(xml.toString().getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  @ParameterizedTest(name = "{0} to {1}")
  @CsvSource(delimiter = '|', textBlock = """
      zipbomb   | /api/import    | resume.docx | file.hostile        | unpacks
      zipbomb   | /api/ats/check | resume.docx | file.hostile        | unpacks
      xxe       | /api/import    | resume.docx | file.hostile        | entities
      xxe       | /api/ats/check | resume.docx | file.hostile        | entities
      laughs    | /api/import    | resume.docx | file.hostile        | entities
      laughs    | /api/ats/check | resume.docx | file.hostile        | entities
      encrypted | /api/import    | resume.pdf  | file.encrypted      | password
      encrypted | /api/ats/check | resume.pdf  | file.encrypted      | password
      lockedzip | /api/import    | resume.zip  | file.encrypted      | password
      lockedzip | /api/ats/check | resume.zip  | file.encrypted      | password
      pagebomb  | /api/import    | resume.pdf  | file.too-many-pages | 20 pages
      pagebomb  | /api/ats/check | resume.pdf  | file.too-many-pages | 20 pages
      """)
  void aHostileFileIsRefusedInOurWordsAndTheNextRequestIsServed(String kind, String path,
      String name, String code, String says) throws Exception {
    byte[] file = switch (kind) {
      case "zipbomb" -> Uploads.zipBombDocx(80);
      case "xxe" -> Uploads.xxeDocx();
      case "laughs" -> billionLaughsDocx();
      case "encrypted" -> Uploads.encryptedPdf();
      case "lockedzip" -> Uploads.passwordProtectedZip();
      default -> Uploads.longPdf(300);
    };
    // what reaches the server is small: the harm is in what reading it would make of it
    assertThat(file.length).isLessThan(1024 * 1024);
    HttpResponse<String> refused = http.send(HttpRequest.newBuilder(
            URI.create("http://localhost:" + port + path))
        .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
        .timeout(Duration.ofSeconds(60))
        .POST(BodyPublishers.ofByteArray(multipart(name, file))).build(), BodyHandlers.ofString());
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
    assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode problem = JSON.readTree(refused.body());
    assertThat(problem.get("code").asString()).isEqualTo(code);
    assertThat(problem.get("detail").asString()).containsIgnoringCase(says)
        .doesNotContain("/etc/passwd", "root:", "lollol", "Exception", "PDFBox", "ParseError");

    // the next ordinary request gets its answer: no worker is left reading the file
    HttpResponse<String> render = http.send(HttpRequest.newBuilder(
            URI.create("http://localhost:" + port + "/api/render?format=txt"))
        .header("Content-Type", "application/json")
        .timeout(Duration.ofSeconds(15))
        .POST(BodyPublishers.ofString(TestFiles.resume("one-page.json"))).build(),
        BodyHandlers.ofString());
    assertThat(render.statusCode()).isEqualTo(200);
    assertThat(render.body()).contains("Mariam Okafor-Lindqvist");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      control characters          | 422 | file.type | not a resume file
      invalid UTF-8 after its BOM | 422 | file.type | not a resume file
      Windows-1252 bytes          | 200 |           | René Dupont
      """)
  void textThatIsNotTextIsRefusedAndOldEncodingsAreRead(String kind, int status, String code, String says)
      throws Exception {
    byte[] text = switch (kind) {
      case "control characters" -> ("René Dupont\n" + "\u0001\u0002\u0003\u0007".repeat(40))
          .getBytes(StandardCharsets.UTF_8);
      case "invalid UTF-8 after its BOM" -> new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf, 'R', 'e', 'n',
          (byte) 0xc3, '(', ' ', 'D', 'u', 'p', 'o', 'n', 't'};
      default -> "René Dupont\nrene.dupont@example.fr\n\nExperience\nDéveloppeur, Acme, 2020 – 2023\n"
          .getBytes(java.nio.charset.Charset.forName("windows-1252"));
    };
    HttpResponse<String> answer = http.send(HttpRequest.newBuilder(
            URI.create("http://localhost:" + port + "/api/import"))
        .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
        .timeout(Duration.ofSeconds(30))
        .POST(BodyPublishers.ofByteArray(multipart("resume.txt", text))).build(), BodyHandlers.ofString());
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
    if (status == 422) {
      assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
      JsonNode problem = JSON.readTree(answer.body());
      assertThat(problem.get("code").asString()).isEqualTo(code);
      assertThat(problem.get("detail").asString()).contains(says).doesNotContain("Exception", "Malformed");
    } else {
      assertThat(JSON.readTree(answer.body()).at("/resume/basics/name").asString()).isEqualTo(says);
    }
    HttpResponse<String> render = http.send(HttpRequest.newBuilder(
            URI.create("http://localhost:" + port + "/api/render?format=txt"))
        .header("Content-Type", "application/json")
        .timeout(Duration.ofSeconds(15))
        .POST(BodyPublishers.ofString(TestFiles.resume("one-page.json"))).build(),
        BodyHandlers.ofString());
    assertThat(render.statusCode()).isEqualTo(200);
  }
}
