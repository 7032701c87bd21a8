package org.createyourresume.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.createyourresume.json.JsonResumeException;
import org.createyourresume.json.JsonResumeReader;
import org.createyourresume.json.ReadResult;
import org.createyourresume.json.ResumeValidator;

/** Reads a resume file for a command, turning every way it can fail into one clear line. */
final class ResumeInput {
  private ResumeInput() {}

  /** Resume files are small; anything bigger is a mistake (a PDF passed by accident, say). */
  static final long MAX_BYTES = 5L * 1024 * 1024;

  static ReadResult read(Path file, ResumeValidator validator) {
    return new JsonResumeReader(validator).read(text(file));
  }

  static ReadResult readOrFail(Path file, ResumeValidator validator) {
    try {
      return read(file, validator);
    } catch (JsonResumeException e) {
      throw CliException.invalidInput(file + ": " + e.getMessage());
    }
  }

  /** A file's bytes, refused with one clear line when it is missing, a folder or over {@code max}. */
  static byte[] bytes(Path path, long max) {
    try {
      if (Files.isDirectory(path)) {
        throw CliException.invalidInput(path + " is a folder, not a resume file");
      }
      long size = Files.size(path);
      if (size > max) {
        throw CliException.invalidInput(path + " is " + size / 1024 + " KB; files of up to "
            + max / 1024 + " KB can be read");
      }
      return Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw CliException.invalidInput("cannot read " + path + ": no such file");
    } catch (IOException e) {
      throw CliException.invalidInput("cannot read " + path + ": " + e.getMessage());
    }
  }

  /** The file's text, checked to be UTF-8 and of a sane size. */
  static String text(Path file) {
    byte[] bytes = bytes(file, MAX_BYTES);
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw CliException.invalidInput(file + " is not UTF-8 text (is it a JSON Resume file?)");
    }
  }
}
