package org.createyourresume.ats.match;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.createyourresume.ats.parse.TextLanguage;

/**
 * Reads the job title from a posting: the role's name alone, without what postings wrap around it
 * ("We're hiring:", the team after a comma, the place, the batch, a seniority range, bracketed
 * notes, or the rest of a sentence: "a Java Backend Developer to design, build…").
 */
final class JobTitleReader {

  private static final Pattern LABEL = Pattern.compile(
      "(?im)^\\s*(?:job title|title|position|role|job role|designation|vacancy|opening|post)\\s*[:\\-–]\\s*(.{3,100})$");
  private static final Pattern LOOKING_FOR = Pattern.compile(
      "(?iu)(?:looking for|hiring|seeking|search of|join us as|join (?:our|the) [\\w ]{0,30}?team as|recruiting|invited for|vacancy for"
          + "|wir suchen|suchen wir|nous (?:recherchons|recrutons)|recherchons|recrutons|buscamos|se busca|precisamos"
          // "Spedition Wagner sucht ab sofort einen …", "Maison Verdier recrute son …", "Grupo Ebro busca un/a …"
          + "|\\b(?-i:sucht|recrute|busca)(?:\\s+(?:ab sofort|zum nächstmöglichen zeitpunkt))?)\\s+"
          + "(?:an?|the|our|eine?n?(?:/n|\\*n|:n)?|une?|un\\(e\\)|un/?e|una?|un/a|una/o|son|sa)?\\s*"
          + "(?:(?:experienced|talented|motivated|enthusiastic|passionate|skilled)\\s+)?"
          + "((?-i:\\p{Lu})[\\p{L}\\p{N}+#./&'-]*\\s?(?:(?-i:\\p{Lu})[\\p{L}\\p{N}+#./&'-]*\\s?|(?:of|in|and|&|de|del|des|du|la|en)\\s){0,7})");
  private static final Pattern HIRING_PREFIX = Pattern.compile(
      "(?i)^(?:we(?:'re|’re| are) (?:hiring|recruiting)(?: for)?|now hiring|(?:urgent(?:ly)?\\s+)?(?:hiring|openings?|requirement|vacancy|vacancies)(?: now)?(?:\\s+for)?"
          + "|job (?:opening|opportunity|vacancy)(?:\\s+for)?|new role|walk-?in (?:drive|interview)s?(?:\\s+for)?"
          // "Recruitment of Engineer Trainees through GATE": a public employer's notice names the post in the plural.
          + "|recruitment (?:of|for)"
          // "Wir suchen eine/n", "Nous recrutons un(e)", "Buscamos": the same announcement in German, French, Spanish
          + "|(?:wir suchen|wir stellen ein|nous (?:recherchons|recrutons)|on recrute|buscamos|se busca|se necesita|oferta de empleo|stellenangebot|offre d'emploi)"
          + "(?:\\s+(?:ab sofort|zum nächstmöglichen zeitpunkt))?(?:\\s+(?:eine?n?(?:/n|\\*n|:n)?|une?|un\\(e\\)|un/?e|un·e|una?|un/a|una/o)(?=\\s))?)\\s*[:!\\-–—]?\\s*");
  // "Qualified Dental Nurse", "Experienced Chef": praise of the holder, not part of the role's name.
  private static final Pattern PRAISE = Pattern.compile(
      "(?i)^(?:qualified|experienced|talented|motivated|enthusiastic|passionate|skilled|dedicated|dynamic|caring)\\s+(?=\\p{L})");
  private static final Pattern SEGMENT_BREAK = Pattern.compile("\\s+[|–—@·•]\\s+|\\s+-\\s+|\\s*\\|\\s*|,\\s+|\\s+@\\s*|\\s+at\\s+(?=[A-Z])");
  private static final Pattern BRACKETS = Pattern.compile("\\s*[(\\[][^)\\]]*[)\\]]");
  private static final Pattern SENIORITY_RANGE = Pattern.compile(
      "(?i)^(?:junior|mid|mid-level|intermediate|senior|staff|lead|principal)(?:\\s*[/–-]\\s*|\\s+to\\s+)"
          + "(?:junior|mid|mid-level|senior|staff|lead|principal)(?:\\s+level)?\\s+");
  // "Campus Hiring 2026: Associate Software Engineer", "Opportunity: …": a label before a colon
  // that names no role is the board's wrapping, not part of the title.
  private static final Pattern LEAD_LABEL = Pattern.compile("^([^:]{2,40}):\\s+(?=\\S)");
  // "SOC Analyst L2", "Support Engineer (Level 1)": the level is not the role.
  // "Technicien support N1/N2", "IT-Support Mitarbeiter 1st- und 2nd-Level": the support level too.
  private static final Pattern LEVEL = Pattern.compile("(?i)\\s+(?:L[1-4](?:\\s*/\\s*L?[1-4])?|tier\\s*[1-4]|N[1-3](?:\\s*/\\s*N?[1-3])?|level\\s+[1-4I]+"
      + "|(?:[1-3](?:st|nd|rd)|first|second|third)(?:-?\\s*(?:(?:and|und|&|/)\\s*)?[1-3](?:st|nd|rd))?-?\\s*level(?:[-\\s]support)?)$"
      + "|(?<=\\p{L}{3})\\s+(?-i:I{1,3}|IV)$"
      // "Transportation Engineer 2": a public employer's grade in figures.
      + "|(?<=\\p{L}{3})\\s+[1-4]$");
  // "1st/2nd Line IT Support Technician", "Tier 2 Analyst", "Band 6 Diagnostic Radiographer": the
  // support line, tier or pay band before the role is not part of its name either.
  private static final Pattern LEADING_LEVEL = Pattern.compile(
      "(?i)^(?:(?:[1-3](?:st|nd|rd)(?:\\s*(?:/|&|and|or|-)\\s*[1-3](?:st|nd|rd))?|first|second|third)[-\\s]+line"
          + "|tier\\s*[1-4](?:\\s*/\\s*[1-4])?|(?:nhs\\s+)?(?:band|grade)\\s*[1-9][a-d]?"
          // "Part-Time Bank Teller", "Temporary Warehouse Operative": the hours or the term of the
          // contract before the role, which the posting repeats in its particulars.
          + "|(?:part|full)[-\\s]?time|temporary|permanent|seasonal|fixed[-\\s]term)\\s+(?=\\p{L})");
  private static final Pattern TAIL = Pattern.compile(
      "\\s+(?:to|for|who|with|that|which|based|needed|wanted|required|responsible|on|from|within|across|join|will|through|via"
          // "Paralegal opening", "Staff Nurse vacancy": the announcement after the role.
          + "|(?i:openings?|vacanc(?:y|ies)|position|opportunity)(?=\\s*$)"
          + "|für|bei|mit|zur|zum|ab|(?i:in (?:vollzeit|teilzeit|voll-|teil-|festanstellung|festeinstellung)|vollzeit|teilzeit)|pour|chez|au sein|afin|qui|para|con|que"
          // "Data Analyst en alternance", "Comercial sector alimentación": the contract or sector, not the role
          + "|(?i:en (?:alternance|stage|apprentissage|cdi|cdd|prácticas|remoto|télétravail)|sector|secteur|im bereich|(?:in der|im) (?:branche|sektor)))(?![\\p{L}]).*$");
  // "(m/w/d)" has gone with the brackets; "Chef de projet IT H/F", "Entwickler m/w/d" remain.
  private static final Pattern GENDER = Pattern.compile("(?i)\\s+[mwdfhx]\\s*/\\s*[mwdfhx](?:\\s*/\\s*[mwdfhx])?(?![\\p{L}])");
  // Contract and hours after the role: "CDI", "Temps plein", "Jornada completa", "100 %".
  private static final Pattern CONTRACT = Pattern.compile(
      "(?iu)\\s+(?:cdi|cdd|(?:part|full)[-\\s]?time|temps (?:plein|partiel)|(?:a |de )?(?:media jornada|jornada (?:completa|parcial|intensiva))|vollzeit|teilzeit|\\d{2,3}\\s*%|festanstellung|befristet|indefinido"
          + "|ab sofort|(?:100\\s*%\\s*)?(?:remote|remoto|hybrid|hybride|híbrido|télétravail))$");
  // "Referent/in", "Entwickler*in", "Berater:innen": the feminine ending of a German role is not
  // part of its name, as "(m/w/d)" is not.
  private static final Pattern GERMAN_FEMININE = Pattern.compile(
      "(?<=\\p{Ll})(?:/-?|\\*|:|_)in(?:nen)?(?![\\p{L}])|(?<=mann)\\s*/\\s*-?\\s*(?:\\p{Ll}*frau)(?![\\p{L}])");
  // "Chargé de clientèle à Lyon", "Técnico/a de Administración en Madrid": a place after the role
  // in French, Spanish and German, unless its words are a field the vocabulary knows ("en Marketing").
  private static final Pattern PLACE = Pattern.compile("\\s+(à|en|in)\\s+(\\p{Lu}[\\p{L}'’-]+(?:[\\s-]\\p{Lu}[\\p{L}'’-]+)?)$");
  // "Ingeniero/a en Informática", "Technicien en Électronique", "Fachkraft in Informatik": after
  // "en" or "in" a word with the ending of a field of study is the field, not a place.
  private static final Pattern FIELD_ENDING = Pattern.compile("(?iu)(?:ción|sión|ica|ía|ique|ie|ik|ung|ismus|ismo)$");
  private static final Set<String> TITLE_WORDS = Set.of(
      "engineer", "developer", "manager", "analyst", "designer", "scientist", "administrator", "architect",
      "consultant", "specialist", "technician", "coordinator", "director", "lead", "intern", "officer",
      "assistant", "accountant", "lecturer", "professor", "researcher", "representative", "executive",
      "associate", "nurse", "teacher", "writer", "editor", "owner", "programmer", "tester", "recruiter",
      "marketer", "strategist", "trainee", "apprentice", "partner", "pharmacist", "counsellor", "counselor",
      "master", "head", "controller", "clerk", "advisor", "adviser", "therapist", "physician", "doctor",
      "agent", "supervisor", "operator", "fellow", "tutor", "instructor", "planner", "buyer", "chef",
      "driver", "secretary", "receptionist", "auditor", "economist", "librarian", "paralegal", "lawyer",
      "solicitor", "surveyor", "hygienist", "midwife", "psychologist", "dentist", "veterinarian", "postdoc",
      "president", "vp", "cto", "cfo", "ceo", "steward", "technologist", "estimator", "inspector", "generalist",
      "candidate", "student", "scholar", "cashier", "carer", "caregiver", "worker", "attendant", "mechanic",
      "electrician", "plumber", "welder", "machinist", "cook", "baker", "barista", "bartender", "housekeeper",
      "cleaner", "guard", "courier", "pilot", "physiotherapist", "radiographer", "sonographer", "paramedic",
      "phlebotomist", "optometrist", "dietitian", "nutritionist", "aide", "producer", "photographer", "illustrator",
      "animator", "artist", "journalist", "reporter", "translator", "interpreter", "curator", "archivist",
      "advocate", "broker", "underwriter", "actuary", "banker", "trader", "teller", "investigator", "dean",
      "registrar", "coach", "trainer", "educator", "founder", "sdr", "bdr", "practitioner", "handler", "principal", "headteacher",
      "superintendent",
      // "Warehouse Operative", "Hospital Porter": British names of hands-on roles.
      "operative", "porter", "labourer", "laborer", "picker", "packer",
      // "Medical Coder", "Medical Biller"; Indian school posts are named by grade: PGT (post-graduate),
      // TGT (trained graduate) and PRT (primary) teacher, as in "PGT Chemistry".
      "coder", "biller", "scribe", "pgt", "tgt", "prt",
      // "Legal Counsel", "General Counsel": a lawyer's role.
      "counsel");
  private static final Set<String> ROMANCE_TITLE_WORDS = Set.of(
      "développeur", "développeuse", "ingénieur", "ingénieure", "chef", "cheffe", "responsable", "commercial", "commerciale",
      "infirmier", "infirmière", "professeur", "professeure", "enseignant", "enseignante", "technicien", "technicienne",
      "chargé", "chargée", "consultante", "directeur", "directrice", "gestionnaire", "comptable", "vendeur", "vendeuse",
      "conseiller", "conseillère", "stagiaire", "alternant", "alternante", "analyste", "architecte", "administrateur",
      "administratrice", "juriste", "auxiliaire", "éducateur", "éducatrice", "animateur", "animatrice", "formateur",
      "formatrice", "chercheur", "chercheuse", "doctorant", "doctorante", "médecin", "pharmacien", "pharmacienne", "apprenti",
      "aide-soignant", "aide-soignante", "soignant", "soignante", "opérateur", "opératrice", "acheteur", "acheteuse",
      "desarrollador", "desarrolladora", "ingeniero", "ingeniera", "jefe", "jefa", "enfermero", "enfermera", "enfermeroa",
      "profesor", "profesora", "docente", "maestro", "maestra", "técnico", "técnica", "vendedor", "vendedora", "consultor",
      "consultora", "directora", "gerente", "analista", "administrativo", "administrativa", "becario", "becaria",
      "programador", "programadora", "coordinadora", "asesor", "asesora", "contable", "abogado", "abogada", "médico",
      "médica", "farmacéutico", "farmacéutica", "arquitecto", "arquitecta", "recepcionista", "camarero", "camarera",
      "cocinero", "cocinera", "educador", "educadora", "investigador", "investigadora", "gestor", "gestora", "agente",
      "especialista", "comercial", "dependiente", "dependienta", "auxiliar", "cuidador", "cuidadora", "delegado", "delegada",
      // "Prácticas en Marketing Digital": an internship named by its field
      "prácticas",
      "réceptionniste", "assistante", "secrétaire", "serveur", "serveuse", "cuisinier", "cuisinière", "caissier", "caissière",
      "magasinier", "magasinière", "préparateur", "préparatrice", "cariste", "livreur", "livreuse", "chauffeur", "employé",
      "employée", "hôte", "hôtesse", "ouvrier", "ouvrière", "électricien", "électricienne", "mécanicien", "mécanicienne",
      "plombier", "manutentionnaire", "contrôleur", "contrôleuse", "auditeur", "auditrice", "avocat", "avocate", "psychologue",
      "kinésithérapeute", "orthophoniste", "sage-femme", "puéricultrice", "coordinateur", "coordinatrice", "superviseur",
      "superviseuse", "rédacteur", "rédactrice", "traducteur", "traductrice", "graphiste", "téléconseiller",
      "téléconseillère", "logisticien", "logisticienne", "dessinateur", "dessinatrice", "projeteur", "projeteuse",
      "mozo", "operario", "operaria", "repartidor", "repartidora", "cajero", "cajera", "limpiador", "limpiadora",
      "electricista", "mecánico", "mecánica", "fontanero", "soldador", "administrador", "administradora", "encargado",
      "encargada", "coordinador", "teleoperador", "teleoperadora", "secretario", "secretaria", "psicólogo", "psicóloga",
      "fisioterapeuta", "celador", "celadora", "diseñador", "diseñadora", "redactor", "redactora", "traductor", "traductora",
      "economista", "carretillero", "carretillera", "preparador", "preparadora", "ayudante", "promotor", "promotora");
  // German roles are compounds ending in a role word, and "-in" or "-innen" for women.
  private static final List<String> GERMAN_TITLE_ENDINGS = List.of(
      "entwickler", "kraft", "leiter", "manager", "berater", "mitarbeiter", "referent", "ingenieur", "lehrer", "pfleger",
      "techniker", "verkäufer", "kaufmann", "kauffrau", "assistent", "sachbearbeiter", "architekt", "analyst",
      "administrator", "koordinator", "spezialist", "praktikant", "werkstudent", "trainee", "erzieher", "arzt", "ärztin",
      "betreuer", "informatiker", "elektroniker", "mechatroniker", "helfer", "fachkraft", "wissenschaftler", "buchhalter",
      "controller", "designer", "planer", "vertreter", "disponent", "einkäufer", "therapeut", "hebamme", "apotheker",
      "steuerberater", "jurist", "redakteur", "sekretär", "pädagoge", "pädagogin", "tester", "programmierer", "consultant",
      "engineer", "developer", "lead", "owner", "experte", "leitung", "sachbearbeitung", "assistenz", "referendar",
      "fahrer", "koch", "köchin", "kellner", "monteur", "elektriker", "schlosser", "lagerist", "kommissionierer", "rezeptionist",
      "meister", "tischler", "bäcker", "friseur", "kassierer", "angestellte", "angestellter", "recruiter", "dozent", "ausbilder",
      "auszubildende", "azubi", "konstrukteur", "zeichner", "laborant", "chemiker", "arbeiter", "fachmann", "fachfrau");
  // "🚀 We're hiring! Site Reliability Engineer 🚀": pictographs and the joiners and selectors that
  // build them decorate a line; they are no part of its words.
  private static final Pattern PICTOGRAPHS = Pattern.compile("[\\p{So}\\p{Cs}\\x{FE0F}\\x{200D}\\x{20E3}]+");
  private static final Set<String> SUBJECT_AFTER = Set.of("pgt", "tgt", "prt");
  private static final Set<String> NOT_A_ROLE_LINE = Set.of("about the job", "about the role", "job description", "job details");

  private JobTitleReader() {}

  /** The job title of {@code posting}, in the language its words tell, or null when none can be told. */
  static String read(String posting) {
    return read(posting, TextLanguage.detect(posting));
  }

  /**
   * The job title of {@code posting}, written in {@code language}, or null when none can be told.
   * In English, technologies after the role's name are its stack ("Developer .NET / Angular"); in
   * German, French and Spanish what follows the role's name is its field ("Teamleiter
   * Kundenservice", "Chef de projet IT") and stays.
   */
  static String read(String posting, TextLanguage language) {
    boolean stackAfter = language == TextLanguage.ENGLISH;
    Matcher label = LABEL.matcher(posting);
    if (label.find()) {
      String title = clean(label.group(1), stackAfter);
      if (title != null) {
        return title;
      }
    }
    int seen = 0;
    for (String raw : posting.split("\n")) {
      String line = PICTOGRAPHS.matcher(raw).replaceAll(" ").strip().replaceAll("^[#*_]+|[#*_]+$", "").strip();
      if (line.isEmpty() || NOT_A_ROLE_LINE.contains(line.toLowerCase(Locale.ROOT))) {
        continue;
      }
      if (++seen > 4) {
        break;
      }
      // A board's first line may hold the role among many segments: "Urgent opening || Regional
      // Sales Manager – FMCG || West Zone || 10-14 yrs || CTC up to 28 LPA". Its length is that of its
      // longest segment, not of the whole line.
      int words = BARS.matcher(line).find() ? longestSegment(line) : words(line);
      if (words <= 14 && !line.endsWith(".")) {
        String title = clean(line, stackAfter);
        if (title != null) {
          return title;
        }
      }
      if (words > 14) {
        break;
      }
    }
    Matcher m = LOOKING_FOR.matcher(posting);
    while (m.find()) {
      // In a sentence the name ends at its last capitalised word: "a Payroll Administrator and keep…".
      String title = clean(singular(m.group(1).strip().replaceAll("(?:\\s+\\p{Ll}[\\p{L}'-]*)+$", "")), stackAfter);
      if (title != null) {
        return title;
      }
    }
    return null;
  }

  /**
   * "is hiring Customer Support Associates": a role named in the plural, for the many seats of a
   * drive, is the title of one of them. The last word loses its "s" only when that makes a role's
   * word ("Associate") that the plural was not.
   */
  private static String singular(String title) {
    Matcher last = Pattern.compile("(\\p{L}+?)(?i:s)$").matcher(title);
    if (!last.find()) {
      return title;
    }
    String word = last.group(1).toLowerCase(Locale.ROOT);
    return isTitleWord(word) && !isTitleWord(word + "s") ? title.substring(0, last.end(1)) : title;
  }

  private static final Pattern BARS = Pattern.compile("\\s\\|{1,2}\\s");

  /** The words of the longest of the segments of {@code line} that {@link #SEGMENT_BREAK} splits. */
  private static int longestSegment(String line) {
    int most = 0;
    for (String segment : SEGMENT_BREAK.split(line)) {
      most = Math.max(most, words(segment));
    }
    return most;
  }

  /** The words of a line, not counting separators such as "|" or "–". */
  private static int words(String line) {
    int n = 0;
    for (String w : line.split("\\s+")) {
      if (w.chars().anyMatch(Character::isLetterOrDigit)) {
        n++;
      }
    }
    return n;
  }

  /** The role name within {@code text}, or null when it holds none. */
  private static String clean(String text, boolean stackAfter) {
    String t = HIRING_PREFIX.matcher(text.strip()).replaceFirst("");
    Matcher lead = LEAD_LABEL.matcher(t);
    if (lead.find() && !hasTitleWord(lead.group(1))) {
      t = t.substring(lead.end());
    }
    t = BRACKETS.matcher(t).replaceAll("");
    for (String segment : SEGMENT_BREAK.split(t)) {
      String s = SENIORITY_RANGE.matcher(segment.strip()).replaceFirst("");
      s = HIRING_PREFIX.matcher(s).replaceFirst("");
      s = PRAISE.matcher(s).replaceFirst("");
      // A line set in capitals hides the small words its tail starts with: "ENGINEER TRAINEES THROUGH GATE".
      Matcher tail = TAIL.matcher(s.equals(s.toUpperCase(Locale.ROOT)) ? s.toLowerCase(Locale.ROOT) : s);
      s = (tail.find() ? s.substring(0, tail.start()) : s).replaceAll("[\\s.:;!,]+$", "").strip();
      s = GENDER.matcher(s).replaceAll("");
      s = CONTRACT.matcher(s).replaceAll("").strip();
      s = LEVEL.matcher(s).replaceFirst("");
      s = LEADING_LEVEL.matcher(s).replaceFirst("");
      s = GERMAN_FEMININE.matcher(s).replaceAll("");
      if (!stackAfter) {
        s = withoutPlace(s);
      }
      s = singular(s);
      if (!s.isEmpty() && s.split("\\s+").length <= 8 && hasTitleWord(s)) {
        return titleCase(stackAfter ? withoutTrailingStack(s) : s);
      }
    }
    return null;
  }

  /** {@code title} without a place after the role, unless its words are a skill or look like a field. */
  private static String withoutPlace(String title) {
    Matcher place = PLACE.matcher(title);
    if (!place.find()) {
      return title;
    }
    Set<String> names = SkillVocabulary.get().namesLowerCase();
    for (String w : place.group(2).toLowerCase(Locale.ROOT).split("[\\s-]+")) {
      if (names.contains(w) || !place.group(1).equals("à") && FIELD_ENDING.matcher(w).find()) {
        return title;
      }
    }
    String rest = title.substring(0, place.start()).strip();
    return hasTitleWord(rest) ? rest : title;
  }

  /**
   * "Software Developer .NET / Angular" as "Software Developer": technologies named after the
   * role's last word are the stack, not the title. Words before it stay ("Java Backend
   * Developer"), and so does a field joined by "in" or "of" ("Lecturer in Modern History").
   */
  private static String withoutTrailingStack(String title) {
    String[] words = title.split("\\s+");
    int last = -1;
    for (int i = 0; i < words.length; i++) {
      if (isTitleWord(words[i].toLowerCase(Locale.ROOT))) {
        last = i;
      }
    }
    // In French and Spanish the role's noun comes first and its field after it ("Desarrollador/a
    // Backend Java", "Chef de projet IT"): what follows is part of the title.
    // "PGT Chemistry", "TGT Mathematics": an Indian teacher's grade is followed by the subject taught.
    if (last < 0 || last == words.length - 1 || ROMANCE_TITLE_WORDS.contains(letters(words[last]))
        || SUBJECT_AFTER.contains(letters(words[last]))) {
      return title;
    }
    Set<String> names = SkillVocabulary.get().namesLowerCase();
    for (int i = last + 1; i < words.length; i++) {
      String w = words[i].toLowerCase(Locale.ROOT);
      if (!names.contains(w) && !w.matches("[/&+,]|and|or")) {
        return title;
      }
    }
    return String.join(" ", java.util.Arrays.copyOfRange(words, 0, last + 1));
  }

  static boolean hasTitleWord(String text) {
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (isTitleWord(w)) {
        return true;
      }
    }
    return false;
  }

  /** "Java-Entwickler" as "javaentwickler", "Desarrollador/a" as "desarrolladora". */
  private static String letters(String word) {
    return word.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
  }

  /**
   * Whether a lower-case word names a role: an English, French or Spanish role word, or a German
   * compound that ends with one ("Softwareentwickler", "Pflegefachkraft", "Vertriebsleiterin").
   */
  private static boolean isTitleWord(String lowerCase) {
    String w = lowerCase.replaceAll("[^\\p{L}]", "");
    if (w.isEmpty()) {
      return false;
    }
    if (TITLE_WORDS.contains(w) || ROMANCE_TITLE_WORDS.contains(w)) {
      return true;
    }
    // "Java-Entwickler": a hyphenated compound's last part
    String last = lowerCase.contains("-") ? lowerCase.substring(lowerCase.lastIndexOf('-') + 1).replaceAll("[^\\p{L}]", "") : w;
    if (TITLE_WORDS.contains(last) || ROMANCE_TITLE_WORDS.contains(last)) {
      return true;
    }
    String base = last.endsWith("innen") ? last.substring(0, last.length() - 5) : last.endsWith("in") ? last.substring(0, last.length() - 2) : last;
    for (String ending : GERMAN_TITLE_ENDINGS) {
      if (last.endsWith(ending) || base.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }

  /** "ANDROID DEVELOPER" as "Android Developer"; short words such as "IT" or "SAP" stay. */
  private static String titleCase(String s) {
    if (!s.equals(s.toUpperCase(Locale.ROOT)) || s.length() < 6) {
      return s;
    }
    StringBuilder out = new StringBuilder();
    for (String w : s.split("\\s+")) {
      out.append(out.isEmpty() ? "" : " ").append(w.length() <= 3 ? w
          : w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT));
    }
    return out.toString();
  }
}
