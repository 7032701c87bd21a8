package org.createyourresume.importer.letter;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.createyourresume.letter.Letter;
import org.createyourresume.letter.Paragraph;
import org.createyourresume.letter.Recipient;
import org.createyourresume.model.Basics;
import org.createyourresume.model.Problem;

/**
 * Splits a letter's lines into its parts. A letter has a fixed order, and each part but the
 * recipient has words that give it away, so the reader anchors on those first and places the rest
 * between them:
 *
 * <ol>
 *   <li>the greeting ("Dear …", "Hello …", "To whom it may concern") ends the head of the letter;
 *   <li>the last closing phrase ("Sincerely", "Kind regards", …) ends the body, and the name under
 *       it is the signature;
 *   <li>in the head, a line that is only a date is the date, a "Re:" / "Subject:" / "Application
 *       for …" line the subject; the writer's own block (the lines up to their e-mail, phone or
 *       web address, or those printed to the right or as a heading) is set aside, since a letter
 *       takes its sender from the resume; what is left is the recipient;
 *   <li>the recipient's lines are told apart by their words: a person's name, a job title
 *       ("Hiring Manager"), the company (a legal form such as "Ltd", or the line after), and the
 *       address (the lines after the company, or any with a street number or postcode).
 * </ol>
 *
 * <p>Every value the reader guessed rather than found by such words gets a warning with code
 * {@value #UNSURE} and the field's JSON pointer within the letter; whatever it left out gets one
 * with code {@value #LEFT_OUT}.
 */
public final class LetterReader {

  /** The code of a warning about a guessed value (a value to review). */
  public static final String UNSURE = "import.unsure";

  /** The code of a warning about text of the file that is not in the letter. */
  public static final String LEFT_OUT = "import.left-out";

  private static final Pattern GREETING = Pattern.compile("(?i)^(?:dear|hello|hi|hey|greetings|good (?:morning|afternoon|day)"
      + "|respected|to whom it may concern|to the hiring (?:manager|team))\\b");
  private static final Pattern CLOSING = Pattern.compile("(?i)^(?:(?:yours )?sincerely(?: yours)?|(?:yours )?faithfully"
      + "|(?:very )?truly yours|yours truly|(?:with )?(?:kind|best|warm|warmest|kindest) (?:regards|wishes)|regards|best"
      + "|all the best|(?:many )?thanks(?: again)?|thank you(?: again)?|thanking you|cheers|(?:yours )?respectfully(?: yours)?"
      + "|cordially|with (?:gratitude|appreciation|thanks)|gratefully|yours|mit freundlichen gr(?:ü|ue)(?:ß|ss)en|cordialement"
      + "|atentamente|saludos cordiales|met vriendelijke groet)[,.!]?$");
  private static final Pattern SUBJECT = Pattern.compile("(?i)^(?:re|subject|sub|subj|ref|reference|regarding|position"
      + "|job title|role)\\s*[:.\\-–]\\s*(.+)$");
  private static final Pattern APPLICATION = Pattern.compile("(?i)^(?:job )?application\\b|^applying\\b|^cover letter\\b");
  private static final Pattern ROLE_IN_SUBJECT = Pattern.compile("(?i)(?:application|applying|cover letter)(?:\\s+(?:for|to)|\\s*[:–-])\\s*"
      + "(?:the\\s+)?(?:(?:post|position|role|job|vacancy|opening)\\s+(?:of|as)\\s+(?:an?\\s+)?)?(.+)$");
  private static final Pattern ROLE_TAIL = Pattern.compile("(?i)\\s*(?:\\(.*\\)|[,–—-]\\s*(?:ref|job|req|id|reference)\\b.*"
      + "|\\s+(?:position|role|post|vacancy|opening)\\b.*|\\s+at\\s+.*|\\s+with\\s+.*|[.])$");
  // a role in the body is a run of capitalised words, matched case-sensitively so that the run
  // cannot take in the plain words before it ("joining your team in the Office Manager role")
  private static final String CAPITALISED = "\\p{Lu}[\\p{L}\\d/&+#'’-]*(?:\\s+(?:\\p{Lu}[\\p{L}\\d/&+#'’-]*|of|and|&|/|-)){0,5}";
  private static final String ROLE_NOUN = "(?:role|position|post|opening|vacancy|job)\\b";
  private static final List<Pattern> ROLE_IN_BODY = List.of(
      // "the post of Library Assistant", "the position of Sous Chef"
      Pattern.compile("\\b(?i:the)\\s+(?i:post|position|role|vacancy)\\s+of\\s+(?:an?\\s+)?(" + CAPITALISED + ")"),
      // "for the Data Engineer role", "the Assistant Plant Manager vacancy"
      Pattern.compile("\\b(?i:the|your|an?|for)\\s+(?:(?i:open|advertised|vacant|new)\\s+)?(" + CAPITALISED + ")\\s+" + ROLE_NOUN),
      // "my interest in … the shift supervisor position": lower case only after such words, and
      // at most three words, since "a leadership role" elsewhere in a letter is no role applied for
      Pattern.compile("(?i:\\bapply|\\bapplying|\\bapplication|\\binterest|\\bconsidered)[^.]{0,80}?\\b(?:the|your|an?)\\s+"
          + "(\\p{Ll}[\\p{Ll}-]*(?:\\s+\\p{Ll}[\\p{Ll}-]*){0,2})\\s+" + ROLE_NOUN));
  private static final Set<String> NOT_A_ROLE = java.util.Set.of("advertised", "open", "new", "vacant", "above",
      "this", "that", "same", "current", "available", "similar", "exciting", "recent", "posted", "full-time", "part-time");
  private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
  private static final Pattern PHONE = Pattern.compile("(?:\\+|\\(?\\d)[\\d ()./-]{6,}\\d");
  private static final Pattern WEB = Pattern.compile("(?i)\\bhttps?://|\\bwww\\.|\\b(?:linkedin|github|gitlab)\\.com\\b|\\.(?:dev|io|me)\\b");
  private static final Pattern FROM = Pattern.compile("(?i)^from\\s*[:,]?\\s*(.*)$");
  private static final Pattern TO = Pattern.compile("(?i)^to\\s*[:,]?\\s*(.*)$");
  private static final Pattern HONORIFIC = Pattern.compile("^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Madam|Shri|Smt)\\b\\.?\\s*");
  private static final Pattern PERSON = Pattern.compile(
      "^(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Shri|Smt)\\.?\\s+)?\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){1,3}$");
  private static final Pattern TITLE_WORDS = Pattern.compile("(?i)\\b(?:manager|director|recruiter|recruiting|recruitment|talent"
      + "|hiring|human resources|hr|head|officer|partner|coordinator|lead|principal|president|vp|chief|founder|ceo|cto|cfo"
      + "|coo|department|team|committee|dean|professor|chair|supervisor|administrator|acquisition|people|personnel"
      + "|secretary|executive|owner)\\b");
  private static final Pattern COMPANY_WORDS = Pattern.compile("(?i)(?:\\b(?:inc|ltd|llc|llp|plc|gmbh|ag|sa|sas|bv|nv|pvt|pte"
      + "|co|corp|corporation|company|limited|group|holdings|technologies|technology|labs|systems|solutions|software"
      + "|university|college|school|institute|hospital|bank|agency|foundation|studio|studios|consulting|partners)\\b\\.?)");
  private static final Pattern ADDRESS_WORDS = Pattern.compile("(?i)\\b(?:street|st|road|rd|avenue|ave|lane|ln|suite|floor"
      + "|boulevard|blvd|drive|dr|way|place|pl|square|sq|court|ct|building|bldg|nagar|sector|marg|block|phase|p\\.?o\\.? box"
      + "|plaza|park|tower|house|close|crescent|terrace)\\b");
  private static final Pattern POSTCODE = Pattern.compile(
      "\\d|\\b[A-Z]{1,2}\\d[A-Z\\d]?\\s*\\d[A-Z]{2}\\b|,\\s*[A-Z]{2}\\b");
  private static final Pattern OTHER = Pattern.compile("(?i)^(?:enc(?:l|losures?)?\\b|attachments?\\b|p\\.?\\s?s\\b|cc\\b)");

  /** The same letter parts, as they are being found. */
  private static final class Found {
    String date;
    String subject;
    String role;
    String greeting;
    String closing;
    String signature;
    final List<String> recipient = new ArrayList<>();
    final List<String> sender = new ArrayList<>();
    final List<Paragraph> body = new ArrayList<>();
    final List<Problem> warnings = new ArrayList<>();

    void unsure(String pointer, String message) {
      warnings.add(Problem.warning(UNSURE, pointer, message));
    }

    void leftOut(String message) {
      warnings.add(Problem.warning(LEFT_OUT, "", message));
    }
  }

  /** What was read: the letter and the warnings to review, pointers relative to the letter. */
  public record Reading(Letter letter, List<String> sender, List<Problem> warnings) {
    public Reading {
      sender = List.copyOf(sender);
      warnings = List.copyOf(warnings);
    }
  }

  /**
   * Reads the letter in {@code lines}.
   *
   * @param basics the resume's basics, to tell the writer's own lines from the recipient's and to
   *     compare the signature with; may be null
   */
  public Reading read(List<LetterLine> lines, Basics basics) {
    Found found = new Found();
    int greeting = greeting(lines);
    int closing = closing(lines, Math.max(greeting, 0));
    int headEnd = greeting >= 0 ? greeting : bodyStart(lines, closing >= 0 ? closing : lines.size());
    if (greeting >= 0) {
      readGreeting(lines.get(greeting).text(), found);
    } else {
      found.unsure("/greeting", "no greeting (\"Dear …\") was found; add one");
    }
    int bodyFrom = greeting >= 0 ? greeting + 1 : headEnd;
    int bodyTo = closing >= 0 ? closing : lines.size();
    if (closing >= 0) {
      found.closing = lines.get(closing).text();
      readSignature(lines.subList(closing + 1, lines.size()), basics, found);
    } else {
      found.unsure("/closing", "no closing (\"Kind regards,\", \"Sincerely,\") was found; the body runs to the end of the file");
      bodyTo = signatureAtEnd(lines, bodyFrom, bodyTo, basics, found);
    }
    readBody(lines.subList(Math.min(bodyFrom, bodyTo), bodyTo), found);
    readHead(lines.subList(0, headEnd), basics, found);
    if (found.role == null) {
      roleFromBody(found);
    }
    return new Reading(letter(found), found.sender, found.warnings);
  }

  private static int greeting(List<LetterLine> lines) {
    for (int i = 0; i < lines.size(); i++) {
      String t = lines.get(i).text();
      if (GREETING.matcher(t).find() && (t.length() <= 80 || t.indexOf(',') > 0 && t.indexOf(',') < 60)) {
        return i;
      }
    }
    return -1;
  }

  /** The last closing phrase after {@code from}, or -1. */
  private static int closing(List<LetterLine> lines, int from) {
    for (int i = lines.size() - 1; i > from; i--) {
      if (CLOSING.matcher(lines.get(i).text()).matches()) {
        return i;
      }
    }
    return -1;
  }

  /** Without a greeting: the body starts at the first block that reads as prose. */
  private static int bodyStart(List<LetterLine> lines, int to) {
    for (int i = 0; i < to; i++) {
      String t = lines.get(i).text();
      if (lines.get(i).breakBefore() && t.length() > 60 && t.matches(".*[.!?,;]\\s*$|.*\\s\\p{Ll}+$")
          && !EMAIL.matcher(t).find()) {
        return i;
      }
    }
    return 0;
  }

  private static void readGreeting(String text, Found found) {
    if (text.length() > 80) {
      // "Dear Ms Chen, I am writing …": the greeting ends at its comma
      int comma = text.indexOf(',');
      found.greeting = text.substring(0, comma + 1);
      found.body.add(Paragraph.written(text.substring(comma + 1).strip()));
      return;
    }
    found.greeting = text;
  }

  private static void readSignature(List<LetterLine> after, Basics basics, Found found) {
    for (LetterLine line : after) {
      String t = line.text();
      if (found.signature == null && !contact(t) && !OTHER.matcher(t).find() && t.codePoints().anyMatch(Character::isLetter)
          && t.length() <= 60) {
        found.signature = t;
      } else if (found.signature != null && !contact(t) && !OTHER.matcher(t).find() && found.sender.isEmpty() && t.length() <= 60
          && !t.matches(".*[.!?]$")) {
        // the title under a signature ("Software Engineer"), part of the writer's block
        found.sender.add(t);
      } else if (contact(t)) {
        found.sender.add(t);
      } else {
        found.leftOut("\"" + shorten(t) + "\" after the signature is not part of the letter's fields; add it to the body if it matters");
      }
    }
    if (found.signature == null) {
      found.unsure("/signature", "no name was found under the closing; the letter will be signed with the resume's name");
    } else if (basics != null && basics.name() != null && !basics.name().isBlank()
        && !sameName(found.signature, basics.name())) {
      found.unsure("/signature", "the letter is signed \"" + found.signature + "\" but the resume is "
          + basics.name() + "'s; check the signature");
    }
  }

  /** No closing phrase: a short name-like last line is the signature. */
  private static int signatureAtEnd(List<LetterLine> lines, int from, int to, Basics basics, Found found) {
    int last = to - 1;
    while (last > from && contact(lines.get(last).text())) {
      last--;
    }
    if (last > from) {
      String t = lines.get(last).text();
      if (PERSON.matcher(t).matches() || basics != null && basics.name() != null && sameName(t, basics.name())) {
        found.signature = t;
        found.unsure("/signature", "the last line, \"" + t + "\", was taken for the signature");
        return last;
      }
    }
    return to;
  }

  private static void readBody(List<LetterLine> lines, Found found) {
    StringBuilder paragraph = new StringBuilder();
    if (!found.body.isEmpty() && !lines.isEmpty() && !lines.get(0).breakBefore()) {
      // the paragraph begun on the greeting's line goes on here
      paragraph.append(found.body.remove(found.body.size() - 1).text());
    }
    for (LetterLine line : lines) {
      if (line.breakBefore() && !paragraph.isEmpty()) {
        found.body.add(Paragraph.written(paragraph.toString()));
        paragraph.setLength(0);
      }
      join(paragraph, line.text());
    }
    if (!paragraph.isEmpty()) {
      found.body.add(Paragraph.written(paragraph.toString()));
    }
    if (found.body.size() == 1 && lines.size() > 8) {
      found.unsure("/body", "no paragraph breaks were found, so the body is one long paragraph; split it where it should be");
    }
    if (found.body.isEmpty()) {
      found.unsure("/body", "no body text was found between the greeting and the closing");
    }
  }

  /**
   * Joins a wrapped line to its paragraph. A line ending in a hyphen inside a word ("experi-" +
   * "ence") was hyphenated by the layout, so the hyphen goes; a compound ("event-" + "driven")
   * cannot be told from that without a dictionary, and the lower-case test keeps the common case
   * of split words right.
   */
  static void join(StringBuilder paragraph, String line) {
    int n = paragraph.length();
    if (n == 0) {
      paragraph.append(line);
    } else if (n >= 2 && paragraph.charAt(n - 1) == '-' && Character.isLowerCase(paragraph.charAt(n - 2))
        && !line.isEmpty() && Character.isLowerCase(line.charAt(0))) {
      paragraph.setLength(n - 1);
      paragraph.append(line);
    } else {
      paragraph.append(' ').append(line);
    }
  }

  private static void readHead(List<LetterLine> head, Basics basics, Found found) {
    List<LetterLine> rest = new ArrayList<>();
    boolean fromBlock = false;
    boolean toBlock = false;
    // a date or subject line between two blocks parts them even with no gap around it
    boolean parted = false;
    for (LetterLine line : head) {
      String t = line.text();
      Matcher from = FROM.matcher(t);
      Matcher to = TO.matcher(t);
      if (from.matches() && !toBlock && t.length() < 40) {
        fromBlock = true;
        if (!from.group(1).isBlank()) {
          found.sender.add(from.group(1));
        }
        continue;
      }
      if (to.matches() && (to.group(1).isBlank() || t.matches("(?i)^to\\s*[:,].*")) && t.length() < 60) {
        fromBlock = false;
        toBlock = true;
        String named = to.group(1).replaceFirst(",$", "").strip();
        if (!named.isEmpty()) {
          rest.add(new LetterLine(named, false, false));
        }
        continue;
      }
      LetterDate date = found.date == null ? LetterDate.read(t) : null;
      if (date != null) {
        found.date = date.value();
        if (!date.sure()) {
          found.unsure("/date", "\"" + date.value() + "\" may be day/month or month/day; it is kept as written");
        }
        parted = true;
        continue;
      }
      Matcher subject = SUBJECT.matcher(t);
      if (found.subject == null && (subject.matches() || APPLICATION.matcher(t).find() && !contact(t))) {
        found.subject = subject.matches() ? subject.group(1).strip() : t;
        found.role = role(found.subject);
        parted = true;
        continue;
      }
      if (fromBlock) {
        found.sender.add(t);
        continue;
      }
      rest.add(new LetterLine(t, line.breakBefore() || parted, !toBlock && line.aside()));
      parted = false;
    }
    List<String> recipient = toBlock ? rest.stream().map(LetterLine::text).toList() : splitSender(rest, basics, found);
    readRecipient(recipient, found);
    if (found.date == null) {
      found.unsure("/date", "no date was found; the letter will print none until you add one");
    }
    if (basics != null && !found.sender.isEmpty() && basics.name() != null && !basics.name().isBlank()) {
      String first = found.sender.get(0);
      if (PERSON.matcher(first).matches() && !sameName(first, basics.name())) {
        found.unsure("", "the letter was written by " + first + ", but it will be sent with this resume's name and contact details ("
            + basics.name() + ")");
      }
    }
  }

  /**
   * Sets the writer's own block aside: the lines up to the last one that is the writer's (the
   * resume's name or e-mail, the letter's signature, a line set to the right or as a heading, or
   * an e-mail, phone or web address that is not the recipient's), the rest of that block with it.
   * With none of those, a first block of a name and more lines, before the recipient's, is the
   * writer's too: a UK letter may head with a name and postal address only.
   */
  private static List<String> splitSender(List<LetterLine> lines, Basics basics, Found found) {
    boolean blocks = lines.stream().skip(1).anyMatch(l -> !l.breakBefore());
    int last = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (ownLine(lines.get(i), basics, found)
          || writers(lines.get(i), basics) && !recipientsContact(lines, i, blocks, basics, found)) {
        last = i;
      }
    }
    int end;
    if (last >= 0) {
      end = last + 1;
      while (end < lines.size() && !lines.get(end).breakBefore() && !recipientWords(lines.get(end).text())) {
        end++;
      }
    } else {
      end = nameAndAddressBlock(lines);
    }
    List<String> recipient = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      (i < end ? found.sender : recipient).add(lines.get(i).text());
    }
    return recipient;
  }

  /** A line that can only be the writer's: theirs by layout, by the resume, or by the signature. */
  private static boolean ownLine(LetterLine line, Basics basics, Found found) {
    String t = line.text();
    if (line.aside() || found.signature != null && sameName(t, found.signature)) {
      return true;
    }
    return basics != null && basics.name() != null && !basics.name().isBlank() && sameName(t, basics.name());
  }

  /**
   * Whether the contact line at {@code i} is the recipient's: going up its block (or, with no
   * blocks to go by, the lines before it) a recipient's line comes before any of the writer's: a
   * title, a company, a name with an honorific, or a name that heads a block but not the letter.
   */
  private static boolean recipientsContact(List<LetterLine> lines, int i, boolean blocks, Basics basics, Found found) {
    // the writer's job title under their name can read like a company ("Senior Software
    // Engineer"), so a line of theirs up to three lines above decides first
    for (int j = Math.max(0, i - 3); j < i; j++) {
      if (ownLine(lines.get(j), basics, found)) {
        return false;
      }
    }
    for (int j = i - 1; j >= 0; j--) {
      if (blocks && lines.get(j + 1).breakBefore()) {
        return false;
      }
      LetterLine line = lines.get(j);
      String t = line.text();
      if (ownLine(line, basics, found)) {
        return false;
      }
      boolean person = PERSON.matcher(t).matches();
      // a plain name heading a block below the letter's first line is the recipient's; with no
      // blocks to go by it could as well be the writer's job title ("Senior Software Engineer")
      if (!contact(t) && (recipientWords(t) && !addressLike(t) || person && HONORIFIC.matcher(t).lookingAt()
          || person && blocks && j > 0 && line.breakBefore())) {
        return true;
      }
    }
    return false;
  }

  /**
   * With no line that is surely the writer's: a first block that starts with a name (no
   * honorific), has more lines, and is followed by another block is the writer's name and address.
   * Returns the end of that block, or 0.
   */
  private static int nameAndAddressBlock(List<LetterLine> lines) {
    if (lines.isEmpty() || !PERSON.matcher(lines.get(0).text()).matches() || HONORIFIC.matcher(lines.get(0).text()).lookingAt()) {
      return 0;
    }
    int end = 1;
    while (end < lines.size() && !lines.get(end).breakBefore() && !recipientWords(lines.get(end).text())
        && !HONORIFIC.matcher(lines.get(end).text()).lookingAt()) {
      end++;
    }
    return end >= 2 && end < lines.size() ? end : 0;
  }

  /** A contact line of the writer's: with a resume, an e-mail line only if it holds the resume's. */
  private static boolean writers(LetterLine line, Basics basics) {
    String t = line.text();
    if (basics != null) {
      if (basics.email() != null && EMAIL.matcher(t).find()) {
        return t.toLowerCase(Locale.ROOT).contains(basics.email().toLowerCase(Locale.ROOT));
      }
    }
    return contact(t);
  }

  private static boolean recipientWords(String t) {
    return TITLE_WORDS.matcher(t).find() || COMPANY_WORDS.matcher(t).find();
  }

  private static void readRecipient(List<String> raw, Found found) {
    List<String> lines = new ArrayList<>();
    for (String line : raw) {
      lines.add(line.replaceFirst("[,;]\\s*$", "").strip());
    }
    String name = null;
    String title = null;
    String company = null;
    List<String> address = new ArrayList<>();
    boolean nameSure = false;
    boolean companySure = false;
    for (String line : lines) {
      if (company != null || contact(line)) {
        // the recipient's own e-mail or phone has no field of its own; the address keeps it in view
        address.add(line);
        continue;
      }
      if (name == null && title == null && line.contains(",") && !addressLike(line)) {
        // "Dana Whitfield, Engineering Manager"
        String[] parts = line.split(",\\s*", 2);
        if (PERSON.matcher(parts[0]).matches() && TITLE_WORDS.matcher(parts[1]).find()) {
          name = parts[0];
          title = parts[1];
          nameSure = HONORIFIC.matcher(name).find();
          continue;
        }
      }
      if (COMPANY_WORDS.matcher(line).find() && !addressLike(line)) {
        company = line;
        companySure = true;
      } else if (title == null && TITLE_WORDS.matcher(line).find() && !addressLike(line)) {
        title = line;
      } else if (name == null && title == null && PERSON.matcher(line).matches() && person(line, found)) {
        name = line;
        nameSure = HONORIFIC.matcher(line).find();
      } else if (addressLike(line) && (name != null || title != null || !address.isEmpty())) {
        address.add(line);
      } else if (address.isEmpty()) {
        company = line;
      } else {
        address.add(line);
      }
    }
    found.recipient.add(name);
    found.recipient.add(title);
    found.recipient.add(company);
    found.recipient.add(address.isEmpty() ? null : String.join("\n", address));
    if (name != null && !nameSure && !named(found.greeting, name)) {
      found.unsure("/recipient/name", "\"" + name + "\" was taken for the recipient's name");
    }
    if (company != null && !companySure && !mentioned(found, company)) {
      found.unsure("/recipient/company", "\"" + company + "\" was taken for the company");
    }
    if (company == null && !lines.isEmpty()) {
      found.unsure("/recipient/company", "no company was found in the recipient's lines; add it so the checks can look for it");
    }
  }

  /**
   * Whether a line shaped like a name is a person's, not a company's of capitalised words
   * ("Harbour View Property Lettings"): an honorific or the greeting says so; else a name of
   * two or three words that the subject and body do not name as they would a company.
   */
  private static boolean person(String line, Found found) {
    if (HONORIFIC.matcher(line).lookingAt() || named(found.greeting, line)) {
      return true;
    }
    return line.split("\\s+").length <= 3 && !mentioned(found, line);
  }

  /** Whether the greeting names the person ("Dear Ms Whitfield," for "Dana Whitfield"). */
  private static boolean named(String greeting, String name) {
    if (greeting == null) {
      return false;
    }
    String[] words = HONORIFIC.matcher(name).replaceFirst("").split("\\s+");
    return fold(greeting).contains(fold(words[words.length - 1]));
  }

  /** Whether the subject or the body names the company, which confirms it is one. */
  private static boolean mentioned(Found found, String company) {
    String key = fold(company);
    if (found.subject != null && fold(found.subject).contains(key)) {
      return true;
    }
    return found.body.stream().anyMatch(p -> fold(p.text()).contains(key));
  }

  private static boolean addressLike(String line) {
    return ADDRESS_WORDS.matcher(line).find() || POSTCODE.matcher(line).find();
  }

  private static String role(String subject) {
    Matcher m = ROLE_IN_SUBJECT.matcher(subject);
    String role = m.find() ? m.group(1) : subject;
    String before;
    do {
      before = role;
      role = ROLE_TAIL.matcher(role).replaceFirst("").strip();
    } while (!role.equals(before) && !role.isEmpty());
    role = role.replaceFirst("(?i)^(?:the|an?)\\s+", "");
    return role.isEmpty() || role.length() > 80 ? null : role;
  }

  private static void roleFromBody(Found found) {
    for (Paragraph p : found.body) {
      for (Pattern pattern : ROLE_IN_BODY) {
        Matcher m = pattern.matcher(p.text());
        while (m.find()) {
          String role = m.group(1).replaceFirst("(?:\\s+(?:of|and|&|/|-))+$", "");
          if (Arrays.stream(role.split("\\s+")).noneMatch(w -> NOT_A_ROLE.contains(w.toLowerCase(Locale.ROOT)))) {
            found.role = role;
            found.unsure("/role", "the role \"" + role + "\" was read from the body; the letter has no subject line");
            return;
          }
        }
      }
    }
  }

  private static Letter letter(Found found) {
    List<String> r = found.recipient;
    Recipient recipient = new Recipient(r.get(0), r.get(1), r.get(2), r.get(3), null);
    String id = slug(recipient.company() != null ? recipient.company() : found.role);
    return new Letter(id, found.role, recipient, found.date, found.subject, found.greeting, found.body, found.closing,
        found.signature, null, null, null);
  }

  /** A letter id from a name: "Northwind Logistics" → "northwind-logistics". */
  static String slug(String name) {
    if (name == null) {
      return "imported-letter";
    }
    String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    s = s.length() > 40 ? s.substring(0, 40).replaceAll("-+$", "") : s;
    return s.isEmpty() ? "imported-letter" : s;
  }

  private static boolean contact(String t) {
    if (EMAIL.matcher(t).find() || WEB.matcher(t).find()) {
      return true;
    }
    Matcher phone = PHONE.matcher(t);
    while (phone.find()) {
      // seven digits at least, and no postcode range ("94043-1351") counted as one
      if (phone.group().replaceAll("\\D", "").length() >= 7 && !phone.group().matches("\\d{5}-\\d{4}")) {
        return true;
      }
    }
    return false;
  }

  private static boolean sameName(String a, String b) {
    return fold(a).equals(fold(b));
  }

  private static String fold(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\d]+", " ").strip();
  }

  private static String shorten(String t) {
    return t.length() > 60 ? t.substring(0, 57) + "…" : t;
  }
}
