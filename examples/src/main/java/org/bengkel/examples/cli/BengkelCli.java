package org.bengkel.examples.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.bengkel.error.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.RunLast;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * {@code bengkel}: a command-line tool over bengkel's JSON documents (<i>alat baris perintah</i>).
 * Subcommands: {@code validate}, {@code quote}, {@code eligibility}, {@code report}; see {@code
 * docs/cli.md}. Exit codes: see {@link ExitCode}.
 *
 * <p>{@code --lang en|id} may stand before or after the subcommand (the last one given wins); with
 * {@code id} the usage help (from the bundle {@code help_id}), usage errors and every message are
 * in Bahasa Indonesia.
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

  @Option(
      names = "--lang",
      paramLabel = "en|id",
      defaultValue = "en",
      description = "Language of messages: en (English, the default) or id (Bahasa Indonesia).")
  Language lang = Language.en;

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
        LocalDate.class,
        text -> parse(text, LocalDate::parse, "a date yyyy-MM-dd", "tanggal yyyy-MM-dd"));
    cl.registerConverter(
        YearMonth.class, text -> parse(text, YearMonth::parse, "a month yyyy-MM", "bulan yyyy-MM"));
    cl.setParameterExceptionHandler(BengkelCli::usageError);
    cl.setExecutionStrategy(BengkelCli::runIn);
    cl.setExecutionExceptionHandler(
        (e, command, parseResult) -> {
          // Commands catch their own failures; this is the last resort (never a stack trace).
          command.getErr().println("error: unexpected " + e.getClass().getSimpleName());
          command.getErr().flush();
          return ExitCode.INVALID;
        });
    return cl;
  }

  /** A value that is not of its option's form, said in both languages. */
  static final class NotOfForm extends TypeConversionException {
    private static final long serialVersionUID = 1L;

    private final String indonesian;

    NotOfForm(String english, String indonesian) {
      super(english);
      this.indonesian = indonesian;
    }
  }

  private static <T> T parse(
      String text, Function<String, T> parser, String expected, String expectedIndonesian) {
    try {
      return parser.apply(text);
    } catch (DateTimeParseException e) {
      throw new NotOfForm(
          "'" + text + "' is not " + expected, "'" + text + "' bukan " + expectedIndonesian);
    }
  }

  /**
   * Runs the parsed command in the language asked for wherever {@code --lang} stood: the usage help
   * of every command switches to that language, and the subcommand gets it.
   */
  private static int runIn(ParseResult parsed) {
    Language language = Language.en;
    for (ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--lang")) {
        language = p.matchedOptionValue("--lang", Language.en);
      }
    }
    CommandLine root = parsed.commandSpec().commandLine();
    localise(root, language);
    for (ParseResult p = parsed; p != null; p = p.subcommand()) {
      Object command = p.commandSpec().userObject();
      if (command instanceof BaseCommand b) {
        b.lang = language;
      } else if (command instanceof BengkelCli cli) {
        cli.lang = language;
      }
    }
    return new RunLast().execute(parsed);
  }

  /** Gives the usage help of a command and all its subcommands the texts of a language. */
  private static void localise(CommandLine command, Language language) {
    if (language.indonesian()) {
      command.setResourceBundle(language.help());
    }
    command.getSubcommands().values().forEach(sub -> localise(sub, language));
  }

  private static int usageError(ParameterException e, String[] args) {
    Language lang = Language.fromArgs(args);
    CommandLine cmd = e.getCommandLine();
    localise(cmd, lang);
    PrintWriter err = cmd.getErr();
    err.println("error: " + (lang.indonesian() ? indonesian(e) : e.getMessage()));
    if (e instanceof UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
      if (lang.indonesian()) {
        err.println("Mungkin maksud Anda: " + String.join(", ", u.getSuggestions()) + "?");
      } else {
        UnmatchedArgumentException.printSuggestions(e, err);
      }
    }
    String help = cmd.getCommandSpec().qualifiedName() + " --help";
    err.println(
        lang.pick(
            "Try '" + help + "' for more information.",
            "Coba '" + help + "' untuk keterangan lebih lanjut."));
    err.flush();
    return ExitCode.USAGE;
  }

  /** picocli's usage error in Bahasa Indonesia, by its kind. */
  private static String indonesian(ParameterException e) {
    if (e instanceof UnmatchedArgumentException u) {
      return (u.isUnknownOption() ? "opsi tidak dikenal: " : "argumen tidak dikenal: ")
          + Messages.quotedList(u.getUnmatched(), Language.id.locale());
    }
    if (e instanceof MissingParameterException m) {
      List<String> names = new ArrayList<>();
      for (ArgSpec a : m.getMissing()) {
        names.add(a instanceof OptionSpec o ? o.longestName() : a.paramLabel());
      }
      return (names.size() == 1 ? "wajib diisi: " : "wajib diisi semuanya: ")
          + Messages.quotedList(names, Language.id.locale());
    }
    ArgSpec arg = e.getArgSpec();
    if (arg != null && e.getValue() != null) {
      String what =
          arg instanceof OptionSpec o
              ? "opsi '" + o.longestName() + "'"
              : "'" + arg.paramLabel() + "'";
      String reason =
          e.getCause() instanceof NotOfForm f
              ? f.indonesian
              : arg.type().isEnum()
                  ? "'"
                      + e.getValue()
                      + "' bukan salah satu dari "
                      + String.join(
                          ", ",
                          Arrays.stream(arg.type().getEnumConstants())
                              .map(String::valueOf)
                              .toList())
                  : "'" + e.getValue() + "' tidak dapat dibaca";
      return "nilai tidak sah untuk " + what + ": " + reason;
    }
    if (e.getMessage() != null && e.getMessage().startsWith("Missing required subcommand")) {
      return "subperintah wajib diberikan";
    }
    return "penggunaan tidak sah (" + e.getMessage() + ")";
  }

  @Override
  public Integer call() {
    CommandLine cl = spec.commandLine();
    cl.getErr()
        .println(
            lang.pick("error: a subcommand is required", "error: subperintah wajib diberikan"));
    cl.usage(cl.getErr());
    cl.getErr().flush();
    return ExitCode.USAGE;
  }
}
