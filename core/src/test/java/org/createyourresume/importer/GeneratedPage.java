package org.createyourresume.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.createyourresume.ats.AtsLimits;
import org.createyourresume.ats.parse.LayoutLine;
import org.createyourresume.ats.extract.PdfExtractor;
import org.createyourresume.ats.extract.ReadBudget;
import org.createyourresume.importer.GeneratedPeople.Cert;
import org.createyourresume.importer.GeneratedPeople.Job;
import org.createyourresume.importer.GeneratedPeople.Lang;
import org.createyourresume.importer.GeneratedPeople.Link;
import org.createyourresume.importer.GeneratedPeople.Month;
import org.createyourresume.importer.GeneratedPeople.Person;
import org.createyourresume.importer.GeneratedPeople.Project;
import org.createyourresume.importer.GeneratedPeople.School;
import org.createyourresume.importer.GeneratedPeople.SkillGroup;
import org.createyourresume.render.pdf.FontCatalog;
import org.createyourresume.render.pdf.PdfWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One generated page: a fictional person set in a drawn layout as XHTML (for our own PDF engine),
 * and the JSON Resume document of exactly what the page prints, written field by field as the
 * page prints it (a date printed as a year is expected as a year, a grade left off is not
 * expected). The same seed gives the same page and document, byte for byte.
 *
 * @param seed the seed it was drawn from
 * @param person the person, whole
 * @param layout the layout choices
 * @param xhtml the page
 * @param expected the JSON Resume document of what the page prints
 * @param headings the section headings as printed (case and colon as set, letter spacing left to
 *     the style sheet), in the order written: what a block of the page is labelled a heading by
 * @param entryStarts the first printed line of every entry's header (its dates when they stand
 *     above it), in the order written: what a block is labelled an entry's start by
 */
public record GeneratedPage(long seed, Person person, GeneratedLayout layout, String xhtml, String expected,
    List<String> headings, List<String> entryStarts) {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final FontCatalog FONTS = new FontCatalog();
  private static final PdfWriter PDF = new PdfWriter(FONTS);
  private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
      "September", "October", "November", "December"};
  /** Private Use Area code points of a popular icon font: map marker, phone, envelope, brand marks. */
  private static final String ICON_PIN = "\uf3c5";
  private static final String ICON_PHONE = "\uf095";
  private static final String ICON_MAIL = "\uf0e0";
  private static final String ICON_LINKEDIN = "\uf08c";
  private static final String ICON_GITHUB = "\uf09b";

  /** The page of {@code seed}: the person drawn first, then the layout, from one random stream. */
  public static GeneratedPage of(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Person person = GeneratedPeople.draw(random);
    GeneratedLayout layout = GeneratedLayout.draw(random);
    Writer w = new Writer(person, layout, random);
    w.write();
    return new GeneratedPage(seed, person, layout, w.page(), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(w.doc),
        List.copyOf(w.headings), List.copyOf(w.entryStarts));
  }

  /** Writes the page and, alongside, the document of what it prints. */
  /** The page printed to PDF by our own engine in the layout's font. */
  public byte[] pdf() {
    try {
      return PDF.write(xhtml, FONTS.find(layout.get("font")).orElseThrow()).pdf();
    } catch (IOException e) {
      throw new UncheckedIOException("seed " + seed, e);
    }
  }

  /** The lines our PDF extractor reads from {@link #pdf()}: what the parser's stages are fitted on. */
  public List<LayoutLine> pdfLines() {
    return new PdfExtractor(AtsLimits.DEFAULT).extract(pdf(), ReadBudget.start(AtsLimits.DEFAULT)).lines();
  }

  private static final class Writer {
    private final Person p;
    private final GeneratedLayout l;
    private final SplittableRandom random;
    private final StringBuilder body = new StringBuilder();
    private final ObjectNode doc = JsonNodeFactory.instance.objectNode();
    private final List<String> headings = new ArrayList<>();
    private final List<String> entryStarts = new ArrayList<>();
    private final boolean years;

    Writer(Person person, GeneratedLayout layout, SplittableRandom random) {
      this.p = person;
      this.l = layout;
      this.random = random;
      this.years = layout.is("date.format", "2021");
    }

    void write() {
      ObjectNode basics = doc.putObject("basics");
      basics.put("name", p.name());
      String name = l.is("name.case", "UPPER") ? p.name().toUpperCase(Locale.ROOT) : p.name();
      body.append("<div class=\"head\"><h1 class=\"name\">").append(x(name)).append("</h1>");
      if (l.is("label", "shown")) {
        basics.put("label", p.label());
        body.append("<div class=\"label\">").append(x(p.label())).append("</div>");
      }
      boolean sidebar = l.get("columns").startsWith("sidebar");
      if (!sidebar) {
        contact(basics);
      }
      body.append("</div>\n");
      List<String> order = order();
      if (!sidebar) {
        order.forEach(this::section);
        return;
      }
      List<String> side = List.of("skills", "languages");
      StringBuilder main = new StringBuilder();
      StringBuilder aside = new StringBuilder();
      // the document lists sections in their own order; the page sets them in two columns
      int mark = body.length();
      heading("contact", () -> contact(basics));
      for (String s : order) {
        if (side.contains(s)) {
          section(s);
        }
      }
      aside.append(body.substring(mark));
      body.setLength(mark);
      for (String s : order) {
        if (!side.contains(s)) {
          section(s);
        }
      }
      main.append(body.substring(mark));
      body.setLength(mark);
      String sideCell = "<td class=\"side\">" + aside + "</td>";
      String mainCell = "<td class=\"main\">" + main + "</td>";
      body.append("<table class=\"page\"><tr>")
          .append(l.is("columns", "sidebar-left") ? sideCell + mainCell : mainCell + sideCell)
          .append("</tr></table>\n");
    }

    private List<String> order() {
      List<String> rest = new ArrayList<>(switch (l.get("section.order")) {
        case "education-first" -> List.of("education", "skills", "projects", "work", "certificates", "languages");
        case "skills-first" -> List.of("skills", "work", "education", "projects", "certificates", "languages");
        default -> List.of("work", "education", "skills", "projects", "certificates", "languages");
      });
      if (l.is("section.order", "shuffled")) {
        GeneratedPeople.shuffle(random, rest);
      }
      List<String> all = new ArrayList<>();
      all.add("summary");
      all.addAll(rest);
      return all;
    }

    private void section(String name) {
      switch (name) {
        case "summary" -> heading("summary", () -> {
          doc.withObject("basics").put("summary", p.summary());
          body.append("<p class=\"para\">").append(x(p.summary())).append("</p>");
        });
        case "work" -> heading("work", () -> {
          ArrayNode work = doc.putArray("work");
          p.jobs().forEach(j -> job(j, work.addObject()));
        });
        case "education" -> heading("education", () -> {
          ArrayNode education = doc.putArray("education");
          p.schools().forEach(s -> school(s, education.addObject()));
        });
        case "skills" -> heading("skills", this::skills);
        case "projects" -> {
          if (!p.projects().isEmpty()) {
            heading("projects", this::projects);
          }
        }
        case "certificates" -> {
          if (!p.certs().isEmpty()) {
            heading("certificates", this::certificates);
          }
        }
        case "languages" -> {
          if (!p.langs().isEmpty()) {
            heading("languages", this::languages);
          }
        }
        default -> throw new IllegalArgumentException(name);
      }
    }

    // ------------------------------------------------------------ headings

    private void heading(String section, Runnable content) {
      String words = l.get("heading." + section);
      if (l.is("heading.colon", "colon")) {
        words = words + ":";
      }
      headings.add(l.is("heading.case", "Title") ? words : words.toUpperCase(Locale.ROOT));
      String printed = switch (l.get("heading.case")) {
        case "UPPER" -> x(words.toUpperCase(Locale.ROOT));
        case "small-caps" -> smallCaps(words);
        default -> x(words);
      };
      String h = "<h2 class=\"h\">" + printed + "</h2>";
      if (l.is("heading.place", "left-gutter")) {
        body.append("<table class=\"gutter\"><tr><td class=\"gh\">").append(h).append("</td><td class=\"gb\">");
        content.run();
        body.append("</td></tr></table>\n");
      } else {
        body.append("<div class=\"section\">").append(h);
        content.run();
        body.append("</div>\n");
      }
    }

    /**
     * Small capitals as capitals a size smaller. A larger first letter per word (as a word
     * processor draws them) was tried: our engine then breaks a narrow column's line inside a word,
     * between the letter and the rest, which no browser or word processor does, and set in inline
     * blocks the two come out of the text layer as two pieces; either would measure the engine.
     */
    private static String smallCaps(String words) {
      return "<span class=\"sc\">" + x(words.toUpperCase(Locale.ROOT)) + "</span>";
    }

    // ------------------------------------------------------------ contact

    private void contact(ObjectNode basics) {
      List<String[]> items = new ArrayList<>(); // icon, label, text
      String place = placeText();
      ObjectNode location = JsonNodeFactory.instance.objectNode();
      location.put("city", p.home().city());
      if (p.home().region() != null) {
        location.put("region", p.home().region());
      }
      if (!p.home().countryCode().equals("US")) {
        location.put("countryCode", p.home().countryCode());
      }
      String[] placeItem = {ICON_PIN, "Address", place};
      String[] mail = {ICON_MAIL, "Email", p.email()};
      String[] phone = {ICON_PHONE, "Phone", p.phone()};
      if (l.is("contact.order", "place-first")) {
        items.add(placeItem);
        items.add(phone);
        items.add(mail);
      } else {
        items.add(mail);
        items.add(phone);
        items.add(placeItem);
      }
      basics.put("email", p.email());
      basics.put("phone", p.phone());
      basics.set("location", location);
      if (!p.links().isEmpty()) {
        ArrayNode profiles = basics.putArray("profiles");
        for (Link link : p.links()) {
          ObjectNode profile = profiles.addObject();
          profile.put("network", link.network());
          profile.put("url", link.url());
          items.add(new String[] {link.network().equals("GitHub") ? ICON_GITHUB : ICON_LINKEDIN, link.network(), link.printed()});
        }
      }
      String form = l.get("contact.form");
      List<String> pieces = new ArrayList<>();
      for (String[] item : items) {
        pieces.add(switch (form) {
          case "labelled" -> "<span class=\"lab\">" + x(item[1]) + ":</span> " + x(item[2]);
          case "icons" -> "<span class=\"icon\">" + item[0] + "</span> " + x(item[2]);
          default -> x(item[2]);
        });
      }
      if (form.equals("one-line")) {
        body.append("<div class=\"contact\">").append(String.join(x(l.get("contact.sep")), pieces)).append("</div>");
      } else {
        pieces.forEach(piece -> body.append("<div class=\"contact\">").append(piece).append("</div>"));
      }
    }

    private String placeText() {
      var h = p.home();
      List<String> parts = new ArrayList<>();
      parts.add(h.city());
      if (h.region() != null) {
        parts.add(h.region());
      }
      if (h.country() != null) {
        parts.add(h.country());
      }
      return String.join(", ", parts);
    }

    // ------------------------------------------------------------ dates

    private String date(Month m) {
      String mon = MONTHS[m.month() - 1].substring(0, 3);
      return switch (l.get("date.format")) {
        case "Mar 2021" -> mon + " " + m.year();
        case "March 2021" -> MONTHS[m.month() - 1] + " " + m.year();
        case "03/2021" -> String.format(Locale.ROOT, "%02d/%d", m.month(), m.year());
        case "2021-03" -> m.iso();
        case "2021" -> String.valueOf(m.year());
        case "Mar. 2021" -> (m.month() == 5 ? "May" : mon + ".") + " " + m.year();
        case "03.2021" -> String.format(Locale.ROOT, "%02d.%d", m.month(), m.year());
        default -> throw new IllegalStateException();
      };
    }

    private String expectedDate(Month m) {
      return years ? String.valueOf(m.year()) : m.iso();
    }

    /** The printed span, and its dates put into {@code into}. */
    private String span(Month start, Month end, ObjectNode into) {
      if (start != null) {
        into.put("startDate", expectedDate(start));
      }
      if (end != null) {
        into.put("endDate", expectedDate(end));
      }
      if (start == null) {
        return date(end);
      }
      return date(start) + l.get("date.dash") + (end == null ? l.get("date.present") : date(end));
    }

    // ------------------------------------------------------------ entries

    /**
     * An entry's header: its lines (the first set bold), with the dates placed as the layout
     * says; then {@code rest} (bullets, lines) under it.
     */
    private void entry(List<String> lines, String dates, Runnable rest) {
      String placement = l.get("entry.dates");
      List<String> shown = new ArrayList<>(lines.stream().map(Writer::x).toList());
      String sep = l.is("entry.sep", " at ") ? " | " : l.get("entry.sep");
      if (placement.equals("inline")) {
        shown.set(0, shown.get(0) + x(sep) + x(dates));
      }
      entryStarts.add(placement.equals("own-line-above") || placement.equals("left-column") ? dates
          : lines.get(0) + (placement.equals("inline") ? sep + dates : ""));
      StringBuilder head = new StringBuilder();
      if (placement.equals("own-line-above")) {
        head.append("<div class=\"dates\">").append(x(dates)).append("</div>");
      }
      for (int i = 0; i < shown.size(); i++) {
        String text = shown.get(i);
        String cls = i == 0 ? "first" : "sub";
        if (i == 0 && placement.equals("right-table")) {
          head.append("<table class=\"hdr\"><tr><td class=\"").append(cls).append("\">").append(text)
              .append("</td><td class=\"r\">").append(x(dates)).append("</td></tr></table>");
        } else if (i == 0 && placement.equals("right-float")) {
          head.append("<div class=\"").append(cls).append("\"><span class=\"fr item\">").append(x(dates))
              .append("</span>").append(text).append("</div>");
        } else {
          head.append("<div class=\"").append(cls).append("\">").append(text).append("</div>");
        }
      }
      if (placement.equals("own-line-below")) {
        head.append("<div class=\"dates\">").append(x(dates)).append("</div>");
      }
      if (placement.equals("left-column")) {
        body.append("<table class=\"lc\"><tr><td class=\"ld\">").append(x(dates)).append("</td><td class=\"lb\">")
            .append(head);
        rest.run();
        body.append("</td></tr></table>\n");
      } else {
        body.append("<div class=\"entry\">").append(head);
        rest.run();
        body.append("</div>\n");
      }
    }

    /** The header lines of pieces in order: on one line, two (the first, then the rest) or one each. */
    private List<String> arrange(List<String> pieces, String sep) {
      return switch (l.get("entry.lines")) {
        case "one" -> List.of(String.join(sep, pieces));
        case "two" -> pieces.size() == 1 ? List.of(pieces.get(0))
            : List.of(pieces.get(0), String.join(sep.equals(" at ") ? ", " : sep, pieces.subList(1, pieces.size())));
        default -> pieces;
      };
    }

    private void job(Job j, ObjectNode out) {
      out.put("name", j.employer());
      out.put("position", j.title());
      String sep = l.get("entry.sep");
      List<String> pieces = new ArrayList<>();
      if (sep.equals(" at ")) {
        pieces.add(j.title() + " at " + j.employer());
        sep = ", ";
      } else if (l.is("entry.order", "title-first")) {
        pieces.add(j.title());
        pieces.add(j.employer());
      } else {
        pieces.add(j.employer());
        pieces.add(j.title());
      }
      if (l.is("entry.place", "shown")) {
        out.put("location", j.city());
        pieces.add(j.city());
      }
      String dates = span(j.start(), j.end(), out);
      entry(arrange(pieces, sep), dates, () -> bullets(j.bullets(), out));
    }

    private void bullets(List<String> bullets, ObjectNode out) {
      String marker = l.get("bullet.marker");
      if (marker.equals("paragraph")) {
        String text = String.join(" ", bullets);
        out.put("summary", text);
        body.append("<p class=\"para\">").append(x(text)).append("</p>");
        return;
      }
      ArrayNode highlights = out.putArray("highlights");
      for (String b : bullets) {
        highlights.add(b);
        if (marker.equals("none-indented")) {
          body.append("<div class=\"ind\">").append(x(b)).append("</div>");
        } else {
          body.append("<div class=\"bl\">").append(x(marker)).append("\u00a0 ").append(x(b)).append("</div>");
        }
      }
    }

    private void school(School s, ObjectNode out) {
      out.put("institution", s.institution());
      out.put("studyType", s.degree());
      if (s.area() != null) {
        out.put("area", s.area());
      }
      String degree = s.area() == null ? s.degree() : switch (l.get("education.form")) {
        case "degree in area" -> s.degree() + " in " + s.area();
        case "area, degree" -> s.area() + ", " + s.degree();
        default -> s.degree() + ", " + s.area();
      };
      String grade = s.grade();
      String gradeLine = null;
      if (grade != null && !l.is("education.grade", "left-out")) {
        out.put("score", grade);
        switch (l.get("education.grade")) {
          case "same-line" -> degree = degree + ", " + grade;
          case "own-line" -> gradeLine = grade;
          default -> gradeLine = "Grade: " + grade;
        }
      }
      String sep = l.is("entry.sep", " at ") ? ", " : l.get("entry.sep");
      List<String> pieces = l.is("education.school", "before") ? List.of(s.institution(), degree)
          : List.of(degree, s.institution());
      String dates = l.is("education.dates", "end-only") ? span(null, s.end(), out) : span(s.start(), s.end(), out);
      String last = gradeLine;
      entry(arrange(pieces, sep), dates, () -> {
        if (last != null) {
          body.append("<div class=\"sub\">").append(x(last)).append("</div>");
        }
      });
    }

    // ------------------------------------------------------------ lists

    private void skills() {
      ArrayNode skills = doc.putArray("skills");
      String form = l.get("skills.form");
      boolean grouped = form.startsWith("group");
      if (grouped) {
        for (SkillGroup g : p.skills()) {
          ObjectNode s = skills.addObject();
          s.put("name", g.name());
          ArrayNode keywords = s.putArray("keywords");
          g.keywords().forEach(keywords::add);
          switch (form) {
            case "group-lines" -> body.append("<div class=\"line\"><b>").append(x(g.name())).append(":</b> ")
                .append(x(String.join(", ", g.keywords()))).append("</div>");
            case "group-headings" -> body.append("<div class=\"first\">").append(x(g.name())).append("</div><div class=\"line\">")
                .append(x(String.join(", ", g.keywords()))).append("</div>");
            default -> {
              body.append("<div class=\"first\">").append(x(g.name())).append("</div>");
              tags(g.keywords());
            }
          }
        }
        return;
      }
      List<String> all = p.skills().stream().flatMap(g -> g.keywords().stream()).toList();
      if (form.equals("comma") || form.equals("tags")) {
        // a run of keywords on a line is one list without a name
        ArrayNode keywords = skills.addObject().putArray("keywords");
        all.forEach(keywords::add);
      } else {
        // a skill to a line or to a cell stands on its own
        all.forEach(k -> skills.addObject().put("name", k));
      }
      switch (form) {
        case "comma" -> body.append("<div class=\"line\">").append(x(String.join(", ", all))).append("</div>");
        case "one-per-line" -> all.forEach(k -> body.append("<div class=\"line\">").append(x(k)).append("</div>"));
        case "tags" -> tags(all);
        default -> {
          int columns = l.get("columns").startsWith("sidebar") ? 2 : 3;
          body.append("<table class=\"cols\">");
          for (int i = 0; i < all.size(); i += columns) {
            body.append("<tr>");
            for (int k = i; k < i + columns; k++) {
              body.append("<td>").append(k < all.size() ? x(all.get(k)) : "").append("</td>");
            }
            body.append("</tr>");
          }
          body.append("</table>");
        }
      }
    }

    private void tags(List<String> words) {
      body.append("<div class=\"tags\">");
      words.forEach(k -> body.append("<span class=\"tag\">").append(x(k)).append("</span> "));
      body.append("</div>");
    }

    private void languages() {
      ArrayNode languages = doc.putArray("languages");
      String form = l.get("languages.form");
      List<String> printed = new ArrayList<>();
      for (Lang lang : p.langs()) {
        ObjectNode o = languages.addObject();
        o.put("language", lang.language());
        if (!form.equals("name-only")) {
          o.put("fluency", lang.fluency());
        }
        printed.add(switch (form) {
          case "parens" -> lang.language() + " (" + lang.fluency() + ")";
          case "dash" -> lang.language() + " — " + lang.fluency();
          case "colon" -> lang.language() + ": " + lang.fluency();
          default -> lang.language();
        });
      }
      if (l.is("languages.layout", "one-line")) {
        body.append("<div class=\"line\">").append(x(String.join(form.equals("name-only") ? ", " : " · ", printed)))
            .append("</div>");
      } else {
        printed.forEach(t -> body.append("<div class=\"line\">").append(x(t)).append("</div>"));
      }
    }

    private void certificates() {
      ArrayNode certificates = doc.putArray("certificates");
      boolean issuer = l.is("certificates.issuer", "shown");
      for (Cert c : p.certs()) {
        ObjectNode o = certificates.addObject();
        o.put("name", c.name());
        if (issuer) {
          o.put("issuer", c.issuer());
        }
        o.put("date", expectedDate(c.date()));
        String when = date(c.date());
        switch (l.get("certificates.form")) {
          case "dash" -> line(c.name() + (issuer ? " — " + c.issuer() : "") + ", " + when);
          case "parens" -> line(c.name() + (issuer ? " (" + c.issuer() + ")" : "") + ", " + when);
          case "two-lines" -> {
            body.append("<div class=\"first\">").append(x(c.name())).append("</div>");
            line(issuer ? c.issuer() + " · " + when : when);
          }
          default -> body.append("<div class=\"line\"><span class=\"fr item\">").append(x(when)).append("</span>")
              .append(x(c.name() + (issuer ? " — " + c.issuer() : ""))).append("</div>");
        }
      }
    }

    private void projects() {
      ArrayNode projects = doc.putArray("projects");
      for (Project pr : p.projects()) {
        ObjectNode o = projects.addObject();
        o.put("name", pr.name());
        o.put("description", pr.description());
        switch (l.get("projects.form")) {
          case "dash" -> body.append("<div class=\"line\"><b>").append(x(pr.name())).append("</b> — ")
              .append(x(pr.description())).append("</div>");
          case "colon" -> body.append("<div class=\"line\"><b>").append(x(pr.name())).append(":</b> ")
              .append(x(pr.description())).append("</div>");
          default -> {
            body.append("<div class=\"first\">").append(x(pr.name())).append("</div>");
            line(pr.description());
          }
        }
      }
    }

    private void line(String text) {
      body.append("<div class=\"line\">").append(x(text)).append("</div>");
    }

    // ------------------------------------------------------------ the page

    String page() {
      double size = Double.parseDouble(l.get("font.size"));
      double ratio = Double.parseDouble(l.get("heading.size"));
      String colour = switch (l.get("heading.colour")) {
        case "blue" -> "#1f4e79";
        case "maroon" -> "#7a1f3d";
        case "grey" -> "#555555";
        default -> "#000000";
      };
      String rule = switch (l.get("heading.rule")) {
        case "under" -> "border-bottom: 1px solid " + colour + "; padding-bottom: 1pt;";
        case "over" -> "border-top: 1px solid " + colour + "; padding-top: 2pt;";
        default -> "";
      };
      StringBuilder css = new StringBuilder();
      css.append(String.format(Locale.ROOT, "@page { size: A4; margin: %s; }%n", l.get("margins")));
      css.append(String.format(Locale.ROOT, "body { font-family: '%s'; font-size: %.1fpt; color: #222222; margin: 0; }%n",
          l.get("font"), size));
      css.append(String.format(Locale.ROOT, "h1.name { font-size: %.1fpt; margin: 0 0 2pt 0; }%n", size * 2.2));
      css.append(".label { font-size: 1.15em; color: #444444; margin-bottom: 3pt; }\n");
      css.append(String.format(Locale.ROOT, "h2.h { font-size: %.1fpt; font-weight: %s; color: %s; %s %s margin: 9pt 0 4pt 0; }%n",
          size * ratio, l.is("heading.bold", "bold") ? "bold" : "normal", colour, rule,
          l.is("heading.spacing", "letter-spaced") ? "letter-spacing: 2pt;" : ""));
      css.append(".sc { font-size: 0.85em; }\n");
      css.append(".entry { margin: 0 0 6pt 0; page-break-inside: avoid; }\n");
      css.append(".first { font-weight: bold; } .sub { color: #333333; } .dates { color: #555555; }\n");
      css.append("table { border-collapse: collapse; } td { vertical-align: top; padding: 0; }\n");
      css.append("table.hdr { width: 100%; } td.r { text-align: right; white-space: nowrap; padding-left: 8pt; }\n");
      css.append(".fr { float: right; margin-left: 8pt; }\n");
      css.append("table.lc { width: 100%; margin-bottom: 6pt; page-break-inside: avoid; } td.ld { width: 24%; color: #555555; padding-right: 8pt; }\n");
      css.append("table.gutter { width: 100%; margin-top: 6pt; } td.gh { width: 25%; padding-right: 8pt; } td.gh h2.h { margin-top: 0; }\n");
      css.append(".bl { margin-left: 12pt; text-indent: -9pt; } .ind { margin-left: 16pt; } .para { margin: 2pt 0 4pt 0; }\n");
      css.append(".tag { border: 1px solid #999999; padding: 0 3pt; margin-right: 2pt; } .tags { line-height: 1.6; }\n");
      css.append("table.cols td { padding-right: 14pt; }\n");
      css.append("table.page { width: 100%; } td.side { width: 31%; background-color: #eef1f5; padding: 6pt; } td.main { padding: 0 8pt; }\n");
      css.append(".head { margin-bottom: 6pt; } .icon { color: #1f4e79; }\n");
      return "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head><title>" + x(p.name()) + "</title><style>\n"
          + css + "</style></head><body>\n" + body + "</body></html>\n";
    }

    /** Text escaped for XHTML. */
    private static String x(String text) {
      return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
  }
}
