package org.bengkel.examples.cli;

/**
 * A failure the tool reports as one line {@code error: ...} with its exit code, never as a stack
 * trace.
 */
final class CliFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int exitCode;

  CliFailure(int exitCode, String message) {
    super(message, null, false, false);
    this.exitCode = exitCode;
  }

  static CliFailure usage(String message) {
    return new CliFailure(ExitCode.USAGE, message);
  }

  static CliFailure io(String message) {
    return new CliFailure(ExitCode.IO, message);
  }

  static CliFailure invalid(String message) {
    return new CliFailure(ExitCode.INVALID, message);
  }

  int exitCode() {
    return exitCode;
  }
}
