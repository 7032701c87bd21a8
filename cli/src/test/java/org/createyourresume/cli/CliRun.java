package org.createyourresume.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** One command line run with captured output, error and binary output, as a user would see it. */
record CliRun(int exitCode, String out, String err, byte[] binary) {

  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    ByteArrayOutputStream binary = new ByteArrayOutputStream();
    CommandLine cli = ResumeCli.commandLine(binary);
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute(args);
    return new CliRun(code, out.toString(), err.toString(), binary.toByteArray());
  }

  /** The lines written to standard error. */
  java.util.List<String> errLines() {
    return err.lines().toList();
  }
}
