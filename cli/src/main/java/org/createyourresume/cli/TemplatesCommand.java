package org.createyourresume.cli;

import java.io.PrintWriter;
import org.createyourresume.render.TemplateInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cyr templates}: the template ids, one per line. */
@Command(
    name = "templates",
    mixinStandardHelpOptions = true,
    description = "List the template ids, one per line.")
final class TemplatesCommand implements Runnable {

  @ParentCommand private ResumeCli cli;
  @Spec private CommandSpec spec;

  @Option(names = {"-l", "--long"}, description = "Also show each template's name and description.")
  private boolean long_;

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    for (TemplateInfo template : cli.renderer().templates()) {
      if (long_) {
        out.printf("%-10s %s: %s%n", template.id(), template.name(), template.description());
      } else {
        out.println(template.id());
      }
    }
    out.flush();
  }
}
