package org.createyourresume.ats.parse;

import java.util.Set;

/**
 * The words that tell the pieces of an entry apart: a job title from an employer, a degree from a
 * school. Matched on {@link TextNorm#words} (lower case, accents removed).
 */
final class EntryWords {
  private EntryWords() {}

  private static final Set<String> TITLE_WORDS =
      Set.of("engineer", "developer", "manager", "officer", "director", "analyst", "designer",
          "consultant", "intern", "assistant", "specialist", "lead", "architect", "administrator",
          "coordinator", "scientist", "technician", "professor", "lecturer", "researcher", "teacher",
          "nurse", "accountant", "associate", "head", "vp", "president", "executive",
          "representative", "agent", "editor", "writer", "owner", "programmer", "tester",
          "supervisor", "advisor", "adviser", "clerk", "trainee", "apprentice", "fellow", "chief",
          "cto", "ceo", "cfo", "founder", "co-founder", "partner", "principal", "staff", "senior",
          "junior", "support", "hydrologist", "recruiter", "marketer", "strategist", "mentor", "coach",
          "tutor", "volunteer", "trustee", "treasurer", "secretary", "chair", "organiser", "organizer",
          "physician", "student", "werkstudent", "pharmacist", "therapist", "paramedic", "operative", "driver",
          // French and Spanish roles, without accents as TextNorm.words gives them
          "developpeur", "developpeuse", "ingenieur", "ingenieure", "chef", "cheffe", "responsable", "commercial",
          "commerciale", "infirmier", "infirmiere", "professeur", "professeure", "enseignant", "enseignante", "technicien",
          "technicienne", "chargee", "consultante", "directeur", "directrice", "gestionnaire", "comptable", "vendeur",
          "vendeuse", "conseiller", "conseillere", "stagiaire", "alternant", "alternante", "analyste", "architecte",
          "soignant", "soignante", "auxiliaire", "educateur", "educatrice", "animateur", "animatrice", "formateur",
          "formatrice", "chercheur", "chercheuse", "medecin", "pharmacien", "pharmacienne", "assistante",
          "desarrollador", "desarrolladora", "ingeniero", "ingeniera", "jefe", "jefa", "enfermero", "enfermera",
          "profesor", "profesora", "docente", "maestro", "maestra", "tecnico", "tecnica", "comercial", "vendedor",
          "vendedora", "consultor", "consultora", "directora", "gerente", "analista", "administrativo", "administrativa",
          "becario", "becaria", "programador", "programadora", "coordinadora", "asesor", "asesora", "auxiliar",
          "dependiente", "dependienta", "contable", "abogado", "abogada", "medico", "medica", "recepcionista",
          "investigador", "investigadora", "gestor", "gestora", "especialista");
  /**
   * German roles are compounds that end in a role word ("Softwareentwickler",
   * "Krankenpflegerin", "Vertriebsingenieur"), with "in" or "innen" for women.
   */
  private static final java.util.List<String> GERMAN_TITLE_ENDINGS = java.util.List.of(
      "entwickler", "leiter", "berater", "pfleger", "helfer", "ingenieur", "referent", "kaufmann", "kauffrau",
      "mitarbeiter", "techniker", "lehrer", "assistent", "sachbearbeiter", "erzieher", "arzt", "praktikant",
      "werkstudent", "verkaufer", "fachkraft", "informatiker", "spezialist", "koordinator", "manager", "betreuer");
  /** Words that open the name of a degree, in the languages of the resumes we meet. */
  private static final Set<String> DEGREE_WORDS =
      Set.of("bachelor", "bachelors", "master", "masters", "doctor", "doctorate", "phd", "dphil",
          "mba", "bsc", "msc", "ba", "ma", "bs", "ms", "beng", "meng", "btech", "mtech", "bba", "bfa",
          "mfa", "llb", "llm", "md", "jd", "edd", "associate", "associates", "diploma", "certificate", "be", "me", "bca", "mca", "pgdm",
          "pgdba", "pgd", "bpharm", "mpharm", "mbbs", "bds", "barch", "bcom", "mcom", "bed", "bsw", "msw",
          "class", "ssc", "hsc", "sslc", "hssc", "cbse", "icse", "matriculation", "intermediate", "dipl",
          "maitrise", "dut", "bts", "mastere", "grado", "staatsexamen", "ausbildung", "diplome", "maestria",
          "cap", "bep", "bac", "baccalaureat", "fachabitur", "meister", "doctorado", "doctorat",
          "high", "higher", "senior", "secondary", "gcse", "baccalaureate", "licence", "licenciatura", "licenciado",
          "laurea", "magister", "diplom", "postgraduate", "undergraduate", "graduate", "hnd", "hnc",
          "btec", "ged", "abitur", "exchange", "erasmus", "бакалавр", "магистр", "магістр",
          "специалист", "спеціаліст", "доктор", "кандидат", "διπλωμα", "πτυχιο", "μεταπτυχιακο",
          "διδακτορικο", "lisans", "yuksek", "inzynier", "licencjat");
  /** German schools are compounds: "Pflegeschule", "Berufsfachschule", "Fachhochschule". */
  private static final java.util.List<String> SCHOOL_ENDINGS = java.util.List.of("schule", "akademie", "universitat");
  /** Words that name a place of learning, in the languages of the section vocabulary. */
  private static final Set<String> SCHOOL_WORDS =
      Set.of("university", "college", "school", "institute", "academy", "polytechnic", "conservatory",
          "universidad", "universitat", "universite", "universita", "universidade",
          "universiteit", "uniwersytet", "politechnika", "hochschule", "fachhochschule", "gymnasium",
          "lycee", "liceo", "vidyalaya", "vidyalayam", "mahavidyalaya", "vishwavidyalaya", "iit",
          "nit", "iiit", "bits", "campus", "faculty", "facultad", "faculte", "scuola", "colegio", "politecnico", "ecole", "escuela", "университет", "університет", "институт",
          "інститут", "πανεπιστημιο", "universitesi", "yliopisto", "vysoka", "universitet",
          "iut", "ifsi", "insa", "instituto", "conservatorio", "universitaet", "akademie");
  private static final Set<String> COMPANY_WORDS =
      Set.of("inc", "ltd", "llc", "gmbh", "corp", "corporation", "company", "co", "plc", "sa",
          "ag", "bv", "pvt", "limited", "group", "labs", "technologies", "solutions", "systems",
          "bank", "university", "college", "institute", "agency", "studio", "ministry", "hospital",
          "sarl", "sas", "sl", "slu", "kg", "ohg", "ug", "spa", "srl", "gruppe", "groupe", "grupo", "klinikum",
          "krankenhaus", "clinique", "hopital", "chu", "ehpad", "agence", "stadtwerke", "distribuciones", "sociedad");

  static boolean title(String text) {
    for (String w : TextNorm.words(text)) {
      if (TITLE_WORDS.contains(w) || germanRole(w)) {
        return true;
      }
    }
    return false;
  }

  private static boolean germanRole(String word) {
    String base = word.endsWith("innen") ? word.substring(0, word.length() - 5)
        : word.endsWith("in") ? word.substring(0, word.length() - 2) : word;
    for (String ending : GERMAN_TITLE_ENDINGS) {
      if (base.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a text starts like the name of a degree: "Bachelor of …", "MSc", "B.Sc.", "Магістр". */
  static boolean degree(String text) {
    String[] words = TextNorm.words(text.replace(".", ""));
    return words.length > 0 && DEGREE_WORDS.contains(words[0]);
  }

  static boolean school(String text) {
    for (String w : TextNorm.words(text)) {
      if (SCHOOL_WORDS.contains(w) || SCHOOL_ENDINGS.stream().anyMatch(w::endsWith)) {
        return true;
      }
    }
    return false;
  }

  static boolean company(String text) {
    for (String w : TextNorm.words(text)) {
      if (COMPANY_WORDS.contains(w)) {
        return true;
      }
    }
    return false;
  }
}
