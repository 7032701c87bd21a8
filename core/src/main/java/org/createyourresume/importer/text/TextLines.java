package org.createyourresume.importer.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.createyourresume.ats.parse.LayoutLine;
import org.createyourresume.ats.parse.SectionVocabulary;
import org.createyourresume.ats.parse.Span;

/**
 * Plain text and Markdown as the lines the resume parser reads. Plain text is one line per line.
 * Markdown is parsed with commonmark-java, so that its markup becomes layout instead of text:
 * {@code **bold**} a bold span, {@code *emphasis*} an italic one, the top heading level the
 * section headings (a heading style), deeper headings bold entry titles, list items bullets,
 * and " | " between pieces of a line a break between spans. Emphasis marks, link syntax and
 * escapes never reach the parser.
 */
public final class TextLines {
  private TextLines() {}

  private static final Parser MARKDOWN = Parser.builder().build();
  /** A bar between pieces of a line, with space around it (or at an end): "Role | Place". */
  private static final Pattern PIPE = Pattern.compile("(?:^|\\s+)\\|(?:\\s+|$)");
  /**
   * Link texts that name where a link goes instead of saying what it is ("[LinkedIn](…)",
   * "[Email me](mailto:…)"): for these the address is the information. Any other text, an
   * employer's name say, is kept as written.
   */
  private static final Pattern LINK_NAMES =
      Pattern.compile("(?i)(?:my\\s+)?(?:linkedin|github|gitlab|bitbucket|twitter|x|mastodon|bluesky|stack ?overflow"
          + "|medium|behance|dribbble|kaggle|orcid|researchgate|google scholar|youtube|instagram|facebook|website"
          + "|web ?site|web|homepage|home page|portfolio|blog|e-?mail(?: me)?|mail|link|profile|cv|resume)");
  private static final Pattern HEADING_LINE = Pattern.compile("(?m)^ {0,3}#{1,6}[ \\t]+\\S");

  /**
   * Plain text: one line per non-blank line, no layout; a line indented (by two spaces or more, or
   * a tab) in a text whose other lines start at the margin is a list item, since a browser's copy
   * of a web page keeps a list's indentation and drops its markers. Text recognition's usual
   * misreadings (a bullet read as "e", an O read as 0) are repaired first, see {@link OcrText}.
   */
  public static List<LayoutLine> plain(String text) {
    List<String> read = text.lines().toList();
    String ocrBullet = OcrText.letterBullet(read);
    List<String> repaired = read.stream().map(l -> OcrText.letters(OcrText.bullet(l, ocrBullet))).toList();
    // running headers and footers go to the page edges, where they cannot split an entry
    boolean[] furniture = PageFurniture.marks(repaired);
    List<String> content = new ArrayList<>();
    List<LayoutLine> edges = new ArrayList<>();
    for (int i = 0; i < repaired.size(); i++) {
      if (furniture[i]) {
        edges.add(new LayoutLine(List.of(Span.plain(repaired.get(i).strip())), 1, 0, 0, 0, 0,
            LayoutLine.Zone.HEADER_FOOTER, false, false));
      } else {
        content.add(repaired.get(i));
      }
    }
    List<String> nonBlank = WrappedLines.joined(content);
    long atMargin = nonBlank.stream().filter(l -> !INDENTED.matcher(l).lookingAt()).count();
    boolean indentIsList = atMargin * 2 >= nonBlank.size();
    List<SkillGroupLines.Line> marked = nonBlank.stream()
        .map(l -> new SkillGroupLines.Line(l.strip(), indentIsList && INDENTED.matcher(l).lookingAt())).toList();
    List<LayoutLine> lines = new ArrayList<>();
    for (SkillGroupLines.Line l : SkillGroupLines.grouped(marked, SectionVocabulary.standard())) {
      lines.add(l.indented()
          ? new LayoutLine(List.of(Span.plain(l.text())), 1, 0, 0, 0, 0, LayoutLine.Zone.BODY, true, false)
          : LayoutLine.plain(l.text(), 1));
    }
    lines.addAll(edges);
    return lines;
  }

  private static final Pattern INDENTED = Pattern.compile("(?: {2,}|\\t)\\S");

  /** Whether the text has Markdown headings ("# Name", "## Experience"). */
  public static boolean looksLikeMarkdown(String text) {
    return HEADING_LINE.matcher(text).find();
  }

  /** Markdown, with its structure turned into layout. */
  public static List<LayoutLine> markdown(String text) {
    Node document = MARKDOWN.parse(text);
    int sectionLevel = sectionLevel(document);
    Collector collector = new Collector(sectionLevel, document.getFirstChild());
    document.accept(collector);
    return collector.lines;
  }

  /**
   * The heading level of the sections: the highest level used, not counting a heading that opens
   * the document (the name).
   */
  private static int sectionLevel(Node document) {
    int level = 7;
    for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof Heading h && n != document.getFirstChild()) {
        level = Math.min(level, h.getLevel());
      }
    }
    return level;
  }

  /** Walks the Markdown tree and collects its lines. */
  private static final class Collector extends AbstractVisitor {
    final List<LayoutLine> lines = new ArrayList<>();
    private final int sectionLevel;
    private final Node first;
    /** The current line's pieces (split at " | "), each a list of styled runs. */
    private final List<List<Run>> pieces = new ArrayList<>(List.of(new ArrayList<>()));
    private int bold;
    private int italic;
    private int listDepth;
    private boolean heading;

    /** Text in one style. */
    private record Run(String text, boolean bold, boolean italic) {}

    Collector(int sectionLevel, Node first) {
      this.sectionLevel = sectionLevel;
      this.first = first;
    }

    @Override
    public void visit(Heading h) {
      // the name and the sections carry a heading style; deeper headings are bold entry titles
      heading = h == first || h.getLevel() <= sectionLevel;
      bold++;
      visitChildren(h);
      bold--;
      endLine();
      heading = false;
    }

    @Override
    public void visit(Paragraph p) {
      visitChildren(p);
      endLine();
    }

    @Override
    public void visit(BulletList list) {
      listDepth++;
      visitChildren(list);
      listDepth--;
    }

    @Override
    public void visit(OrderedList list) {
      listDepth++;
      visitChildren(list);
      listDepth--;
    }

    @Override
    public void visit(ListItem item) {
      visitChildren(item);
      endLine();
    }

    @Override
    public void visit(BlockQuote quote) {
      visitChildren(quote);
    }

    @Override
    public void visit(FencedCodeBlock code) {
      code.getLiteral().lines().forEach(l -> {
        append(l);
        endLine();
      });
    }

    @Override
    public void visit(IndentedCodeBlock code) {
      code.getLiteral().lines().forEach(l -> {
        append(l);
        endLine();
      });
    }

    @Override
    public void visit(HtmlBlock html) {
      // raw HTML carries no resume text a parser could trust
    }

    @Override
    public void visit(HtmlInline html) {
      // as above
    }

    @Override
    public void visit(Image image) {
      // a picture has no text; its description is not part of the resume
    }

    @Override
    public void visit(StrongEmphasis strong) {
      bold++;
      visitChildren(strong);
      bold--;
    }

    @Override
    public void visit(Emphasis emphasis) {
      italic++;
      visitChildren(emphasis);
      italic--;
    }

    @Override
    public void visit(Link link) {
      StringBuilder label = new StringBuilder();
      for (Node n = link.getFirstChild(); n != null; n = n.getNext()) {
        if (n instanceof Text t) {
          label.append(t.getLiteral());
        }
      }
      String destination = link.getDestination() == null ? "" : link.getDestination().strip();
      String lower = destination.toLowerCase(Locale.ROOT);
      boolean named = LINK_NAMES.matcher(label.toString().strip()).matches();
      if (named && (lower.startsWith("mailto:") || lower.startsWith("http://") || lower.startsWith("https://"))) {
        // "[LinkedIn](https://linkedin.com/in/ann)": the address is what the resume means
        append(destination.replaceFirst("(?i)^mailto:", "").replaceFirst("(?i)^https?://(www\\.)?", "")
            .replaceFirst("/$", ""));
        return;
      }
      visitChildren(link);
    }

    @Override
    public void visit(Text text) {
      append(text.getLiteral());
    }

    @Override
    public void visit(Code code) {
      append(code.getLiteral());
    }

    @Override
    public void visit(SoftLineBreak soft) {
      append(" ");
    }

    @Override
    public void visit(HardLineBreak hard) {
      endLine();
    }

    /** Adds text in the current style; " | " between pieces of a line starts a new piece. */
    private void append(String text) {
      String[] parts = PIPE.split(text, -1);
      for (int i = 0; i < parts.length; i++) {
        if (i > 0) {
          pieces.add(new ArrayList<>());
        }
        if (!parts[i].isEmpty()) {
          pieces.get(pieces.size() - 1).add(new Run(parts[i], bold > 0, italic > 0));
        }
      }
    }

    /**
     * Ends the line. Each piece is one span, except that a bold lead-in ("**Skills:** Java") is a
     * span of its own, as it is in a PDF or DOCX; emphasis inside a sentence changes nothing.
     */
    private void endLine() {
      List<Span> spans = new ArrayList<>();
      for (List<Run> runs : pieces) {
        int lead = 0;
        while (lead < runs.size() && runs.get(lead).bold()) {
          lead++;
        }
        if (lead > 0 && lead < runs.size() && !runs.subList(0, lead).stream().allMatch(r -> r.text().isBlank())) {
          span(spans, runs.subList(0, lead), true);
          span(spans, runs.subList(lead, runs.size()), false);
        } else {
          span(spans, runs, lead == runs.size());
        }
      }
      if (!spans.isEmpty()) {
        lines.add(new LayoutLine(spans, 1, 0, 0, 0, 0, LayoutLine.Zone.BODY, listDepth > 0, heading));
      }
      pieces.clear();
      pieces.add(new ArrayList<>());
    }

    private static void span(List<Span> spans, List<Run> runs, boolean bold) {
      StringBuilder text = new StringBuilder();
      runs.forEach(r -> text.append(r.text()));
      String t = text.toString().replaceAll("\\s+", " ").strip();
      if (!t.isEmpty()) {
        boolean italic = runs.stream().filter(r -> !r.text().isBlank()).allMatch(Run::italic);
        spans.add(new Span(t, 0, 0, bold, italic, 0));
      }
    }
  }
}
