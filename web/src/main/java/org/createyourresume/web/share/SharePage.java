package org.createyourresume.web.share;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;

/**
 * Turns the core's HTML of a resume into the public share page: a standards-mode document with a
 * viewport, the site's icon, the robots rule the owner chose, a bar with the PDF link, and the
 * resume in a {@code main} landmark. The core's stylesheet is inline; it is allowed by its SHA-256 in the page's
 * Content-Security-Policy, so no other inline style (and no script at all) can run.
 */
final class SharePage {

  private static final String STYLE_OPEN = "<style>";
  private static final String STYLE_CLOSE = "</style>";

  private final String html;
  private final String styleHash;

  private SharePage(String html, String styleHash) {
    this.html = html;
    this.styleHash = styleHash;
  }

  /**
   * The page for {@code resumeHtml} (what the core renders for {@link
   * org.createyourresume.render.OutputFormat#HTML}; user text in it is already escaped).
   */
  static SharePage of(String resumeHtml, String pdfPath, String name, boolean indexable) {
    return of(resumeHtml, pdfPath, name, indexable, List.of());
  }

  /**
   * A link to a cover letter the owner shares with the resume.
   *
   * @param name how the letter is named: its role and company, or "Cover letter"
   * @param href the letter's PDF, already encoded as a path
   */
  record LetterLink(String name, String href) {}

  /** The page, with a link to each of {@code letters} (the letters the owner marked shared). */
  static SharePage of(String resumeHtml, String pdfPath, String name, boolean indexable, List<LetterLink> letters) {
    int styleStart = resumeHtml.indexOf(STYLE_OPEN);
    int styleEnd = resumeHtml.indexOf(STYLE_CLOSE, styleStart + 1);
    int headEnd = resumeHtml.indexOf("</head>");
    // the body carries the template's layout classes: <body class="header-left …">
    int bodyTag = resumeHtml.indexOf("<body", headEnd);
    int bodyStart = bodyTag < 0 ? -1 : resumeHtml.indexOf('>', bodyTag) + 1;
    int bodyEnd = resumeHtml.lastIndexOf("</body>");
    if (styleStart < 0 || styleEnd < 0 || headEnd < 0 || bodyStart <= 0 || bodyEnd < bodyStart) {
      throw new IllegalStateException("the core's HTML no longer has the expected structure");
    }
    String css = resumeHtml.substring(styleStart + STYLE_OPEN.length(), styleEnd);
    String robots = indexable ? "index, follow" : "noindex, nofollow";
    String head =
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
            + "<meta name=\"robots\" content=\"" + robots + "\"/>\n"
            + "<link rel=\"icon\" href=\"/img/favicon.svg\" type=\"image/svg+xml\"/>\n"
            + "<link rel=\"alternate\" type=\"application/pdf\" href=\"" + pdfPath + "\"/>\n"
            + "<link rel=\"stylesheet\" href=\"/css/share.css\"/>\n";
    String bar =
        "<header class=\"share-bar\">\n<p class=\"share-what\">Resume of " + escape(name)
            + "</p>\n<a class=\"share-pdf\" href=\"" + pdfPath + "\">Download PDF</a>\n"
            + letters(letters) + "</header>\n"
            + "<main class=\"share-resume\">\n";
    String footer =
        "</main>\n<footer class=\"share-footer\"><p>Shared with <a href=\"/\">Create Your"
            + " Resume</a>, a free resume builder.</p></footer>\n";
    String page =
        "<!DOCTYPE html>\n"
            + resumeHtml.substring(0, headEnd)
            + head
            + resumeHtml.substring(headEnd, bodyStart)
            + "\n" + bar
            + resumeHtml.substring(bodyStart, bodyEnd)
            + footer
            + resumeHtml.substring(bodyEnd);
    return new SharePage(page, sha256(css));
  }

  /** The links to the shared letters, as a list in the bar; nothing when none is shared. */
  private static String letters(List<LetterLink> letters) {
    if (letters.isEmpty()) {
      return "";
    }
    StringBuilder nav = new StringBuilder("<nav class=\"share-letters\" aria-label=\"Cover letters\">\n<ul>\n");
    for (LetterLink l : letters) {
      nav.append("<li><a href=\"").append(escape(l.href())).append("\">Cover letter: ").append(escape(l.name()))
          .append(" (PDF)</a></li>\n");
    }
    return nav.append("</ul>\n</nav>\n").toString();
  }

  String html() {
    return html;
  }

  /** The Content-Security-Policy of the page: our files, and the one inline stylesheet. */
  String contentSecurityPolicy() {
    return "default-src 'none'; style-src 'self' 'sha256-" + styleHash + "'; img-src 'self';"
        + " base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static String sha256(String text) {
    try {
      return Base64.getEncoder().encodeToString(
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
