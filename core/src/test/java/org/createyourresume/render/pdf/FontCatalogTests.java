package org.createyourresume.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.junit.jupiter.api.Test;

class FontCatalogTests {

  private final FontCatalog fonts = new FontCatalog();

  @Test
  void everyFaceOfEveryFamilyCoversLatinExtendedGreekAndCyrillic() throws IOException {
    String sample =
        " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~"
            + "ÀÉÎÕÜßàçèéêëñöøœšžŁłŃńŘřŞşŻżĞğİıĆćĐđŐőŰűȘșȚț"
            + "ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩαβγδεζηθικλμνξοπρστυφχψωάέήίόύώ"
            + "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюяЄІЇҐєіїґЂЋЉЊЏђћљњџ"
            + "•–—‘’“”…€£©®™°±×÷";
    for (FontFamily family : fonts.families()) {
      for (FontFace face : FontFace.values()) {
        TrueTypeFont font = fonts.face(family, face);
        sample.codePoints()
            .forEach(
                c -> {
                  try {
                    assertThat(font.getUnicodeCmapLookup().getGlyphId(c))
                        .as("%s %s has %s", family.name(), face, new String(Character.toChars(c)))
                        .isPositive();
                  } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                  }
                });
      }
    }
  }

  @Test
  void eachThreadParsesAFaceOnceAndKeepsGsubOff() throws Exception {
    FontFamily family = fonts.families().get(0);
    TrueTypeFont first = fonts.face(family, FontFace.REGULAR);
    assertThat(fonts.face(family, FontFace.REGULAR)).isSameAs(first);
    assertThat(first.isEnableGsub()).isFalse();
    TrueTypeFont[] other = new TrueTypeFont[1];
    Thread thread = new Thread(() -> other[0] = fonts.face(family, FontFace.REGULAR));
    thread.start();
    thread.join();
    assertThat(other[0]).isNotSameAs(first);
  }

  @Test
  void everyFamilyShipsItsLicence() {
    for (FontFamily family : fonts.families()) {
      assertThat(FontCatalog.class.getResource(
              "/org/createyourresume/render/fonts/" + family.directory() + "/OFL.txt"))
          .as(family.name())
          .isNotNull();
    }
  }

  @Test
  void everyFallbackFaceShipsItsLicenceAndCoversItsScript() {
    for (FontFamily family : fonts.families()) {
      for (FontFamily fallback : fonts.fallbacks(family)) {
        String folder = "/org/createyourresume/render/fonts/" + fallback.directory() + "/";
        String licence = fallback.licence().equals("OFL-1.1") ? "OFL.txt" : "LICENSE.txt";
        assertThat(FontCatalog.class.getResource(folder + licence)).as(fallback.directory()).isNotNull();
      }
      // one letter of each script the fallbacks are for: Arabic, Hebrew, Devanagari, Han, kana, Hangul
      "بשकह字あ한".codePoints()
          .forEach(c -> assertThat(fonts.canDisplay(family, c)).as("%s shows U+%04X", family.name(), c).isTrue());
      // and a script none of them has: Runic
      assertThat(fonts.canDisplay(family, 0x16A0)).isFalse();
    }
  }
}
