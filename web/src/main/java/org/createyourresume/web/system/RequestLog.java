package org.createyourresume.web.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;

/**
 * One log line per request, on the logger {@code org.createyourresume.web.requests}: method,
 * route, status, duration and bytes of the body. The route is the handler's path template
 * ({@code /api/resumes/{id}}, {@code /r/{shareId}}), never the path itself, so no id, share
 * link or token is written; neither are the query string, the client's address, headers or
 * anything from the body. The fields are also key–value pairs of the log event, so a structured
 * log format ({@code logging.structured.format.console=ecs}) writes them as JSON fields.
 */
final class RequestLog extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger("org.createyourresume.web.requests");

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!LOG.isInfoEnabled()) {
      chain.doFilter(request, response);
      return;
    }
    long started = System.nanoTime();
    CountingResponse counting = new CountingResponse(response);
    boolean failed = true;
    try {
      chain.doFilter(request, counting);
      failed = false;
    } finally {
      // a request that escaped every handler is answered 500 by the container
      int status = failed ? 500 : counting.getStatus();
      long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
      String route = route(request);
      LOG.atInfo()
          .addKeyValue("method", request.getMethod())
          .addKeyValue("route", route)
          .addKeyValue("status", status)
          .addKeyValue("durationMs", millis)
          .addKeyValue("bytes", counting.bytes)
          .log("method={} route={} status={} durationMs={} bytes={}",
              request.getMethod(), route, status, millis, counting.bytes);
    }
  }

  /** The path template the request was handled by, or {@code -} when no handler took it. */
  static String route(HttpServletRequest request) {
    Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
    return pattern instanceof String template ? template : "-";
  }

  /** Counts the bytes of the body as the application writes them (before any compression). */
  private static final class CountingResponse extends HttpServletResponseWrapper {

    private long bytes;
    private ServletOutputStream stream;
    private PrintWriter writer;

    CountingResponse(HttpServletResponse response) {
      super(response);
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
      if (stream == null) {
        ServletOutputStream inner = super.getOutputStream();
        stream = new ServletOutputStream() {
          @Override
          public void write(int b) throws IOException {
            inner.write(b);
            bytes++;
          }

          @Override
          public void write(byte[] b, int off, int len) throws IOException {
            inner.write(b, off, len);
            bytes += len;
          }

          @Override
          public void flush() throws IOException {
            inner.flush();
          }

          @Override
          public void close() throws IOException {
            inner.close();
          }

          @Override
          public boolean isReady() {
            return inner.isReady();
          }

          @Override
          public void setWriteListener(WriteListener listener) {
            inner.setWriteListener(listener);
          }
        };
      }
      return stream;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
      if (writer == null) {
        Writer inner = super.getWriter();
        // counted as UTF-8, which every text response of this application is
        writer = new PrintWriter(new Writer() {
          @Override
          public void write(char[] chars, int off, int len) throws IOException {
            inner.write(chars, off, len);
            bytes += utf8Length(chars, off, len);
          }

          @Override
          public void flush() throws IOException {
            inner.flush();
          }

          @Override
          public void close() throws IOException {
            inner.close();
          }
        });
      }
      return writer;
    }

    @Override
    public void reset() {
      super.reset();
      bytes = 0;
    }

    @Override
    public void resetBuffer() {
      super.resetBuffer();
      bytes = 0;
    }

    private static long utf8Length(char[] chars, int off, int len) {
      long length = 0;
      for (int i = off; i < off + len; i++) {
        char c = chars[i];
        if (c < 0x80) {
          length += 1;
        } else if (c < 0x800) {
          length += 2;
        } else if (Character.isHighSurrogate(c)) {
          // the pair is four bytes: two for each half
          length += 2;
        } else if (Character.isLowSurrogate(c)) {
          length += 2;
        } else {
          length += 3;
        }
      }
      return length;
    }
  }
}
