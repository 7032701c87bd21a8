package org.createyourresume.web.render;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.createyourresume.json.JsonResumeException;
import org.createyourresume.web.system.ApiProblem;

/** Reads a request body as UTF-8 text, refusing more than a limit before holding it all. */
public final class RequestBodies {

  private RequestBodies() {}

  /**
   * The answer to a body the core's JSON reader refused: where it is not JSON, or which of the
   * reader's limits valid JSON went over, in our words.
   *
   * @param object whether the body at least starts as a JSON object (else it is not one at all)
   */
  public static ApiProblem notAResume(JsonResumeException e, boolean object) {
    String detail = switch (e.code()) {
      case JsonResumeException.TOO_DEEP, JsonResumeException.NUMBER_TOO_LONG,
          JsonResumeException.OVER_LIMITS ->
          "The request body is JSON, but " + e.getMessage() + ".";
      default -> object
          ? "The request body is not valid JSON"
              + (e.line() > 0
                  ? " (the error is at line " + e.line() + ", column " + e.column() + ")."
                  : ".")
          : "The request body must be a JSON object: a JSON Resume document { … }.";
    };
    return ApiProblem.malformedJson(detail, e.line(), e.column(), e.code());
  }

  /** Reads the body as UTF-8 text, refusing more than {@code maxBytes}. */
  public static String readText(HttpServletRequest request, long maxBytes) throws IOException {
    long declared = request.getContentLengthLong();
    if (declared > maxBytes) {
      throw ApiProblem.tooLarge(maxBytes);
    }
    byte[] bytes;
    try (InputStream in = request.getInputStream()) {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    }
    if (bytes.length > maxBytes) {
      throw ApiProblem.tooLarge(maxBytes);
    }
    if (bytes.length == 0) {
      throw ApiProblem.unreadableBody("The request body is empty: send a JSON Resume document.");
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw ApiProblem.unreadableBody("The request body is not UTF-8 text.");
    }
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}
