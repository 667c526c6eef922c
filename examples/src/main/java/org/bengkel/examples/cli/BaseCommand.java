package org.bengkel.examples.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.bengkel.error.BengkelException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What every subcommand shares: {@code --lang}, the output streams, and turning every failure into
 * one line {@code error: ...} on standard error with its {@link ExitCode}.
 */
abstract class BaseCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--lang",
      paramLabel = "en|id",
      defaultValue = "en",
      description = "Language of messages: en (English, the default) or id (Bahasa Indonesia).")
  Language lang = Language.en;

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  /** The command's work; returns its exit code. */
  abstract int run();

  @Override
  public final Integer call() {
    try {
      return run();
    } catch (RuntimeException e) {
      return fail(e);
    } finally {
      out().flush();
      err().flush();
    }
  }

  /** Prints one line for a failure and returns its exit code. */
  int fail(RuntimeException e) {
    if (e instanceof CliFailure f) {
      err().println("error: " + f.message(lang));
      return f.exitCode();
    }
    if (e instanceof DocumentError d) {
      err().println("error: " + d.file() + ": " + DocumentError.line(d.error(), lang.locale()));
      return ExitCode.INVALID;
    }
    if (e instanceof BengkelException b) {
      err().println("error: " + b.message(lang.locale()));
      return ExitCode.INVALID;
    }
    err().println("error: unexpected " + e.getClass().getSimpleName() + describe(e));
    return ExitCode.INVALID;
  }

  private static String describe(RuntimeException e) {
    return e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("");
  }
}
