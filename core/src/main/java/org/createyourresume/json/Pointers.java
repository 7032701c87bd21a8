package org.createyourresume.json;

/** Building RFC 6901 JSON pointers. */
final class Pointers {
  private Pointers() {}

  static String child(String parent, String name) {
    return parent + "/" + name.replace("~", "~0").replace("/", "~1");
  }

  static String index(String parent, int index) {
    return parent + "/" + index;
  }
}
