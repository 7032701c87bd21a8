package org.createyourresume.render.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.util.BoundingBox;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * A face's shaped glyphs as a font of the document: each glyph drawn, with the piece of source
 * text it stands for, gets a character code (CID) of its own, so that the font's Unicode map gives
 * back exactly the text the glyph was shaped from: a conjunct's glyph maps to its letters, and the
 * same glyph standing for other text (the short i sign of another syllable) gets another code.
 *
 * <p>Text for this font is written as one carrier character per code ({@link #carrier}), which is
 * what the engine's drawing routine hands to {@link #encode(int)}; the content stream gets the
 * two-byte code. {@link #finish} embeds the subset of the face holding exactly the glyphs drawn,
 * with widths, a CID-to-glyph map and the Unicode map, into this font's dictionary.
 *
 * <p>Only for writing: PDFBox never reads this object back.
 */
final class ShapedFont extends PDFont {

  /**
   * Codes travel through the engine's drawing routine as characters from here on: the CJK
   * ideographs, because that routine drops private-use characters as unprintable, and only this
   * font ever sees them.
   */
  private static final int CARRIER = 0x4E00;

  /** Codes up to the end of the CJK Unified Ideographs block. */
  private static final int MAX_CODES = 0x9FFF - CARRIER;

  private static final List<String> KEPT_TABLES =
      List.of("head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf", "hmtx", "fpgm", "gasp", "OS/2", "name", "post", "cmap");

  private final TrueTypeFont face;
  private final PDFontDescriptor metrics;
  private final Map<Glyph, Integer> codes = new LinkedHashMap<>();
  private final List<Glyph> byCode = new ArrayList<>();

  /** A glyph and the text it stands for. */
  private record Glyph(int id, String text) {}

  /**
   * @param metrics the descriptor of the face as PDFBox loaded it, whose metrics the engine reads
   */
  ShapedFont(TrueTypeFont face, PDFontDescriptor metrics) {
    super(new COSDictionary());
    this.face = face;
    this.metrics = metrics;
    byCode.add(null); // code 0 is .notdef
  }

  /** Whether more glyphs can be given codes. */
  boolean hasRoom(int glyphs) {
    return byCode.size() + glyphs <= MAX_CODES;
  }

  /** The carrier character of the code for glyph {@code id} standing for {@code text}. */
  int carrier(int id, String text) {
    Glyph glyph = new Glyph(id, text);
    Integer code = codes.get(glyph);
    if (code == null) {
      code = byCode.size();
      codes.put(glyph, code);
      byCode.add(glyph);
    }
    return CARRIER + code;
  }

  /** The face whose glyphs these are (this thread's parsed copy). */
  TrueTypeFont face() {
    return face;
  }

  boolean isUsed() {
    return byCode.size() > 1;
  }

  /**
   * Writes the font: the face subset to the glyphs drawn, its descriptor and its dictionaries.
   * Called once, after the last page is drawn.
   */
  void finish(PDDocument document) throws IOException {
    TreeSet<Integer> glyphIds = new TreeSet<>();
    for (int i = 1; i < byCode.size(); i++) {
      glyphIds.add(byCode.get(i).id());
    }
    String tag = tag();
    // the tables a PDF viewer draws with, and the few PDFBox reads to describe the font; not the
    // layout tables (GSUB, GPOS), whose work is already done
    TTFSubsetter subsetter = new TTFSubsetter(face, KEPT_TABLES);
    subsetter.setPrefix(tag);
    subsetter.addGlyphIds(glyphIds);
    Map<Integer, Integer> newToOld = subsetter.getGIDMap();
    ByteArrayOutputStream program = new ByteArrayOutputStream();
    subsetter.writeToStream(program);
    byte[] subset = program.toByteArray();
    Map<Integer, Integer> oldToNew = new HashMap<>();
    newToOld.forEach((n, o) -> oldToNew.put(o, n));

    // PDFBox writes the descriptor of a whole, unsubset font well: let it describe the subset
    TrueTypeFont parsed = new TTFParser(true).parse(new RandomAccessReadBuffer(subset));
    PDType0Font described = PDType0Font.load(document, parsed, false);
    COSDictionary descendant = (COSDictionary) ((COSArray) described.getCOSObject()
        .getDictionaryObject(COSName.DESCENDANT_FONTS)).getObject(0);
    COSDictionary descriptor = descendant.getCOSDictionary(COSName.FONT_DESC);
    String name = tag + "+" + face.getName();
    descriptor.setName(COSName.FONT_NAME, name);
    descriptor.removeItem(COSName.CID_SET);

    float scale = 1000f / face.getUnitsPerEm();
    COSArray widths = new COSArray();
    COSArray run = new COSArray();
    for (int code = 1; code < byCode.size(); code++) {
      run.add(COSInteger.get(Math.round(face.getAdvanceWidth(byCode.get(code).id()) * scale)));
    }
    widths.add(COSInteger.ONE);
    widths.add(run);

    byte[] cidToGid = new byte[byCode.size() * 2];
    for (int code = 1; code < byCode.size(); code++) {
      int gid = oldToNew.get(byCode.get(code).id());
      cidToGid[code * 2] = (byte) (gid >> 8);
      cidToGid[code * 2 + 1] = (byte) gid;
    }

    COSDictionary cidFont = new COSDictionary();
    cidFont.setItem(COSName.TYPE, COSName.FONT);
    cidFont.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE2);
    cidFont.setName(COSName.BASE_FONT, name);
    cidFont.setItem(COSName.CIDSYSTEMINFO, descendant.getDictionaryObject(COSName.CIDSYSTEMINFO));
    cidFont.setItem(COSName.FONT_DESC, descriptor);
    cidFont.setItem(COSName.W, widths);
    cidFont.setItem(COSName.CID_TO_GID_MAP, stream(document, cidToGid));

    COSArray descendants = new COSArray();
    descendants.add(cidFont);
    dict.setItem(COSName.TYPE, COSName.FONT);
    dict.setItem(COSName.SUBTYPE, COSName.TYPE0);
    dict.setName(COSName.BASE_FONT, name);
    dict.setItem(COSName.ENCODING, COSName.IDENTITY_H);
    dict.setItem(COSName.DESCENDANT_FONTS, descendants);
    dict.setItem(COSName.TO_UNICODE, stream(document, toUnicode()));
  }

  /** Six capitals from the glyphs and their text, the same for the same drawing. */
  private String tag() {
    long hash = 1125899906842597L;
    for (int i = 1; i < byCode.size(); i++) {
      Glyph glyph = byCode.get(i);
      hash = 31 * hash + glyph.id();
      for (int j = 0; j < glyph.text().length(); j++) {
        hash = 31 * hash + glyph.text().charAt(j);
      }
    }
    return subsetTag(hash);
  }

  /**
   * The six capital letters PDF puts before a subset font's name ({@code ABCDEF+Carlito}), from a
   * hash of what the subset holds: the same subset gets the same tag in every process.
   */
  static String subsetTag(long hash) {
    StringBuilder tag = new StringBuilder(6);
    long rest = hash & Long.MAX_VALUE;
    for (int i = 0; i < 6; i++) {
      tag.append((char) ('A' + rest % 26));
      rest /= 26;
    }
    return tag.toString();
  }

  /** The Unicode map: each code to the text its glyph stands for. */
  private byte[] toUnicode() {
    StringBuilder cmap = new StringBuilder(64 * byCode.size() + 400);
    cmap.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
        .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
        .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
        .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
    for (int from = 1; from < byCode.size(); from += 100) {
      int to = Math.min(byCode.size(), from + 100);
      cmap.append(to - from).append(" beginbfchar\n");
      for (int code = from; code < to; code++) {
        cmap.append('<').append(hex4(code)).append("> <");
        String text = byCode.get(code).text();
        for (int i = 0; i < text.length(); i++) {
          cmap.append(hex4(text.charAt(i)));
        }
        cmap.append(">\n");
      }
      cmap.append("endbfchar\n");
    }
    cmap.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
    return cmap.toString().getBytes(StandardCharsets.US_ASCII);
  }

  private static String hex4(int value) {
    String hex = Integer.toHexString(value).toUpperCase(java.util.Locale.ROOT);
    return "0000".substring(hex.length()) + hex;
  }

  private static COSStream stream(PDDocument document, byte[] bytes) throws IOException {
    COSStream stream = document.getDocument().createCOSStream();
    try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
      out.write(bytes);
    }
    return stream;
  }

  // What the content stream writer asks of a font: the code of a carrier character.

  @Override
  protected byte[] encode(int carrier) {
    int code = carrier - CARRIER;
    if (code <= 0 || code >= byCode.size()) {
      throw new IllegalArgumentException("not a shaped glyph: U+" + Integer.toHexString(carrier));
    }
    return new byte[] {(byte) (code >> 8), (byte) code};
  }

  @Override
  public int readCode(InputStream in) throws IOException {
    return (in.read() << 8) | in.read();
  }

  @Override
  public boolean isEmbedded() {
    return true;
  }

  @Override
  public boolean willBeSubset() {
    return false; // finish() writes the subset itself
  }

  @Override
  public void addToSubset(int codePoint) {
    // nothing: the glyphs are known by their codes
  }

  @Override
  public void subset() {
    // nothing: see finish()
  }

  @Override
  public boolean isVertical() {
    return false;
  }

  @Override
  public String getName() {
    return "shaped glyphs";
  }

  @Override
  public float getWidthFromFont(int code) throws IOException {
    return face.getAdvanceWidth(byCode.get(code).id()) * 1000f / face.getUnitsPerEm();
  }

  @Override
  public float getWidth(int code) throws IOException {
    return getWidthFromFont(code);
  }

  @Override
  public boolean hasExplicitWidth(int code) {
    return true;
  }

  @Override
  public float getHeight(int code) {
    return 0;
  }

  @Override
  public BoundingBox getBoundingBox() throws IOException {
    return face.getFontBBox();
  }

  @Override
  public Vector getPositionVector(int code) {
    return new Vector(0, 0);
  }

  @Override
  public Matrix getFontMatrix() {
    return DEFAULT_FONT_MATRIX;
  }

  @Override
  public PDFontDescriptor getFontDescriptor() {
    return metrics;
  }

  @Override
  public boolean isDamaged() {
    return false;
  }

  @Override
  public float getAverageFontWidth() {
    return 500;
  }

  @Override
  protected float getStandard14Width(int code) {
    throw new UnsupportedOperationException("not a standard 14 font");
  }
}
