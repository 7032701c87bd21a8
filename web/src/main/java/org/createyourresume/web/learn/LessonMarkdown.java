package org.createyourresume.web.learn;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.IdGenerator;
import org.commonmark.node.Block;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.Document;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;
import org.createyourresume.web.learn.MarkdownPage.Problem;

/**
 * Lesson Markdown to safe HTML with commonmark-java: CommonMark plus GFM tables, an anchor on
 * every heading, and callouts.
 *
 * <p>Safety does not depend on the lesson being well-behaved: the renderer escapes raw HTML
 * (it appears as text) and keeps only {@code http}, {@code https} and {@code mailto} addresses
 * besides paths and anchors (not {@code data:}, which the default sanitiser lets through), so no
 * lesson can add a script, an event handler or a {@code javascript:} link. Links to other sites
 * are marked {@code rel="nofollow"}. Raw HTML
 * is also reported as a problem, so a lesson that tries it does not ship.
 *
 * <p>The tree is changed before rendering, never the HTML after: a blockquote whose first word
 * is <b>Tip:</b>, <b>Note:</b>, <b>Warning:</b> or <b>Example:</b> becomes a {@link Callout}
 * ({@code <aside class="callout callout-tip" role="note">}), and each table is wrapped in a
 * {@link TableScroll} that scrolls sideways on a narrow screen and can be scrolled by keyboard.
 * Heading anchors are computed once per text with the heading-anchor extension's
 * {@link IdGenerator}, so the page, its table of contents and the link checks use the same ids.
 */
final class LessonMarkdown {

  /** The callout kinds, by the label that starts the blockquote. */
  static final Map<String, String> CALLOUTS =
      Map.of("Tip:", "tip", "Note:", "note", "Warning:", "warning", "Example:", "example",
          "Key term:", "key-term", "Try it:", "try-it");

  /** The one way a lesson shows a picture: a diagram of its course, {@code img/<name>.svg}. */
  static final Pattern DIAGRAM = Pattern.compile("img/([a-z0-9]+(?:-[a-z0-9]+)*\\.svg)");

  /** The language of the fenced block that holds a lesson's quiz. */
  static final String QUIZ = "quiz";

  /** Code block languages shown with a label above the code; others show none. */
  private static final Map<String, String> LANGUAGE_LABELS =
      Map.of("sh", "Terminal", "shell", "Terminal", "bash", "Terminal", "console", "Terminal",
          "http", "HTTP", "json", "JSON", "powershell", "PowerShell", "cmd", "Command Prompt",
          "output", "Output");

  /**
   * Languages whose lines are prose-like text (what a program prints), so they wrap at the edge
   * of their box instead of scrolling sideways; code and diagrams keep their lines as written.
   */
  private static final Set<String> WRAPPED_LANGUAGES = Set.of("output");

  private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

  private final Parser parser =
      Parser.builder()
          .extensions(EXTENSIONS)
          .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
          .build();

  /** Renders {@code markdown} that shows no diagrams. */
  MarkdownPage render(String markdown) {
    return render(markdown, name -> null);
  }

  /**
   * Renders {@code markdown}; problems are reported with lines counted in {@code markdown}.
   *
   * @param diagrams the course's diagram by file name ({@code socket.svg}), or null if none
   */
  MarkdownPage render(String markdown, Function<String, Diagram> diagrams) {
    Node document = parser.parse(markdown);
    List<Problem> problems = new ArrayList<>();
    List<LessonLink> links = new ArrayList<>();
    List<BlockQuote> quotes = new ArrayList<>();
    List<TableBlock> tables = new ArrayList<>();
    List<Image> images = new ArrayList<>();
    List<FencedCodeBlock> quizzes = new ArrayList<>();
    Map<Node, String> ids = new IdentityHashMap<>();
    List<org.createyourresume.web.learn.Heading> headings = new ArrayList<>();
    IdGenerator idGenerator = IdGenerator.builder().build();
    int[] previousLevel = {1};

    walk(document, node -> {
      if (node instanceof Heading heading) {
        String text = headingText(heading);
        String id = idGenerator.generateId(text.toLowerCase(Locale.ROOT));
        ids.put(heading, id);
        headings.add(new org.createyourresume.web.learn.Heading(heading.getLevel(),
            plainText(heading), id));
        checkHeading(heading, id, previousLevel[0], problems);
        previousLevel[0] = heading.getLevel();
      } else if (node instanceof HtmlBlock || node instanceof HtmlInline) {
        Problem problem = new Problem(line(node), "raw HTML is not allowed (it would show as "
            + "text): write Markdown, or put code in `backticks`");
        if (!problems.contains(problem)) {
          problems.add(problem);
        }
      } else if (node instanceof FencedCodeBlock code) {
        if (code.getInfo() == null || code.getInfo().isBlank()) {
          problems.add(new Problem(line(node),
              "a code block must name its language, such as ```text or ```sh"));
        } else if (language(code).equals(QUIZ)) {
          quizzes.add(code);
        }
      } else if (node instanceof IndentedCodeBlock) {
        problems.add(new Problem(line(node),
            "write code blocks fenced with ``` and a language, not indented"));
      } else if (node instanceof BlockQuote quote) {
        quotes.add(quote);
      } else if (node instanceof TableBlock table) {
        tables.add(table);
      } else if (node instanceof Link link) {
        LessonLink found = new LessonLink(link.getDestination(), line(node));
        links.add(found);
        checkDestination(found, problems);
      } else if (node instanceof Image image) {
        images.add(image);
      }
    });

    List<Diagram> shown = new ArrayList<>();
    for (Image image : images) {
      Diagram diagram = diagram(image, diagrams, problems);
      if (diagram != null) {
        shown.add(diagram);
        Figure figure = new Figure(diagram, plainText(image));
        image.getParent().insertBefore(figure);
        image.getParent().unlink();
      }
    }
    Quiz quiz = null;
    for (FencedCodeBlock block : quizzes) {
      int at = line(block);
      if (quizzes.size() > 1 && block != quizzes.get(0)) {
        problems.add(new Problem(at, "a lesson has one quiz"));
        continue;
      }
      if (block.getParent() != document || block.getNext() != null) {
        problems.add(new Problem(at, "the quiz comes last, after a \"## Quiz\" heading, "
            + "outside any box"));
      }
      quiz = Quiz.parse(block.getLiteral(), at + 1, problems);
      if (quiz != null) {
        block.insertBefore(new QuizBlock(quiz));
        block.unlink();
      }
    }
    List<KeyTerm> keyTerms = new ArrayList<>();

    for (BlockQuote quote : quotes) {
      String kind = calloutKind(quote);
      if (kind == null) {
        problems.add(new Problem(line(quote), "a blockquote must be a callout starting with "
            + "**Tip:**, **Note:**, **Warning:**, **Example:**, **Key term:** or **Try it:**"));
      } else {
        if (kind.equals("key-term")) {
          KeyTerm term = keyTerm(quote, ids);
          if (term == null) {
            problems.add(new Problem(line(quote), "a key term box reads "
                + "> **Key term:** **Term**: its definition."));
          } else {
            keyTerms.add(term);
          }
        }
        replace(quote, new Callout(kind));
      }
    }
    for (TableBlock table : tables) {
      TableScroll scroll = new TableScroll(tableLabel(table));
      table.insertBefore(scroll);
      scroll.appendChild(table);
    }

    List<Section> sections = sections(document, ids);
    int words = countWords(prose(document));
    String html = renderer(ids).render(document);
    return new MarkdownPage(html, List.copyOf(headings), List.copyOf(links), sections, words,
        List.copyOf(problems), quiz, List.copyOf(keyTerms), List.copyOf(shown));
  }

  /** The diagram an image shows, or null with a problem if it breaks a rule. */
  private static Diagram diagram(
      Image image, Function<String, Diagram> diagrams, List<Problem> problems) {
    int at = line(image);
    String destination = image.getDestination();
    int before = problems.size();
    if (plainText(image).isBlank()) {
      problems.add(new Problem(at, "an image needs a text alternative: ![what it shows]("
          + destination + ")"));
    }
    java.util.regex.Matcher name = DIAGRAM.matcher(destination);
    Diagram diagram = null;
    if (!name.matches()) {
      problems.add(new Problem(at, "an image is a diagram of this course: img/<name>.svg, not \""
          + FrontMatter.shorten(destination) + "\""));
    } else {
      diagram = diagrams.apply(name.group(1));
      if (diagram == null) {
        problems.add(new Problem(at, "there is no diagram " + destination
            + " in this course's img folder"));
      }
    }
    if (!(image.getParent() instanceof Paragraph paragraph && paragraph.getFirstChild() == image
        && image.getNext() == null && paragraph.getParent() instanceof Document)) {
      problems.add(new Problem(at, "put a diagram on a line of its own, outside any box"));
    }
    return problems.size() == before ? diagram : null;
  }

  /** The term and definition of a key-term box, or null if it is not written as one. */
  private static KeyTerm keyTerm(BlockQuote quote, Map<Node, String> ids) {
    Node label = quote.getFirstChild().getFirstChild();
    Node space = label.getNext();
    if (!(space instanceof Text gap && gap.getLiteral().isBlank())) {
      return null;
    }
    if (!(space.getNext() instanceof StrongEmphasis term) || plainText(term).isBlank()) {
      return null;
    }
    StringBuilder rest = new StringBuilder();
    for (Node n = term.getNext(); n != null; n = n.getNext()) {
      rest.append(plainText(n)).append(n instanceof SoftLineBreak ? " " : "");
    }
    for (Node n = quote.getFirstChild().getNext(); n != null; n = n.getNext()) {
      rest.append(' ').append(plainText(n));
    }
    String definition = rest.toString().strip();
    String termText = plainText(term);
    if (termText.endsWith(":")) {
      termText = termText.substring(0, termText.length() - 1).strip();
    } else if (definition.startsWith(":")) {
      definition = definition.substring(1).strip();
    } else {
      return null;
    }
    if (definition.isEmpty()) {
      return null;
    }
    String section = null;
    for (Node n = quote; n != null; n = n.getPrevious()) {
      if (n instanceof Heading h) {
        section = ids.get(h);
        break;
      }
    }
    return new KeyTerm(termText, definition.replaceAll("\\s+", " "), section);
  }

  /** The prose of the document: every block but code blocks and the quiz. */
  private static String prose(Node document) {
    StringBuilder text = new StringBuilder();
    appendText(document, text, false);
    return text.toString();
  }

  // ---------- rules ----------

  private static void checkHeading(
      Heading heading, String id, int previousLevel, List<Problem> problems) {
    int level = heading.getLevel();
    if (level == 1) {
      problems.add(new Problem(line(heading),
          "the title is the page's only level-1 heading: start headings at ##"));
    } else if (level > previousLevel + 1) {
      problems.add(new Problem(line(heading), "the heading jumps from level " + previousLevel
          + " to level " + level + "; do not skip a level"));
    }
    if (id.equals("main") || id.startsWith("learn-")) {
      problems.add(new Problem(line(heading), "the heading's anchor \"#" + id
          + "\" is taken by the page itself; reword the heading"));
    }
  }

  private static void checkDestination(LessonLink link, List<Problem> problems) {
    String d = link.destination();
    if (d.isBlank()) {
      problems.add(new Problem(link.line(), "a link has no address"));
    } else if (!(link.isSitePath() || link.isAnchor() || link.isExternal())) {
      problems.add(new Problem(link.line(), "the link \"" + FrontMatter.shorten(d)
          + "\" must be a site path (/editor, /learn/<course>/<lesson>), an anchor (#part) or "
          + "a full https:// address"));
    }
  }

  /** The callout kind of {@code quote}, or null when it is a plain blockquote. */
  private static String calloutKind(BlockQuote quote) {
    if (quote.getFirstChild() instanceof Paragraph paragraph
        && paragraph.getFirstChild() instanceof StrongEmphasis strong
        && strong.getFirstChild() instanceof Text label
        && label.getNext() == null) {
      Node after = strong.getNext();
      boolean separated = after == null || after instanceof SoftLineBreak
          || (after instanceof Text t && t.getLiteral().startsWith(" "));
      return separated ? CALLOUTS.get(label.getLiteral()) : null;
    }
    return null;
  }

  // ---------- tree helpers ----------

  private interface NodeAction {
    void on(Node node);
  }

  private static void walk(Node node, NodeAction action) {
    action.on(node);
    for (Node child = node.getFirstChild(); child != null; ) {
      Node next = child.getNext();
      walk(child, action);
      child = next;
    }
  }

  private static void replace(Node old, Node replacement) {
    old.insertBefore(replacement);
    for (Node child = old.getFirstChild(); child != null; ) {
      Node next = child.getNext();
      replacement.appendChild(child);
      child = next;
    }
    old.unlink();
  }

  /** The 1-based line of {@code node} (or of its nearest ancestor that has a position). */
  private static int line(Node node) {
    for (Node n = node; n != null; n = n.getParent()) {
      List<SourceSpan> spans = n.getSourceSpans();
      if (spans != null && !spans.isEmpty()) {
        return spans.get(0).getLineIndex() + 1;
      }
    }
    return 1;
  }

  /** A heading's text as the heading-anchor extension reads it: its text and code, trimmed. */
  private static String headingText(Heading heading) {
    StringBuilder text = new StringBuilder();
    walk(heading, n -> {
      if (n instanceof Text t) {
        text.append(t.getLiteral());
      } else if (n instanceof Code c) {
        text.append(c.getLiteral());
      }
    });
    return text.toString().strip();
  }

  /** The words of {@code node} without markup, blocks and cells separated by spaces. */
  static String plainText(Node node) {
    StringBuilder text = new StringBuilder();
    appendText(node, text, true);
    return text.toString().replaceAll("\\s+", " ").strip();
  }

  private static void appendText(Node node, StringBuilder text, boolean code) {
    if (node instanceof Text t) {
      text.append(t.getLiteral());
    } else if (node instanceof Code c) {
      text.append(c.getLiteral());
    } else if (node instanceof FencedCodeBlock f) {
      text.append(code ? f.getLiteral() : "").append(' ');
    } else if (node instanceof IndentedCodeBlock i) {
      text.append(code ? i.getLiteral() : "").append(' ');
    } else if (node instanceof HtmlInline h) {
      text.append(h.getLiteral());
    } else if (node instanceof HtmlBlock h) {
      text.append(h.getLiteral()).append(' ');
    } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
      text.append(' ');
    } else {
      for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
        appendText(child, text, code);
      }
      if (node instanceof Block || node instanceof TableCell) {
        text.append(' ');
      }
    }
  }

  private static List<Section> sections(Node document, Map<Node, String> ids) {
    List<Section> sections = new ArrayList<>();
    String id = null;
    String heading = null;
    StringBuilder text = new StringBuilder();
    for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
      if (block instanceof Heading h) {
        if (heading != null || !text.isEmpty()) {
          sections.add(new Section(id, heading, text.toString().strip()));
        }
        id = ids.get(h);
        heading = plainText(h);
        text.setLength(0);
      } else {
        text.append(plainText(block)).append(' ');
      }
    }
    if (heading != null || !text.isEmpty()) {
      sections.add(new Section(id, heading, text.toString().strip()));
    }
    return List.copyOf(sections);
  }

  static int countWords(String text) {
    if (text == null || text.isBlank()) {
      return 0;
    }
    return text.strip().split("\\s+").length;
  }

  private static String tableLabel(TableBlock table) {
    List<String> headers = new ArrayList<>();
    if (table.getFirstChild() instanceof TableHead head && head.getFirstChild() != null) {
      for (Node cell = head.getFirstChild().getFirstChild(); cell != null; cell = cell.getNext()) {
        String text = plainText(cell);
        if (!text.isEmpty()) {
          headers.add(text);
        }
      }
    }
    return headers.isEmpty() ? "Table" : "Table: " + String.join(", ", headers);
  }

  // ---------- rendering ----------

  private static HtmlRenderer renderer(Map<Node, String> ids) {
    return HtmlRenderer.builder()
        .extensions(EXTENSIONS)
        .escapeHtml(true)
        .sanitizeUrls(true)
        .urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto")))
        .softbreak("\n")
        .attributeProviderFactory(context -> (node, tag, attributes) -> {
          if (node instanceof Heading && ids.containsKey(node)) {
            attributes.put("id", ids.get(node));
          } else if (node instanceof Link link && tag.equals("a")
              && !new LessonLink(link.getDestination(), 0).isExternal()) {
            // the sanitiser marks every link nofollow; our own pages are meant to be followed
            attributes.remove("rel");
          } else if (node instanceof FencedCodeBlock code && tag.equals("pre")) {
            String language = language(code);
            attributes.put("class",
                WRAPPED_LANGUAGES.contains(language) ? "code-block code-wrap" : "code-block");
            attributes.put("tabindex", "0");
            String label = LANGUAGE_LABELS.get(language);
            if (label != null) {
              attributes.put("data-label", label);
            }
          }
        })
        .nodeRendererFactory(LearnNodes::new)
        .build();
  }

  private static String language(FencedCodeBlock code) {
    String info = code.getInfo() == null ? "" : code.getInfo().strip();
    int space = info.indexOf(' ');
    return (space < 0 ? info : info.substring(0, space)).toLowerCase(Locale.ROOT);
  }

  /** A tip, note, warning or example: rendered as an aside with role note. */
  static final class Callout extends CustomBlock {
    private final String kind;

    Callout(String kind) {
      this.kind = kind;
    }

    String kind() {
      return kind;
    }
  }

  /** A wrapper around a table that scrolls sideways when the table is wider than the screen. */
  static final class TableScroll extends CustomBlock {
    private final String label;

    TableScroll(String label) {
      this.label = label;
    }
  }

  /** A diagram on its own line: a figure with the image and its title as the caption. */
  static final class Figure extends CustomBlock {
    private final Diagram diagram;
    private final String alt;

    Figure(Diagram diagram, String alt) {
      this.diagram = diagram;
      this.alt = alt;
    }
  }

  /** The lesson's quiz, rendered as a form that reads as a list of questions without script. */
  static final class QuizBlock extends CustomBlock {
    private final Quiz quiz;

    QuizBlock(Quiz quiz) {
      this.quiz = quiz;
    }
  }

  private static final class LearnNodes implements NodeRenderer {
    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;

    LearnNodes(HtmlNodeRendererContext context) {
      this.context = context;
      this.html = context.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
      return Set.of(Callout.class, TableScroll.class, Figure.class, QuizBlock.class);
    }

    @Override
    public void render(Node node) {
      if (node instanceof Figure figure) {
        renderFigure(figure);
        return;
      }
      if (node instanceof QuizBlock quiz) {
        renderQuiz(quiz.quiz);
        return;
      }
      Map<String, String> attributes = new LinkedHashMap<>();
      String tag;
      if (node instanceof Callout callout) {
        tag = "aside";
        attributes.put("class", "callout callout-" + callout.kind());
        attributes.put("role", "note");
      } else {
        tag = "div";
        attributes.put("class", "table-scroll");
        attributes.put("role", "region");
        attributes.put("tabindex", "0");
        attributes.put("aria-label", ((TableScroll) node).label);
      }
      html.line();
      html.tag(tag, context.extendAttributes(node, tag, attributes));
      html.line();
      for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
        context.render(child);
      }
      html.tag("/" + tag);
      html.line();
    }

    private void renderFigure(Figure figure) {
      html.line();
      html.tag("figure", attrs("class", "diagram"));
      Map<String, String> img = new LinkedHashMap<>();
      img.put("src", figure.diagram.url());
      img.put("alt", figure.alt);
      img.put("loading", "lazy");
      html.tag("img", img, true);
      html.tag("figcaption");
      html.text(figure.diagram.title());
      html.tag("/figcaption");
      html.tag("/figure");
      html.line();
    }

    /**
     * The quiz as a form: a fieldset per question with its options as radio buttons, and the
     * answer with its explanation in a {@code <details>}, so without script (and on paper) the
     * quiz is a readable list with answers to reveal. The page script checks answers in the
     * browser from {@code data-answer} and hides the details until a question is answered.
     */
    private void renderQuiz(Quiz quiz) {
      int total = quiz.questions().size();
      html.line();
      html.tag("form", attrs("class", "quiz", "id", "learn-quiz", "aria-label", "Quiz",
          "data-pass", String.valueOf(quiz.passMark()), "data-total", String.valueOf(total)));
      html.line();
      html.tag("p", attrs("class", "quiz-intro"));
      html.text(total + " questions. Answer " + quiz.passMark() + " or more correctly to "
          + "complete the lesson.");
      html.tag("/p");
      html.line();
      for (Quiz.Question q : quiz.questions()) {
        String id = "learn-quiz-" + q.number();
        html.tag("fieldset", attrs("class", "quiz-question", "id", id,
            "data-answer", String.valueOf(q.answer())));
        html.line();
        html.tag("legend");
        html.tag("span", attrs("class", "quiz-number"));
        html.text("Question " + q.number() + " of " + total + ".");
        html.tag("/span");
        html.text(" ");
        inline(q.text());
        html.tag("/legend");
        html.line();
        html.tag("div", attrs("class", "quiz-options"));
        for (int i = 0; i < q.options().size(); i++) {
          String option = id + "-" + i;
          html.tag("div", attrs("class", "quiz-option"));
          html.tag("input", attrs("type", "radio", "name", id, "id", option,
              "value", String.valueOf(i)), true);
          html.tag("label", attrs("for", option));
          inline(q.options().get(i).text());
          html.tag("/label");
          html.tag("/div");
        }
        html.tag("/div");
        html.line();
        html.tag("p", attrs("class", "quiz-feedback", "id", id + "-feedback",
            "aria-live", "polite"));
        html.tag("/p");
        html.line();
        html.tag("details", attrs("class", "quiz-answer"));
        html.tag("summary");
        html.text("Show the answer");
        html.tag("/summary");
        html.tag("p");
        html.tag("strong");
        html.text("Answer: ");
        html.tag("/strong");
        html.tag("span", attrs("class", "quiz-answer-text"));
        inline(q.correctOption().text());
        html.tag("/span");
        html.tag("/p");
        html.tag("p", attrs("class", "quiz-explanation"));
        inline(q.explanation());
        html.tag("/p");
        html.tag("/details");
        html.line();
        html.tag("/fieldset");
        html.line();
      }
      html.tag("div", attrs("class", "quiz-result"));
      html.tag("p", attrs("class", "quiz-score", "id", "learn-quiz-score", "aria-live",
          "polite"));
      html.tag("/p");
      html.tag("/div");
      html.line();
      html.tag("/form");
      html.line();
    }

    /** Quiz text: plain text where {@code `code`} spans become code. */
    private void inline(String text) {
      String[] parts = text.split("`", -1);
      if (parts.length % 2 == 0) {
        html.text(text);
        return;
      }
      for (int i = 0; i < parts.length; i++) {
        if (i % 2 == 1) {
          html.tag("code");
          html.text(parts[i]);
          html.tag("/code");
        } else {
          html.text(parts[i]);
        }
      }
    }

    private static Map<String, String> attrs(String... pairs) {
      Map<String, String> map = new LinkedHashMap<>();
      for (int i = 0; i < pairs.length; i += 2) {
        map.put(pairs[i], pairs[i + 1]);
      }
      return map;
    }
  }
}
