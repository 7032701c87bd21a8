package org.createyourresume.web.system;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

/**
 * Tomcat's report of an error it found before the application could see the request (an encoded
 * slash or a NUL byte in the path, headers over the limit): the same reply as the application's
 * error page (problem+json, or the HTML page for a browser) with the same security headers, where
 * Tomcat's own valve writes its HTML page without them.
 */
public final class ProblemReportValve extends ErrorReportValve {

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int status = response.getStatus();
    // as the valve it replaces: only an error with nothing written yet, reported once
    if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    AtomicBoolean ioAllowed = new AtomicBoolean(true);
    response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
    if (!ioAllowed.get()) {
      return;
    }
    String path = request.getRequestURI();
    ErrorReplies.Reply reply = ErrorReplies.reply(request, status, path);
    SecurityHeadersFilter.apply("", response);
    try {
      response.setContentType(reply.contentType());
      Writer writer = response.getReporter();
      if (writer != null) {
        writer.write(reply.body());
        response.finishResponse();
      }
    } catch (IOException | IllegalStateException e) {
      // the client has gone or the response was taken over: nothing more to tell it
    }
  }
}
