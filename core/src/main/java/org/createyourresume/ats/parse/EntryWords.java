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
          "physician", "student", "werkstudent", "pharmacist", "therapist", "paramedic", "operative", "driver");
  /** Words that open the name of a degree, in the languages of the resumes we meet. */
  private static final Set<String> DEGREE_WORDS =
      Set.of("bachelor", "bachelors", "master", "masters", "doctor", "doctorate", "phd", "dphil",
          "mba", "bsc", "msc", "ba", "ma", "bs", "ms", "beng", "meng", "btech", "mtech", "bba", "bfa",
          "mfa", "llb", "llm", "md", "jd", "edd", "associate", "associates", "diploma", "certificate", "be", "me", "bca", "mca", "pgdm",
          "pgdba", "pgd", "bpharm", "mpharm", "mbbs", "bds", "barch", "bcom", "mcom", "bed", "bsw", "msw",
          "class", "ssc", "hsc", "sslc", "hssc", "cbse", "icse", "matriculation", "intermediate", "dipl",
          "maitrise", "dut", "bts", "mastere", "grado", "staatsexamen",
          "high", "higher", "senior", "secondary", "gcse", "baccalaureate", "licence", "licenciatura", "licenciado",
          "laurea", "magister", "diplom", "postgraduate", "undergraduate", "graduate", "hnd", "hnc",
          "btec", "ged", "abitur", "exchange", "erasmus", "бакалавр", "магистр", "магістр",
          "специалист", "спеціаліст", "доктор", "кандидат", "διπλωμα", "πτυχιο", "μεταπτυχιακο",
          "διδακτορικο", "lisans", "yuksek", "inzynier", "licencjat");
  /** Words that name a place of learning, in the languages of the section vocabulary. */
  private static final Set<String> SCHOOL_WORDS =
      Set.of("university", "college", "school", "institute", "academy", "polytechnic", "conservatory",
          "universidad", "universitat", "universite", "universita", "universidade",
          "universiteit", "uniwersytet", "politechnika", "hochschule", "fachhochschule", "gymnasium",
          "lycee", "liceo", "vidyalaya", "vidyalayam", "mahavidyalaya", "vishwavidyalaya", "iit",
          "nit", "iiit", "bits", "campus", "faculty", "facultad", "faculte", "scuola", "colegio", "politecnico", "ecole", "escuela", "университет", "університет", "институт",
          "інститут", "πανεπιστημιο", "universitesi", "yliopisto", "vysoka", "universitet");
  private static final Set<String> COMPANY_WORDS =
      Set.of("inc", "ltd", "llc", "gmbh", "corp", "corporation", "company", "co", "plc", "sa",
          "ag", "bv", "pvt", "limited", "group", "labs", "technologies", "solutions", "systems",
          "bank", "university", "college", "institute", "agency", "studio", "ministry", "hospital");

  static boolean title(String text) {
    for (String w : TextNorm.words(text)) {
      if (TITLE_WORDS.contains(w)) {
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
      if (SCHOOL_WORDS.contains(w)) {
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
