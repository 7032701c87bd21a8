package org.createyourresume.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every field the editor's form offers prints in every export. In the real editor page, the test
 * takes the form's own list of fields (the sections and custom-section entries of
 * {@code schema.js}, and the inputs of the personal-details card as the form draws them), so it
 * follows the form when a field is added. It gives each field a value of its own, renders that
 * document from the page through the app's API in every template as PDF, Word, plain text,
 * Markdown and a web page, and requires every value in the text a reader gets: PDF text as
 * PDFBox extracts it, the Word document's paragraphs, the displayed Markdown and web page; an
 * address only in a link's target does not count.
 */
class EveryFieldExportBrowserTests extends BrowserTestSupport {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final List<String> FORMATS = List.of("pdf", "docx", "txt", "md", "html");

  /**
   * Runs in the editor page: fills a document from the form's field list, one value per field,
   * and renders it in every template and format. Returns {expected: [{path, printed}], files:
   * [{template, format, status, body (base64)}]} as JSON text.
   */
  private static final String FILL_AND_RENDER =
      """
      async (formats) => {
        const { SECTIONS, CUSTOM, MONTHS } = await import('/js/editor/schema.js');
        const { set } = await import('/js/editor/paths.js');
        const { renderResume } = await import('/js/editor/api.js');
        const expected = [];
        let n = 0;
        // a value of its own for one field, and the text a resume prints for it
        const value = (path, type) => {
          n += 1;
          const id = 'zq' + String(n).padStart(3, '0') + 'w';
          let stored;
          let printed;
          if (type === 'list') {
            expected.push({ path: path + '/0', printed: id + 'a' }, { path: path + '/1', printed: id + 'b' });
            return [id + 'a', id + 'b'];
          } else if (type === 'email') {
            stored = printed = id + '@example.com';
          } else if (type === 'tel') {
            stored = printed = '+1 555 ' + (1000 + n);
          } else if (type === 'url') {
            stored = 'https://' + id + '.example.com/' + id;
            printed = id + '.example.com/' + id;
          } else if (type === 'date' || type === 'end') {
            const month = (n % 12) + 1;
            stored = (1950 + n) + '-' + String(month).padStart(2, '0');
            printed = MONTHS[month - 1] + ' ' + (1950 + n);
          } else {
            stored = printed = 'Zq' + String(n).padStart(3, '0') + 'w';
          }
          expected.push({ path, printed });
          return stored;
        };

        const doc = {};
        // the personal-details card: every input the form draws there names its JSON path
        const inputs = document.querySelectorAll(
          '#form input[data-focus-key^="basics."], #form textarea[data-focus-key^="basics."]');
        for (const input of inputs) {
          const path = input.dataset.focusKey.split('.').map((p) => (/^\\d+$/.test(p) ? Number(p) : p));
          const type = input.tagName === 'TEXTAREA' ? 'textarea' : input.type;
          set(doc, path, value('/' + path.join('/'), type));
        }
        for (const section of SECTIONS.filter((s) => Array.isArray(s.fields))) {
          const entry = {};
          for (const field of section.fields) {
            entry[field.key] = value('/' + section.id + '/0/' + field.key, field.type || 'text');
          }
          doc[section.id] = [entry];
        }
        const at = '/meta/createYourResume/customSections/0';
        const title = value(at + '/title', 'text');
        const entry = {};
        for (const field of CUSTOM.fields) {
          entry[field.key] = value(at + '/entries/0/' + field.key, field.type || 'text');
        }
        doc.meta = { createYourResume: { customSections: [{ id: 'zq-extra', title, entries: [entry] }] } };

        const templates = (await (await fetch('/api/templates')).json()).map((t) => t.id);
        const files = [];
        for (const template of templates) {
          for (const format of formats) {
            const response = await renderResume(doc, { format, template });
            const bytes = new Uint8Array(await response.arrayBuffer());
            let binary = '';
            for (let i = 0; i < bytes.length; i += 1) binary += String.fromCharCode(bytes[i]);
            files.push({ template, format, status: response.status, body: btoa(binary) });
          }
        }
        return JSON.stringify({ expected, files });
      }
      """;

  @Test
  void everyFieldOfTheFormPrintsInEveryExport() {
    // one empty profile and an empty summary, so the form draws their inputs
    openEditorWith("{\"basics\": {\"summary\": \"\", \"profiles\": [{}]}}");
    JsonNode result = JSON.readTree((String) page.evaluate(FILL_AND_RENDER, FORMATS));

    List<String[]> expected = new ArrayList<>();
    result.get("expected").forEach(e -> expected.add(new String[] {e.get("path").asString(), e.get("printed").asString()}));
    assertThat(expected).extracting(e -> e[0]).contains(
        "/basics/name", "/basics/email", "/basics/phone", "/basics/url", "/basics/summary",
        "/basics/location/countryCode", "/basics/profiles/0/network", "/basics/profiles/0/username",
        "/basics/profiles/0/url", "/work/0/url", "/projects/0/type", "/skills/0/level",
        "/meta/createYourResume/customSections/0/entries/0/location");

    List<String> missing = new ArrayList<>();
    int files = 0;
    for (JsonNode file : result.get("files")) {
      String where = file.get("template").asString() + " " + file.get("format").asString();
      assertThat(file.get("status").asInt()).as(where).isEqualTo(200);
      byte[] content = Base64.getDecoder().decode(file.get("body").asString());
      String text = searchable(readerText(file.get("format").asString(), content));
      for (String[] field : expected) {
        if (!text.contains(searchable(field[1]))) {
          missing.add(where + ": " + field[0] + " \"" + field[1] + "\"");
        }
      }
      files++;
    }
    // every template the server offers, in every format
    assertThat(files).isEqualTo(org.createyourresume.render.ResumeRenderer.create().templates().size() * FORMATS.size());
    assertThat(missing).as("fields left out of an export").isEmpty();
  }

  /** The text a reader of each format gets, without link targets. */
  private static String readerText(String format, byte[] content) {
    try {
      return switch (format) {
        case "pdf" -> {
          try (PDDocument pdf = Loader.loadPDF(content)) {
            yield new PDFTextStripper().getText(pdf);
          }
        }
        case "docx" -> {
          try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(content))) {
            StringBuilder text = new StringBuilder();
            for (XWPFParagraph paragraph : docx.getParagraphs()) {
              text.append(paragraph.getText()).append('\n');
            }
            yield text.toString();
          }
        }
        case "md" -> markdownText(new String(content, StandardCharsets.UTF_8));
        case "html" -> htmlText(content);
        default -> new String(content, StandardCharsets.UTF_8);
      };
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The Markdown as a viewer displays it: its text nodes, a link's text but not its target. */
  private static String markdownText(String markdown) {
    StringBuilder text = new StringBuilder();
    Parser.builder().build().parse(markdown).accept(new AbstractVisitor() {
      @Override
      public void visit(Text node) {
        text.append(node.getLiteral());
      }

      @Override
      public void visit(SoftLineBreak node) {
        text.append(' ');
      }

      @Override
      protected void visitChildren(Node parent) {
        super.visitChildren(parent);
        if (parent instanceof Block) {
          text.append('\n');
        }
      }
    });
    return text.toString();
  }

  /** The web page's body text (the export is XHTML), attributes such as link targets left out. */
  private static String htmlText(byte[] html) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder().parse(new ByteArrayInputStream(html))
          .getElementsByTagName("body").item(0).getTextContent();
    } catch (Exception e) {
      throw new IllegalStateException("the web page export is not well-formed XHTML", e);
    }
  }

  /** Case, accents' composition and runs of white space do not matter (headings print in capitals). */
  private static String searchable(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("[\\s\\u00a0]+", " ")
        .toLowerCase(Locale.ROOT);
  }
}
