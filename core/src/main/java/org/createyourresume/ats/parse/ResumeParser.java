package org.createyourresume.ats.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses the lines of a resume, as an ATS reads them, back into fields: name, contact, sections
 * by heading, jobs, schools and skills. The one resume parser of the project: the ATS checker
 * uses it to show what an ATS reads, and the importer to turn old resumes into JSON Resume.
 *
 * <p>It reads what layout the lines carry and does without what they lack: with positions and
 * weights (PDF) it joins wrapped lines and finds entries by their bold first line; with paragraph
 * styles (DOCX) it uses list numbering and heading styles; plain text is read by its words alone.
 * Thread-safe and deterministic.
 *
 * <p>The work is done in stages, each a class of this package with its own tests, called in
 * order by {@link #parse(List, Runnable)}: {@link LineCleaner}, {@link BlockReader}, {@link
 * HeadingReader}, {@link TopReader}, {@link SectionReader}, then, for each section of entries,
 * {@link EntryReader} and {@link EntryLineReader}.
 */
public final class ResumeParser {

  private final LineCleaner lineCleaner;
  private final BlockReader blockReader = new BlockReader();
  private final HeadingReader headingReader;
  private final TopReader topReader;
  private final SectionReader sectionReader;

  /** A parser with the bundled section vocabulary. */
  public ResumeParser() {
    this(SectionVocabulary.standard());
  }

  /** A parser whose headings are the words of {@code vocabulary}. */
  public ResumeParser(SectionVocabulary vocabulary) {
    this(vocabulary, new EntryModel());
  }

  /** A parser whose entries' fitted stage is {@code entryModel} (the fitter's, which records). */
  ResumeParser(SectionVocabulary vocabulary, EntryModel entryModel) {
    this.lineCleaner = new LineCleaner(vocabulary);
    this.headingReader = new HeadingReader(vocabulary);
    this.topReader = new TopReader(headingReader);
    this.sectionReader = new SectionReader(new EntryReader(new EntryLineReader(), entryModel));
  }

  /** Parses plain text (a paste): one line per line, no layout. */
  public ParsedResume parseText(String text) {
    List<LayoutLine> lines = new ArrayList<>();
    text.lines().filter(l -> !l.isBlank()).forEach(l -> lines.add(LayoutLine.plain(l.strip(), 1)));
    return parse(lines);
  }

  /** Parses lines in reading order. */
  public ParsedResume parse(List<LayoutLine> lines) {
    return parse(lines, () -> { });
  }

  /**
   * Parses lines in reading order, calling {@code checkpoint} at the head of each long loop so
   * that the caller's deadline (or a cancelled request) can stop the work by throwing.
   */
  public ParsedResume parse(List<LayoutLine> lines, Runnable checkpoint) {
    checkpoint.run();
    List<LayoutLine> body = new ArrayList<>();
    List<LayoutLine> edges = new ArrayList<>();
    for (LayoutLine line : lines) {
      (line.zone() == LayoutLine.Zone.HEADER_FOOTER ? edges : body).add(line);
    }
    // lines to blocks; a monogram standing for a name nearby is no text of the resume
    List<Block> blocks = blockReader.blocks(lineCleaner.clean(body));
    blocks.removeIf(b -> HeadingReader.monogramOfALaterName(b, blocks));
    checkpoint.run();
    boolean styled = blocks.stream().anyMatch(b -> b.positioned || b.bold || b.headingStyle);
    float bodySize = HeadingReader.bodySize(blocks);
    // the name and the headings, then the top above the first heading, then the sections
    Block nameBlock = headingReader.nameBlock(blocks, styled, bodySize);
    headingReader.headings(blocks, nameBlock, styled, bodySize);
    TopReader.Top top = topReader.top(blocks, nameBlock, bodySize, body, edges);
    List<ParsedSection> sections = sectionReader.sections(blocks, top.firstHeading(), top.taken(), styled, checkpoint);

    // the fields a resume is read for, gathered from the sections
    List<ParsedEntry> jobs = new ArrayList<>();
    List<ParsedEntry> schools = new ArrayList<>();
    List<String> skills = new ArrayList<>();
    String summary = null;
    for (ParsedSection section : sections) {
      switch (section.kind()) {
        case EXPERIENCE -> jobs.addAll(section.entries());
        case EDUCATION -> schools.addAll(section.entries());
        case SKILLS -> skills.addAll(SectionReader.skillItems(section.lines()));
        case SUMMARY -> {
          if (summary == null && !section.lines().isEmpty()) {
            summary = String.join("\n", section.lines());
          }
        }
        default -> {
          // kept as a section only
        }
      }
    }
    Contact contact = TopReader.withContactSections(top.contact(), sections);
    return new ParsedResume(top.name(), top.headline(), contact, summary, sections, jobs, schools, skills,
        top.unsectioned());
  }

  /**
   * Splits a list of skills at commas, semicolons and bullets, but not inside brackets ("Python
   * (pandas, scikit-learn)"), and keeps bare numbers with the item before them ("Eurocodes 2, 7").
   * The importer splits keyword and language lists the same way.
   */
  public static List<String> splitItems(String text) {
    return SectionReader.splitItems(text);
  }

  /**
   * Whether a text starts like the name of a degree: "Bachelor of …", "MSc", "B.Sc.", "Магістр".
   * The importer splits degrees from subjects with the same words.
   */
  public static boolean looksLikeDegree(String text) {
    return EntryWords.degree(text);
  }

  /**
   * Whether a text names a place of learning ("University of Leeds", "Escuela …", "Institut …").
   * The importer tells schools from degrees with the same words.
   */
  public static boolean looksLikeSchool(String text) {
    return EntryWords.school(text);
  }

  /**
   * Whether a text holds a job-title word ("Analyst", "Teacher", "Ingenieur"…): the importer's
   * review tells an entry's title read as a heading by it.
   */
  public static boolean looksLikeJobTitle(String text) {
    return EntryWords.title(text);
  }
}
