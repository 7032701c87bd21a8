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
}
