package org.createyourresume.render;

import static org.assertj.core.api.Assertions.fail;

import java.util.List;

/** Asserts that every expected field appears in a flattened text, each after the one before. */
final class InOrder {
  private InOrder() {}

  static void assertFieldsInOrder(String what, String flatText, List<ExpectedFields.Field> fields) {
    int from = 0;
    for (ExpectedFields.Field field : fields) {
      int at = flatText.indexOf(field.text(), from);
      if (at < 0) {
        int anywhere = flatText.indexOf(field.text());
        fail(
            "%s: %s \"%s\" %s%nafter: …%s…",
            what,
            field.path(),
            field.text(),
            anywhere < 0 ? "is missing" : "is out of order",
            flatText.substring(Math.max(0, from - 80), Math.min(flatText.length(), from + 120)));
      }
      from = at + field.text().length();
    }
  }
}
