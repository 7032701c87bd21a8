package org.createyourresume.importer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Fictional people for the generated layouts corpus ({@link GeneratedLayoutsTests}), drawn from
 * pools written for it: names of several regions, roles from software to nursing and teaching,
 * employers, schools, degrees and grades of five countries, skills, bullets, certificates,
 * languages and projects. Every name, employer, school, address, number and link is made up.
 */
final class GeneratedPeople {

  private GeneratedPeople() {}

  /** A month of a year; dates on pages are printed from it in the layout's format. */
  record Month(int year, int month) implements Comparable<Month> {
    Month plus(int months) {
      int index = year * 12 + month - 1 + months;
      return new Month(index / 12, index % 12 + 1);
    }

    String iso() {
      return String.format(java.util.Locale.ROOT, "%04d-%02d", year, month);
    }

    @Override
    public int compareTo(Month o) {
      return Integer.compare(year * 12 + month, o.year * 12 + o.month);
    }
  }

  /** Where someone lives; {@code region} is printed for the US (a state) and India only. */
  record Place(String city, String region, String countryCode, String country) {}

  /** A profile link, printed without its scheme. */
  record Link(String network, String url) {
    String printed() {
      return url.replaceFirst("^https?://", "");
    }
  }

  /** A job; {@code end} null while it goes on. */
  record Job(String title, String employer, String city, Month start, Month end, List<String> bullets) {}

  /** A degree or school certificate; {@code grade} may be null. */
  record School(String institution, String degree, String area, Month start, Month end, String grade) {}

  /** A group of skills with its name. */
  record SkillGroup(String name, List<String> keywords) {}

  /** A certificate with its issuer and month. */
  record Cert(String name, String issuer, Month date) {}

  /** A spoken language and how well. */
  record Lang(String language, String fluency) {}

  /** A project with a one-sentence description. */
  record Project(String name, String description) {}

  /** One fictional person, everything a page may print. */
  record Person(String name, String label, String email, String phone, Place home, List<Link> links, String summary,
      List<Job> jobs, List<School> schools, List<SkillGroup> skills, List<Cert> certs, List<Lang> langs,
      List<Project> projects, String field, String region) {}

  // ---------------------------------------------------------------- regions

  private record Region(String code, List<String> first, List<String> last, List<Place> places, String tld,
      List<String> phones, List<String> employerEndings, List<String> schools, List<String> degrees,
      List<String> grades, List<String> schoolDegrees, String nativeLanguage) {}

  private static final List<Region> REGIONS = List.of(
      new Region("US",
          List.of("Jordan", "Megan", "Tyler", "Brianna", "Marcus", "Ashley", "Caleb", "Destiny", "Ethan", "Kayla"),
          List.of("Alvarez", "Whitaker", "Brooks", "Delgado", "Hughes", "Carver", "Mitchell", "Ramsey", "Fulton"),
          List.of(new Place("Austin", "TX", "US", null), new Place("Columbus", "OH", "US", null),
              new Place("Denver", "CO", "US", null), new Place("Raleigh", "NC", "US", null),
              new Place("Tacoma", "WA", "US", null)),
          "com", List.of("(512) 555-01%02d", "(614) 555-01%02d", "+1 303 555 01%02d"),
          List.of("Inc.", "LLC", "Corp."),
          List.of("Lakeside State University", "Clearwater College", "Univ. of Northern Plains", "Redfern Institute of Technology"),
          List.of("BS", "BA", "MBA", "MS", "B.S."),
          List.of("GPA 3.7/4.0", "GPA 3.45", "Magna Cum Laude", "Cum Laude"),
          List.of("High School Diploma"), null),
      new Region("GB",
          List.of("Grace", "Oliver", "Amelia", "Harry", "Isla", "George", "Poppy", "Callum", "Niamh", "Rhys"),
          List.of("Whitfield", "Pemberton", "Ashworth", "Llewellyn", "Hargreaves", "Blackwood", "Fenwick", "Okoro"),
          List.of(new Place("Bristol", null, "GB", "United Kingdom"), new Place("Leeds", null, "GB", "United Kingdom"),
              new Place("Cardiff", null, "GB", "United Kingdom"), new Place("Norwich", null, "GB", "United Kingdom")),
          "co.uk", List.of("07700 900%03d", "+44 7700 900%03d", "0117 496 0%03d"),
          List.of("Ltd", "plc", "NHS Trust"),
          List.of("University of Northbridge", "Kingsford University", "Severn Valley University", "Harrowgate College"),
          List.of("BSc (Hons)", "BA (Hons)", "MSc", "MA", "PGCE", "MBA"),
          List.of("First Class Honours", "2:1", "Upper Second Class Honours", "Distinction", "Merit"),
          List.of("A Levels"), null),
      new Region("IN",
          List.of("Rahul", "Ananya", "Aditya", "Priya", "Karthik", "Sneha", "Vikram", "Divya", "Arjun", "Meera"),
          List.of("Verma", "Krishnan", "Nair", "Iyer", "Deshpande", "Reddy", "Bhattacharya", "Kulkarni", "Menon"),
          List.of(new Place("Pune", "Maharashtra", "IN", "India"), new Place("Bengaluru", "Karnataka", "IN", "India"),
              new Place("Chennai", "Tamil Nadu", "IN", "India"), new Place("Hyderabad", "Telangana", "IN", "India")),
          "in", List.of("+91 98765 43%03d", "+91 87654 32%03d", "098450 12%03d"),
          List.of("Pvt. Ltd.", "Technologies", "Solutions"),
          List.of("Deccan Institute of Technology", "Sahyadri College of Engineering", "Kaveri University",
              "Godavari Institute of Management"),
          List.of("B.Tech", "B.E.", "M.Sc.", "MBA", "MCA", "B.Sc."),
          List.of("CGPA 8.4/10", "CGPA 7.9", "78.5%", "First Class with Distinction", "CGPA: 9.1/10"),
          List.of("Class XII (CBSE)", "HSC"), "Hindi"),
      new Region("DE",
          List.of("Katrin", "Jonas", "Lena", "Matthias", "Sophie", "Lukas", "Anja", "Felix"),
          List.of("Vogel", "Brandt", "Hoffmann", "Schäfer", "Krüger", "Lindner", "Weiß", "Neumann"),
          List.of(new Place("Munich", null, "DE", "Germany"), new Place("Hamburg", null, "DE", "Germany"),
              new Place("Leipzig", null, "DE", "Germany"), new Place("Köln", null, "DE", "Germany")),
          "de", List.of("+49 151 2345 6%03d", "+49 170 555 0%03d", "0151 2345 6%03d"),
          List.of("GmbH", "AG", "SE"),
          List.of("Technische Hochschule Rheinfeld", "Universität Lindenau", "Hochschule Weserland"),
          List.of("Diplom", "M.Sc.", "B.Sc.", "Master of Science", "Bachelor of Arts"),
          List.of("Note 1,7", "Note 2,3", "Note: 1,3", "sehr gut"),
          List.of("Abitur"), "German"),
      new Region("FR",
          List.of("Claire", "Julien", "Camille", "Théo", "Manon", "Hugo", "Élodie", "Antoine"),
          List.of("Dubois", "Lefèvre", "Moreau", "Girard", "Fontaine", "Rousseau", "Chevalier", "Garnier"),
          List.of(new Place("Lyon", null, "FR", "France"), new Place("Nantes", null, "FR", "France"),
              new Place("Toulouse", null, "FR", "France"), new Place("Lille", null, "FR", "France")),
          "fr", List.of("+33 6 12 34 56 %02d", "06 98 76 54 %02d", "+33 7 55 01 02 %02d"),
          List.of("SAS", "SA", "Groupe"),
          List.of("Université de Valmont", "École Supérieure de Lorient", "Université Saint-Amand", "Institut Marivaux"),
          List.of("Licence", "Master", "MBA", "Diplôme d'ingénieur", "Licence professionnelle"),
          List.of("Mention Bien", "Mention Très Bien", "Mention Assez Bien", "15,2/20"),
          List.of("Baccalauréat"), "French"),
      new Region("NG",
          List.of("Daniel", "Chiamaka", "Tunde", "Adaeze", "Emeka", "Funmilayo", "Ifeanyi", "Ngozi"),
          List.of("Okafor", "Adeyemi", "Eze", "Balogun", "Nwosu", "Oyelaran", "Chukwu", "Afolabi"),
          List.of(new Place("Lagos", null, "NG", "Nigeria"), new Place("Abuja", null, "NG", "Nigeria"),
              new Place("Ibadan", null, "NG", "Nigeria")),
          "ng", List.of("+234 803 555 0%03d", "0809 555 1%03d", "+234 701 555 2%03d"),
          List.of("Limited", "Ltd", "Nigeria Ltd"),
          List.of("University of Eastgate", "Lagoon Polytechnic", "Federal University of Oyo Plains"),
          List.of("B.Sc.", "HND", "M.Sc.", "MBA", "B.Eng."),
          List.of("Second Class Upper", "First Class", "CGPA 4.21/5.00", "Upper Credit"),
          List.of("WASSCE"), "Yoruba"));

  // ---------------------------------------------------------------- fields of work

  private record Field(String code, List<String> titles, List<String> employerStems, List<String> areas,
      List<List<String>> skillGroups, List<String> bullets, List<String[]> certs, List<String[]> projects,
      List<String> summaries) {}

  private static final List<Field> FIELDS = List.of(
      new Field("software",
          List.of("Software Engineer", "Senior Software Engineer", "Backend Developer", "Full Stack Developer",
              "Java Developer", "Lead Engineer", "Frontend Engineer", "Platform Engineer"),
          List.of("Northwind Payments", "Brightpath Software", "Cedarline Systems", "Kestrel Labs", "Meridian Cloud",
              "Quillmark Technologies", "Tidewater Logistics"),
          List.of("Computer Science", "Computer Science and Engineering", "Software Engineering", "Information Technology"),
          List.of(List.of("Languages", "Java", "Kotlin", "Python", "TypeScript", "Go", "SQL"),
              List.of("Frameworks", "Spring Boot", "React", "Django", "Node.js", "Angular"),
              List.of("Tools", "Git", "Docker", "Kubernetes", "Terraform", "Jenkins"),
              List.of("Cloud", "AWS", "Azure", "Google Cloud", "PostgreSQL", "Redis")),
          List.of("Designed a ledger service that settles two million card payments a day.",
              "Cut the p99 latency of the search API from 400 ms to 90 ms.",
              "Moved twelve services from virtual machines to Kubernetes with no downtime.",
              "Mentored four junior engineers through their first year.",
              "Wrote the integration test suite that runs on every merge request.",
              "Led the rewrite of the checkout flow in React and TypeScript.",
              "Reduced cloud costs by 28% by right-sizing clusters.",
              "Introduced contract tests between the billing and ordering teams."),
          List.<String[]>of(new String[] {"AWS Certified Developer – Associate", "Amazon Web Services"},
              new String[] {"Oracle Certified Professional, Java SE 17 Developer", "Oracle"},
              new String[] {"Certified Kubernetes Application Developer", "The Linux Foundation"}),
          List.<String[]>of(new String[] {"Trailmap", "Open-source route planner for cyclists with 900 stars on GitHub."},
              new String[] {"Ledgerlite", "A double-entry bookkeeping library for small shops."},
              new String[] {"Queue Watch", "Dashboard that shows message backlogs across clusters."}),
          List.of("Backend engineer with eight years of building payment and logistics systems in Java and Kotlin.",
              "Developer who likes clear APIs, fast tests and calm releases.")),
      new Field("it-support",
          List.of("IT Support Analyst", "Service Desk Technician", "Desktop Support Engineer", "IT Support Specialist",
              "Systems Administrator"),
          List.of("Harbourside Council", "Oakridge Retail Group", "Lumen Insurance", "Greyfield Schools Trust",
              "Pinecrest Hotels"),
          List.of("Computer Networks", "Information Systems", "Computing", "Network Engineering"),
          List.of(List.of("Systems", "Windows 11", "Active Directory", "Microsoft 365", "Intune", "macOS"),
              List.of("Networking", "TCP/IP", "DNS", "DHCP", "Cisco Meraki", "VPN"),
              List.of("Tools", "ServiceNow", "Jira Service Management", "PowerShell", "SCCM")),
          List.of("Resolved about 40 tickets a week with a first-contact fix rate of 78%.",
              "Rolled out 350 laptops with Intune autopilot in six weeks.",
              "Wrote twenty knowledge-base articles that cut repeat calls by a third.",
              "Managed user accounts and permissions in Active Directory for 900 staff.",
              "Trained new starters on security basics and phishing awareness.",
              "Kept the asset register up to date for audits."),
          List.<String[]>of(new String[] {"CompTIA A+", "CompTIA"}, new String[] {"ITIL 4 Foundation", "Axelos"},
              new String[] {"Microsoft 365 Certified: Modern Desktop Administrator Associate", "Microsoft"}),
          List.of(),
          List.of("Friendly IT support analyst with five years on busy service desks.",
              "Technician who fixes problems once and writes down how.")),
      new Field("data",
          List.of("Data Analyst", "Senior Data Analyst", "Business Intelligence Analyst", "Data Scientist",
              "Analytics Engineer"),
          List.of("Bluefield Retail", "Saffron Analytics", "Orchard Health Insights", "Copperleaf Bank",
              "Riverside Media"),
          List.of("Statistics", "Mathematics", "Data Science", "Economics", "Computer Applications"),
          List.of(List.of("Analysis", "SQL", "Python", "pandas", "R", "Excel"),
              List.of("Visualisation", "Power BI", "Tableau", "Looker", "matplotlib"),
              List.of("Data", "dbt", "BigQuery", "Snowflake", "Airflow")),
          List.of("Built a Power BI sales dashboard used daily by 60 store managers.",
              "Automated the monthly churn report, saving two days of work each month.",
              "Cleaned and joined five years of loyalty data for a pricing study.",
              "Forecast weekly demand with a model that cut stock-outs by 15%.",
              "Wrote the SQL style guide the analytics team now follows.",
              "Ran A/B tests on the sign-up flow and presented results to directors."),
          List.<String[]>of(new String[] {"Microsoft Certified: Power BI Data Analyst Associate", "Microsoft"},
              new String[] {"Google Data Analytics Certificate", "Google"},
              new String[] {"Tableau Desktop Specialist", "Tableau"}),
          List.<String[]>of(new String[] {"Rainfall Explorer", "Interactive map of fifty years of monsoon rainfall."},
              new String[] {"Basket Insights", "Market-basket analysis of a public grocery dataset."}),
          List.of("Data analyst who turns messy sales data into dashboards that managers use.",
              "Analyst with four years in retail and banking, strong in SQL and Python.")),
      new Field("nursing",
          List.of("Registered Nurse", "Staff Nurse", "Senior Staff Nurse", "Charge Nurse", "Clinical Nurse Specialist"),
          List.of("Severnside University Hospitals", "St. Aldric Medical Centre", "Mercy Vale Hospital",
              "Greenacre Community Health", "Riverbend Care Home"),
          List.of("Adult Nursing", "Nursing", "Nursing Science", "Midwifery"),
          List.of(List.of("Clinical", "NEWS2", "IV therapy", "Wound care", "Tracheostomy care", "Medication rounds"),
              List.of("Systems", "Cerner Millennium", "Epic", "Datix", "e-Rostering")),
          List.of("Led a team of eight nurses and healthcare assistants on a 28-bed ward.",
              "Introduced a safety huddle that cut missed escalations by half.",
              "Mentored twelve student nurses through their placements.",
              "Gave IV antibiotics and managed central lines for acutely ill patients.",
              "Audited hand hygiene monthly and reported to the matron.",
              "Coordinated discharges with social workers and families."),
          List.<String[]>of(new String[] {"Immediate Life Support", "Resuscitation Council UK"},
              new String[] {"Basic Life Support (BLS)", "American Heart Association"},
              new String[] {"Registered Nurse Licence", "Nursing and Midwifery Council"}),
          List.of(),
          List.of("Adult nurse with six years on acute medical wards, calm under pressure.",
              "Nurse who leads shifts, teaches students and keeps families informed.")),
      new Field("teaching",
          List.of("Mathematics Teacher", "Science Teacher", "English Teacher", "Primary School Teacher",
              "Head of Mathematics"),
          List.of("Westbrook High School", "Maple Grove Academy", "Hillcrest Primary School", "Sunnyvale International School",
              "Riverside Community College"),
          List.of("Mathematics", "Physics", "English Literature", "Education", "Biology"),
          List.of(List.of("Teaching", "Lesson planning", "Differentiation", "Classroom management", "Assessment"),
              List.of("Technology", "Google Classroom", "Desmos", "SMART Board", "Microsoft Teams")),
          List.of("Taught algebra and geometry to five classes of thirty pupils.",
              "Raised the pass rate of my exam classes from 68% to 84%.",
              "Ran the after-school maths club and the regional olympiad team.",
              "Wrote a new scheme of work for Year 9 statistics.",
              "Coached three newly qualified teachers.",
              "Organised parents' evenings and wrote termly reports."),
          List.<String[]>of(new String[] {"Qualified Teacher Status", "Department for Education"},
              new String[] {"Google Certified Educator Level 1", "Google"}),
          List.of(),
          List.of("Mathematics teacher with nine years in secondary schools who makes algebra make sense.",
              "Teacher who plans carefully and keeps every pupil involved.")),
      new Field("sales",
          List.of("Account Executive", "Sales Manager", "Business Development Representative", "Key Account Manager",
              "Inside Sales Representative"),
          List.of("Summit Office Supply", "Crestview Software", "Harbor Freight Partners", "Northgate Telecom",
              "Ironbridge Industrial"),
          List.of("Business Administration", "Marketing", "Commerce", "Economics"),
          List.of(List.of("Sales", "Prospecting", "Negotiation", "Account planning", "Pipeline management"),
              List.of("Tools", "Salesforce", "HubSpot", "LinkedIn Sales Navigator", "Gong")),
          List.of("Closed $1.4M in new business in 2024, 128% of quota.",
              "Opened twenty-two new accounts in the healthcare segment.",
              "Ran 60 discovery calls a month with a 30% conversion to demos.",
              "Built the partner referral programme that now brings a fifth of leads.",
              "Trained five new representatives on the sales playbook.",
              "Kept churn under 4% across a book of 80 accounts."),
          List.<String[]>of(new String[] {"Salesforce Certified Administrator", "Salesforce"},
              new String[] {"HubSpot Inbound Sales", "HubSpot Academy"}),
          List.of(),
          List.of("Account executive who has beaten quota six years running in B2B software.",
              "Sales professional with a steady pipeline and long customer relationships.")),
      new Field("management",
          List.of("Engineering Manager", "Operations Manager", "Project Manager", "Head of Delivery", "Programme Manager"),
          List.of("Westwind Manufacturing", "Alder Logistics", "Blueharbor Energy", "Granite Insurance",
              "Falcon Ridge Automotive"),
          List.of("Business Administration", "Mechanical Engineering", "Industrial Engineering", "Management"),
          List.of(List.of("Leadership", "People management", "Hiring", "OKRs", "Coaching", "Budgeting"),
              List.of("Delivery", "Scrum", "Kanban", "Risk management", "Stakeholder management"),
              List.of("Tools", "Jira", "Confluence", "MS Project", "Power BI")),
          List.of("Led three teams of twenty-five engineers across two sites.",
              "Delivered the plant scheduling system on time and 6% under budget.",
              "Cut hiring time from 70 to 38 days with a structured interview loop.",
              "Set quarterly OKRs and ran the monthly business review.",
              "Negotiated supplier contracts worth EUR 3 million a year.",
              "Introduced blameless post-mortems after incidents."),
          List.<String[]>of(new String[] {"Project Management Professional (PMP)", "Project Management Institute"},
              new String[] {"PRINCE2 Practitioner", "Axelos"},
              new String[] {"Professional Scrum Master I", "Scrum.org"}),
          List.of(),
          List.of("Manager with fourteen years in industrial software, the last seven leading teams.",
              "Operations leader who sets clear goals and protects the team's focus.")),
      new Field("fresher",
          List.of("Software Development Intern", "Graduate Engineer Trainee", "Data Science Intern", "Web Development Intern",
              "Summer Intern"),
          List.of("Trackwise Logistics", "Pixelnest Studios", "Greenleaf Agritech", "Campus Connect", "Sparrow Fintech"),
          List.of("Computer Science and Engineering", "Electronics and Communication", "Information Technology",
              "Computer Science"),
          List.of(List.of("Languages", "Java", "Python", "C++", "JavaScript", "C"),
              List.of("Web", "HTML", "CSS", "React", "Node.js", "Express"),
              List.of("Tools", "Git", "MySQL", "VS Code", "Linux", "Postman")),
          List.of("Built a React dashboard for delivery exceptions used by the operations team.",
              "Wrote REST endpoints in Spring Boot with 85% test coverage.",
              "Cleaned survey data and trained a model to predict crop yield.",
              "Fixed thirty bugs in the customer portal during the internship.",
              "Presented the final project to the engineering leadership."),
          List.<String[]>of(new String[] {"NPTEL Data Structures and Algorithms", "NPTEL"},
              new String[] {"Oracle Certified Associate, Java SE 8 Programmer", "Oracle"},
              new String[] {"Responsive Web Design", "freeCodeCamp"}),
          List.<String[]>of(new String[] {"Campus Canteen App", "Ordering and payment app for the college canteen, used by 1,500 students."},
              new String[] {"Traffic Sign Classifier", "CNN that recognises 43 kinds of traffic sign with 97% accuracy."},
              new String[] {"Library Seat Finder", "Web app that shows free seats in the library in real time."}),
          List.of("Final-year engineering student looking for a software role, with two internships.",
              "Graduate who enjoys building full-stack apps and learning fast.")));

  private static final List<String> FLUENCY = List.of("Native", "Fluent", "Professional", "Conversational", "Basic",
      "Fluent (C1)", "Intermediate (B1)", "B2");
  private static final List<String> OTHER_LANGUAGES = List.of("Spanish", "French", "German", "Tamil", "Italian",
      "Portuguese", "Igbo", "Arabic", "Japanese");

  /** The person of {@code random}'s next draws. */
  static Person draw(SplittableRandom random) {
    Region region = pick(random, REGIONS);
    Field field = pick(random, FIELDS);
    String first = pick(random, region.first());
    String last = pick(random, region.last());
    String name = first + " " + last;
    String slug = ascii(first + "." + last).toLowerCase(java.util.Locale.ROOT);
    Place home = pick(random, region.places());
    String email = slug + (random.nextBoolean() ? "" : String.valueOf(random.nextInt(10, 99))) + "@example." + region.tld();
    String phone = String.format(java.util.Locale.ROOT, pick(random, region.phones()), random.nextInt(0, 100));
    List<Link> links = new ArrayList<>();
    String handle = slug.replace('.', '-');
    if (random.nextInt(10) < 7) {
      links.add(new Link("LinkedIn", "https://linkedin.com/in/" + handle));
    }
    if (List.of("software", "data", "fresher").contains(field.code()) && random.nextBoolean()) {
      links.add(new Link("GitHub", "https://github.com/" + handle.replace("-", "")));
    }
    boolean fresher = field.code().equals("fresher");
    // jobs, newest first, going back from an end in 2025 or still running
    List<Job> jobs = new ArrayList<>();
    int count = fresher ? random.nextInt(1, 3) : random.nextInt(1, 5);
    Month end = random.nextInt(3) == 0 ? new Month(2025, random.nextInt(1, 13)) : null;
    Month cursor = end == null ? new Month(2025, 12) : end;
    Set<String> usedTitles = new LinkedHashSet<>();
    Set<String> usedEmployers = new LinkedHashSet<>();
    for (int i = 0; i < count; i++) {
      int months = fresher ? random.nextInt(2, 7) : random.nextInt(10, 60);
      Month start = cursor.plus(-months);
      String title = fresh(random, field.titles(), usedTitles);
      String employer = fresh(random, field.employerStems(), usedEmployers);
      if (random.nextInt(3) == 0) {
        employer = employer + " " + pick(random, region.employerEndings());
      }
      String city = random.nextInt(4) == 0 ? pick(random, region.places()).city() : home.city();
      List<String> bullets = draws(random, field.bullets(), random.nextInt(2, 5));
      jobs.add(new Job(title, employer, city, start, i == 0 ? end : cursor, bullets));
      cursor = start.plus(-random.nextInt(1, 5));
    }
    // a degree (two for some), then a school certificate for freshers
    List<School> schools = new ArrayList<>();
    Month studyEnd = cursor.plus(-random.nextInt(0, 4));
    studyEnd = new Month(studyEnd.year(), random.nextBoolean() ? 6 : 7);
    int degrees = fresher ? 1 : random.nextInt(1, 3);
    if (fresher) {
      studyEnd = new Month(2025, 5);
    }
    Set<String> usedSchools = new LinkedHashSet<>();
    for (int i = 0; i < degrees; i++) {
      int years = random.nextInt(1, 5);
      Month start = new Month(studyEnd.year() - years, 9);
      String grade = random.nextInt(3) == 0 ? null : pick(random, region.grades());
      schools.add(new School(fresh(random, region.schools(), usedSchools), pick(random, region.degrees()),
          pick(random, field.areas()), start, studyEnd, grade));
      studyEnd = new Month(start.year() - random.nextInt(0, 2), 6);
    }
    if (fresher || random.nextInt(6) == 0) {
      schools.add(new School(pick(random, List.of("Springfield Public School", "St. Xavier's High School",
          "Riverside Grammar School", "Lycée Jean Aubert", "Gymnasium am Stadtpark")), pick(random, region.schoolDegrees()),
          random.nextBoolean() ? "Science" : null, null, new Month(studyEnd.year(), 5),
          random.nextBoolean() ? random.nextInt(70, 96) + "." + random.nextInt(10) + "%" : null));
    }
    List<SkillGroup> skills = new ArrayList<>();
    List<List<String>> groups = new ArrayList<>(field.skillGroups());
    shuffle(random, groups);
    for (List<String> group : groups.subList(0, Math.min(groups.size(), random.nextInt(2, 4)))) {
      skills.add(new SkillGroup(group.get(0), draws(random, group.subList(1, group.size()), random.nextInt(3, 6))));
    }
    List<Cert> certs = new ArrayList<>();
    for (String[] c : draws(random, field.certs(), random.nextInt(0, Math.min(3, field.certs().size() + 1)))) {
      certs.add(new Cert(c[0], c[1], new Month(random.nextInt(2016, 2025), random.nextInt(1, 13))));
    }
    List<Lang> langs = new ArrayList<>();
    if (random.nextInt(4) != 0) {
      String nativeLanguage = region.nativeLanguage() == null ? "English" : region.nativeLanguage();
      langs.add(new Lang(nativeLanguage, "Native"));
      if (!nativeLanguage.equals("English")) {
        langs.add(new Lang("English", pick(random, FLUENCY.subList(1, FLUENCY.size()))));
      }
      if (random.nextBoolean()) {
        String other = pick(random, OTHER_LANGUAGES);
        if (!other.equals(nativeLanguage)) {
          langs.add(new Lang(other, pick(random, FLUENCY.subList(3, FLUENCY.size()))));
        }
      }
    }
    List<Project> projects = new ArrayList<>();
    if (!field.projects().isEmpty() && (fresher || random.nextInt(3) == 0)) {
      for (String[] p : draws(random, field.projects(), random.nextInt(1, 3))) {
        projects.add(new Project(p[0], p[1]));
      }
    }
    return new Person(name, jobs.get(0).title(), email, phone, home, links, pick(random, field.summaries()), jobs,
        schools, skills, certs, langs, projects, field.code(), region.code());
  }

  static <T> T pick(SplittableRandom random, List<T> from) {
    return from.get(random.nextInt(from.size()));
  }

  /** {@code n} different items of {@code from}, in the order drawn. */
  static <T> List<T> draws(SplittableRandom random, List<T> from, int n) {
    List<T> copy = new ArrayList<>(from);
    shuffle(random, copy);
    return List.copyOf(copy.subList(0, Math.min(n, copy.size())));
  }

  static <T> void shuffle(SplittableRandom random, List<T> list) {
    for (int i = list.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      T t = list.get(i);
      list.set(i, list.get(j));
      list.set(j, t);
    }
  }

  private static String fresh(SplittableRandom random, List<String> from, Set<String> used) {
    List<String> left = from.stream().filter(s -> !used.contains(s)).toList();
    String chosen = pick(random, left.isEmpty() ? from : left);
    used.add(chosen);
    return chosen;
  }

  private static String ascii(String s) {
    return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
        .replace("ß", "ss").replace("'", "");
  }
}
