package org.createyourresume.web.learn;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.IdGenerator;
import org.commonmark.node.Block;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
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
      Map.of("Tip:", "tip", "Note:", "note", "Warning:", "warning", "Example:", "example");

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

  /** Renders {@code markdown}; problems are reported with lines counted in {@code markdown}. */
  MarkdownPage render(String markdown) {
    Node document = parser.parse(markdown);
    List<Problem> problems = new ArrayList<>();
    List<LessonLink> links = new ArrayList<>();
    List<BlockQuote> quotes = new ArrayList<>();
    List<TableBlock> tables = new ArrayList<>();
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
        LessonLink found = new LessonLink(image.getDestination(), line(node));
        links.add(found);
        if (plainText(image).isBlank()) {
          problems.add(new Problem(found.line(), "an image needs a text alternative: ![what it "
              + "shows](" + image.getDestination() + ")"));
        }
        if (!found.isSitePath()) {
          problems.add(new Problem(found.line(), "images must be served by this site "
              + "(a path starting with /), not \"" + FrontMatter.shorten(found.destination())
              + "\""));
        }
      }
    });

    for (BlockQuote quote : quotes) {
      String kind = calloutKind(quote);
      if (kind == null) {
        problems.add(new Problem(line(quote), "a blockquote must be a callout starting with "
            + "**Tip:**, **Note:**, **Warning:** or **Example:**"));
      } else {
        replace(quote, new Callout(kind));
      }
    }
    for (TableBlock table : tables) {
      TableScroll scroll = new TableScroll(tableLabel(table));
      table.insertBefore(scroll);
      scroll.appendChild(table);
    }

    List<Section> sections = sections(document, ids);
    int words = sections.stream().mapToInt(s -> countWords(s.heading()) + countWords(s.text()))
        .sum();
    String html = renderer(ids).render(document);
    return new MarkdownPage(html, List.copyOf(headings), List.copyOf(links), sections, words,
        List.copyOf(problems));
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
    appendText(node, text);
    return text.toString().replaceAll("\\s+", " ").strip();
  }

  private static void appendText(Node node, StringBuilder text) {
    if (node instanceof Text t) {
      text.append(t.getLiteral());
    } else if (node instanceof Code c) {
      text.append(c.getLiteral());
    } else if (node instanceof FencedCodeBlock f) {
      text.append(f.getLiteral()).append(' ');
    } else if (node instanceof IndentedCodeBlock i) {
      text.append(i.getLiteral()).append(' ');
    } else if (node instanceof HtmlInline h) {
      text.append(h.getLiteral());
    } else if (node instanceof HtmlBlock h) {
      text.append(h.getLiteral()).append(' ');
    } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
      text.append(' ');
    } else {
      for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
        appendText(child, text);
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

  private static final class LearnNodes implements NodeRenderer {
    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;

    LearnNodes(HtmlNodeRendererContext context) {
      this.context = context;
      this.html = context.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
      return Set.of(Callout.class, TableScroll.class);
    }

    @Override
    public void render(Node node) {
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
  }
}
