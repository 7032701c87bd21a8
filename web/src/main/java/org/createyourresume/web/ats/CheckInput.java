package org.createyourresume.web.ats;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.createyourresume.ats.AtsChecker;
import org.createyourresume.ats.AtsOptions;
import org.createyourresume.ats.AtsReport;
import org.createyourresume.json.JsonResumeException;
import org.createyourresume.json.JsonResumeReader;
import org.createyourresume.web.render.RequestBodies;
import org.createyourresume.json.ReadResult;
import org.createyourresume.model.Problem;
import org.createyourresume.model.Resume;
import org.createyourresume.web.system.ApiProblem;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What one request asks to check, read and validated at the edge: exactly one of an uploaded
 * file, a JSON Resume document or pasted text, plus an optional job posting and whether spelling
 * and grammar may be checked. Every refusal names the field at fault.
 *
 * @param file the uploaded file, or null
 * @param resume the JSON Resume document, or null
 * @param text the pasted text, or null
 * @param jobDescription the job posting, or null for no job match
 * @param grammar whether to check spelling and grammar if the checker has started
 */
record CheckInput(Upload file, Resume resume, String text, String jobDescription, boolean grammar) {

  /** The properties a JSON request may have. */
  private static final Set<String> JSON_FIELDS = Set.of("resume", "text", "jobDescription", "grammar");

  /** The parts an upload may have. */
  private static final Set<String> PARTS = Set.of("file", "jobDescription", "grammar");

  /** Top-level JSON Resume keys: a document sent as the whole body instead of under "resume". */
  private static final Set<String> RESUME_KEYS =
      Set.of("$schema", "basics", "work", "volunteer", "education", "awards", "certificates",
          "publications", "skills", "languages", "interests", "references", "projects", "meta");

  private static final JsonMapper JSON =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  /**
   * An uploaded file.
   *
   * @param name its name as the client gave it, made safe to repeat in a message
   * @param bytes its content, held in memory only
   */
  record Upload(String name, byte[] bytes) {}

  /**
   * The limits a request is held to.
   *
   * @param maxFileBytes the largest file the checker reads
   * @param maxJobDescription the longest job posting, in characters
   * @param grammarEnabled whether this server checks spelling and grammar at all
   */
  record Limits(long maxFileBytes, int maxJobDescription, boolean grammarEnabled) {}

  /** The field the resume came in, named when the checker refuses it. */
  String field() {
    return file != null ? "file" : resume != null ? "resume" : "text";
  }

  /**
   * Runs the check. Grammar is checked only when the checker has already started ("if ready"),
   * so no request waits for it.
   */
  AtsReport check(AtsChecker checker) {
    AtsOptions options =
        AtsOptions.defaults()
            .withJobDescription(jobDescription)
            .withGrammar(grammar ? AtsOptions.Grammar.IF_READY : AtsOptions.Grammar.OFF);
    if (file != null) {
      return checker.checkFile(file.bytes(), file.name(), options);
    }
    if (resume != null) {
      return checker.checkResume(resume, options);
    }
    return checker.checkText(text, options);
  }

  // ------------------------------------------------------------------ application/json

  /** Reads {@code {"resume": {…}} or {"text": "…"}}, with {@code jobDescription} and {@code grammar}. */
  static CheckInput fromJson(String body, JsonResumeReader reader, Limits limits) {
    try {
      JsonResumeReader.checkLimits(body);
    } catch (JsonResumeException e) {
      throw RequestBodies.notAResume(e, true);
    }
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (JacksonException e) {
      TokenStreamLocation at = e.getLocation();
      int line = at == null ? 0 : at.getLineNr();
      int column = at == null ? 0 : at.getColumnNr();
      throw ApiProblem.malformedJson(
          "The request body is not valid JSON"
              + (line > 0 ? " (the error is at line " + line + ", column " + column + ")." : "."),
          line, column);
    }
    if (root == null || !root.isObject()) {
      throw ApiProblem.malformedJson(
          "The request body must be a JSON object: {\"resume\": {…}} or {\"text\": \"…\"}.", 0, 0);
    }
    for (String name : root.propertyNames()) {
      if (!JSON_FIELDS.contains(name)) {
        throw ApiProblem.badField(safe(name),
            RESUME_KEYS.contains(name)
                ? "Unknown field \"" + safe(name) + "\": send the JSON Resume document inside"
                    + " \"resume\", as {\"resume\": {…}}."
                : "Unknown field \"" + safe(name) + "\"; the fields are resume, text,"
                    + " jobDescription and grammar.");
      }
    }
    JsonNode resumeNode = present(root.get("resume"));
    JsonNode textNode = present(root.get("text"));
    if (resumeNode != null && textNode != null) {
      throw ApiProblem.badField("text", "Send either \"resume\" or \"text\", not both.");
    }
    if (resumeNode == null && textNode == null) {
      throw ApiProblem.badField("resume",
          "Send the resume as \"resume\" (a JSON Resume document) or \"text\" (its plain text).");
    }
    String job = jobDescription(string(root.get("jobDescription"), "jobDescription"), limits);
    boolean grammar = grammar(root.get("grammar"), limits);
    if (textNode != null) {
      String text = string(textNode, "text");
      if (text.isBlank()) {
        throw ApiProblem.badField("text", "\"text\" is empty: paste the resume's text.");
      }
      return new CheckInput(null, null, text, job, grammar);
    }
    if (!resumeNode.isObject()) {
      throw ApiProblem.badField("resume",
          "\"resume\" must be a JSON Resume document: an object { … }.");
    }
    ReadResult read = reader.read(resumeNode);
    if (!read.isValid()) {
      // pointers into the request body, so that "/resume/work/0/startDate" names the field
      List<Problem> errors = new ArrayList<>();
      for (Problem p : read.errors()) {
        errors.add(new Problem(p.severity(), p.code(), "/resume" + p.pointer(), p.message(), 0, 0));
      }
      throw ApiProblem.invalidResume(errors);
    }
    return new CheckInput(null, read.resume(), null, job, grammar);
  }

  private static JsonNode present(JsonNode node) {
    return node == null || node.isNull() ? null : node;
  }

  private static String string(JsonNode node, String field) {
    if (present(node) == null) {
      return null;
    }
    if (!node.isString()) {
      throw ApiProblem.badField(field, "\"" + field + "\" must be a string.");
    }
    return node.stringValue();
  }

  private static boolean grammar(JsonNode node, Limits limits) {
    if (present(node) == null) {
      return limits.grammarEnabled();
    }
    if (!node.isBoolean()) {
      throw ApiProblem.badField("grammar", "\"grammar\" must be true or false.");
    }
    return node.booleanValue() && limits.grammarEnabled();
  }

  // ------------------------------------------------------------------ multipart/form-data

  /** Reads an upload: the part {@code file}, and optionally {@code jobDescription} and {@code grammar}. */
  static CheckInput fromUpload(MultipartHttpServletRequest request, Limits limits)
      throws IOException {
    Set<String> names = new LinkedHashSet<>(request.getMultiFileMap().keySet());
    names.addAll(request.getParameterMap().keySet());
    names.removeAll(queryParameters(request.getQueryString()));
    for (String name : names) {
      if (!PARTS.contains(name)) {
        throw ApiProblem.badField(safe(name),
            "Unknown part \"" + safe(name) + "\"; an upload has the parts file, jobDescription"
                + " and grammar" + (name.equals("text") ? " (send pasted text as JSON: {\"text\": \"…\"})." : "."));
      }
    }
    List<MultipartFile> files = request.getMultiFileMap().getOrDefault("file", List.of());
    if (files.isEmpty()) {
      throw ApiProblem.badField("file", request.getParameter("file") != null
          ? "\"file\" must be a file, not a text field (with curl: -F file=@resume.pdf)."
          : "Add the resume as the part \"file\": a PDF, a Word document (.docx) or a JSON Resume file.");
    }
    if (files.size() > 1) {
      throw ApiProblem.badField("file", "Send one file at a time.");
    }
    MultipartFile file = files.get(0);
    if (file.getOriginalFilename() != null
        && file.getOriginalFilename().length() > ApiProblem.MAX_FILE_NAME_LENGTH) {
      throw ApiProblem.fileNameTooLong("file");
    }
    if (file.getSize() > limits.maxFileBytes()) {
      throw ApiProblem.fieldTooLarge("file",
          "The file is " + file.getSize() / 1024 + " KB; the checker reads files of up to "
              + limits.maxFileBytes() / 1024 + " KB (a resume is rarely over 1 MB).",
          "maxBytes", limits.maxFileBytes());
    }
    String job = jobDescription(uploadedText(request, "jobDescription", limits), limits);
    String grammarValue = request.getParameter("grammar");
    boolean grammar = limits.grammarEnabled();
    if (grammarValue != null) {
      if (!grammarValue.strip().equalsIgnoreCase("true") && !grammarValue.strip().equalsIgnoreCase("false")) {
        throw ApiProblem.badField("grammar", "\"grammar\" must be true or false.");
      }
      grammar = grammar && grammarValue.strip().equalsIgnoreCase("true");
    }
    return new CheckInput(new Upload(fileName(file.getOriginalFilename()), file.getBytes()), null,
        null, job, grammar);
  }

  /** A text part, sent as a form field or as a small file ({@code -F jobDescription=@posting.txt}). */
  private static String uploadedText(MultipartHttpServletRequest request, String part, Limits limits)
      throws IOException {
    MultipartFile file = request.getFile(part);
    if (file == null) {
      return request.getParameter(part);
    }
    // a character is at most 4 bytes in UTF-8
    if (file.getSize() > 4L * limits.maxJobDescription()) {
      throw tooLong(part, limits, -1);
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(file.getBytes()))
          .toString();
    } catch (CharacterCodingException e) {
      throw ApiProblem.badField(part, "\"" + part + "\" is not UTF-8 text; send the posting as plain text.");
    }
  }

  private static Set<String> queryParameters(String query) {
    if (query == null || query.isEmpty()) {
      return Set.of();
    }
    Map<String, List<String>> params = UriComponentsBuilder.newInstance().query(query).build().getQueryParams();
    return params.keySet();
  }

  // ------------------------------------------------------------------ both

  private static String jobDescription(String text, Limits limits) {
    if (text == null || text.isBlank()) {
      return null;
    }
    if (text.length() > limits.maxJobDescription()) {
      throw tooLong("jobDescription", limits, text.length());
    }
    return text;
  }

  private static ApiProblem tooLong(String field, Limits limits, int length) {
    return ApiProblem.fieldTooLarge(field,
        "The job description is " + (length > 0 ? length + " characters" : "too long")
            + "; paste at most " + limits.maxJobDescription()
            + " characters (the posting itself, without the rest of the page).",
        "maxCharacters", limits.maxJobDescription());
  }

  /**
   * A client's file name, made safe to repeat: its last path segment (some browsers send the
   * whole path), without control characters, and not longer than 100 characters.
   */
  static String fileName(String original) {
    if (original == null) {
      return "";
    }
    String name = original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1);
    return safe(name);
  }

  private static String safe(String text) {
    String single = text.replaceAll("\\p{Cntrl}", "").strip();
    return single.length() > 100 ? single.substring(0, 99) + "…" : single;
  }
}
