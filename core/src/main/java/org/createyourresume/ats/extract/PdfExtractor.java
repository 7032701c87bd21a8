package org.createyourresume.ats.extract;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceRGBColor;
import org.apache.pdfbox.contentstream.operator.markedcontent.BeginMarkedContentSequence;
import org.apache.pdfbox.contentstream.operator.markedcontent.BeginMarkedContentSequenceWithProperties;
import org.apache.pdfbox.contentstream.operator.markedcontent.EndMarkedContentSequence;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDSimpleFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import org.createyourresume.ats.AtsException;
import org.createyourresume.ats.AtsLimits;
import org.createyourresume.ats.parse.LayoutLine;
import org.createyourresume.ats.parse.Span;

/**
 * Reads a PDF the way a layout-aware ATS does: the text layer sorted by position (so the order
 * the file writes its text in does not matter), split into lines and spans and put in reading
 * order column by column ({@code ReadingOrder}), plus what the page shows that the text does not
 * say: fonts, unmapped glyphs, hidden text, images, ruled tables and columns.
 *
 * <p>Bounded: the file size is checked first, decoded streams share a memory budget, and a
 * deadline is checked for every content operator, so a hostile file fails fast with {@link
 * AtsException}.
 */
public final class PdfExtractor {

  /** Bullet characters of the Symbol and Wingdings fonts, as Word's PDFs map them. */
  static final java.util.Set<Integer> SYMBOL_BULLETS = java.util.Set.of(0xF0A7, 0xF0B7, 0xF076, 0xF0D8, 0xF0FC, 0xF0A8);

  private final AtsLimits limits;

  public PdfExtractor(AtsLimits limits) {
    this.limits = limits;
  }

  /** Extracts {@code pdf} within a budget of its own. */
  public ExtractedDocument extract(byte[] pdf) {
    return extract(pdf, ReadBudget.start(limits));
  }

  /**
   * Extracts {@code pdf} within the deadline of {@code budget}, which the stages after this one
   * (parsing, mapping) go on spending.
   */
  public ExtractedDocument extract(byte[] pdf, ReadBudget budget) {
    Deadline deadline = budget.deadline();
    MemoryUsageSetting memory = MemoryUsageSetting.setupMainMemoryOnly(limits.maxExpandedBytes());
    try (PDDocument document =
        Loader.loadPDF(new RandomAccessReadBuffer(pdf), "", null, null, memory.streamCache)) {
      if (!endsWithEofMarker(pdf)) {
        // PDFBox rebuilds a file cut short from what is left: pages without their text or fonts,
        // which would be reported as a scan or as fonts not embedded. The file is broken, not the
        // resume
        throw AtsException.rejected(
            "file.corrupt",
            "the PDF is incomplete: its end is missing, as happens when a download or upload is"
                + " cut short; download or export it again");
      }
      int pages = document.getNumberOfPages();
      if (pages == 0) {
        throw AtsException.rejected("file.corrupt", "the PDF has no pages; export it again");
      }
      if (pages > limits.maxPages()) {
        throw AtsException.rejected(
            "file.too-many-pages",
            "the PDF has " + pages + " pages; the checker reads resumes of up to "
                + limits.maxPages() + " pages");
      }
      new StreamBudget(limits.maxExpandedBytes(), deadline).check(document);
      boolean restricted =
          document.isEncrypted() && !document.getCurrentAccessPermission().canExtractContent();
      String producer =
          document.getDocumentInformation() == null ? null : document.getDocumentInformation().getProducer();
      boolean tagged = document.getDocumentCatalog().getStructureTreeRoot() != null;
      boolean asWritten = tagged && ownReadingOrder(document, producer);
      Collector collector = new Collector(deadline, limits.maxCharacters());
      collector.setSortByPosition(!asWritten);
      collector.setSuppressDuplicateOverlappingText(true);
      collector.getText(document);
      deadline.checkNow();
      int taggedTables = tagged ? countTables(document.getDocumentCatalog().getStructureTreeRoot(), deadline) : 0;
      List<LayoutLine> lines = Zones.markRepeated(collector.lines, collector.pageHeights);
      List<DocumentFacts.ColumnFact> columns =
          asWritten ? List.of() : Columns.find(lines, collector.pageWidths);
      lines = ReadingOrder.joinWrappedRows(
          asWritten ? ReadingOrder.asWritten(lines) : ReadingOrder.of(lines, columns, collector.pageWidths));
      int ruledTables = collector.rules.tables();
      DocumentFacts facts =
          new DocumentFacts(
              new ArrayList<>(collector.fonts.values()),
              collector.glyphs,
              collector.unmapped,
              collector.hidden,
              collector.images,
              tagged,
              Math.max(taggedTables, ruledTables),
              columns,
              0,
              0,
              restricted,
              collector.icons,
              producer);
      return new ExtractedDocument(SourceFormat.PDF, pdf.length, pages, lines, facts);
    } catch (InvalidPasswordException e) {
      throw AtsException.rejected(
          "file.encrypted",
          "the PDF is protected by a password, so no ATS can open it; save or export it again"
              + " without a password");
    } catch (IOException e) {
      String message = String.valueOf(e.getMessage());
      if (message.contains("scratch file memory") || message.contains("Maximum allowed")) {
        throw AtsException.rejected(
            "file.hostile",
            "the PDF unpacks to more than " + limits.maxExpandedBytes() / (1024 * 1024)
                + " MB, which no resume needs; it is damaged or built to overload readers");
      }
      throw AtsException.rejected(
          "file.corrupt",
          "the file is not a readable PDF: its structure is damaged"
              + (endsWithEofMarker(pdf) ? "" : " or cut short")
              + "; export it again from your editor");
    } catch (StackOverflowError e) {
      throw AtsException.rejected(
          "file.hostile", "the PDF nests its content too deeply to read; it is damaged or hostile");
    } catch (OutOfMemoryError e) {
      throw AtsException.rejected(
          "file.hostile", "the PDF needs more memory to read than any resume does; it was refused");
    }
  }

  /**
   * Whether the file says that its content stream is already in reading order: our own tagged
   * pages with text side by side (a sidebar written as one block before the main column, contact
   * lines beside the name), in the same order as their tag tree, marked so. Such a page is read as
   * written; sorting it by position would interleave the sidebar's lines with the main column's,
   * as a naive extractor does. Other files are sorted and put in order by {@link ReadingOrder}.
   */
  private static boolean ownReadingOrder(PDDocument document, String producer) {
    return "Create Your Resume".equals(producer)
        && document.getDocumentInformation() != null
        && "as-written".equals(document.getDocumentInformation().getCustomMetadataValue("reading-order"));
  }

  /**
   * Whether the file ends as every complete PDF does, with the {@code %%EOF} marker (allowing for
   * the few bytes of whitespace or padding some writers add after it).
   */
  static boolean endsWithEofMarker(byte[] pdf) {
    byte[] marker = {'%', '%', 'E', 'O', 'F'};
    int from = Math.max(0, pdf.length - 1024);
    for (int i = pdf.length - marker.length; i >= from; i--) {
      boolean match = true;
      for (int j = 0; j < marker.length && match; j++) {
        match = pdf[i + j] == marker[j];
      }
      if (match) {
        return true;
      }
    }
    return false;
  }

  /** Counts Table elements in the structure tree, bounded in size. */
  private static int countTables(PDStructureNode root, Deadline deadline) {
    int tables = 0;
    List<PDStructureNode> stack = new ArrayList<>();
    stack.add(root);
    int visited = 0;
    while (!stack.isEmpty() && visited++ < 20_000) {
      deadline.check();
      PDStructureNode node = stack.remove(stack.size() - 1);
      if (node instanceof PDStructureElement element
          && "Table".equals(element.getStandardStructureType())) {
        tables++;
        continue;
      }
      for (Object kid : node.getKids()) {
        if (kid instanceof PDStructureNode child) {
          stack.add(child);
        }
      }
    }
    return tables;
  }

  /** The text stripper that collects lines, spans and facts in one pass over each page. */
  private static final class Collector extends PDFTextStripper {

    final List<LayoutLine> lines = new ArrayList<>();
    final Map<String, FontFact> fonts = new LinkedHashMap<>();
    final List<ImageFact> images = new ArrayList<>();
    final Map<Integer, Float> pageHeights = new HashMap<>();
    final Map<Integer, Float> pageWidths = new HashMap<>();
    final Rules rules = new Rules();
    int glyphs;
    int unmapped;
    int hidden;
    int icons;

    private final Deadline deadline;
    private final int maxCharacters;
    private int characters;
    private final Set<TextPosition> artifacts = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<Integer> markedContent = new ArrayList<>();
    /** Per open marked-content sequence: whether it is, or lies inside, an artifact. */
    private final List<Boolean> inArtifact = new ArrayList<>();
    private final Set<TextPosition> plainArtifacts = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private static final int PLAIN_ARTIFACT = 1;
    private static final int PAGINATION = 2;
    private final List<List<TextPosition>> pendingWords = new ArrayList<>();
    private float pathX;
    private float pathY;

    Collector(Deadline deadline, int maxCharacters) {
      this.deadline = deadline;
      this.maxCharacters = maxCharacters;
      addOperator(new BeginMarkedContentSequence(this));
      addOperator(new BeginMarkedContentSequenceWithProperties(this));
      addOperator(new EndMarkedContentSequence(this));
      addOperator(new SetNonStrokingColorSpace(this));
      addOperator(new SetNonStrokingColor(this));
      addOperator(new SetNonStrokingColorN(this));
      addOperator(new SetNonStrokingDeviceGrayColor(this));
      addOperator(new SetNonStrokingDeviceRGBColor(this));
      addOperator(new SetNonStrokingDeviceCMYKColor(this));
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
      PDRectangle box = page.getCropBox();
      pageHeights.put(getCurrentPageNo(), box.getHeight());
      pageWidths.put(getCurrentPageNo(), box.getWidth());
      rules.startPage(getCurrentPageNo(), box.getWidth(), box.getHeight());
      super.startPage(page);
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
      deadline.check();
      String name = operator.getName();
      switch (name) {
        case "Do" -> image(operands);
        case "re" -> rectangle(operands);
        case "m" -> {
          if (operands.size() >= 2 && operands.get(0) instanceof COSNumber x
              && operands.get(1) instanceof COSNumber y) {
            pathX = x.floatValue();
            pathY = y.floatValue();
          }
        }
        case "l" -> {
          if (operands.size() >= 2 && operands.get(0) instanceof COSNumber x
              && operands.get(1) instanceof COSNumber y) {
            Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
            rules.segment(ctm, pathX, pathY, x.floatValue(), y.floatValue());
            pathX = x.floatValue();
            pathY = y.floatValue();
          }
        }
        case "S", "s", "B", "B*", "b", "b*" -> rules.paint(true);
        case "f", "F", "f*" -> rules.paint(false);
        case "n" -> rules.discard();
        default -> {
          // other operators only matter to the text engine
        }
      }
      super.processOperator(operator, operands);
    }

    private void image(List<COSBase> operands) throws IOException {
      if (operands.isEmpty() || !(operands.get(0) instanceof COSName name)) {
        return;
      }
      PDResources resources = getResources();
      if (resources == null) {
        return;
      }
      PDXObject object = resources.getXObject(name);
      if (object instanceof PDImageXObject) {
        Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
        float w = Math.abs(ctm.getScalingFactorX());
        float h = Math.abs(ctm.getScalingFactorY());
        PDRectangle box = getCurrentPage().getCropBox();
        double share = Math.min(1, (w * h) / Math.max(1, box.getWidth() * box.getHeight()));
        ImageFact fact = new ImageFact(getCurrentPageNo(), w, h, share);
        // a small image marked as an artifact is decoration the file itself declares outside
        // the text (our templates' contact icons): no parser reads it as content
        boolean artifact = !inArtifact.isEmpty() && inArtifact.get(inArtifact.size() - 1);
        if (!(artifact && fact.iconSized())) {
          images.add(fact);
        }
      } else if (object instanceof PDFormXObject) {
        // forms are walked by the engine itself
      }
    }

    private void rectangle(List<COSBase> operands) {
      if (operands.size() < 4) {
        return;
      }
      float[] v = new float[4];
      for (int i = 0; i < 4; i++) {
        if (!(operands.get(i) instanceof COSNumber n)) {
          return;
        }
        v[i] = n.floatValue();
      }
      rules.rectangle(getGraphicsState().getCurrentTransformationMatrix(), v[0], v[1], v[2], v[3]);
    }

    @Override
    public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
      int kind = 0;
      if (COSName.ARTIFACT.equals(tag)) {
        boolean pagination = properties != null
            && ("Pagination".equals(properties.getNameAsString(COSName.TYPE))
                || properties.containsKey(COSName.SUBTYPE));
        kind = pagination ? PAGINATION : properties == null || properties.size() == 0 ? PLAIN_ARTIFACT : 0;
      }
      int inherited = markedContent.isEmpty() ? 0 : markedContent.get(markedContent.size() - 1);
      markedContent.add(Math.max(kind, inherited));
      inArtifact.add(COSName.ARTIFACT.equals(tag) || (!inArtifact.isEmpty() && inArtifact.get(inArtifact.size() - 1)));
      super.beginMarkedContentSequence(tag, properties);
    }

    @Override
    public void endMarkedContentSequence() {
      if (!markedContent.isEmpty()) {
        markedContent.remove(markedContent.size() - 1);
        inArtifact.remove(inArtifact.size() - 1);
      }
      super.endMarkedContentSequence();
    }

    @Override
    protected void showGlyph(Matrix matrix, PDFont font, int code, Vector displacement)
        throws IOException {
      glyphs++;
      noteFont(font);
      String unicode = font.toUnicode(code);
      if (unicode == null && !(font instanceof PDSimpleFont)) {
        unmapped++;
      } else if (unicode != null) {
        int c = unicode.codePointAt(0);
        if (((c >= 0xE000 && c <= 0xF8FF) || c >= 0xF0000) && !SYMBOL_BULLETS.contains(c)) {
          icons++; // icon fonts live in the private use areas; Word's Symbol-font bullets do too
        }
      }
      if (invisible()) {
        hidden++;
      }
      super.showGlyph(matrix, font, code, displacement);
    }

    private boolean invisible() {
      var state = getGraphicsState();
      RenderingMode mode = state.getTextState().getRenderingMode();
      if (mode == RenderingMode.NEITHER || mode == RenderingMode.NEITHER_CLIP) {
        return true;
      }
      PDColor colour = state.getNonStrokingColor();
      if (colour == null) {
        return false;
      }
      try {
        float[] rgb = colour.getComponents();
        if (colour.getColorSpace() != null
            && colour.getColorSpace().getNumberOfComponents() == rgb.length) {
          rgb = colour.getColorSpace().toRGB(rgb);
        }
        if (rgb.length == 0) {
          return false;
        }
        for (float channel : rgb) {
          if (channel < 0.97f) {
            return false;
          }
        }
        return true;
      } catch (IOException | RuntimeException e) {
        return false;
      }
    }

    private final Set<PDFont> noted = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

    private void noteFont(PDFont font) {
      if (!noted.add(font)) {
        return; // called for every glyph: look at each font once
      }
      String name = font.getName() == null ? "(unnamed)" : font.getName().replaceFirst("^[A-Z]{6}\\+", "");
      if (fonts.containsKey(name)) {
        return;
      }
      boolean embedded = font.isEmbedded() || font instanceof PDType3Font;
      boolean toUnicode = font.getCOSObject().containsKey(COSName.TO_UNICODE);
      boolean mapped = toUnicode;
      if (!mapped && font instanceof PDSimpleFont simple) {
        // a simple font with a standard encoding and glyph names maps without a ToUnicode table
        mapped = simple.getEncoding() != null && !simple.isSymbolic();
      }
      if (!mapped && font instanceof PDType0Font type0) {
        mapped = type0.getCMap() != null && !type0.getCMap().getName().startsWith("Identity");
      }
      fonts.put(name, new FontFact(name, embedded, mapped));
    }

    @Override
    protected void processTextPosition(TextPosition text) {
      int marked = markedContent.isEmpty() ? 0 : markedContent.get(markedContent.size() - 1);
      if (marked == PAGINATION) {
        artifacts.add(text);
      } else if (marked == PLAIN_ARTIFACT) {
        plainArtifacts.add(text);
      }
      super.processTextPosition(text);
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
      if (!positions.isEmpty()) {
        pendingWords.add(new ArrayList<>(positions));
      }
    }

    @Override
    protected void writeLineSeparator() {
      flushLine();
    }

    @Override
    protected void writeParagraphEnd() throws IOException {
      flushLine();
      super.writeParagraphEnd();
    }

    @Override
    protected void endPage(PDPage page) throws IOException {
      flushLine();
      super.endPage(page);
    }

    private void flushLine() {
      if (pendingWords.isEmpty()) {
        return;
      }
      LayoutLine line = Lines.build(pendingWords, getCurrentPageNo(), artifacts, plainArtifacts);
      pendingWords.clear();
      if (line == null) {
        return;
      }
      characters += line.text().length();
      if (characters > maxCharacters) {
        throw AtsException.rejected(
            "file.too-long",
            "the PDF holds more than " + maxCharacters + " characters of text, far more than a"
                + " resume");
      }
      lines.add(line);
    }
  }

  /** Ruling lines on the current page, to find tables drawn with borders. */
  static final class Rules {
    private final Map<Integer, List<float[]>> vertical = new HashMap<>();
    private final Map<Integer, List<float[]>> horizontal = new HashMap<>();
    private final List<float[]> pendingVertical = new ArrayList<>();
    private final List<float[]> pendingHorizontal = new ArrayList<>();
    private final List<float[]> pendingRectangles = new ArrayList<>();
    private final float[] pathBox = {Float.MAX_VALUE, Float.MAX_VALUE, -Float.MAX_VALUE, -Float.MAX_VALUE};
    private int page;

    /**
     * The current path is painted. Stroked lines are rules; a filled path is a rule only when
     * the whole shape is thin (a filled box's edges, such as a heading's background, are not).
     */
    void paint(boolean stroked) {
      List<float[]> v = vertical.computeIfAbsent(page, p -> new ArrayList<>());
      List<float[]> h = horizontal.computeIfAbsent(page, p -> new ArrayList<>());
      if (stroked) {
        v.addAll(pendingVertical);
        h.addAll(pendingHorizontal);
      } else if (!pendingVertical.isEmpty() || !pendingHorizontal.isEmpty()) {
        float width = pathBox[2] - pathBox[0];
        float height = pathBox[3] - pathBox[1];
        if (width <= 2.5f && height >= 14) {
          v.add(new float[] {pathBox[0], pathBox[1], pathBox[3]});
        } else if (height <= 2.5f && width >= 40) {
          h.add(new float[] {pathBox[1], pathBox[0], pathBox[2]});
        }
      }
      for (float[] r : pendingRectangles) {
        (r[3] == 1 ? v : h).add(new float[] {r[0], r[1], r[2]});
      }
      discard();
    }

    /** The current path only clips, or is dropped. */
    void discard() {
      pendingVertical.clear();
      pendingHorizontal.clear();
      pendingRectangles.clear();
      pathBox[0] = Float.MAX_VALUE;
      pathBox[1] = Float.MAX_VALUE;
      pathBox[2] = -Float.MAX_VALUE;
      pathBox[3] = -Float.MAX_VALUE;
    }

    private void grow(float x, float y) {
      pathBox[0] = Math.min(pathBox[0], x);
      pathBox[1] = Math.min(pathBox[1], y);
      pathBox[2] = Math.max(pathBox[2], x);
      pathBox[3] = Math.max(pathBox[3], y);
    }

    void startPage(int number, float width, float height) {
      page = number;
    }

    void rectangle(Matrix ctm, float x, float y, float w, float h) {
      float sx = Math.abs(ctm.getScalingFactorX());
      float sy = Math.abs(ctm.getScalingFactorY());
      float width = Math.abs(w) * sx;
      float height = Math.abs(h) * sy;
      float left = x * sx + ctm.getTranslateX();
      float bottom = y * sy + ctm.getTranslateY();
      if (width < 0.05f || height < 0.05f) {
        return; // paints nothing
      }
      if (width <= 2.5f && height >= 14) {
        pendingRectangles.add(new float[] {left, bottom, bottom + height, 1});
      } else if (height <= 2.5f && width >= 40) {
        pendingRectangles.add(new float[] {bottom, left, left + width, 0});
      }
    }

    void segment(Matrix ctm, float x1, float y1, float x2, float y2) {
      Vector a = ctm.transform(new Vector(x1, y1));
      Vector b = ctm.transform(new Vector(x2, y2));
      grow(a.getX(), a.getY());
      grow(b.getX(), b.getY());
      float dx = Math.abs(a.getX() - b.getX());
      float dy = Math.abs(a.getY() - b.getY());
      if (dx <= 1 && dy >= 14) {
        pendingVertical.add(new float[] {a.getX(), Math.min(a.getY(), b.getY()), Math.max(a.getY(), b.getY())});
      } else if (dy <= 1 && dx >= 40) {
        pendingHorizontal.add(new float[] {a.getY(), Math.min(a.getX(), b.getX()), Math.max(a.getX(), b.getX())});
      }
    }

    /**
     * Pages whose rules form a grid: at least three distinct vertical rules, or two with at least
     * three horizontal rules between them. A heading underline or a sidebar rule is not a grid.
     */
    int tables() {
      int grids = 0;
      for (var entry : vertical.entrySet()) {
        List<float[]> v = entry.getValue();
        java.util.TreeSet<Integer> xs = new java.util.TreeSet<>();
        for (float[] rule : v) {
          xs.add(Math.round(rule[0] / 3));
        }
        int hs = horizontal.getOrDefault(entry.getKey(), List.of()).size();
        if (xs.size() >= 3 || (xs.size() >= 2 && hs >= 3)) {
          grids++;
        }
      }
      return grids;
    }
  }

  static boolean bold(PDFont font) {
    String name = font.getName() == null ? "" : font.getName().toLowerCase(Locale.ROOT);
    if (name.contains("bold") || name.contains("black") || name.contains("heavy")
        || name.contains("semibold") || name.contains("demi")) {
      return true;
    }
    PDFontDescriptor d = font.getFontDescriptor();
    return d != null && (d.isForceBold() || d.getFontWeight() >= 600);
  }

  static boolean italic(PDFont font) {
    String name = font.getName() == null ? "" : font.getName().toLowerCase(Locale.ROOT);
    if (name.contains("italic") || name.contains("oblique")) {
      return true;
    }
    PDFontDescriptor d = font.getFontDescriptor();
    return d != null && (d.isItalic() || Math.abs(d.getItalicAngle()) > 1);
  }
}
