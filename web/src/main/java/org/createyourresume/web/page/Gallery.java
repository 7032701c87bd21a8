package org.createyourresume.web.page;

import java.util.ArrayList;
import java.util.List;
import org.createyourresume.render.TemplateInfo;
import org.createyourresume.web.i18n.Messages;

/**
 * The template gallery as {@code templates.jte} draws it: every template as a card, those the
 * filter lets through shown and the rest hidden (so the page's script can filter again without a
 * round trip), and the filter's choices, all derived from the templates' own data.
 *
 * @param cards every template, in the order the renderer lists them
 * @param filter what the gallery is narrowed to
 * @param problem why the query was refused (the page then shows every template), or {@code null}
 */
record Gallery(List<Card> cards, GalleryFilter filter, String problem) {

  Gallery {
    cards = List.copyOf(cards);
  }

  /** The gallery of {@code templates} narrowed by {@code filter}. */
  static Gallery of(List<TemplateInfo> templates, GalleryFilter filter) {
    return new Gallery(
        templates.stream().map(t -> new Card(t, filter.matches(t))).toList(), filter, null);
  }

  /** Every template, with the sentence saying why the query asked for was refused. */
  static Gallery refused(List<TemplateInfo> templates, String problem) {
    return new Gallery(of(templates, GalleryFilter.ANY).cards(), GalleryFilter.ANY, problem);
  }

  /** How many cards are shown. */
  long shown() {
    return cards.stream().filter(Card::shown).count();
  }

  /** "5 of 13 templates", or "All 13 templates", in the words of {@code t}. */
  String count(Messages t) {
    int total = cards.size();
    return filter.isAny()
        ? t.get("templates.count.all", total)
        : t.get("templates.count.shown", shown(), total);
  }

  /** The filter's questions, each with its answers, "any" first and the current one checked. */
  List<Group> groups(Messages t) {
    List<Group> groups = new ArrayList<>();
    groups.add(new Group(GalleryFilter.COLUMNS, t.get("templates.filter.columns"), List.of(
        any(t, filter.columns() == null),
        new Choice("1", t.get("templates.filter.columns.1"),
            Integer.valueOf(1).equals(filter.columns())),
        new Choice("2", t.get("templates.filter.columns.2"),
            Integer.valueOf(2).equals(filter.columns())))));
    groups.add(new Group(GalleryFilter.PHOTO, t.get("templates.filter.photo"), List.of(
        any(t, filter.photo() == null),
        new Choice("yes", t.get("templates.filter.photo.yes"), Boolean.TRUE.equals(filter.photo())),
        new Choice("no", t.get("templates.filter.photo.no"), Boolean.FALSE.equals(filter.photo())))));
    groups.add(new Group(GalleryFilter.STYLE, t.get("templates.filter.style"),
        choices(t, TemplateInfo.STYLES, filter.style())));
    groups.add(new Group(GalleryFilter.BEST_FOR, t.get("templates.filter.best-for"),
        choices(t, TemplateInfo.AUDIENCES, filter.bestFor())));
    return groups;
  }

  private static List<Choice> choices(Messages t, List<String> values, String chosen) {
    List<Choice> choices = new ArrayList<>();
    choices.add(any(t, chosen == null));
    for (String value : values) {
      choices.add(new Choice(value, GalleryFilter.label(value, t), value.equals(chosen)));
    }
    return choices;
  }

  private static Choice any(Messages t, boolean checked) {
    return new Choice("", t.get("templates.filter.any"), checked);
  }

  /**
   * One question of the filter form: a group of radio buttons.
   *
   * @param name the query parameter
   * @param legend what the group asks
   * @param choices its answers
   */
  record Group(String name, String legend, List<Choice> choices) {

    /** The id of one answer's radio button. */
    String idOf(Choice choice) {
      return "filter-" + name + "-" + (choice.value().isEmpty() ? "any" : choice.value());
    }
  }

  /**
   * One answer.
   *
   * @param value the query value ({@code ""} for any)
   * @param label what the button says
   * @param checked whether it is the current answer
   */
  record Choice(String value, String label, boolean checked) {}

  /**
   * One template's card.
   *
   * @param template the template
   * @param shown whether the filter lets it through
   */
  record Card(TemplateInfo template, boolean shown) {

    /** "1 column" or "2 columns". */
    String columnsBadge(Messages t) {
      return t.get("templates.badge.columns", template.columns());
    }

    /** The audiences as people read them: "Experienced, IT". */
    String bestForLabel(Messages t) {
      return String.join(", ",
          template.bestFor().stream().map(a -> GalleryFilter.label(a, t)).toList());
    }

    /**
     * Every filter answer this template passes, as the page's script reads them: {@code
     * "columns:2 photo:yes style:modern bestFor:it"}.
     */
    String answers() {
      List<String> answers = new ArrayList<>();
      answers.add(GalleryFilter.COLUMNS + ":" + template.columns());
      answers.add(GalleryFilter.PHOTO + ":" + (template.photo() ? "yes" : "no"));
      answers.add(GalleryFilter.STYLE + ":" + template.style());
      template.bestFor().forEach(a -> answers.add(GalleryFilter.BEST_FOR + ":" + a));
      return String.join(" ", answers);
    }

    /**
     * The template's one-line description in the page's language. The catalogue's own English is
     * kept for a template that has no translated description yet (one added to the core later).
     */
    String description(Messages t) {
      // literal keys, so that the bundle tests see each one used
      String key =
          switch (template.id()) {
            case "academic" -> "templates.description.academic";
            case "atlas" -> "templates.description.atlas";
            case "classic" -> "templates.description.classic";
            case "compact" -> "templates.description.compact";
            case "executive" -> "templates.description.executive";
            case "harbor" -> "templates.description.harbor";
            case "minimal" -> "templates.description.minimal";
            case "modern" -> "templates.description.modern";
            case "portrait" -> "templates.description.portrait";
            case "starter" -> "templates.description.starter";
            case "summit" -> "templates.description.summit";
            case "technical" -> "templates.description.technical";
            case "timeline" -> "templates.description.timeline";
            default -> null;
          };
      return key == null ? template.description() : t.get(key);
    }

    /** What the picture shows, for people who cannot see it. */
    String alt(Messages t) {
      return t.get("templates.alt", template.name(), template.columns(), template.photo() ? 1 : 0);
    }
  }
}
