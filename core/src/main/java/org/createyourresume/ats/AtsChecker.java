package org.createyourresume.ats;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.createyourresume.ats.checks.ActionVerbCheck;
import org.createyourresume.ats.checks.BulletLengthCheck;
import org.createyourresume.ats.checks.BuzzwordCheck;
import org.createyourresume.ats.checks.Check;
import org.createyourresume.ats.checks.CheckContext;
import org.createyourresume.ats.checks.ContactCheck;
import org.createyourresume.ats.checks.DatesCheck;
import org.createyourresume.ats.checks.DuplicateTextCheck;
import org.createyourresume.ats.checks.FileCheck;
import org.createyourresume.ats.checks.FontCheck;
import org.createyourresume.ats.checks.GarbageCheck;
import org.createyourresume.ats.checks.HeaderFooterCheck;
import org.createyourresume.ats.checks.HeadingCheck;
import org.createyourresume.ats.checks.ImageCheck;
import org.createyourresume.ats.checks.LayoutCheck;
import org.createyourresume.ats.checks.LengthCheck;
import org.createyourresume.ats.checks.PronounCheck;
import org.createyourresume.ats.checks.QuantifiedCheck;
import org.createyourresume.ats.checks.RepetitionCheck;
import org.createyourresume.ats.checks.SectionsCheck;
import org.createyourresume.ats.checks.SpellingCheck;
import org.createyourresume.ats.checks.SummaryCheck;
import org.createyourresume.ats.checks.TextLayerCheck;
import org.createyourresume.ats.extract.DocxExtractor;
import org.createyourresume.ats.extract.ExtractedDocument;
import org.createyourresume.ats.extract.FileSignature;
import org.createyourresume.ats.extract.PdfExtractor;
import org.createyourresume.ats.extract.ReadBudget;
import org.createyourresume.ats.extract.SourceFormat;
import org.createyourresume.ats.grammar.GrammarChecker;
import org.createyourresume.ats.match.JobMatch;
import org.createyourresume.ats.match.JobMatcher;
import org.createyourresume.ats.match.Keyword;
import org.createyourresume.ats.parse.ParsedResume;
import org.createyourresume.ats.parse.ResumeParser;
import org.createyourresume.ats.parse.SectionKind;
import org.createyourresume.ats.parse.TextLanguage;
import org.createyourresume.json.JsonResumeException;
import org.createyourresume.json.JsonResumeReader;
import org.createyourresume.model.PartialDate;
import org.createyourresume.model.Resume;
import org.createyourresume.render.RenderException;
import org.createyourresume.render.RenderOptions;
import org.createyourresume.render.RenderResult;
import org.createyourresume.render.ResumeRenderer;

/**
 * Checks resumes the way an ATS reads them: the one entry point of the ATS checker. Create one
 * per process and share it; it is thread-safe.
 *
 * <pre>{@code
 * AtsChecker checker = AtsChecker.create();
 * AtsReport report = checker.checkFile(bytes, "resume.pdf", AtsOptions.defaults().withJobDescription(posting));
 * AtsReport live = checker.checkResume(resume, AtsOptions.defaults().withGrammar(AtsOptions.Grammar.IF_READY));
 * }</pre>
 */
public final class AtsChecker {

  private final AtsLimits limits;
  private final ResumeRenderer renderer;
  private final Clock clock;
  private final PdfExtractor pdf;
  private final DocxExtractor docx;
  private final ResumeParser parser = new ResumeParser();
  private final JobMatcher matcher = new JobMatcher();
  private final GrammarChecker grammar;
  private final List<Check> checks =
      List.of(new TextLayerCheck(), new FontCheck(), new GarbageCheck(), new LayoutCheck(),
          new HeaderFooterCheck(), new HeadingCheck(), new ImageCheck(), new FileCheck(),
          new DuplicateTextCheck(),
          new ContactCheck(), new SectionsCheck(), new DatesCheck(), new ActionVerbCheck(),
          new QuantifiedCheck(), new BulletLengthCheck(), new PronounCheck(), new BuzzwordCheck(),
          new SummaryCheck(), new RepetitionCheck(), new LengthCheck());
  private final Check spelling;

  private AtsChecker(AtsLimits limits, ResumeRenderer renderer, Clock clock, GrammarChecker grammar) {
    this.limits = limits;
    this.renderer = renderer;
    this.clock = clock;
    this.pdf = new PdfExtractor(limits);
    this.docx = new DocxExtractor(limits);
    this.grammar = grammar;
    this.spelling = new SpellingCheck(grammar);
  }

  /** A checker with the default {@link AtsLimits} and its own renderer. */
  public static AtsChecker create() {
    return create(AtsLimits.DEFAULT, ResumeRenderer.create());
  }

  /** A checker with other limits, sharing an existing renderer (for JSON resumes). */
  public static AtsChecker create(AtsLimits limits, ResumeRenderer renderer) {
    return new AtsChecker(limits, renderer, Clock.systemDefaultZone(), new GrammarChecker(dictionary()));
  }

  /** The same checker with "today" (for "Present" and years of experience) read from {@code clock}. */
  public AtsChecker withClock(Clock other) {
    return new AtsChecker(limits, renderer, other, grammar);
  }

  /** The limits uploads are held to. */
  public AtsLimits limits() {
    return limits;
  }

  /**
   * Starts the grammar checker in the background (it takes about a second), so that later checks
   * with {@link AtsOptions.Grammar#IF_READY} include grammar. Returns at once.
   */
  public void prepareGrammar() {
    grammar.start();
  }

  /** Whether the grammar checker has started. */
  public boolean grammarReady() {
    return grammar.ready();
  }

  /**
   * Matches one of our resumes against a job posting, without checking a file: the resume's plain
   * text is parsed as any resume is, then matched. No PDF is rendered or read, so it costs a
   * fraction of {@link #checkResume}; for features that need only the match (cover letters).
   *
   * @throws AtsException when the resume cannot be rendered (over the size limits)
   */
  public JobMatch matchResume(Resume resume, String jobDescription) {
    RenderResult text;
    try {
      text = renderer.render(resume, RenderOptions.of(org.createyourresume.render.OutputFormat.TXT));
    } catch (RenderException e) {
      if (e.isUserError()) {
        throw AtsException.rejected("resume." + e.code(), e.getMessage());
      }
      throw AtsException.failed("rendering the resume failed", e);
    }
    ExtractedDocument document = ExtractedDocument.ofText(new String(text.content(), StandardCharsets.UTF_8));
    ParsedResume parsed = parser.parse(document.lines());
    LocalDate now = LocalDate.now(clock);
    CheckContext context = new CheckContext(document, parsed, new PartialDate(now.getYear(), now.getMonthValue(), 0));
    return matcher.match(parsed, context.yearsOfExperience(), jobDescription);
  }

  /**
   * Spelling and grammar problems in prose that is not a resume (a cover letter's paragraphs),
   * with the same LanguageTool setup as resumes; the words of {@code ownTerms} (the resume's
   * skills, names) count as correctly spelt. Empty for {@link AtsOptions.Grammar#OFF}, and for
   * {@link AtsOptions.Grammar#IF_READY} while the grammar checker has not started.
   */
  public List<GrammarChecker.Issue> checkProse(
      List<String> lines, java.util.Collection<String> ownTerms, AtsOptions.Grammar mode) {
    if (mode == AtsOptions.Grammar.OFF || (mode == AtsOptions.Grammar.IF_READY && !grammar.ready())) {
      return List.of();
    }
    return grammar.check(lines, ownTerms);
  }

  /**
   * Checks an uploaded file: a PDF, a DOCX or a JSON Resume document, told apart by their content
   * (the name is only used in messages).
   *
   * @throws AtsException when the file is refused (too large, not a resume format, damaged,
   *     encrypted, hostile, too slow to read)
   */
  public AtsReport checkFile(byte[] content, String fileName, AtsOptions options) {
    if (content.length > limits.maxBytes()) {
      throw AtsException.rejected("file.too-large",
          "the file is " + content.length / 1024 + " KB; the checker reads files of up to "
              + limits.maxBytes() / 1024 + " KB (a resume is rarely over 1 MB)");
    }
    if (content.length == 0) {
      throw AtsException.rejected("file.empty", "the file is empty");
    }
    // one deadline for every stage from here (reading, parsing, the checks); an interrupted
    // thread (a request given up on) stops at the next look
    ReadBudget budget = ReadBudget.start(limits);
    if (FileSignature.isPdf(content)) {
      ExtractedDocument document = pdf.extract(content, budget);
      return report(document, options, null, null, budget);
    }
    if (FileSignature.isZip(content)) {
      return report(docx.extract(content, budget), options, null, null, budget);
    }
    String text = utf8(content);
    if (text != null && text.stripLeading().startsWith("{")) {
      Resume resume;
      try {
        resume = new JsonResumeReader(renderer.validator()).read(text).resume();
      } catch (JsonResumeException e) {
        throw AtsException.rejected("file.json", name(fileName) + "is not a readable JSON Resume: " + e.getMessage());
      }
      return checkResume(resume, options, budget);
    }
    String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".doc")) {
      throw AtsException.rejected("file.type",
          name(fileName) + "is an old Word .doc file; save it as .docx or PDF and check that");
    }
    throw AtsException.rejected("file.type",
        name(fileName) + "is not a PDF, DOCX or JSON Resume file; save the resume as PDF or DOCX");
  }

  /**
   * Checks one of our resumes: renders it to PDF in its own template (or {@code template}), reads
   * that PDF as an ATS would, and compares the parsed fields with the resume (the closed loop).
   *
   * @throws AtsException when the resume cannot be rendered (over the size limits, unknown template)
   */
  public AtsReport checkResume(Resume resume, AtsOptions options) {
    return checkResume(resume, options, ReadBudget.start(limits));
  }

  private AtsReport checkResume(Resume resume, AtsOptions options, ReadBudget budget) {
    RenderResult rendered;
    try {
      rendered = renderer.render(resume, RenderOptions.pdf());
    } catch (RenderException e) {
      if (e.isUserError()) {
        throw AtsException.rejected("resume." + e.code(), e.getMessage());
      }
      throw AtsException.failed("rendering the resume failed", e);
    }
    budget.checkNow();
    ExtractedDocument document = pdf.extract(rendered.content(), budget);
    return report(document, options, resume, rendered.template(), budget);
  }

  /**
   * Matches an already checked resume against a job posting, without reading the file again: for
   * a page where only the posting changes. Gives the same match as checking with the posting.
   */
  public JobMatch matchJob(AtsReport report, String jobDescription) {
    LocalDate now = LocalDate.now(clock);
    CheckContext context = new CheckContext(ExtractedDocument.ofText(""), report.parsed(),
        new PartialDate(now.getYear(), now.getMonthValue(), 0));
    return matcher.match(report.parsed(), context.yearsOfExperience(), jobDescription);
  }

  /** Checks text pasted as a resume: content, sections and job match, without file checks. */
  public AtsReport checkText(String text, AtsOptions options) {
    if (text.length() > limits.maxCharacters()) {
      throw AtsException.rejected("file.too-long",
          "the text has " + text.length() + " characters; the checker reads up to " + limits.maxCharacters());
    }
    return report(ExtractedDocument.ofText(text), options, null, null, ReadBudget.start(limits));
  }

  private AtsReport report(
      ExtractedDocument document, AtsOptions options, Resume source, String template, ReadBudget budget) {
    ParsedResume parsed = parser.parse(document.lines(), budget::check);
    LocalDate now = LocalDate.now(clock);
    String language = language(document, source);
    CheckContext context = new CheckContext(document, parsed, new PartialDate(now.getYear(), now.getMonthValue(), 0), language);
    List<Finding> findings = new ArrayList<>();
    for (Check check : checks) {
      budget.checkNow();
      check.run(context, findings::add);
    }
    if (findings.stream().anyMatch(f -> f.id().equals("text.none"))) {
      // nothing was read: every finding about the content would only repeat that
      findings.removeIf(f -> !f.id().equals("text.none") && !f.id().startsWith("file."));
      options = options.withGrammar(AtsOptions.Grammar.OFF).withJobDescription(options.jobDescription());
    }
    budget.checkNow();
    // the grammar check is left out of the deadline: waiting for it to start is asked for
    // (Grammar.WAIT, the command line's choice), and the server only uses it when ready
    AtsReport.GrammarStatus grammarStatus = AtsReport.GrammarStatus.OFF;
    if (options.grammar() != AtsOptions.Grammar.OFF) {
      if (!context.english() || !english(document, source)) {
        grammarStatus = AtsReport.GrammarStatus.NOT_ENGLISH;
      } else if (options.grammar() == AtsOptions.Grammar.IF_READY && !grammar.ready()) {
        grammar.start();
        grammarStatus = AtsReport.GrammarStatus.NOT_READY;
      } else {
        spelling.run(context, findings::add);
        grammarStatus = AtsReport.GrammarStatus.CHECKED;
      }
    }
    List<FieldDifference> differences = source == null ? List.of() : ClosedLoop.compare(source, parsed);
    if (!differences.isEmpty()) {
      findings.add(new Finding("loop.differences", Finding.Category.PARSING, Finding.Severity.MAJOR,
          "The ATS reading differs from your resume in " + differences.size() + " field" + (differences.size() == 1 ? "" : "s"),
          "Reading this PDF back as an ATS does gave some fields differently from what you wrote, so"
              + " an ATS would show them that way too.",
          "Look at the fields listed: simplify the text there (avoid unusual characters, very long"
              + " titles) or choose another template.",
          differences.stream().map(FieldDifference::toString).toList(),
          Math.min(15, 3 * differences.size()), List.of(differences.size())));
    }
    JobMatch match = null;
    if (options.jobDescription() != null) {
      match = matcher.match(parsed, context.yearsOfExperience(), options.jobDescription());
      findings.addAll(matchFindings(match, parsed.has(SectionKind.SKILLS)));
    }
    findings.sort(Scoring.BEST_FIX_FIRST);
    List<ScorePart> parts = Scoring.parts(findings, match);
    int score = Scoring.total(parts, findings);
    return new AtsReport(score, parts, findings, document.format(), document.pages(), context.words(),
        document.bytes(), template, document.text(), parsed, differences, match, grammarStatus, language);
  }

  /** The most important missing keywords one by one (what adding each is worth), then the rest. */
  private static List<Finding> matchFindings(JobMatch match, boolean hasSkills) {
    List<Finding> out = new ArrayList<>();
    double total = 0;
    for (Keyword k : match.matched()) {
      total += k.weight();
    }
    for (Keyword k : match.missing()) {
      total += k.weight();
    }
    List<Keyword> missing = match.missing();
    for (int i = 0; i < missing.size(); i++) {
      Keyword k = missing.get(i);
      int gain = (int) Math.round(30 * k.weight() / Math.max(1e-9, total));
      if (i < 5) {
        out.add(new Finding(FindingIds.missing(k.kind()),
            Finding.Category.MATCH, i < 3 ? Finding.Severity.MAJOR : Finding.Severity.MINOR,
            "Missing from your resume: " + k.name(),
            "The job posting asks for " + k.name() + (k.mentions() > 1 ? " (" + k.mentions() + " mentions)" : "")
                + ", and your resume does not show it. ATS searches and rankings match the posting's words.",
            "If you have it, add it to " + k.suggestion() + ", using the posting's wording (\"" + k.asWritten() + "\").",
            List.of(), gain, List.of(k.name(), k.mentions(), k.asWritten(), hasSkills ? 1 : 0)));
      }
    }
    if (missing.size() > 5) {
      List<String> rest = missing.subList(5, missing.size()).stream().map(Keyword::name).toList();
      out.add(new Finding("match.missing.more", Finding.Category.MATCH, Finding.Severity.MINOR,
          rest.size() + " more keywords from the posting are missing",
          "Less weighty requirements of the posting that your resume does not show.",
          "Add those you genuinely have, where they fit.", rest, 0, List.of(rest.size())));
    }
    return out;
  }

  /**
   * The resume's language as a BCP 47 primary tag: the one its author set, else the one its
   * words tell (English, German, French or Spanish).
   */
  private static String language(ExtractedDocument document, Resume source) {
    if (source != null && source.design().language() != null && !source.design().language().isBlank()) {
      return source.design().language().strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
    }
    return TextLanguage.detect(document.text()).tag();
  }

  /** English unless the resume says otherwise or its text is mostly in another script or language. */
  private static boolean english(ExtractedDocument document, Resume source) {
    if (source != null && source.design().language() != null) {
      return source.design().language().toLowerCase(Locale.ROOT).startsWith("en");
    }
    String text = document.text().toLowerCase(Locale.ROOT);
    String[] words = text.split("[^\\p{L}]+");
    int common = 0;
    int all = 0;
    for (String w : words) {
      if (w.isEmpty()) {
        continue;
      }
      all++;
      if (ENGLISH.contains(w)) {
        common++;
      }
    }
    return all > 0 && common * 100 / all >= 4;
  }

  private static final Set<String> ENGLISH =
      Set.of("the", "and", "of", "to", "in", "for", "with", "a", "on", "by", "from", "as", "at", "an", "using");

  /** Technical terms the spelling checker accepts: the skills vocabulary and tech-words.txt. */
  private static Set<String> dictionary() {
    Set<String> words = new LinkedHashSet<>(new JobMatcher().vocabularyNames());
    try (var in = AtsChecker.class.getResourceAsStream("/org/createyourresume/ats/tech-words.txt")) {
      String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      all.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(l -> words.add(l.strip()));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return words;
  }

  private static String utf8(byte[] content) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(content))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static String name(String fileName) {
    return fileName == null || fileName.isBlank() ? "the file " : fileName + " ";
  }
}
