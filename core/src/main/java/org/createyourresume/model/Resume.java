package org.createyourresume.model;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A whole JSON Resume 1.x document. Lists are {@code null} when the document leaves the section
 * out; the {@code …List()} accessors give an empty list instead.
 *
 * @param schema the document's {@code $schema} link
 */
public record Resume(
    String schema,
    Basics basics,
    List<Work> work,
    List<Volunteer> volunteer,
    List<Education> education,
    List<Award> awards,
    List<Certificate> certificates,
    List<Publication> publications,
    List<Skill> skills,
    List<Language> languages,
    List<Interest> interests,
    List<Reference> references,
    List<Project> projects,
    Meta meta,
    Map<String, JsonNode> unknown) {

  public Resume {
    work = Unknown.list(work);
    volunteer = Unknown.list(volunteer);
    education = Unknown.list(education);
    awards = Unknown.list(awards);
    certificates = Unknown.list(certificates);
    publications = Unknown.list(publications);
    skills = Unknown.list(skills);
    languages = Unknown.list(languages);
    interests = Unknown.list(interests);
    references = Unknown.list(references);
    projects = Unknown.list(projects);
    unknown = Unknown.fields(unknown);
  }

  /** A resume with only a name. */
  public static Resume named(String name) {
    Basics basics = new Basics(name, null, null, null, null, null, null, null, null, null);
    return new Resume(
        null, basics, null, null, null, null, null, null, null, null, null, null, null, null, null);
  }

  /** The design settings, or {@link Design#DEFAULTS} when the document has none. */
  public Design design() {
    return meta == null || meta.design() == null ? Design.DEFAULTS : meta.design();
  }

  /** The same resume with other design settings. */
  public Resume withDesign(Design design) {
    Meta newMeta =
        meta == null
            ? new Meta(null, null, null, design, null)
            : new Meta(meta.canonical(), meta.version(), meta.lastModified(), design, meta.unknown());
    return new Resume(
        schema, basics, work, volunteer, education, awards, certificates, publications, skills,
        languages, interests, references, projects, newMeta, unknown);
  }

  /** The basics, never null. */
  public Basics basicsOrEmpty() {
    return basics != null
        ? basics
        : new Basics(null, null, null, null, null, null, null, null, null, null);
  }

  public List<Work> workList() {
    return Unknown.orEmpty(work);
  }

  public List<Volunteer> volunteerList() {
    return Unknown.orEmpty(volunteer);
  }

  public List<Education> educationList() {
    return Unknown.orEmpty(education);
  }

  public List<Award> awardList() {
    return Unknown.orEmpty(awards);
  }

  public List<Certificate> certificateList() {
    return Unknown.orEmpty(certificates);
  }

  public List<Publication> publicationList() {
    return Unknown.orEmpty(publications);
  }

  public List<Skill> skillList() {
    return Unknown.orEmpty(skills);
  }

  public List<Language> languageList() {
    return Unknown.orEmpty(languages);
  }

  public List<Interest> interestList() {
    return Unknown.orEmpty(interests);
  }

  public List<Reference> referenceList() {
    return Unknown.orEmpty(references);
  }

  public List<Project> projectList() {
    return Unknown.orEmpty(projects);
  }
}
