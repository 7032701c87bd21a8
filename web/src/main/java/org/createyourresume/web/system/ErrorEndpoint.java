package org.createyourresume.web.system;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The error page every failure the handlers did not answer is sent to (Spring Boot's own would
 * answer JSON in its format, and a 500 with {@code "status": 999} to a visit of {@code /error}
 * itself). A visit of {@code /error} is a visit of an address with nothing on it: 404.
 */
@Controller
class ErrorEndpoint implements ErrorController {

  @RequestMapping("${server.error.path:/error}")
  void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
    int status =
        request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code
                && code >= 400
            ? code
            : HttpServletResponse.SC_NOT_FOUND;
    String path =
        request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri
            ? uri
            : request.getRequestURI();
    ErrorReplies.Reply reply = ErrorReplies.reply(request, status, path);
    response.setStatus(status);
    response.setContentType(reply.contentType());
    response.getWriter().write(reply.body());
  }
}
