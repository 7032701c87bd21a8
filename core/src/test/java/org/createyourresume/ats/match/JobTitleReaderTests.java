package org.createyourresume.ats.match;

import static org.assertj.core.api.Assertions.assertThat;

import org.createyourresume.ats.parse.TextLanguage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The job title is the role's name alone, however the posting wraps it. */
class JobTitleReaderTests {

  @ParameterizedTest(name = "\"{0}\" → {1}")
  @CsvSource(delimiter = '|', textBlock = """
      We are looking for a Java Backend Developer to design, build and run our services.  | Java Backend Developer
      We're hiring: Data Analyst (Marketing Analytics)                                     | Data Analyst
      Engineering Manager, Payments Platform                                               | Engineering Manager
      Graduate Engineer Trainee (Software) – 2026 Batch                                    | Graduate Engineer Trainee
      Senior/Staff Frontend Engineer - Remote                                              | Frontend Engineer
      Data Engineer (m/f/d) – Hamburg or remote in Germany                                 | Data Engineer
      Hiring: Full Stack Developer @ Greenleaf (Seed stage, 8 people)                      | Full Stack Developer
      ANDROID DEVELOPER                                                                    | Android Developer
      Job Title: DevOps Engineer                                                           | DevOps Engineer
      Role: Cloud Architect · Azure · Hybrid – Manchester · Permanent                      | Cloud Architect
      Lecturer in Modern History (Teaching and Research)                                   | Lecturer in Modern History
      Walk-in Drive for Freshers – Customer Support Executive (International Voice Process) | Customer Support Executive
      Senior Software Engineer                                                             | Senior Software Engineer
      Urgent Opening for Trainee Software Engineer – Chennai – 0-1 years                 | Trainee Software Engineer
      Software Developer .NET / Angular (w/m/d)                                            | Software Developer
      SOC Analyst L2 (m/f/d) – Munich                                                      | SOC Analyst
      Data Analyst I                                                                       | Data Analyst
      HR Generalist (12-month FTC), Manchester                                             | HR Generalist
      Now Hiring – Warehouse Supervisor (Nights), Reno NV                                  | Warehouse Supervisor
      Mid to Senior Data Engineer – Leeds                                                  | Data Engineer
      Campus Hiring 2026: Associate Software Engineer – Bengaluru                          | Associate Software Engineer
      Accounts Assistant – Immediate Start – Leicester                                     | Accounts Assistant
      Clinical Nurse Specialist – Oncology (Band 7)                                        | Clinical Nurse Specialist
      Customer Success Manager (EMEA) — 3 to 5 years                                       | Customer Success Manager
      Opportunity: Graduate Mechanical Engineer (2026 intake)                              | Graduate Mechanical Engineer
      URGENT REQUIREMENT – PHYSICS TEACHER – PUNE                                          | Physics Teacher
      Job Opening: Payroll Administrator [Contract, 9 months] – Cork                       | Payroll Administrator
      Data Protection Officer (Part-time, 20 hrs/week) - London                            | Data Protection Officer
      **Staff Accountant — Month-End Close Team (Remote, US)**                             | Staff Accountant
      # Technical Writer, Developer Docs                                                   | Technical Writer
      Recruiting now: Site Supervisor – Rail Projects – North West                         | Site Supervisor
      ✨ Now hiring: Data Engineer ✨                                                        | Data Engineer
      👩‍⚕️ Staff Nurse – Cardiology 👨‍⚕️                                                       | Staff Nurse
      2nd Line Service Desk Analyst – Leeds                                                | Service Desk Analyst
      First Line Support Engineer (Days)                                                   | Support Engineer
      Tier 1 Help Desk Technician – Austin, TX                                             | Help Desk Technician
      Band 5 Staff Nurse – Cardiology                                                      | Staff Nurse
      Grade 7 Policy Advisor, Home Office                                                  | Policy Advisor
      Medical Biller (Remote) – Req 5521                                                   | Medical Biller
      Vacancy: TGT Mathematics – Session 2027-28                                           | TGT Mathematics
      Full-Time Pharmacy Technician – Leeds                                                | Pharmacy Technician
      Temporary Production Operative (Days)                                                | Production Operative
      Kitchen Porter Part Time                                                             | Kitchen Porter
      """)
  void readsTheRoleNameAlone(String firstLine, String title) {
    assertThat(JobTitleReader.read(firstLine + "\n\nAbout us\nWe make things.\n")).isEqualTo(title);
  }

  @ParameterizedTest(name = "\"{0}\" → {1}")
  @CsvSource(delimiter = '>', textBlock = """
      Senior Product Designer | Growth team | Lisbon > Senior Product Designer
      Junior–Mid Backend Developer (Python) | Remote EU > Backend Developer
      Fresher Jobs | Trainee Accountant | 2025 & 2026 Pass-outs | Kochi > Trainee Accountant
      Walk-in || Area Sales Executive – Pharma (OTC) || Indore, Bhopal || 2-5 yrs exp || Salary up to 4.5 LPA + incentives > Area Sales Executive
      """)
  void readsTheRoleAmongSegmentsSplitByBars(String firstLine, String title) {
    assertThat(JobTitleReader.read(firstLine + "\n\nAbout us\nWe make things.\n")).isEqualTo(title);
  }

  @Test
  void skipsLinesThatAreNotTheRole() {
    assertThat(JobTitleReader.read("About the job\n\nMachine Learning Engineer (NLP) — Toronto, hybrid\n"))
        .isEqualTo("Machine Learning Engineer");
    assertThat(JobTitleReader.read("Senior/Staff level. Fully remote.\n\nFrontend Engineer\n")).isEqualTo("Frontend Engineer");
  }

  @Test
  void readsTheRoleFromASentenceWhenNoLineNamesIt() {
    assertThat(JobTitleReader.read("Greenhollow Farm Shop\n\nJoin our small team as a Payroll Administrator and keep 40 people paid on time.\n"))
        .isEqualTo("Payroll Administrator");
    assertThat(JobTitleReader.read("Our clinic is seeking a Dental Hygienist who loves prevention.\n")).isEqualTo("Dental Hygienist");
  }

  @ParameterizedTest(name = "\"{0}\" → {1}")
  @CsvSource(delimiter = '>', textBlock = """
      Junior Referent/in Personal (all genders) – befristet auf 2 Jahre > Junior Referent Personal
      Sachbearbeiter (m/w/d) Buchhaltung ab sofort > Sachbearbeiter Buchhaltung
      Entwickler*in Backend 100 % remote > Entwickler Backend
      Chargé(e) de clientèle à Lyon – CDD 6 mois > Chargé de clientèle
      Técnico/a de Administración en Madrid – Jornada completa > Técnico/a de Administración
      Técnico/a en Marketing > Técnico/a en Marketing
      Ingeniero/a en Informática – Valencia > Ingeniero/a en Informática
      Fachkraft in Informatik (m/w/d) > Fachkraft in Informatik
      Werkstudent*in in Berlin > Werkstudent
      """)
  void leavesOutFeminineEndingsPlacesAndContractsInOtherLanguages(String firstLine, String title) {
    String body = "\n\nWir bieten: ein gutes Gehalt und einen sicheren Arbeitsplatz. Nous offrons un contrat et des avantages."
        + " Ofrecemos un contrato indefinido y formación para el puesto y la empresa.\n";
    TextLanguage language = firstLine.matches(".*(?:Técnico|Ingeniero).*") ? TextLanguage.SPANISH
        : firstLine.contains("Chargé") ? TextLanguage.FRENCH : TextLanguage.GERMAN;
    assertThat(JobTitleReader.read(firstLine + body, language)).isEqualTo(title);
  }

  @ParameterizedTest(name = "\"{0}\" → {1}")
  @CsvSource(delimiter = '>', textBlock = """
      Technicien support informatique N1/N2 H/F > Technicien support informatique
      IT-Support Mitarbeiter (w/m/d) 1st- und 2nd-Level > IT-Support Mitarbeiter
      Técnico/a de Soporte Informático N1 - Jornada completa - Zaragoza > Técnico/a de Soporte Informático
      Viajes Azahar\\nPrácticas en Marketing Digital (Junior) - Málaga > Prácticas en Marketing Digital
      Spedition Wagner & Söhne sucht ab sofort einen Disponent Nahverkehr (m/w/d) (Junior) in Vollzeit für den Standort Erfurt und die Region > Disponent Nahverkehr
      Pflegefachkraft (m/w/d) in Voll- oder Teilzeit > Pflegefachkraft
      Stellenanzeige: Kaufmann/-frau für Büromanagement (m/w/d) > Kaufmann
      Verkäufer (m/w/d) in Festanstellung > Verkäufer
      Camarero/a a media jornada > Camarero/a
      Oferta de trabajo: Enfermero/a (h/m) > Enfermero/a
      Comptable unique H/F - CDI - temps partiel > Comptable unique
      Hôtel Belle Rive | Réceptionniste de nuit (F/H/X) > Réceptionniste de nuit
      Industriekaufmann/-frau (m/w/d) Vertrieb > Industriekaufmann Vertrieb
      Lagerist (m/w/d) in Vollzeit > Lagerist
      Maison Verdier, fabricant de cosmétiques naturels depuis vingt ans à Orléans, recrute son Responsable Logistique pour son entrepôt > Responsable Logistique
      """)
  void leavesOutSupportLevelsAndFindsTheRoleAfterTheCompanysName(String firstLines, String title) {
    String posting = firstLines.replace("\\n", "\n") + "\n\nWir bieten ein gutes Gehalt. Nous offrons un contrat. Ofrecemos formación.\n";
    TextLanguage language = firstLines.matches("(?s).*(?:Técnico|Prácticas|Camarero|Oferta).*") ? TextLanguage.SPANISH
        : firstLines.matches("(?s).*(?:Technicien|Maison|Comptable|Hôtel).*") ? TextLanguage.FRENCH : TextLanguage.GERMAN;
    assertThat(JobTitleReader.read(posting, language)).isEqualTo(title);
  }

  @Test
  void aWordThatEndsInTheVerbIsNotTheVerb() {
    assertThat(JobTitleReader.read("Das Team besucht einen Kunden in Köln und plant den Tag mit allen Kollegen gemeinsam vor Ort.\n",
        TextLanguage.GERMAN)).isNull();
  }

  @Test
  void noRoleGivesNoTitle() {
    assertThat(JobTitleReader.read("Join our friendly team in Leeds.\nGreat benefits and free coffee.\n")).isNull();
  }

  @Test
  void aRoleHiredInThePluralIsTheTitleOfOneSeat() {
    assertThat(JobTitleReader.read("WALK-IN | Voice Process | Pune\n\nOrbit Works is hiring Claims Processing Associates (freshers welcome) for a US process.\n"))
        .isEqualTo("Claims Processing Associate");
    assertThat(JobTitleReader.read("Open day\n\nHarbour Foods is hiring Inside Sales for the spring campaign.\n")).isNotEqualTo("Inside Sale");
  }
}
