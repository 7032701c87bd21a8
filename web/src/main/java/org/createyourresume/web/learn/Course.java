package org.createyourresume.web.learn;

import java.util.List;
import java.util.stream.Collectors;
import org.createyourresume.web.i18n.Messages;

/**
 * A course: an ordered list of lessons, read from {@code learn/<id>/course.md} and the lesson
 * files beside it.
 *
 * @param id its id, the folder's name and the last part of its address
 * @param title its name
 * @param summary one or two sentences for the course list and the meta description
 * @param order its place among the courses, from 1
 * @param introHtml the introduction from {@code course.md}, as safe HTML
 * @param lessons its lessons in order, numbered from 1
 * @param file the {@code course.md} it was read from, for messages
 * @param links the links the introduction contains
 */
public record Course(
    String id, String title, String summary, int order, String introHtml, List<Lesson> lessons,
    String file, List<LessonLink> links) {

  public String url() {
    return "/learn/" + id;
  }

  /** Reading time of every lesson together, in minutes. */
  public int minutes() {
    return lessons.stream().mapToInt(Lesson::minutes).sum();
  }

  /** The total time as people say it: "45 minutes", "1 hour", "5 hours 50 minutes". */
  public String time() {
    return duration(minutes());
  }

  /** The total time in the words of the page's language: "45 minutes", "1 Stunde", "5 heures 50 minutes". */
  public String time(Messages t) {
    int hours = minutes() / 60;
    int rest = minutes() % 60;
    return hours == 0
        ? t.get("learn.time.minutes", rest)
        : rest == 0 ? t.get("learn.time.hours", hours) : t.get("learn.time.hours-minutes", hours, rest);
  }

  static String duration(int minutes) {
    int hours = minutes / 60;
    int rest = minutes % 60;
    String h = hours == 0 ? "" : hours + (hours == 1 ? " hour" : " hours");
    String m = rest == 0 ? "" : rest + (rest == 1 ? " minute" : " minutes");
    return h.isEmpty() ? (m.isEmpty() ? "0 minutes" : m) : m.isEmpty() ? h : h + " " + m;
  }

  /** The progress keys of its lessons, space-separated, for the page script. */
  public String lessonKeys() {
    return lessons.stream().map(Lesson::key).collect(Collectors.joining(" "));
  }

  public Lesson first() {
    return lessons.get(0);
  }
}
