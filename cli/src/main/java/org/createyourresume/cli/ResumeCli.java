package org.createyourresume.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.createyourresume.ats.AtsChecker;
import org.createyourresume.ats.AtsLimits;
import org.createyourresume.importer.LetterImporter;
import org.createyourresume.importer.ResumeImporter;
import org.createyourresume.render.ResumeRenderer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/** {@code cyr}: the root command and the program's entry point (for the CLI and the server). */
@Command(
    name = "cyr",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Create Your Resume: ATS-friendly resumes from JSON Resume files, and any resume imported into one.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:Done.",
      "1:Invalid resume (validate), or output could not be produced or written.",
      "2:Bad usage or unusable input (unreadable file, not JSON, unknown template).",
      "3:ATS check below the threshold.",
      "4:Internal error (a bug: please report it)."
    },
    subcommands = {
      TemplatesCommand.class,
      RenderCommand.class,
      LetterCommand.class,
      ValidateCommand.class,
      CheckCommand.class,
      ImportCommand.class,
      ServeCommand.class,
      CommandLine.HelpCommand.class
    })
public final class ResumeCli implements Callable<Integer> {

  /** System properties that send commons-logging to java.util.logging. */
  private static final String[][] COMMONS_LOGGING_TO_JUL = {
    {"org.apache.commons.logging.LogFactory", "org.apache.commons.logging.impl.LogFactoryImpl"},
    {"org.apache.commons.logging.Log", "org.apache.commons.logging.impl.Jdk14Logger"},
  };

  private final OutputStream binaryOut;
  private ResumeRenderer renderer;
  private AtsChecker checker;
  private ResumeImporter importer;
  private LetterImporter letterImporter;

  ResumeCli(OutputStream binaryOut) {
    this.binaryOut = binaryOut;
  }

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs one command line with the process's standard streams; returns the exit code. */
  static int run(String... args) {
    quietLibraryLogging();
    // LanguageTool logs through SLF4J; without a provider SLF4J itself warns on standard error
    if (System.getProperty("slf4j.internal.verbosity") == null) {
      System.setProperty("slf4j.internal.verbosity", "ERROR");
    }
    return commandLine(System.out).execute(args);
  }

  /** The command line, writing binary output (e.g. {@code -o -}) to {@code binaryOut}. */
  static CommandLine commandLine(OutputStream binaryOut) {
    CommandLine cli = new CommandLine(new ResumeCli(binaryOut));
    cli.setParameterExceptionHandler(new OneLineUsageErrors());
    cli.setExecutionExceptionHandler(new OneLineFailures());
    return cli;
  }

  /** The shared renderer, created on first use (commands such as --help do not need it). */
  ResumeRenderer renderer() {
    if (renderer == null) {
      renderer = ResumeRenderer.create();
    }
    return renderer;
  }

  /** The shared ATS checker, created on first use, rendering with {@link #renderer()}. */
  AtsChecker checker() {
    if (checker == null) {
      checker = AtsChecker.create(AtsLimits.DEFAULT, renderer());
    }
    return checker;
  }

  /** The importer, created on first use. */
  ResumeImporter importer() {
    if (importer == null) {
      importer = ResumeImporter.create();
    }
    return importer;
  }

  /** The letter importer, created on first use. */
  LetterImporter letterImporter() {
    if (letterImporter == null) {
      letterImporter = LetterImporter.create();
    }
    return letterImporter;
  }

  PrintStream binaryOut() {
    return binaryOut instanceof PrintStream print ? print : new PrintStream(binaryOut, true);
  }

  @Spec private CommandSpec spec;

  /** {@code cyr} alone: say what to do instead of doing nothing. */
  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    err.println("error: choose a command: templates, render, validate, check, import or serve");
    err.println("(run 'cyr --help' for usage)");
    err.flush();
    return ExitCodes.INVALID_INPUT;
  }

  /**
   * PDF and font libraries log through java.util.logging and commons-logging; a CLI prints only
   * its own lines.
   */
  private static void quietLibraryLogging() {
    Logger.getLogger("").setLevel(Level.SEVERE);
    Logger.getLogger("org.apache").setLevel(Level.OFF);
    // PDFBox logs through commons-logging, which would pass its warnings (such as the fallback
    // font it picks for OpenHTMLtoPDF's built-in Helvetica) to the jar's SLF4J provider and so to
    // standard error. Its documented system properties send it to java.util.logging, silenced
    // above; `serve` takes them back before the web app starts, so the server logs as usual.
    for (String[] property : COMMONS_LOGGING_TO_JUL) {
      if (System.getProperty(property[0]) == null) {
        System.setProperty(property[0], property[1]);
      }
    }
  }

  /** Undoes the commons-logging part of {@link #quietLibraryLogging()}, for the web app. */
  static void restoreLibraryLogging() {
    for (String[] property : COMMONS_LOGGING_TO_JUL) {
      if (property[1].equals(System.getProperty(property[0]))) {
        System.clearProperty(property[0]);
      }
    }
  }

  /** Usage errors: one line naming the problem, one line saying where help is. */
  private static final class OneLineUsageErrors implements IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException e, String[] args) {
      CommandLine cmd = e.getCommandLine();
      PrintWriter err = cmd.getErr();
      err.println("error: " + e.getMessage());
      err.println("(run '" + cmd.getCommandSpec().qualifiedName() + " --help' for usage)");
      err.flush();
      return ExitCodes.INVALID_INPUT;
    }
  }

  /** Failures: a {@link CliException} is one line; anything else is a bug, reported as such. */
  private static final class OneLineFailures implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
      PrintWriter err = cmd.getErr();
      if (e instanceof CliException failure) {
        err.println("error: " + failure.getMessage());
        err.flush();
        return failure.exitCode();
      }
      err.println("internal error: " + e + " (please report this; set CYR_DEBUG=1 for details)");
      if (System.getenv("CYR_DEBUG") != null) {
        e.printStackTrace(err);
      }
      err.flush();
      return ExitCodes.INTERNAL_ERROR;
    }
  }
}
