package io.github.pgtagger.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code pgtagger} command-line tool: the entry point that dispatches to its subcommands. */
@Command(
    name = "pgtagger",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Tags free-text reflections (Dutch, English) with the six dimensions of Positive Health and their aspects,",
      "and with Yaron's interpretations of Positive Health, with scores and evidence offsets."
    },
    subcommands = {TagCommand.class, ReportCommand.class, ExportCommand.class, EvaluateCommand.class,
      AgreeCommand.class, CalibrateCommand.class, LexiconCheckCommand.class, CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:success", "1:some rows or checks failed (all other rows were still written)",
      "2:usage error or unreadable input"})
public final class PgTaggerCommand implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(),
        "missing subcommand: tag, report, export, evaluate, agree, calibrate, lexicon-check, ...");
  }

  /** Runs the tool and exits with its status. */
  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs the tool and returns the exit status (for tests and embedding). */
  public static int execute(String... args) {
    CommandLine cl = new CommandLine(new PgTaggerCommand());
    cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
      cmd.getErr().println("pgtagger: " + ex.getMessage());
      return ex instanceof UsageException || ex instanceof IllegalArgumentException ? 2 : 1;
    });
    return cl.execute(args);
  }
}
