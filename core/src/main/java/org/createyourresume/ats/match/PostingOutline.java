package org.createyourresume.ats.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A job posting cut into lines, each line marked with the part of the posting it belongs to:
 * requirements, nice-to-haves, duties, the company's own story, or none of those. Postings mark
 * that part by headings ("Minimum qualifications", "Good to have"), by inline labels
 * ("Mandatory Skills: AWS, Terraform") and, in prose, by the sentence ("… would be a bonus").
 * One outline serves one match: it is not thread-safe.
 */
final class PostingOutline {

  /** The part of a posting a line belongs to. */
  enum Part {
    REQUIRED(1.3), PREFERRED(0.6), DUTIES(1), NEUTRAL(1), ABOUT(0.5);

    final double emphasis;

    Part(double emphasis) {
      this.emphasis = emphasis;
    }

    Importance importance() {
      return switch (this) {
        case REQUIRED -> Importance.REQUIRED;
        case PREFERRED -> Importance.PREFERRED;
        default -> Importance.MENTIONED;
      };
    }
  }

  /**
   * One line of the posting.
   *
   * @param start offset of its first character in the normalised text
   * @param end offset just past it
   * @param part the part of the posting it sits in (its heading's, or its inline label's); a
 *     sentence within it may still say more (see {@link #partAt})
   * @param listItem whether it is an item of a list (bullet, number, or a short line under a
   *     heading)
   * @param body the line without its bullet or inline label
   */
  record Line(int start, int end, Part part, boolean listItem, String body) {}

  // Checked in this order: the first that matches a heading or label decides its part.
  private static final Object[][] HEADING_PATTERNS = {
    {Part.DUTIES, "essential (?:functions|duties)|you'll be|you will be|roles? (?:and|&) responsibilities|(?:key |main |your )?(?:responsibilities|duties)(?: and responsibilities| include)?"
        + "|what you(?:'ll| will)(?: be)? do(?:ing)?|your (?:tasks|mission|role)|the role|in this role(?: you will)?"
        + "|day[- ]to[- ]day|key accountabilities|tasks|job (?:responsibilities|description)|jd|wat ga je doen.*"
        + "|(?:the )?successful candidate will|you will|(?:your |main |key )?duties (?:will )?include"
        + "|(?:key |core |main |principal )(?:tasks|duties)|your day[- ]to[- ]day|summary of (?:responsibilities|duties)|your impact"
        + "|(?:key |principal |main )?accountabilities"
        // German, French, Spanish
        + "|(?:ihre|deine) (?:aufgaben|tätigkeiten|rolle)|aufgaben(?:gebiet|bereich)?|(?:ihr|dein) aufgabengebiet|tätigkeiten|was (?:dich|sie) erwartet"
        + "|(?:vos |tes |les )?missions(?: principales)?|(?:vos |les )?(?:responsabilités|tâches)(?: principales)?|descriptif du poste|le poste|votre rôle|au quotidien"
        + "|(?:tus |sus )?(?:funciones|responsabilidades|tareas)(?: principales)?|qué harás|tu día a día|descripción del puesto"},
    {Part.PREFERRED, "(?:nice|good|great) to (?:have|haves)|additional (?:qualifications|skills)(?: and (?:skills|experience))?|nice[- ]to[- ]haves?|preferred(?: qualifications| skills| experience)?"
        + "|desirable(?: criteria| skills)?|desired(?: skills)?|person specification\\W+desirable|bonus(?: points)?(?: if(?: you have)?)?"
        + "|(?:it's |it is )?a plus|plus points|pluspunten.*|added advantage|advantageous|extra credit|would be (?:great|nice|a plus)"
        + "|(?:good|nice)[- ]to[- ]have (?:skills|qualifications|experience)|would be nice(?: to have)?|bonus skills|brownie points"
        + "|extra points(?: for| if.*)?|helpful but not required|not required but (?:nice|helpful)|ideally you(?:'ll| will)?(?: also)? have"
        + "|(?:preferred|desirable|bonus) (?:skills|qualifications|experience)(?: and (?:skills|qualifications|experience))?"
        + "|you might also have|an asset|optional|(?:what )?(?:would|will|could|might) (?:make you stand out|set you apart)"
        // "What would help", "What could also help": what helps is not needed.
        + "|(?:what )?(?:would|could|might) (?:also )?help"
        // "Handy to have", "Great to have": one word of praise before "to have" marks extras.
        + "|(?!need |must |required )[a-z]+ to have|(?:how )?to stand out|preferred but not required"
        + "|(?:would be )?beneficial|ideally(?: you(?:'ll)? have)?|advantages?|plus points|extra points|assets|(?:nice |useful )?extras|preferences?"
        + "|we (?:also )?value|we(?:'d| would) (?:also )?(?:love|appreciate|value)(?: to see)?"
        + "|wünschenswert|von vorteil|vorteilhaft|idealerweise(?: bring(?:st du|en sie)(?: noch)? mit)?|(?:ein )?plus|pluspunkte|gerne auch|optional|wünschenswerte? (?:kenntnisse|qualifikationen)"
        + "|schön wäre|(?:das )?wäre (?:schön|toll|super|ein plus)|(?:was )?(?:uns )?(?:besonders )?freuen (?:würde|würden)|nice-to-have"
        + "|(?:c'est |ce serait )?un plus|(?:serait |est )?un atout|atouts?|les (?:petits )?plus|souhaitée?s?|(?:compétences|qualifications|connaissances) souhaitées|apprécié(?:e|s|es)?|idéalement"
        + "|se valorará|(?:se )?valorará positivamente|valorables?|valoramos|deseables?|(?:requisitos|conocimientos) deseables|será un plus|es un plus"
        + "|ce qui fera la différence|(?:lo que |también )?valoramos|(?:requisitos|conocimientos) desead[oa]s|suma(?:rá)? puntos"},
    {Part.REQUIRED, "(?:key |basic |minimum |essential |required |educational )?(?:requirements?|qualifications?)|required(?: skills)?|must[- ]haves?"
        + "|mandatory(?: skills)?|essential(?: criteria| skills(?: and experience)?)?|person specification\\W+essential"
        + "|(?:what|who) (?:we(?:'re| are) looking for|you(?:'ll| will)? need|you bring|we need from you|we ask|we expect|we require)"
        + "|(?:what )?you (?:bring|have|should (?:have|bring)|will need|will have|must have)|you'll have|what we expect|job requirements"
        + "|about you|who you are|(?:your |candidate |desired |required |ideal )?profile|your (?:skills|background|experience|qualifications|requirements)|(?:key |technical |core )?skills(?: and experience| required)?"
        + "|experience required|eligibility(?: criteria)?|who can apply|wat vragen wij.*|candidate profile|skills and qualifications"
        + "|what it takes|you(?:'ll)? need|requirements and skills"
        // "What's needed:", "What is required": the ask in the passive.
        + "|what(?:'s| is) (?:needed|required|expected)(?: of you| from you)?"
        // Academic and public-sector posts: "Selection criteria", "Key selection criteria".
        + "|(?:key |essential )?selection criteria"
        // Boards that list what they ask for under bare labels: "Experience:", "Education:",
        // "License/Certification:", each item marked "(Required)" or "(Preferred)".
        + "|experience|education|licen[cs]es?(?: ?/ ?certifications?)?|certifications?|languages?"
        // "The successful candidate will have", "The ideal candidate will be": the person asked for.
        + "|must[- ]have (?:skills|qualifications|experience)|what you(?:'ll| will) bring|what we need|your skills and experience"
        + "|(?:core |key )?competencies|desired candidate profile|about (?:the )?(?:ideal )?(?:candidate|applicant|person)|(?:the )?(?:successful|ideal|right) (?:candidate|applicant|person)(?:(?: will| should| must)? (?:have|be|possess|bring))?"
        + "|(?:other |additional |further |specific )?requirements(?: specific to the (?:role|post|position))?"
        + "|(?:ihr|dein) profil|(?:das )?bring(?:en sie|st du) mit|was (?:du|sie) mitbring(?:st|en)|(?:du bringst|sie bringen) mit|anforderungen|voraussetzungen"
        + "|anforderungsprofil|qualifikationen?|muss(?:-kriterien|-anforderungen)?|was wir (?:von (?:dir|ihnen) )?erwarten|(?:ihre|deine) (?:qualifikationen?|kenntnisse)"
        + "|das zeichnet (?:dich|sie) aus|unsere anforderungen|was (?:du|sie) brauch(?:st|en)"
        + "|das (?:solltest du|sollten sie) mitbringen|damit überzeug(?:st du|en sie) uns|was wir uns (?:von (?:dir|ihnen) )?wünschen"
        + "|ce que nous attendons(?: de (?:vous|toi))?|le profil(?: idéal| recherché)?|(?:le |la )?candidate? idéale?|qualités requises|savoir-faire|savoir-être"
        + "|lo que (?:necesitas|pedimos)|qué pedimos|(?:conocimientos|competencias)(?: técnic[oa]s)?"
        + "|profil(?: recherché| souhaité| requis)?|votre profil|(?:compétences|qualifications|connaissances) (?:requises|demandées|attendues|techniques)|vous avez|vous êtes"
        + "|exigences|pr[ée]-?requis|ce que nous recherchons|qui êtes-vous|indispensables?|(?:vos )?compétences"
        + "|requisitos(?: mínimos| imprescindibles| indispensables| del puesto)?|buscamos|qué buscamos|lo que buscamos|perfil(?: buscado| requerido)?|tu perfil"
        + "|imprescindibles?|indispensables?|qué necesitas|(?:competencias|conocimientos) requerid[oa]s|requerimos"
        + "|(?:required |key |essential |core |desired )?(?:skills|qualifications|experience)(?: (?:and|&) (?:skills|qualifications|experience"
        + "|knowledge|competencies|abilities))+(?: required)?"},
    {Part.ABOUT, "about (?:us|the company|the job|the team|the internship|[a-z]+)|who we are|what we offer|benefits|perks|salary(?: range)?"
        // "About the programme", "Why Harbourview?", "Why join us": the employer's own story.
        + "|about (?:the |our |this )(?!role|position|post|opportunity|vacancy|candidate|person|applicant)[a-z]+"
        + "|why (?:join |work (?:for |with |at ))?(?!you)[a-z]+"
        + "|compensation|our offer|why join us|overview|company|location|working conditions|work environment|equal opportunit.*|how to apply|selection process"
        // A board's particulars: "Industry Type: IT Services", "Employment Type: Full Time", "Work Location: In person".
        + "|(?:work |job )location|industry(?: type)?|department|(?:employment|job|contract) types?|role category|functional area"
        + "|shift and schedule|schedule|(?:shift |school |office )?timings?|pay(?: range)?|start date|closing date|hours|(?:job )?reference(?: number)?|ref(?: no)?"
        + "|über uns|wer wir sind|wir bieten|(?:das |was )?bieten wir(?: dir| ihnen)?|was wir (?:dir |ihnen )?bieten|unser angebot|deine vorteile|ihre vorteile|kontakt|bewerbung|arbeitsort|standort"
        + "|qui sommes-nous|(?:à|a) propos(?: de nous)?|l'entreprise|(?:ce que )?nous (?:vous )?(?:offrons|proposons)|avantages|rémunération|l'offre|processus de recrutement|lieu|localisation"
        + "|quiénes somos|sobre nosotros|(?:qué |te )?ofrecemos|beneficios|la empresa|condiciones|salario|ubicación|proceso de selección"},
  };
  private record Heading(Part part, Pattern pattern) {}

  private static final List<Heading> HEADINGS = headings();

  // A bullet: a dash or mark, a pictograph ("👉", "✔️", "⭐"), or a number or letter as "1.", "a)",
  // "(b)", "(iii)".
  private static final Pattern BULLET = Pattern.compile(
      "^\\s*(?:[-*•·–→▪◦>»►➢✓✔■○]\\x{FE0F}?|[\\p{So}\\p{Cs}\\x{FE0F}\\x{200D}]+|\\d{1,2}[.)]|[a-z][.)]|\\((?:\\d{1,2}|[a-z]|[ivx]{1,4})\\))\\s+");
  private static final Pattern LABEL = Pattern.compile("^\\s*(\\p{L}[^:]{1,48}?)\\s*[:：]\\s*(.*)$");
  private static final Pattern PARENTHESES = Pattern.compile("\\([^)]*\\)");
  private static final Pattern OPTIONAL_SENTENCE = Pattern.compile(
      "(?iu)\\b(?:would be (?:a |an )?(?:\\w+ )?(?:bonus|plus|advantage|nice|great)|(?:is|are) (?:a |an )?(?:\\w+ )?(?:bonus|plus|advantage|asset)"
          + "|bonus points?|an advantage|advantageous|a (?:big |real |definite )?(?:bonus|plus)"
          + "|nice to have|an added advantage|preferred|desirable|good to have|not required|not essential|helpful but|welcome but|optional"
          // "We'd love it if you have played with Framer …, but neither is needed on day one."
          + "|(?:is|are) not (?:needed|necessary)|neither is (?:needed|necessary|required)|we(?:'d| would) love (?:it )?if|even better if"
          + "|von vorteil|wünschenswert|idealerweise|(?:wäre|ist) (?:ein )?plus|gerne gesehen|schön wäre|wäre schön"
          + "|(?:serait|est|sera) (?:un )?(?:plus|atout)|un plus|un atout|souhaitée?s?|appréciée?s?"
          + "|se valorar(?:á|a)|valorable|deseable|(?:será|es) un plus)\\b");
  private static final Pattern OPTIONAL_ASIDE = Pattern.compile(
      "(?i)\\(\\s*(?:preferred|desirable|desired|optional|nice to have|a plus|bonus|good to have|advantageous)\\s*\\)");
  // "Forklift Certification (Required)", "Warehouse supervision: 2 years (Required)": boards that
  // mark each item.
  static final Pattern REQUIRED_ASIDE = Pattern.compile("(?i)\\(\\s*(?:required|essential|mandatory|must(?: have)?)\\s*\\)");
  private static final Pattern REQUIRED_SENTENCE = Pattern.compile(
      "(?iu)\\b(?:must|required|essential|mandatory|we(?:'d| would) like you to have|you should have|you need|you will need"
          + "|at least \\d|minimum(?: of)? \\d|we expect|expect you to|you should be"
          + "|mindestens \\d|erforderlich|vorausgesetzt|setzen (?:wir )?voraus|zwingend|(?:du hast|sie haben|du bringst|sie bringen|du beherrschst|sie beherrschen)"
          + "|au moins \\d|indispensable|obligatoire|exigée?s?|requise?s?|vous (?:avez|êtes|maîtrisez|possédez|disposez)"
          + "|al menos \\d|imprescindible|indispensable|es necesario|se requiere|requerid[oa]s?|buscamos)\\b");

  private static final String CLAUSE_END = ".!?;";

  private final List<Line> lines;
  private final Map<Integer, Part> clauseParts = new HashMap<>();

  private PostingOutline(List<Line> lines) {
    this.lines = List.copyOf(lines);
  }

  /** Outlines {@code normalisedText} (see {@link TextAnalysis#normalise}). */
  static PostingOutline of(String normalisedText) {
    List<Line> out = new ArrayList<>();
    Part region = Part.NEUTRAL;
    boolean underHeading = false;
    // The parts a table's header row gave its columns ("Criteria⇥Essential⇥Desirable"), until the
    // table ends; null outside such a table.
    Part[] columns = null;
    // Whether the line before opened a list of requirements, nice-to-haves or duties.
    boolean afterListHeading = false;
    // Whether the line before was one short sentence of its own.
    boolean afterShortSentence = false;
    int offset = 0;
    String[] raws = normalisedText.split("\n", -1);
    for (int index = 0; index < raws.length; index++) {
      String raw = raws[index];
      int start = offset;
      offset += raw.length() + 1;
      String line = raw.strip();
      if (line.isEmpty()) {
        continue;
      }
      // "Thanks,", "Kind regards": a posting sent as an e-mail ends with its sender, who is no item.
      if (SIGN_OFF.matcher(line).matches()) {
        region = Part.ABOUT;
        underHeading = false;
        continue;
      }
      boolean firstUnderHeading = afterListHeading;
      afterListHeading = false;
      if (line.indexOf('\t') < 0) {
        columns = null;
      } else {
        Part[] header = columnParts(line.split("\t", -1));
        if (header != null) {
          columns = header;
          continue;
        }
        if (columns != null) {
          cells(raw, start, columns, out);
          continue;
        }
      }
      // A row of a table copied as text: its first cell is the item, up to the first tab, and a
      // later cell may say whether it is asked for.
      Part row = line.indexOf('\t') > 0 ? rowPart(line.split("\t+")) : null;
      if (row != null) {
        int firstCell = raw.indexOf(line) + line.indexOf('\t');
        out.add(new Line(start, start + firstCell, row, true, line.substring(0, line.indexOf('\t')).strip()));
        continue;
      }
      Matcher mark = BULLET.matcher(line);
      boolean bullet = mark.find();
      String body = mark.replaceFirst("");
      // "🔧 What you'll do": a pictograph also opens headings.
      // A line that is no item and opens a list of items is set as a heading, whatever its case:
      // "Essential experience", "It would be an advantage to have", then bullets.
      Boolean nextBullet = null;
      if (!bullet) {
        nextBullet = nextIsBullet(raws, index);
      }
      Part heading = bullet && !PICTOGRAPH.matcher(mark.group()).find() ? null
          : heading(bullet ? body : line, firstUnderHeading, nextBullet == Boolean.TRUE);
      // "2. Educational Qualification" then a paragraph: a numbered section of a notice, whose
      // name a heading pattern knows, is a heading; an item of a numbered list is followed by another.
      if (heading == null && bullet && NUMBERED.matcher(mark.group()).find() && !body.matches(".*[.;,]$")
          && body.split("\\s+").length <= 5 && !nextIsBullet(raws, index)) {
        heading = classify(body.replaceAll("[:：]$", ""));
      }
      if (heading != null) {
        region = heading;
        underHeading = true;
        afterShortSentence = false;
        afterListHeading = heading != Part.ABOUT && heading != Part.NEUTRAL;
        continue;
      }
      Matcher label = LABEL.matcher(body);
      if (label.matches()) {
        Part labelled = classify(label.group(1));
        if (labelled != null && !label.group(2).isBlank()) {
          out.add(new Line(start, start + raw.length(), labelled, true, label.group(2).strip()));
          continue;
        }
      }
      boolean item = bullet || underHeading && (body.split("\\s+").length <= 12 && !body.endsWith(".") || shortPieces(body));
      // "Grade III certification.", then "Wastewater treatment certification.": short sentences on
      // lines of their own, one after another, are a list set without bullets.
      boolean shortSentence = !bullet && underHeading && shortSentence(line);
      item |= shortSentence && (afterShortSentence || nextIsShortSentence(raws, index));
      afterShortSentence = shortSentence;
      if (!item && (region == Part.REQUIRED || region == Part.PREFERRED) && body.equals(line) && SENTENCE_END.matcher(line).find()) {
        // "We supply a fully stocked van … Call Dean or apply below.": a paragraph after the list
        // in the employer's voice, not the candidate's, closes the list; its sentences are no items.
        if (EMPLOYER_VOICE.matcher(line).find() && !CANDIDATE_VOICE.matcher(line).find()) {
          region = Part.ABOUT;
          out.add(new Line(start, start + raw.length(), region, false, body));
          continue;
        }
        sentences(raw, start, region, out);
        continue;
      }
      out.add(new Line(start, start + raw.length(), region, item, body));
    }
    return new PostingOutline(listsByTheirItems(out));
  }

  // What an item asks of the candidate: "3+ years of …", "knowledge of …", "a degree in …".
  private static final Pattern ASK = Pattern.compile(
      "(?i)\\b(?:experience[ds]?|knowledge|degree|diploma|years?|familiar(?:ity)?|proficien(?:t|cy)|skills?|must|certificat\\w*"
          + "|licen[cs]e[ds]?|qualifi\\w+|understanding|ability to|able to|fluen(?:t|cy)|background in|track record)\\b");
  // What an item says the holder will do: it opens with a verb's "-ing" form ("Writing drivers …").
  private static final Pattern DUTY = Pattern.compile("^\\p{Lu}\\p{Ll}{2,}ing\\b");

  /**
   * A list under a heading no pattern knew ("How you'll spend your time", "The person") is told
   * by its items: most of them asking for experience, knowledge or a qualification make it
   * requirements; most of them opening with what the holder will be doing make it duties.
   */
  private static List<Line> listsByTheirItems(List<Line> lines) {
    List<Line> out = new ArrayList<>(lines);
    int i = 0;
    while (i < out.size()) {
      int end = i;
      while (end < out.size() && out.get(end).part() == Part.NEUTRAL && out.get(end).listItem()) {
        end++;
      }
      if (end - i >= 3) {
        int asks = 0;
        int duties = 0;
        for (int k = i; k < end; k++) {
          asks += ASK.matcher(out.get(k).body()).find() ? 1 : 0;
          duties += DUTY.matcher(out.get(k).body()).find() ? 1 : 0;
        }
        int n = end - i;
        Part part = 3 * asks >= 2 * n && duties * 3 < n ? Part.REQUIRED : 3 * duties >= 2 * n ? Part.DUTIES : null;
        for (int k = i; part != null && k < end; k++) {
          Line l = out.get(k);
          out.set(k, new Line(l.start(), l.end(), part, true, l.body()));
        }
      }
      i = Math.max(end, i + 1);
    }
    return out;
  }

  private static final Pattern SIGN_OFF = Pattern.compile(
      "(?i)(?:(?:many |kind |best |warm |with )?(?:thanks|thank you|regards|wishes)|best|cheers|sincerely|yours(?: sincerely| truly)?)[,.!]?");
  private static final Pattern EMPLOYER_VOICE = Pattern.compile("(?i)\\b(?:we|our|us)\\b");
  private static final Pattern CANDIDATE_VOICE = Pattern.compile("(?i)\\b(?:you|your|you're|you've|candidates?|applicants?)\\b");
  private static final Pattern NUMBERED = Pattern.compile("^\\s*\\d{1,2}[.)]");
  // A sentence ends at ".", "!" or "?" before a space and a capital.
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s+[\\p{Lu}\\d\"'(])");

  /** Whether {@code line} is one sentence of at most ten words, closed by a full stop. */
  private static boolean shortSentence(String line) {
    return line.endsWith(".") && !SENTENCE_END.matcher(line).find() && line.split("\\s+").length <= 10
        && !BULLET.matcher(line).find();
  }

  /** Whether the next line with text after {@code index} is one short sentence of its own. */
  private static boolean nextIsShortSentence(String[] raws, int index) {
    for (int i = index + 1; i < raws.length; i++) {
      String next = raws[i].strip();
      if (!next.isEmpty()) {
        return shortSentence(next);
      }
    }
    return false;
  }

  /** Whether the next line with text after {@code index} is an item with a bullet or number. */
  private static boolean nextIsBullet(String[] raws, int index) {
    for (int i = index + 1; i < raws.length; i++) {
      String next = raws[i].strip();
      if (!next.isEmpty()) {
        return BULLET.matcher(next).find();
      }
    }
    return false;
  }

  /**
   * A paragraph of requirements or nice-to-haves, as its sentences: "Confident cash handling. Warm
   * customer service. FOODSAFE Level 1 certificate." is a list set as prose, and a short sentence
   * is an item of it as much as a bulleted line is. A line of one sentence stays as it was.
   */
  private static void sentences(String raw, int start, Part region, List<Line> out) {
    Matcher end = SENTENCE_END.matcher(raw);
    int from = 0;
    while (from < raw.length()) {
      int to = end.find() ? end.end() : raw.length();
      String sentence = raw.substring(from, to);
      String body = sentence.strip();
      if (!body.isEmpty()) {
        int at = start + from + sentence.indexOf(body);
        String words = body.replaceAll("[.!?]+$", "");
        out.add(new Line(at, at + body.length(), region, words.split("\\s+").length <= 6, body));
      }
      from = to;
      if (to == raw.length()) {
        break;
      }
    }
  }

  private static final Pattern PICTOGRAPH = Pattern.compile("[\\p{So}\\p{Cs}]");
  private static final Pattern HEADER_CELL = Pattern.compile(
      "(?i)(?:skills?|criteria|criterion|requirements?|qualifications?|competenc(?:y|ies)|attributes?|areas?|items?)");
  private static final Pattern ROW_REQUIRED = Pattern.compile("(?i)yes|required|essential|mandatory|must(?: have)?");
  private static final Pattern ROW_PREFERRED = Pattern.compile(
      "(?i)(?:no\\s*[–—,:-]?\\s*)?(?:desirable|preferred|optional|nice to have|advantageous|an advantage)|no");

  /**
   * The part a row of a table copied as text says it is in ("Fleet management⇥Experienced⇥Yes",
   * "PhD in Computer Science⇥Essential⇥Application"), from a later cell that says whether the row
   * is asked for; null when no cell says so, as in a header row ("Criteria⇥Essential/Desirable").
   */
  private static Part rowPart(String[] cells) {
    if (HEADER_CELL.matcher(cells[0].strip()).matches()) {
      return null;
    }
    for (int i = 1; i < cells.length; i++) {
      String cell = cells[i].strip().replaceAll("[.!]+$", "");
      if (ROW_REQUIRED.matcher(cell).matches()) {
        return Part.REQUIRED;
      }
      if (ROW_PREFERRED.matcher(cell).matches()) {
        return Part.PREFERRED;
      }
    }
    return null;
  }

  // A cell that ticks its column: "X", "✓", "Yes".
  private static final Pattern TICK = Pattern.compile("(?i)x|yes|y|[✓✔☑•●*]\\x{FE0F}?");

  /**
   * The parts of a table's columns when {@code cells} is its header row: a first cell that names
   * the rows ("Criteria", "Attribute") and later cells that name parts, at least one asking
   * ("Essential") and one not ("Desirable"); null for any other row. A header with one column for
   * both ("Essential/Desirable") is left to {@link #rowPart}.
   */
  private static Part[] columnParts(String[] cells) {
    Part[] parts = new Part[cells.length];
    boolean required = false;
    boolean preferred = false;
    for (int i = 1; i < cells.length; i++) {
      String cell = cells[i].strip();
      parts[i] = cell.isEmpty() || cell.split("\\s+").length > 3 ? null : classify(cell);
      required |= parts[i] == Part.REQUIRED;
      preferred |= parts[i] == Part.PREFERRED;
    }
    return required && preferred ? parts : null;
  }

  /**
   * A row under a header that gave its columns parts. A row that ticks a column ("Writing SQL⇥X⇥")
   * is its first cell, in that column's part; a row that writes its items into the columns
   * ("Experience⇥Acute care⇥IV therapy") gives each cell the part of its column, and its first
   * cell, which only names the kind of item, belongs to none.
   */
  private static void cells(String raw, int start, Part[] columns, List<Line> out) {
    String[] cells = raw.split("\t", -1);
    int[] from = new int[cells.length];
    for (int i = 1; i < cells.length; i++) {
      from[i] = from[i - 1] + cells[i - 1].length() + 1;
    }
    for (int i = 1; i < cells.length && i < columns.length; i++) {
      if (columns[i] != null && TICK.matcher(cells[i].strip()).matches()) {
        String item = cells[0].strip();
        out.add(new Line(start + raw.indexOf(item), start + raw.indexOf(item) + item.length(), columns[i], true, item));
        return;
      }
    }
    for (int i = 1; i < cells.length && i < columns.length; i++) {
      String item = cells[i].strip();
      if (columns[i] != null && !item.isEmpty()) {
        int at = start + from[i] + cells[i].indexOf(item);
        out.add(new Line(at, at + item.length(), columns[i], true, item));
      }
    }
  }

  /** Whether {@code body} is a list set on one line: "Acupuncture certification; Pilates instructor qualification." */
  private static boolean shortPieces(String body) {
    if (body.indexOf(';') < 0) {
      return false;
    }
    for (String piece : body.replaceAll("[.!]+$", "").split(";")) {
      if (piece.isBlank() || piece.strip().split("\\s+").length > 4) {
        return false;
      }
    }
    return true;
  }

  /** The lines with text, in order. */
  List<Line> lines() {
    return lines;
  }

  /** The line holding the character at {@code offset}, or null for a heading or blank line. */
  Line lineAt(int offset) {
    int low = 0;
    int high = lines.size() - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      Line l = lines.get(mid);
      if (offset < l.start()) {
        high = mid - 1;
      } else if (offset >= l.end()) {
        low = mid + 1;
      } else {
        return l;
      }
    }
    return null;
  }

  /**
   * In prose, a sentence may say more than its line: "Experience with Celery would be a bonus"
   * inside a paragraph that otherwise lists requirements. The part of the sentence around {@code
   * offset}, within {@code line}.
   */
  Part partAt(String normalisedText, int offset) {
    Line line = lineAt(offset);
    if (line == null) {
      return Part.NEUTRAL;
    }
    // A sentence or clause may say more than its line: "Go or Python; Kafka is a plus".
    int from = offset;
    while (from > line.start() && CLAUSE_END.indexOf(normalisedText.charAt(from - 1)) < 0) {
      from--;
    }
    int to = offset;
    while (to < line.end() && CLAUSE_END.indexOf(normalisedText.charAt(to)) < 0) {
      to++;
    }
    int end = to;
    // Tokens of one clause share its cue: judge each clause once.
    return clauseParts.computeIfAbsent(from, f -> cue(normalisedText.substring(f, end), line.part()));
  }

  /** The part of one sentence or clause found in {@code region}: its own words may say more. */
  static Part cue(String sentence, Part region) {
    // "Redis (preferred)" marks its item; "CCNA (CCNP preferred)" qualifies another one.
    if (OPTIONAL_ASIDE.matcher(sentence).find()) {
      return Part.PREFERRED;
    }
    if (REQUIRED_ASIDE.matcher(sentence).find()) {
      return Part.REQUIRED;
    }
    String outside = PARENTHESES.matcher(sentence).replaceAll("");
    if (OPTIONAL_SENTENCE.matcher(outside).find()) {
      return Part.PREFERRED;
    }
    if (REQUIRED_SENTENCE.matcher(outside).find() && (region == Part.NEUTRAL || region == Part.DUTIES)) {
      return Part.REQUIRED;
    }
    return region;
  }

  /** The part a heading line starts, or null when the line is no heading. */
  private static Part heading(String line, boolean firstUnderHeading, boolean beforeList) {
    String text = line.replaceAll("[#*_]", "").strip();
    if (text.isEmpty() || text.length() > 90 || text.split("\\s+").length > 12) {
      return null;
    }
    boolean colon = text.endsWith(":") || text.endsWith("：");
    String name = text.replaceAll("[:：]$", "").strip();
    if (text.length() > 70 || text.split("\\s+").length > 8) {
      return leadIn(name, colon);
    }
    if (!colon && name.endsWith(".")) {
      return null;
    }
    Part part = classify(name);
    if (part == null && leadIn(name, colon) != null) {
      return Part.PREFERRED;
    }
    // A line told a heading by its words alone must look like one: a colon after it, or its
    // words capitalised ("Principal Duties"), so that an item of a list without bullets
    // ("Strong SQL skills") stays an item.
    // Words only: "Mandatory Skills: AWS, Terraform" and "Qualification - B.Com" are labels with their items.
    boolean wordsOnly = name.matches("[\\p{L}'’&/, -]+") && !name.matches(".*\\s[-–]\\s.*");
    // "Added advantage:" then "Knowledge of Hindi": the first line under a heading is its first
    // item, even when its words alone would make a heading.
    return part != null || !wordsOnly || !(colon || capitalised(name) || beforeList) || firstUnderHeading && !colon && !beforeList
        ? part : fromWords(name, beforeList ? 8 : 6);
  }

  /**
   * "It is desirable that the candidate also has:": a sentence that opens a list and says of its
   * items that they are extras; null for any other line.
   */
  private static Part leadIn(String name, boolean colon) {
    return colon && !name.contains(":") && OPTIONAL_SENTENCE.matcher(name).find() ? Part.PREFERRED : null;
  }

  private static Part classify(String name) {
    // "Desirable (not required)", "Skills (must have)": the aside explains the name, it is not part of it.
    String key = name.replaceAll("\\s*\\([^)]*\\)", " ").toLowerCase(Locale.ROOT).replace('’', '\'').replace("&", " and ").replaceAll("[^\\p{L}0-9' /–-]", " ")
        .replaceAll("\\s+", " ").strip();
    // "Here's what you'll need", "So, what will set you apart": a lead-in before the heading's name.
    // "As a Sales Associate, you will": the role named before the heading's own words.
    key = key.replaceAll("^as an? [\\p{L} ]{2,40}? (?=you )", "");
    key = key.replaceAll("^(?:here's |here is |so |and |now )", "").replaceAll("^(?:the |our |your ideal |ideal )", "");
    // "Qualifications – Essential", "Experience - desirable": the last word says which part.
    Matcher suffix = Pattern.compile("^.{2,40}?\\s[–-]\\s(essential|desirable|required|preferred)$").matcher(key);
    if (suffix.matches()) {
      key = suffix.group(1);
    }
    for (Heading h : HEADINGS) {
      if (h.pattern().matcher(key).matches()) {
        return h.part();
      }
    }
    return CONDITIONAL_EXTRA.matcher(key).matches() ? Part.PREFERRED : null;
  }

  // A heading no pattern names is told by its words: "Knowledge, Skills and Abilities", "Candidate
  // Requirements", "Extra points for", "Principal Duties", "Perks & Benefits". Only for headings
  // set on their own line; an inline label needs a pattern ("Knowledge base: Confluence").
  private static final Pattern WORDS_ABOUT = Pattern.compile(
      "(?i)\\b(?:benefits|perks|physical (?:requirements|demands)|working conditions|work environment|compensation)\\b");
  private static final Pattern WORDS_PREFERRED = Pattern.compile(
      "(?i)\\b(?:preferred|desirable|desired|nice|bonus|plus|pluses|ideally|good[- ]to[- ]have|helpful|advantage|advantageous|extra|brownie|optional)\\b");
  private static final Pattern WORDS_DUTIES = Pattern.compile(
      "(?i)\\b(?:duties|responsibilities|tasks|accountabilities|day[- ]to[- ]day)\\b");
  private static final Pattern WORDS_REQUIRED = Pattern.compile(
      "(?i)\\b(?:requirements?|required|qualifications?|skills|experience|competenc(?:y|ies)|knowledge|abilities|criteria"
          + "|profile|candidate|must|need|bring|essential|mandatory|eligibility|fit|look(?:ing)? for|seek(?:ing)?)\\b");
  // "Job Summary", "Role overview", "The Opportunity", "Purpose of the role": a description of the
  // post, which ends the part before it.
  private static final Pattern WORDS_NEUTRAL = Pattern.compile(
      "(?i)(?:the )?(?:job |position |role )?(?:summary|overview|description|purpose)(?: of the (?:role|job|post|position))?"
          + "|(?:main |key )?purpose of the (?:role|job|post|position)|the opportunity|additional information");

  /** Whether every word of four letters or more starts with a capital: "Knowledge, Skills and Abilities". */
  private static boolean capitalised(String name) {
    for (String w : name.split("[\\s/&,]+")) {
      if (w.length() >= 4 && Character.isLetter(w.charAt(0)) && !Character.isUpperCase(w.charAt(0))) {
        return false;
      }
    }
    return true;
  }

  /** The part a heading's words tell, or null. */
  private static Part fromWords(String heading, int most) {
    if (heading.split("\\s+").length > most) {
      return null;
    }
    String h = heading.replaceAll("\\s*\\([^)]*\\)", " ").strip();
    if (WORDS_ABOUT.matcher(h).find()) {
      return Part.ABOUT;
    }
    if (WORDS_PREFERRED.matcher(h).find()) {
      return Part.PREFERRED;
    }
    if (WORDS_DUTIES.matcher(h).find()) {
      return Part.DUTIES;
    }
    if (WORDS_REQUIRED.matcher(h).find()) {
      return Part.REQUIRED;
    }
    return WORDS_NEUTRAL.matcher(h).matches() ? Part.NEUTRAL : null;
  }

  // "It's a plus if you have", "Even better if you also know", "Would be a bonus", "It helps if
  // you have": a heading phrased as a condition announces extras, whatever its wording around the cue.
  private static final Pattern CONDITIONAL_EXTRA = Pattern.compile(
      "(?:(?:it(?:'s| is| would be| will be)?|would be|will be|also|and)\\s+)*(?:a |an )?(?:big |real |huge |definite )?"
          + "(?:plus|bonus|great|nice|lovely|ideal|good|brilliant|an? advantage|added advantage|asset|helpful|useful|helps|even better)(?: points?)?"
          + "(?: if\\b.*)?");

  private static List<Heading> headings() {
    List<Heading> out = new ArrayList<>();
    for (Object[] h : HEADING_PATTERNS) {
      out.add(new Heading((Part) h[0], Pattern.compile("(?:" + h[1] + ")(?: / .*)?")));
    }
    return List.copyOf(out);
  }
}
