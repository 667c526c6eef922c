package org.bengkel.examples.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * {@code bengkel}: a command-line tool over bengkel's JSON documents (<i>alat baris perintah</i>).
 * Subcommands: {@code validate}, {@code quote}, {@code eligibility}, {@code report}; see {@code
 * docs/cli.md}. Exit codes: see {@link ExitCode}.
 */
@Command(
    name = "bengkel",
    mixinStandardHelpOptions = true,
    version = "bengkel 0.1.0-SNAPSHOT",
    description = "Checks and explains bengkel's JSON documents.",
    subcommands = {
      ValidateCommand.class,
      QuoteCommand.class,
      EligibilityCommand.class,
      ReportCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:all documents valid, answer printed",
      "1:a document is invalid or bengkel refused the request",
      "2:usage error (option, argument, type name)",
      "3:a file cannot be read"
    })
public final class BengkelCli implements Callable<Integer> {

  @Spec CommandSpec spec;

  /** Runs the tool and exits with its exit code. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8);
    System.exit(commandLine(out, err).execute(args));
  }

  /**
   * The tool's command line writing to the given streams, for {@link CommandLine#execute}.
   *
   * @param out standard output
   * @param err standard error
   * @return the command line
   */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new BengkelCli());
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.registerConverter(
        LocalDate.class, text -> parse(text, LocalDate::parse, "a date yyyy-MM-dd"));
    cl.registerConverter(YearMonth.class, text -> parse(text, YearMonth::parse, "a month yyyy-MM"));
    cl.setParameterExceptionHandler(BengkelCli::usageError);
    cl.setExecutionExceptionHandler(
        (e, command, parseResult) -> {
          // Commands catch their own failures; this is the last resort (never a stack trace).
          command.getErr().println("error: unexpected " + e.getClass().getSimpleName());
          command.getErr().flush();
          return ExitCode.INVALID;
        });
    return cl;
  }

  private static <T> T parse(String text, Function<String, T> parser, String expected) {
    try {
      return parser.apply(text);
    } catch (DateTimeParseException e) {
      throw new TypeConversionException("'" + text + "' is not " + expected);
    }
  }

  private static int usageError(ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    PrintWriter err = cmd.getErr();
    err.println("error: " + e.getMessage());
    UnmatchedArgumentException.printSuggestions(e, err);
    err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
    err.flush();
    return ExitCode.USAGE;
  }

  @Override
  public Integer call() {
    spec.commandLine().getErr().println("error: a subcommand is required");
    spec.commandLine().usage(spec.commandLine().getErr());
    spec.commandLine().getErr().flush();
    return ExitCode.USAGE;
  }
}
