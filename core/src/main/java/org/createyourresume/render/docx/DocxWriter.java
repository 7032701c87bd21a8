package org.createyourresume.render.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.createyourresume.render.theme.Style;
import org.createyourresume.render.theme.Theme;
import org.createyourresume.render.view.ContactView;
import org.createyourresume.render.view.EntryView;
import org.createyourresume.render.view.LetterView;
import org.createyourresume.render.view.LineView;
import org.createyourresume.render.view.ResumeView;
import org.createyourresume.render.view.SectionView;
import org.createyourresume.render.words.Wording;

/**
 * Writes a resume view as a Word document that looks like the PDF template's sibling and that
 * every ATS reads paragraph by paragraph: the name in the Title style, sections in Heading 1
 * (so Word's navigation pane and parsers that look for heading styles find them), each entry's
 * title line with its dates at a right-aligned tab stop, bullets as a real numbered list with a
 * "•" marker, and the document properties filled in. There are no tables, text boxes, frames,
 * images, headers or footers.
 */
public final class DocxWriter {

  /** Twentieths of a point per millimetre. */
  private static final double TWIPS_PER_MM = 1440 / 25.4;

  private static final String TITLE = "Title";
  private static final String SUBTITLE = "Subtitle";
  private static final String HEADING = "Heading1";
  private static final String CONTACT = "Contact";
  private static final String ENTRY_TITLE = "EntryTitle";
  private static final String ENTRY_DETAIL = "EntryDetail";
  private static final String BULLET = "ListBullet";

  public byte[] write(ResumeView view, Style style) throws IOException {
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024)) {
      int textWidth = page(doc, style);
      styles(doc, style, textWidth);
      BigInteger bullets = bulletList(doc, style);
      properties(doc, view);
      header(doc, view, style);
      for (SectionView section : view.sections()) {
        paragraph(doc, HEADING).createRun().setText(section.title());
        switch (section.layout()) {
          case TEXT -> section.paragraphs().forEach(p -> paragraph(doc, null).createRun().setText(p));
          case LINES -> section.lines().forEach(l -> line(paragraph(doc, null), l, true));
          case ENTRIES -> section.entries().forEach(e -> entry(doc, e, view.inlineEntries(), bullets));
        }
      }
      doc.write(out);
      return out.toByteArray();
    }
  }

  /**
   * Writes a cover letter in the same styles as the resume: the same header (name in the Title
   * style, headline, contact line), then the date, the recipient's lines, the subject in bold
   * accent, the greeting, the body paragraphs, the closing and the signature, each a plain
   * paragraph spaced like the PDF's.
   */
  public byte[] writeLetter(LetterView view, Style style) throws IOException {
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream(12 * 1024)) {
      int textWidth = page(doc, style);
      styles(doc, style, textWidth);
      POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
      core.setTitle(view.title());
      core.setCreator(view.sender().author());
      core.setSubjectProperty(view.subject());
      core.setDescription(view.subject());
      doc.getProperties().getExtendedProperties().setApplication("Create Your Resume");
      header(doc, view.sender(), style);
      int gap = (int) Math.round(style.fontSize() * 0.9 * 20);
      boolean first = true;
      if (view.date() != null) {
        letterParagraph(doc, view.date(), gap * 2);
        first = false;
      }
      for (String line : view.recipient()) {
        letterParagraph(doc, line, first ? gap * 2 : 0);
        first = false;
      }
      if (view.subjectLine() != null) {
        XWPFRun run = letterParagraph(doc, view.subjectLine(), gap * 3 / 2);
        run.setBold(true);
        run.setColor(hex(style.accent()));
      }
      if (view.greeting() != null) {
        letterParagraph(doc, view.greeting(), gap * 4 / 3);
      }
      for (String paragraph : view.paragraphs()) {
        letterParagraph(doc, paragraph, gap);
      }
      if (view.closing() != null) {
        letterParagraph(doc, view.closing(), gap * 3 / 2).getParagraph().setKeepNext(true);
      }
      if (view.signature() != null) {
        letterParagraph(doc, view.signature(), gap * 3).setBold(true);
      }
      doc.write(out);
      return out.toByteArray();
    }
  }

  private static XWPFRun letterParagraph(XWPFDocument doc, String text, int spaceBeforeTwips) {
    XWPFParagraph paragraph = paragraph(doc, null);
    paragraph.setSpacingBefore(spaceBeforeTwips);
    XWPFRun run = paragraph.createRun();
    run.setText(text);
    return run;
  }

  /** Page size and margins; returns the width of the text column in twips. */
  private static int page(XWPFDocument doc, Style style) {
    CTSectPr section = doc.getDocument().getBody().addNewSectPr();
    CTPageSz size = section.addNewPgSz();
    int width = twips(style.pageSize().widthMm());
    size.setW(BigInteger.valueOf(width));
    size.setH(BigInteger.valueOf(twips(style.pageSize().heightMm())));
    CTPageMar margins = section.addNewPgMar();
    margins.setTop(BigInteger.valueOf(twips(style.marginTop())));
    margins.setRight(BigInteger.valueOf(twips(style.marginRight())));
    margins.setBottom(BigInteger.valueOf(twips(style.marginBottom())));
    margins.setLeft(BigInteger.valueOf(twips(style.marginLeft())));
    margins.setHeader(BigInteger.ZERO);
    margins.setFooter(BigInteger.ZERO);
    margins.setGutter(BigInteger.ZERO);
    return width - twips(style.marginLeft()) - twips(style.marginRight());
  }

  private static void styles(XWPFDocument doc, Style style, int textWidth) {
    XWPFStyles styles = doc.createStyles();
    CTFonts fonts = CTFonts.Factory.newInstance();
    fonts.setAscii(style.fontFamily());
    fonts.setHAnsi(style.fontFamily());
    fonts.setCs(style.fontFamily());
    fonts.setEastAsia(style.fontFamily());
    styles.setDefaultFonts(fonts);
    styles.setSpellingLanguage(style.languageTag());
    Theme theme = style.theme();
    String accent = hex(style.accent());

    CTStyle normal = style(styles, "Normal", "Normal", null);
    normal.addNewQFormat();
    CTRPr normalRun = normal.addNewRPr();
    halfPoints(normalRun, style.fontSize());
    var lang = normalRun.addNewLang();
    lang.setVal(style.languageTag());
    CTPPrGeneral normalPara = normal.addNewPPr();
    boolean rightToLeft = Wording.of(style.locale()).rightToLeft();
    if (rightToLeft) {
      // Arabic, Hebrew: every paragraph is a right-to-left (bidi) one, so the page mirrors as the
      // PDF does; complex-script runs carry the language for Word's spelling and shaping
      lang.setBidi(style.languageTag());
      normalPara.addNewBidi();
    }
    var spacing = normalPara.addNewSpacing();
    spacing.setBefore(BigInteger.ZERO);
    spacing.setAfter(BigInteger.ZERO);
    spacing.setLine(BigInteger.valueOf(Math.round(240 * style.lineSpacing())));
    spacing.setLineRule(STLineSpacingRule.AUTO);

    CTStyle title = style(styles, TITLE, "Title", "Normal");
    CTRPr titleRun = title.addNewRPr();
    titleRun.addNewB();
    halfPoints(titleRun, style.fontSize() * 2.2);
    if (theme.nameInAccent()) {
      titleRun.addNewColor().setVal(accent);
    }
    align(title.addNewPPr(), theme);

    CTStyle subtitle = style(styles, SUBTITLE, "Subtitle", "Normal");
    CTRPr subtitleRun = subtitle.addNewRPr();
    halfPoints(subtitleRun, style.fontSize() * 1.1);
    align(subtitle.addNewPPr(), theme);

    CTStyle contact = style(styles, CONTACT, "Contact", "Normal");
    halfPoints(contact.addNewRPr(), style.fontSize() * 0.95);
    CTPPrGeneral contactPara = contact.addNewPPr();
    align(contactPara, theme);
    contactPara.addNewSpacing().setAfter(BigInteger.valueOf(120));

    CTStyle heading = style(styles, HEADING, "heading 1", "Normal");
    CTRPr headingRun = heading.addNewRPr();
    headingRun.addNewB();
    headingRun.addNewColor().setVal(theme.id().equals("technical") ? "1A1A1A" : accent);
    halfPoints(headingRun, style.fontSize() * 1.1);
    CTPPrGeneral headingPara = heading.addNewPPr();
    headingPara.addNewKeepNext();
    headingPara.addNewOutlineLvl().setVal(BigInteger.ZERO);
    var headingSpacing = headingPara.addNewSpacing();
    headingSpacing.setBefore(BigInteger.valueOf(Math.round(style.fontSize() * 18)));
    headingSpacing.setAfter(BigInteger.valueOf(60));
    headingRule(headingPara, theme, style);

    CTStyle entryTitle = style(styles, ENTRY_TITLE, "Entry Title", "Normal");
    CTPPrGeneral entryTitlePara = entryTitle.addNewPPr();
    entryTitlePara.addNewKeepNext();
    entryTitlePara.addNewSpacing().setBefore(BigInteger.valueOf(Math.round(style.fontSize() * 10)));
    // the dates at the far end of the line: the right in a left-to-right resume; in a bidi
    // paragraph positions count from the right margin and "left" is the far end
    STTabJc.Enum farEnd = rightToLeft ? STTabJc.LEFT : STTabJc.RIGHT;
    CTTabStop right = entryTitlePara.addNewTabs().addNewTab();
    right.setVal(farEnd);
    right.setPos(BigInteger.valueOf(textWidth));

    CTStyle entryDetail = style(styles, ENTRY_DETAIL, "Entry Detail", "Normal");
    CTPPrGeneral entryDetailPara = entryDetail.addNewPPr();
    entryDetailPara.addNewKeepNext();
    CTTabStop detailRight = entryDetailPara.addNewTabs().addNewTab();
    detailRight.setVal(farEnd);
    detailRight.setPos(BigInteger.valueOf(textWidth));

    CTStyle bullet = style(styles, BULLET, "List Bullet", "Normal");
    bullet.addNewPPr().addNewKeepLines();
    register(styles, normal, title, subtitle, contact, heading, entryTitle, entryDetail, bullet);
  }

  /**
   * A new paragraph style, added to the document when {@link #register} is called: POI copies a
   * style when it is added, so it must be complete by then.
   */
  private static CTStyle style(XWPFStyles styles, String id, String name, String basedOn) {
    CTStyle ct = CTStyle.Factory.newInstance();
    ct.setStyleId(id);
    ct.setType(STStyleType.PARAGRAPH);
    ct.addNewName().setVal(name);
    if (basedOn != null) {
      ct.addNewBasedOn().setVal(basedOn);
      ct.addNewQFormat();
    }
    return ct;
  }

  private static void register(XWPFStyles styles, CTStyle... all) {
    for (CTStyle ct : all) {
      styles.addStyle(new XWPFStyle(ct, styles));
    }
  }

  private static void align(CTPPrGeneral paragraph, Theme theme) {
    if ("centered".equals(theme.header())) {
      paragraph.addNewJc().setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc.CENTER);
    }
  }

  private static void headingRule(CTPPrGeneral paragraph, Theme theme, Style style) {
    String accent = hex(style.accent());
    switch (theme.headings()) {
      case "rule", "side" -> border(paragraph.addNewPBdr().addNewBottom(), accent, 6);
      case "bar" -> border(paragraph.addNewPBdr().addNewLeft(), accent, 24);
      case "band" -> {
        var shade = paragraph.addNewShd();
        shade.setVal(STShd.CLEAR);
        shade.setColor("auto");
        shade.setFill(hex(style.accentTint()));
      }
      default -> { }
    }
  }

  private static void border(CTBorder border, String colour, int eighthsOfAPoint) {
    border.setVal(STBorder.SINGLE);
    border.setSz(BigInteger.valueOf(eighthsOfAPoint));
    border.setSpace(BigInteger.valueOf(2));
    border.setColor(colour);
  }

  /** A one-level bullet list whose marker is a "•" in the body font. */
  private static BigInteger bulletList(XWPFDocument doc, Style style) {
    CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
    abstractNum.setAbstractNumId(BigInteger.ONE);
    CTLvl level = abstractNum.addNewLvl();
    level.setIlvl(BigInteger.ZERO);
    level.addNewStart().setVal(BigInteger.ONE);
    level.addNewNumFmt().setVal(STNumberFormat.BULLET);
    level.addNewLvlText().setVal("•");
    level.addNewLvlJc().setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc.LEFT);
    var indent = level.addNewPPr().addNewInd();
    int hanging = (int) Math.round(style.fontSize() * 20);
    indent.setLeft(BigInteger.valueOf(hanging));
    indent.setHanging(BigInteger.valueOf(hanging));
    CTRPr markerRun = level.addNewRPr();
    CTFonts markerFont = markerRun.addNewRFonts();
    markerFont.setAscii(style.fontFamily());
    markerFont.setHAnsi(style.fontFamily());
    XWPFNumbering numbering = doc.createNumbering();
    BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum));
    return numbering.addNum(abstractId);
  }

  private static void properties(XWPFDocument doc, ResumeView view) {
    POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
    core.setTitle(view.title());
    core.setCreator(view.author());
    core.setSubjectProperty(view.subject());
    if (view.keywords() != null) {
      core.setKeywords(view.keywords());
    }
    core.setDescription(view.subject());
    doc.getProperties().getExtendedProperties().setApplication("Create Your Resume");
  }

  private static void header(XWPFDocument doc, ResumeView view, Style style) {
    if (view.header().name() != null) {
      paragraph(doc, TITLE).createRun().setText(view.header().name());
    }
    if (view.header().label() != null) {
      XWPFRun run = paragraph(doc, SUBTITLE).createRun();
      run.setText(view.header().label());
      if (style.theme().id().equals("technical") || style.theme().id().equals("compact")) {
        run.setColor(hex(style.accent()));
      }
    }
    List<ContactView> contacts = view.header().contacts();
    if (!contacts.isEmpty()) {
      XWPFParagraph line = paragraph(doc, CONTACT);
      for (int i = 0; i < contacts.size(); i++) {
        if (i > 0) {
          line.createRun().setText(" | ");
        }
        ContactView contact = contacts.get(i);
        XWPFRun run =
            contact.href() == null ? line.createRun() : line.createHyperlinkRun(contact.href());
        run.setText(contact.text());
      }
    }
  }

  private static void entry(XWPFDocument doc, EntryView e, boolean inline, BigInteger bullets) {
    XWPFParagraph title = paragraph(doc, ENTRY_TITLE);
    XWPFRun primary = e.href() == null ? title.createRun() : title.createHyperlinkRun(e.href());
    primary.setText(e.primary());
    primary.setBold(true);
    if (inline) {
      if (e.secondary() != null) {
        title.createRun().setText(", " + e.secondary());
      }
      if (e.location() != null) {
        // a bar, not a comma: "Engineer, Madrid, Spain" would not tell a parser where the role ends
        title.createRun().setText(" | " + e.location());
      }
      dates(title, e.dates());
    } else {
      dates(title, e.dates());
      if (e.hasSubline()) {
        XWPFParagraph detail = paragraph(doc, ENTRY_DETAIL);
        if (e.secondary() != null) {
          XWPFRun secondary = detail.createRun();
          secondary.setText(e.secondary());
          secondary.setItalic(true);
        }
        if (e.location() != null) {
          XWPFRun place = detail.createRun();
          place.addTab();
          place.setText(e.location());
        }
      }
    }
    e.paragraphs().forEach(p -> paragraph(doc, null).createRun().setText(p));
    for (String bullet : e.bullets()) {
      XWPFParagraph item = paragraph(doc, BULLET);
      item.setNumID(bullets);
      item.setNumILvl(BigInteger.ZERO);
      item.createRun().setText(bullet);
    }
    // an entry's labels ("GPA:", "Website:") in the text's weight, as in the PDF
    e.details().forEach(d -> line(paragraph(doc, null), d, false));
  }

  private static void dates(XWPFParagraph paragraph, String dates) {
    if (dates != null) {
      XWPFRun run = paragraph.createRun();
      run.addTab();
      run.setText(dates);
    }
  }

  private static void line(XWPFParagraph paragraph, LineView line, boolean boldLabel) {
    if (line.label() != null) {
      XWPFRun label = paragraph.createRun();
      label.setText(line.label() + ": ");
      if (boldLabel) {
        label.setBold(true);
      }
    }
    XWPFRun text =
        line.href() == null ? paragraph.createRun() : paragraph.createHyperlinkRun(line.href());
    text.setText(line.text());
  }

  private static XWPFParagraph paragraph(XWPFDocument doc, String styleId) {
    XWPFParagraph paragraph = doc.createParagraph();
    if (styleId != null) {
      paragraph.setStyle(styleId);
    }
    return paragraph;
  }

  private static void halfPoints(CTRPr run, double points) {
    BigInteger size = BigInteger.valueOf(Math.round(points * 2));
    run.addNewSz().setVal(size);
    run.addNewSzCs().setVal(size);
  }

  private static int twips(double millimetres) {
    return (int) Math.round(millimetres * TWIPS_PER_MM);
  }

  private static String hex(String colour) {
    return colour.substring(1).toUpperCase(Locale.ROOT);
  }
}
