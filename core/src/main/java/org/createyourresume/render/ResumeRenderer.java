package org.createyourresume.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import org.createyourresume.json.JsonResumeWriter;
import org.createyourresume.json.ResumeValidator;
import org.createyourresume.letter.Letter;
import org.createyourresume.letter.Letters;
import org.createyourresume.model.Design;
import org.createyourresume.model.Limits;
import org.createyourresume.model.Problem;
import org.createyourresume.model.Resume;
import org.createyourresume.render.docx.DocxWriter;
import org.createyourresume.render.html.HtmlTemplater;
import org.createyourresume.render.pdf.FontCatalog;
import org.createyourresume.render.pdf.FontFamily;
import org.createyourresume.render.pdf.PageLayout;
import org.createyourresume.render.pdf.PdfWriter;
import org.createyourresume.render.theme.Style;
import org.createyourresume.render.theme.StyleResolver;
import org.createyourresume.render.theme.Theme;
import org.createyourresume.render.text.MarkdownWriter;
import org.createyourresume.render.text.PlainTextWriter;
import org.createyourresume.render.theme.ThemeCatalog;
import org.createyourresume.render.view.LetterView;
import org.createyourresume.render.view.LetterViewBuilder;
import org.createyourresume.render.view.ResumeView;
import org.createyourresume.render.view.ViewBuilder;

/**
 * Renders resumes: the one entry point of rendering. Create one per process with {@link
 * #create()} and share it; it is thread-safe, and each thread parses the fonts it needs once.
 *
 * <pre>{@code
 * ResumeRenderer renderer = ResumeRenderer.create();
 * RenderResult pdf = renderer.render(resume, RenderOptions.pdf().withTemplate("modern"));
 * }</pre>
 */
public final class ResumeRenderer {

  private final ThemeCatalog themes;
  private final FontCatalog fonts;
  private final StyleResolver styles;
  private final HtmlTemplater html = new HtmlTemplater();
  private final PdfWriter pdf;
  private final DocxWriter docx = new DocxWriter();
  private final Limits limits;

  private ResumeRenderer(Limits limits) {
    this.themes = ThemeCatalog.load();
    this.fonts = new FontCatalog();
    this.styles = new StyleResolver(fontFamilies());
    this.pdf = new PdfWriter(fonts);
    this.limits = limits;
  }

  /** A renderer with the bundled templates and fonts and the default {@link Limits}. */
  public static ResumeRenderer create() {
    return new ResumeRenderer(Limits.DEFAULT);
  }

  /** A renderer that refuses documents over other limits. */
  public static ResumeRenderer create(Limits limits) {
    return new ResumeRenderer(limits);
  }

  /** The template a resume that names none is rendered in. */
  public String defaultTemplate() {
    return ThemeCatalog.DEFAULT_ID;
  }

  /** The templates, in the order a picker shows them. */
  public List<TemplateInfo> templates() {
    return themes.all().stream()
        .map(Theme::info)
        .toList();
  }

  /** The bundled font family names. */
  public Set<String> fontFamilies() {
    Set<String> names = new LinkedHashSet<>();
    fonts.families().forEach(f -> names.add(f.name()));
    return names;
  }

  /** A validator that knows this renderer's templates, fonts and limits. */
  public ResumeValidator validator() {
    return new ResumeValidator(new LinkedHashSet<>(themes.ids()), fontFamilies(), limits);
  }

  /**
   * Renders {@code resume}. Invalid design values fall back to the template's defaults, with a
   * diagnostic; text the fonts cannot show is left out, with a diagnostic.
   *
   * @throws RenderException with {@link RenderException#isUserError()} for an unknown template or
   *     a document over the limits; otherwise for an engine failure
   */
  public RenderResult render(Resume resume, RenderOptions options) {
    String templateId = templateId(resume, options);
    if (options.format() == OutputFormat.JSON) {
      byte[] json = new JsonResumeWriter().write(resume).getBytes(StandardCharsets.UTF_8);
      return new RenderResult(json, OutputFormat.JSON, templateId, 0, List.of());
    }
    Theme theme = theme(templateId);
    checkLimits(resume);
    List<RenderDiagnostic> diagnostics = new ArrayList<>();
    Style style = styles.resolve(resume.design(), theme, diagnostics::add);
    FontFamily family = fonts.find(style.fontFamily()).orElseThrow();
    // Only the PDF embeds our fonts; Word, browsers and text editors fall back to their own.
    IntPredicate drawable =
        options.format() == OutputFormat.PDF ? c -> fonts.canDisplay(family, c) : c -> true;
    ResumeView view = new ViewBuilder(style, drawable, diagnostics::add).build(resume);
    try {
      return switch (options.format()) {
        case PDF -> {
          ByteArrayOutputStream out = new ByteArrayOutputStream(48 * 1024);
          int pages = pdf.write(html.render(view, style, true), family, out);
          yield new RenderResult(out.toByteArray(), OutputFormat.PDF, templateId, pages, diagnostics);
        }
        case HTML -> text(html.render(view, style, false), OutputFormat.HTML, templateId, diagnostics);
        case DOCX -> new RenderResult(docx.write(view, style), OutputFormat.DOCX, templateId, 0, diagnostics);
        case TXT -> text(new PlainTextWriter(options.textWidth(), options.asciiOnly()).write(view),
            OutputFormat.TXT, templateId, diagnostics);
        case MD -> text(new MarkdownWriter().write(view), OutputFormat.MD, templateId, diagnostics);
        case JSON -> throw new IllegalStateException("handled above");
      };
    } catch (IOException | RuntimeException e) {
      throw RenderException.failed("the " + options.format().id() + " writer failed: " + e.getMessage(), e);
    }
  }

  /**
   * Renders a cover letter from {@code resume}'s person in the resume's template (or the one of
   * {@code options}): the same header, fonts, accent and margins as the resume. The sender's name
   * and contact lines come from the resume's {@code basics}. Placeholder text left in the letter
   * ("[Company]") is reported as a {@code letter.placeholder} diagnostic; characters the fonts
   * cannot show are left out with a diagnostic, as for resumes. For {@link OutputFormat#JSON} the
   * result is the letter's own JSON object.
   *
   * @throws RenderException with {@link RenderException#isUserError()} for an unknown template,
   *     or a resume or letter over the size limits; otherwise for an engine failure
   */
  public RenderResult renderLetter(Resume resume, Letter letter, RenderOptions options) {
    String templateId = templateId(resume, options);
    checkLetterLimits(letter);
    if (options.format() == OutputFormat.JSON) {
      byte[] json = Letters.toJson(letter).getBytes(StandardCharsets.UTF_8);
      return new RenderResult(json, OutputFormat.JSON, templateId, 0, List.of());
    }
    Theme theme = theme(templateId);
    checkLimits(resume);
    List<RenderDiagnostic> diagnostics = new ArrayList<>();
    Style style = styles.resolve(resume.design(), theme, diagnostics::add);
    FontFamily family = fonts.find(style.fontFamily()).orElseThrow();
    IntPredicate drawable =
        options.format() == OutputFormat.PDF ? c -> fonts.canDisplay(family, c) : c -> true;
    LetterView view = new LetterViewBuilder(style, drawable, diagnostics::add).build(resume, letter);
    try {
      return switch (options.format()) {
        case PDF -> {
          ByteArrayOutputStream out = new ByteArrayOutputStream(24 * 1024);
          int pages = pdf.write(html.renderLetter(view, style, true), family, out);
          yield new RenderResult(out.toByteArray(), OutputFormat.PDF, templateId, pages, diagnostics);
        }
        case HTML -> text(html.renderLetter(view, style, false), OutputFormat.HTML, templateId, diagnostics);
        case DOCX -> new RenderResult(docx.writeLetter(view, style), OutputFormat.DOCX, templateId, 0, diagnostics);
        case TXT -> text(new PlainTextWriter(options.textWidth(), options.asciiOnly()).writeLetter(view),
            OutputFormat.TXT, templateId, diagnostics);
        case MD -> text(new MarkdownWriter().writeLetter(view), OutputFormat.MD, templateId, diagnostics);
        case JSON -> throw new IllegalStateException("handled above");
      };
    } catch (IOException | RuntimeException e) {
      throw RenderException.failed("the " + options.format().id() + " writer failed: " + e.getMessage(), e);
    }
  }

  /** Letters stay within a page or two: a bound on paragraphs and characters keeps renders bounded. */
  private static void checkLetterLimits(Letter letter) {
    if (letter.body().size() > Letter.MAX_PARAGRAPHS) {
      throw RenderException.invalidInput("letter.too-long", "/body: " + letter.body().size()
          + " paragraphs; a letter has at most " + Letter.MAX_PARAGRAPHS);
    }
    int characters = letter.texts().stream().mapToInt(String::length).sum();
    if (characters > Letter.MAX_CHARACTERS) {
      throw RenderException.invalidInput("letter.too-long", characters
          + " characters of text; a letter has at most " + Letter.MAX_CHARACTERS);
    }
  }

  /**
   * Finds the base font size, line spacing and margins that fit {@code resume} on {@code pages}
   * pages in the template of {@code options}, changing as little as can be seen: line spacing
   * first (down to 1.05), then margins (down to 10 mm top and bottom, 12 mm at the sides), then
   * the font size (down to 9.5 pt, headings in proportion). Settings are only ever lowered, and
   * nothing else in the design changes. A resume that already fits is left as it is; one that
   * does not fit even at those floors gets the tightest settings and how much is left over.
   *
   * <p>Costs a few layouts without drawing, each about a third of a render: one for a resume that
   * fits, three for one that cannot, typically six or seven otherwise.
   *
   * @param options a PDF render's options: the template (null: the resume's own)
   * @param pages the number of pages to fit on, 1 or more
   * @throws IllegalArgumentException for fewer than one page or a format other than PDF
   * @throws RenderException as {@link #render} does
   */
  public PageFit fit(Resume resume, RenderOptions options, int pages) {
    if (pages < 1) {
      throw new IllegalArgumentException("a resume fits on at least one page, not " + pages);
    }
    if (options.format() != OutputFormat.PDF) {
      throw new IllegalArgumentException("only a PDF has pages to fit, not " + options.format());
    }
    Theme theme = theme(templateId(resume, options));
    checkLimits(resume);
    Style style = styles.resolve(resume.design(), theme, d -> {});
    PageFitter.Settings start =
        new PageFitter.Settings(
            style.fontSize(), style.lineSpacing(), style.marginTop(), style.marginRight(),
            style.marginBottom(), style.marginLeft());
    PageFitter.Layouts layouts =
        new PageFitter.Layouts() {
          @Override
          public PageLayout paged(Design design) {
            return layout(resume.withDesign(design), theme, false);
          }

          @Override
          public PageLayout endless(Design design) {
            return layout(resume.withDesign(design), theme, true);
          }
        };
    return new PageFitter(layouts).fit(resume.design(), start, pages);
  }

  /**
   * The PDF layout of {@code resume} in {@code theme}, without drawing it: as paginated, or on
   * one endless page (see {@link PageFitter.Layouts#endless}).
   */
  private PageLayout layout(Resume resume, Theme theme, boolean endless) {
    Style style = styles.resolve(resume.design(), theme, d -> {});
    FontFamily family = fonts.find(style.fontFamily()).orElseThrow();
    ResumeView view =
        new ViewBuilder(style, c -> fonts.canDisplay(family, c), d -> {}).build(resume);
    try {
      if (!endless) {
        return pdf.measure(html.render(view, style, true), family);
      }
      PageLayout natural = pdf.measure(html.renderOnEndlessPage(view, style), family);
      double page = style.contentHeightPt();
      return new PageLayout(
          (int) Math.max(1, Math.ceil(natural.contentHeight() / page - 1e-9)),
          natural.contentHeight(), page);
    } catch (IOException | RuntimeException e) {
      throw RenderException.failed("the pdf layout failed: " + e.getMessage(), e);
    }
  }

  private Theme theme(String templateId) {
    return themes
        .find(templateId)
        .orElseThrow(
            () ->
                RenderException.invalidInput(
                    "template.unknown",
                    "no template \"" + templateId + "\" (choose one of "
                        + String.join(", ", themes.ids()) + ")"));
  }

  private static RenderResult text(
      String content, OutputFormat format, String templateId, List<RenderDiagnostic> diagnostics) {
    return new RenderResult(content.getBytes(StandardCharsets.UTF_8), format, templateId, 0, diagnostics);
  }

  /**
   * Renders a small resume once in every template on the calling thread, so that the first real
   * request does not pay for class loading, font parsing and JIT warm-up. Servers call this at
   * start-up on each thread of their render pool.
   */
  public void warmUp() {
    Resume sample =
        new org.createyourresume.json.JsonResumeReader()
            .read(
                """
                {"basics": {"name": "Warm Up", "label": "Engineer", "email": "warm@example.com",
                  "summary": "Efficient, certified, fluent."},
                 "work": [{"name": "Example Ltd", "position": "Engineer", "startDate": "2020-01",
                   "highlights": ["Cut office workflow time by 30%."]}],
                 "education": [{"institution": "Example University", "studyType": "BSc"}],
                 "skills": [{"name": "Tools", "keywords": ["Java"]}]}
                """)
            .resume();
    for (String id : themes.ids()) {
      render(sample, RenderOptions.pdf().withTemplate(id));
    }
  }

  private String templateId(Resume resume, RenderOptions options) {
    if (options.template() != null && !options.template().isBlank()) {
      return options.template().strip();
    }
    String chosen = resume.design().template();
    return chosen == null || chosen.isBlank() ? ThemeCatalog.DEFAULT_ID : chosen.strip();
  }

  /** Refuses documents whose size could make a render take unbounded time or memory. */
  private void checkLimits(Resume resume) {
    List<Problem> over = validator().sizeProblems(resume);
    if (!over.isEmpty()) {
      Problem first = over.get(0);
      String more = over.size() > 1 ? " (and " + (over.size() - 1) + " more over the limits)" : "";
      throw RenderException.invalidInput(first.code(), first + more);
    }
  }
}
