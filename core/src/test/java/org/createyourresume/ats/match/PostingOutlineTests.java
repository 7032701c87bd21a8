package org.createyourresume.ats.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.createyourresume.ats.match.PostingOutline.Part;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which part of a posting each line belongs to: headings, inline labels and sentences. */
class PostingOutlineTests {

  private static Part partOf(String posting, String word) {
    String text = TextAnalysis.normalise(posting);
    return PostingOutline.of(text).partAt(text, text.indexOf(word));
  }

  @ParameterizedTest(name = "heading \"{0}\" → {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Requirements                     | REQUIRED
      What we are looking for:         | REQUIRED
      Minimum qualifications           | REQUIRED
      Skills required                  | REQUIRED
      Who can apply                    | REQUIRED
      Eligibility:                     | REQUIRED
      Person specification – essential | REQUIRED
      Nice to have                     | PREFERRED
      Desirable                        | PREFERRED
      Preferred qualifications         | PREFERRED
      Good to have                     | PREFERRED
      Bonus points if you have         | PREFERRED
      A plus                           | PREFERRED
      What you will do                 | DUTIES
      Main duties                      | DUTIES
      Essential functions:             | DUTIES
      What we offer                    | ABOUT
      Who we're looking for            | REQUIRED
      Your qualifications:             | REQUIRED
      It's a plus if you have          | PREFERRED
      Even better if you also know     | PREFERRED
      Would be a bonus:                | PREFERRED
      IT IS A PLUS IF YOU              | PREFERRED
      We value                         | PREFERRED
      Nice extras                      | PREFERRED
      What you should bring            | REQUIRED
      Profile:                         | REQUIRED
      What will make you stand out     | PREFERRED
      The successful candidate will have: | REQUIRED
      The ideal candidate              | REQUIRED
      Duties will include:             | DUTIES
      Other requirements specific to the role | REQUIRED
      Desirable (not required):        | PREFERRED
      Experience:                      | REQUIRED
      License/Certification:           | REQUIRED
      ✅ What you bring                 | REQUIRED
      Why Northwind?                   | ABOUT
      About the programme              | ABOUT
      About the candidate              | REQUIRED
      What would help:                 | PREFERRED
      What could also help             | PREFERRED
      Shift timings                    | ABOUT
      What's needed:                   | REQUIRED
      """)
  void headingsSetThePartOfTheLinesBelow(String heading, Part part) {
    assertThat(partOf("Title\n\n" + heading + "\n- Terraform\n", "Terraform")).isEqualTo(part);
  }

  @ParameterizedTest(name = "heading \"{0}\" → {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Das solltest du mitbringen        | REQUIRED
      Damit überzeugen Sie uns          | REQUIRED
      Was wir uns von dir wünschen      | REQUIRED
      Idealerweise bringst du mit       | PREFERRED
      Ce que nous attendons de vous     | REQUIRED
      Le profil idéal                   | REQUIRED
      Savoir-être                       | REQUIRED
      Les petits plus                   | PREFERRED
      Ce qui fera la différence         | PREFERRED
      Lo que pedimos                    | REQUIRED
      Conocimientos técnicos            | REQUIRED
      Lo que valoramos                  | PREFERRED
      Requisitos deseados               | PREFERRED
      Suma puntos                       | PREFERRED
      """)
  void headingsInGermanFrenchAndSpanishSetThePartOfTheLinesBelow(String heading, Part part) {
    assertThat(partOf("Titel\n\n" + heading + "\n- Terraform\n", "Terraform")).isEqualTo(part);
  }

  @Test
  void anInlineLabelSayingWhatWouldHelpMarksExtras() {
    String posting = "Transport Planner\n\nWhat we ask: Experience with a TMS.\nWhat would help: Knowledge of SAP. Polish.\n";
    assertThat(partOf(posting, "TMS")).isEqualTo(Part.REQUIRED);
    assertThat(partOf(posting, "SAP")).isEqualTo(Part.PREFERRED);
    assertThat(partOf(posting, "Polish")).isEqualTo(Part.PREFERRED);
  }

  @Test
  void inlineLabelsSetTheirOwnLineOnly() {
    String posting = "Mandatory Skills: AWS, Terraform\nPreferred Skills: Prometheus, Grafana\nWe use Jira.\n";
    assertThat(partOf(posting, "Terraform")).isEqualTo(Part.REQUIRED);
    assertThat(partOf(posting, "Grafana")).isEqualTo(Part.PREFERRED);
    assertThat(partOf(posting, "Jira")).isEqualTo(Part.NEUTRAL);
  }

  @Test
  void aSentenceCanSayMoreThanItsParagraph() {
    String posting = "We'd like you to have three years of Django. Experience with Celery would be a bonus.\n";
    assertThat(partOf(posting, "Django")).isEqualTo(Part.REQUIRED);
    assertThat(partOf(posting, "Celery")).isEqualTo(Part.PREFERRED);
  }

  @Test
  void aQualifiedPlusStillMarksAnExtra() {
    String posting = "You must hold a CCNA. Experience with Juniper or Ansible would be a strong plus.\n";
    assertThat(partOf(posting, "CCNA")).isEqualTo(Part.REQUIRED);
    assertThat(partOf(posting, "Ansible")).isEqualTo(Part.PREFERRED);
  }

  @Test
  void welcomeButNotEssentialIsAnExtra() {
    String posting = "What we're looking for: experience of stoma care is welcome but not essential; a kind manner.\n";
    assertThat(partOf(posting, "stoma")).isEqualTo(Part.PREFERRED);
  }

  @Test
  void aClauseInAListItemKeepsItsOwnCue() {
    String posting = "Requirements\n- Go or Python; Kafka is a plus\n- CCNA (CCNP preferred)\n";
    assertThat(partOf(posting, "Python")).isEqualTo(Part.REQUIRED);
    assertThat(partOf(posting, "Kafka")).isEqualTo(Part.PREFERRED);
    // a bracketed aside does not demote the item it qualifies
    assertThat(partOf(posting, "CCNA")).isEqualTo(Part.REQUIRED);
  }

  @Test
  void anAsideThatOnlySaysPreferredDemotesItsItem() {
    String posting = "Requirements\n- Kafka\n- Redis (preferred)\n- Helm (nice to have), Argo CD\n";
    assertThat(partOf(posting, "Kafka")).isEqualTo(Part.REQUIRED);
    assertThat(partOf(posting, "Redis")).isEqualTo(Part.PREFERRED);
    assertThat(partOf(posting, "Helm")).isEqualTo(Part.PREFERRED);
  }

  @ParameterizedTest(name = "heading \"{0}\" → {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Knowledge, Skills and Abilities  | REQUIRED
      Candidate Requirements           | REQUIRED
      Ideal Candidate                  | REQUIRED
      Qualifications Required          | REQUIRED
      What you'll bring                | REQUIRED
      Must-have skills                 | REQUIRED
      Core competencies                | REQUIRED
      Desired Candidate Profile        | REQUIRED
      Pluses:                          | PREFERRED
      Good-to-have skills              | PREFERRED
      Extra points for                 | PREFERRED
      Brownie points                   | PREFERRED
      Helpful but not required         | PREFERRED
      Ideally you'll also have         | PREFERRED
      Desired Qualifications           | PREFERRED
      Principal Duties                 | DUTIES
      Accountabilities                 | DUTIES
      Your day-to-day                  | DUTIES
      Perks & Benefits                 | ABOUT
      Physical Requirements            | ABOUT
      Working conditions               | ABOUT
      """)
  void headingsNamedInOtherWordsSetThePartOfTheLinesBelow(String heading, Part part) {
    assertThat(partOf("Title\n\n" + heading + "\n- Terraform\n", "Terraform")).isEqualTo(part);
  }

  @Test
  void aDescriptionHeadingEndsThePartBeforeIt() {
    String posting = "Title\n\nNice to have\n- Kafka\n\nJob Summary\nYou will run Terraform for us.\n";
    assertThat(partOf(posting, "Kafka")).isEqualTo(Part.PREFERRED);
    assertThat(partOf(posting, "Terraform")).isEqualTo(Part.NEUTRAL);
  }

  @Test
  void anItemOfAListWithoutBulletsIsNoHeadingForItsWords() {
    String posting = "Title\n\nRequirements\nStrong SQL skills\nNice to have\nsome dbt experience\n";
    List<PostingOutline.Line> lines = PostingOutline.of(TextAnalysis.normalise(posting)).lines();
    assertThat(lines).extracting(PostingOutline.Line::body).contains("Strong SQL skills", "some dbt experience");
    assertThat(partOf(posting, "SQL")).isEqualTo(Part.REQUIRED);
    assertThat(partOf(posting, "dbt")).isEqualTo(Part.PREFERRED);
  }

  @Test
  void theSuccessfulCandidateWillIsStillTheDuties() {
    assertThat(partOf("Title\n\nThe successful candidate will:\n- Run Terraform\n", "Terraform")).isEqualTo(Part.DUTIES);
  }

  @Test
  void aRowOfATableTakesItsPartFromTheCellThatSaysSo() {
    String posting = "Skills matrix\n\nSkill\tLevel\tRequired\nRoute planning\tWorking knowledge\tYes\n"
        + "Transport Manager CPC\tHolder\tNo – desirable\nPhD in Chemistry\tEssential\tApplication\n";
    assertThat(partOf(posting, "Route")).isEqualTo(Part.REQUIRED);
    assertThat(partOf(posting, "CPC")).isEqualTo(Part.PREFERRED);
    assertThat(partOf(posting, "PhD")).isEqualTo(Part.REQUIRED);
    // the item is the first cell alone; the header row is no item of a part
    List<PostingOutline.Line> lines = PostingOutline.of(TextAnalysis.normalise(posting)).lines();
    assertThat(lines).extracting(PostingOutline.Line::body).contains("Route planning", "Transport Manager CPC");
    assertThat(lines).filteredOn(l -> l.body().startsWith("Skill")).extracting(PostingOutline.Line::part).containsOnly(Part.NEUTRAL);
  }

  @Test
  void anItemMarkedRequiredIsRequiredWhereverItStands() {
    String posting = "Benefits:\n- Dental insurance\n\nWarehouse supervision: 2 years (Required)\nForklift Certification (Required)\n";
    assertThat(partOf(posting, "Forklift")).isEqualTo(Part.REQUIRED);
  }

  @Test
  void pictographsNumeralsInBracketsAndLettersInBracketsAreBullets() {
    List<PostingOutline.Line> lines = PostingOutline.of("Requirements\n👉 Kafka\n✔️ Spark\n(b) Distributor management\n(iii) Flink\n").lines();
    assertThat(lines).extracting(PostingOutline.Line::body).containsExactly("Kafka", "Spark", "Distributor management", "Flink");
    assertThat(lines).extracting(PostingOutline.Line::listItem).containsOnly(true);
  }

  @Test
  void aLineOfShortPiecesUnderAHeadingIsAList() {
    List<PostingOutline.Line> lines = PostingOutline.of("Desirable\nAcupuncture certification; Pilates instructor qualification.\n").lines();
    assertThat(lines.get(0).listItem()).isTrue();
    assertThat(lines.get(0).part()).isEqualTo(Part.PREFERRED);
  }

  @Test
  void sayingItIsNotNeededMakesAnExtra() {
    String posting = "You know Figma well. We'd love it if you have played with Framer, but neither is needed on day one.\n";
    assertThat(partOf(posting, "Framer")).isEqualTo(Part.PREFERRED);
  }

  @Test
  void listItemsAreMarkedAndHeadingsAreNotLines() {
    List<PostingOutline.Line> lines = PostingOutline.of("Requirements\n• Kafka\n1. Spark\nPlain sentence here.\n").lines();
    assertThat(lines).extracting(PostingOutline.Line::body).containsExactly("Kafka", "Spark", "Plain sentence here.");
    assertThat(lines).extracting(PostingOutline.Line::listItem).containsExactly(true, true, false);
  }

  @Test
  void aTableWhoseColumnsAreEssentialAndDesirableGivesEachTickItsColumn() {
    String posting = "Person specification\n\nCriteria\tEssential\tDesirable\nWriting Cobol\tX\t\nRunning Ansible\t\tX\n\nApply now.\n";
    assertThat(partOf(posting, "Cobol")).isEqualTo(Part.REQUIRED);
    assertThat(partOf(posting, "Ansible")).isEqualTo(Part.PREFERRED);
    assertThat(partOf(posting, "Apply")).isEqualTo(Part.NEUTRAL);
    assertThat(PostingOutline.of(TextAnalysis.normalise(posting)).lines()).extracting(PostingOutline.Line::body)
        .contains("Writing Cobol", "Running Ansible").doesNotContain("Criteria\tEssential\tDesirable");
  }

  @Test
  void aTableThatWritesItsItemsInEssentialAndDesirableColumnsGivesEachCellItsColumn() {
    String posting = "Attribute\tEssential\tDesirable\nSkills\tBed making; hoist training\tWound dressing\nKnowledge\tFire safety\t\n";
    assertThat(partOf(posting, "hoist")).isEqualTo(Part.REQUIRED);
    assertThat(partOf(posting, "Wound")).isEqualTo(Part.PREFERRED);
    assertThat(partOf(posting, "Fire")).isEqualTo(Part.REQUIRED);
    // the first cell names the kind of item, and is in no part
    assertThat(partOf(posting, "Knowledge")).isEqualTo(Part.NEUTRAL);
  }

  @Test
  void aLeadInSentenceThatSaysDesirableOpensExtras() {
    String posting = "Selection criteria\n(a) a degree in zoology;\nIt is desirable that the candidate also has:\n(b) skills in QGIS;\n";
    assertThat(partOf(posting, "zoology")).isEqualTo(Part.REQUIRED);
    assertThat(partOf(posting, "QGIS")).isEqualTo(Part.PREFERRED);
  }

  @Test
  void workdaysAdditionalQualificationsAreExtras() {
    String posting = "Minimum Qualifications\nBudget control\n\nAdditional Qualifications\nPrince2 certification\n";
    assertThat(partOf(posting, "Budget")).isEqualTo(Part.REQUIRED);
    assertThat(partOf(posting, "Prince2")).isEqualTo(Part.PREFERRED);
  }

  @Test
  void theFirstLineUnderAHeadingIsItsItemEvenWhenItsWordsCouldHeadAList() {
    String posting = "Eligibility:\nAny graduate\n\nAdded advantage:\nKnowledge of Tamil\nBasic Tally\n";
    assertThat(partOf(posting, "Tamil")).isEqualTo(Part.PREFERRED);
    assertThat(partOf(posting, "Tally")).isEqualTo(Part.PREFERRED);
  }
}
