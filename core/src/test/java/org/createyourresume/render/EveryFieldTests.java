package org.createyourresume.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.createyourresume.model.PartialDate;
import org.createyourresume.model.Resume;
import org.createyourresume.model.TestResumes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every field the editor's form offers prints in every export of every template. The fixture
 * {@code every-field.json} holds a value of its own in each of those fields (and nothing else);
 * each value, in the form a resume prints it (a date as "Mar 2019", an address without
 * "https://", a country code as the country's name), must be in the text a reader gets from
 * the PDF, the Word document, the plain text, the Markdown as displayed and the web page: in the
 * text itself, not only in a link's target.
 */
class EveryFieldTests {

  private static final String FIXTURE = "every-field.json";
  private static final ResumeRenderer RENDERER = ResumeRenderer.create();
  private static final String[] MONTHS = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
  };

  /** Every template with every format a reader opens: the matrix of the export tests. */
  static Stream<Arguments> templatesAndFormats() {
    List<Arguments> cases = new ArrayList<>();
    for (TemplateInfo template : RENDERER.templates()) {
      for (OutputFormat format : List.of(
          OutputFormat.PDF, OutputFormat.DOCX, OutputFormat.TXT, OutputFormat.MD, OutputFormat.HTML)) {
        cases.add(Arguments.of(template.id(), format));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("templatesAndFormats")
  void everyFieldPrints(String template, OutputFormat format) {
    Resume resume = TestResumes.load(FIXTURE);
    byte[] content = RENDERER.render(resume, new RenderOptions(format, template)).content();
    String text = searchable(readerText(format, content));

    List<String> missing = new ArrayList<>();
    expectedTexts().forEach((pointer, printed) -> {
      if (!text.contains(searchable(printed))) {
        missing.add(pointer + " \"" + printed + "\"");
      }
    });
    assertThat(missing).as("fields %s %s leaves out", template, format).isEmpty();
  }

  /**
   * Guards the fixture: no value hides inside another, so each field is found only where it
   * prints. The one exception is a profile whose address names its own network and username
   * ("github.com/mqabara"), which is how such a profile prints.
   */
  @Test
  void everyFieldOfTheFixtureHasAValueOfItsOwn() {
    Map<String, String> expected = expectedTexts();
    assertThat(expected).hasSizeGreaterThan(60);
    expected.forEach((pointer, printed) -> expected.forEach((other, otherPrinted) -> {
      if (!pointer.equals(other) && !other.equals(parent(pointer) + "/url")) {
        assertThat(searchable(otherPrinted)).as("%s holds the value of %s", other, pointer)
            .doesNotContain(searchable(printed));
      }
    }));
  }

  private static String parent(String pointer) {
    return pointer.substring(0, pointer.lastIndexOf('/'));
  }

  /** What a reader of each format sees: extracted PDF text, Word paragraphs, displayed text. */
  /** The text a reader gets from a file of {@code format}: PDF and Word text, visible HTML text. */
  static String readerText(OutputFormat format, byte[] content) {
    return switch (format) {
      case PDF -> PdfFacts.of(content).text();
      case DOCX -> DocxFacts.of(content).text();
      case TXT -> new String(content, StandardCharsets.UTF_8);
      case MD -> ExportFormatsTests.markdownText(new String(content, StandardCharsets.UTF_8));
      case HTML -> htmlBodyText(content);
      default -> throw new IllegalArgumentException(format.toString());
    };
  }

  private static String htmlBodyText(byte[] html) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      Document page = factory.newDocumentBuilder().parse(new ByteArrayInputStream(html));
      return page.getElementsByTagName("body").item(0).getTextContent();
    } catch (Exception e) {
      throw new IllegalStateException("the HTML export is not well-formed: " + e.getMessage(), e);
    }
  }

  /** Case and runs of white space do not matter: headings may print in capitals. */
  private static String searchable(String text) {
    return PdfFacts.flat(text).toLowerCase(Locale.ROOT);
  }

  /** Every value of the fixture (by JSON pointer) in the form a resume prints it. */
  private static Map<String, String> expectedTexts() {
    JsonNode root = JsonMapper.builder().build().readTree(TestResumes.text(FIXTURE));
    Map<String, String> out = new LinkedHashMap<>();
    collect(root, "", "", out);
    return out;
  }

  private static void collect(JsonNode node, String pointer, String key, Map<String, String> out) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        // a custom section's id is a key for the design, not something the form shows
        if (!field.getKey().equals("id")) {
          collect(field.getValue(), pointer + "/" + field.getKey(), field.getKey(), out);
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), pointer + "/" + i, key, out);
      }
    } else {
      out.put(pointer, printed(key, node.asString()));
    }
  }

  private static String printed(String key, String value) {
    if (key.equals("date") || key.endsWith("Date")) {
      PartialDate date = PartialDate.parse(value).orElseThrow();
      return MONTHS[date.month() - 1] + " " + date.year();
    }
    if (key.equals("url")) {
      String shown = value.replaceFirst("^https?://", "").replaceFirst("^www\\.", "");
      return shown.endsWith("/") ? shown.substring(0, shown.length() - 1) : shown;
    }
    if (key.equals("countryCode")) {
      return new Locale("", value).getDisplayCountry(Locale.ENGLISH);
    }
    return value;
  }
}
