package org.createyourresume.web.render;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.createyourresume.web.system.ApiProblem;

/** Reads a request body as UTF-8 text, refusing more than a limit before holding it all. */
final class RequestBodies {

  private RequestBodies() {}

  static String readText(HttpServletRequest request, long maxBytes) throws IOException {
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
