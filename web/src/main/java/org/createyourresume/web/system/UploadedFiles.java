package org.createyourresume.web.system;

import java.io.IOException;
import org.springframework.web.multipart.MultipartFile;

/**
 * The checks every import endpoint makes on its uploaded file before any reading, each refusal a
 * problem naming the form field: no file, a file name over the limit, an empty file, a file over
 * the importer's size limit.
 */
public final class UploadedFiles {
  private UploadedFiles() {}

  /**
   * The file's bytes, once it passed the checks.
   *
   * @param field the form field the file comes in
   * @param what what the file should be, for the message when there is none ("resume")
   * @param maxBytes the importer's size limit
   * @throws ApiProblem 400 without a file, with an empty one or an overlong name; 413 over the limit
   */
  public static byte[] read(MultipartFile file, String field, String what, long maxBytes) throws IOException {
    if (file == null) {
      throw ApiProblem.missingFile(field, "Send the " + what + " file in a form field named \"" + field + "\".");
    }
    if (file.getOriginalFilename() != null && file.getOriginalFilename().length() > ApiProblem.MAX_FILE_NAME_LENGTH) {
      throw ApiProblem.fileNameTooLong(field);
    }
    if (file.isEmpty()) {
      throw ApiProblem.missingFile(field, "The file is empty.");
    }
    if (file.getSize() > maxBytes) {
      throw ApiProblem.fileTooLarge(field, maxBytes);
    }
    return file.getBytes();
  }
}
