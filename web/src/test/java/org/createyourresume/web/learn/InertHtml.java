package org.createyourresume.web.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that a lesson's HTML can run nothing: it must consist of text and tags from an allow
 * list, each with only the attributes allowed for it, and every address must be a site path, an
 * anchor or an http(s)/mailto address. Anything else (a {@code <script>}, an {@code on…}
 * attribute, a {@code javascript:} or {@code data:} address, a stray {@code <}) is reported.
 */
final class InertHtml {

  private static final Pattern TAG =
      Pattern.compile("<(/?)([a-z][a-z0-9]*)((?:\\s+[a-z][a-z-]*=\"[^\"<>]*\")*)\\s*(/?)>");
  private static final Pattern ATTRIBUTE = Pattern.compile("([a-z][a-z-]*)=\"([^\"]*)\"");
  private static final Set<String> NONE = Set.of();
  private static final Map<String, Set<String>> ALLOWED =
      Map.ofEntries(
          Map.entry("p", Set.of("class", "id", "aria-live")), Map.entry("strong", NONE), Map.entry("em", NONE),
          Map.entry("ul", NONE), Map.entry("li", NONE), Map.entry("ol", Set.of("start")),
          Map.entry("blockquote", NONE), Map.entry("hr", NONE), Map.entry("br", NONE),
          Map.entry("table", NONE), Map.entry("thead", NONE), Map.entry("tbody", NONE),
          Map.entry("tr", NONE), Map.entry("th", Set.of("align")), Map.entry("td", Set.of("align")),
          Map.entry("h2", Set.of("id")), Map.entry("h3", Set.of("id")),
          Map.entry("h4", Set.of("id")), Map.entry("h5", Set.of("id")),
          Map.entry("h6", Set.of("id")),
          Map.entry("a", Set.of("href", "title", "rel")),
          Map.entry("img", Set.of("src", "alt", "title", "loading")),
          Map.entry("figure", Set.of("class")), Map.entry("figcaption", NONE),
          Map.entry("form", Set.of("class", "id", "aria-label", "data-pass", "data-total")),
          Map.entry("fieldset", Set.of("class", "id", "data-answer")), Map.entry("legend", NONE),
          Map.entry("span", Set.of("class")),
          Map.entry("input", Set.of("type", "name", "id", "value")),
          Map.entry("label", Set.of("for")),
          Map.entry("details", Set.of("class")), Map.entry("summary", NONE),
          Map.entry("code", Set.of("class")),
          Map.entry("pre", Set.of("class", "tabindex", "data-label")),
          Map.entry("aside", Set.of("class", "role")),
          Map.entry("div", Set.of("class", "role", "tabindex", "aria-label")));
  /** Values an {@code input} may have for {@code type}: nothing that submits or uploads. */
  private static final Set<String> INPUT_TYPES = Set.of("radio");
  private static final Set<String> ADDRESSES = Set.of("href", "src");
  private static final Pattern SCHEME = Pattern.compile("([a-z][a-z0-9+.-]*):.*", Pattern.DOTALL);
  private static final Pattern NUMERIC = Pattern.compile("&#(x[0-9a-fA-F]+|[0-9]+);?");
  private static final Pattern NAMED = Pattern.compile("&[A-Za-z][A-Za-z0-9]*;?");

  private InertHtml() {}

  /** What makes {@code html} unsafe; empty when it is inert. */
  static List<String> problems(String html) {
    List<String> problems = new ArrayList<>();
    int at = 0;
    while (true) {
      int open = html.indexOf('<', at);
      if (open < 0) {
        break;
      }
      Matcher tag = TAG.matcher(html);
      tag.region(open, html.length());
      if (!tag.lookingAt()) {
        problems.add("a \"<\" that starts no allowed tag at: "
            + html.substring(open, Math.min(html.length(), open + 40)));
        at = open + 1;
        continue;
      }
      String name = tag.group(2);
      Set<String> attributes = ALLOWED.get(name);
      if (attributes == null) {
        problems.add("tag <" + name + "> is not allowed");
      } else if (!tag.group(1).isEmpty() && !tag.group(3).isEmpty()) {
        problems.add("a closing tag with attributes: " + tag.group());
      } else {
        Matcher attribute = ATTRIBUTE.matcher(tag.group(3));
        while (attribute.find()) {
          String key = attribute.group(1);
          String value = decode(attribute.group(2));
          if (!attributes.contains(key)) {
            problems.add("attribute " + key + " is not allowed on <" + name + ">");
          } else if (name.equals("input") && key.equals("type") && !INPUT_TYPES.contains(value)) {
            problems.add("an input of type " + value);
          } else if (ADDRESSES.contains(key) && !safeAddress(value)) {
            problems.add("unsafe address " + key + "=\"" + value + "\" on <" + name + ">");
          }
        }
      }
      at = tag.end();
    }
    return problems;
  }

  /**
   * Whether a browser would treat {@code value} as harmless: after the clean-up browsers do
   * (leading and trailing controls and spaces dropped, tabs and newlines removed), it has no
   * scheme (a path, an anchor, a relative address) or an http, https or mailto scheme.
   */
  private static boolean safeAddress(String value) {
    String v = value.replaceAll("^[\\x00-\\x20]+|[\\x00-\\x20]+$", "")
        .replaceAll("[\\t\\n\\r]", "").toLowerCase(Locale.ROOT);
    Matcher scheme = SCHEME.matcher(v);
    if (!scheme.matches()) {
      return !v.startsWith("//");
    }
    return Set.of("http", "https", "mailto").contains(scheme.group(1));
  }

  /** An attribute value as the browser reads it; an entity we do not expect is kept visible. */
  private static String decode(String value) {
    Matcher numeric = NUMERIC.matcher(value);
    StringBuilder out = new StringBuilder();
    while (numeric.find()) {
      String n = numeric.group(1);
      int code = n.startsWith("x") ? Integer.parseInt(n.substring(1), 16) : Integer.parseInt(n);
      numeric.appendReplacement(out, Matcher.quoteReplacement(new String(Character.toChars(code))));
    }
    numeric.appendTail(out);
    String basic = out.toString().replace("&quot;", "\"").replace("&lt;", "<")
        .replace("&gt;", ">").replace("&amp;", "\u0000amp;");
    if (NAMED.matcher(basic).find()) {
      return "unexpected-entity:" + basic;
    }
    return basic.replace("\u0000amp;", "&");
  }
}
