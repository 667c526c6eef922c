package org.bengkel.examples.cli;

/**
 * A failure the tool reports as one line {@code error: ...} with its exit code, never as a stack
 * trace; its text in English and in Indonesian.
 */
final class CliFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int exitCode;
  private final String indonesian;

  CliFailure(int exitCode, String english, String indonesian) {
    super(english, null, false, false);
    this.exitCode = exitCode;
    this.indonesian = indonesian;
  }

  static CliFailure usage(String english, String indonesian) {
    return new CliFailure(ExitCode.USAGE, english, indonesian);
  }

  static CliFailure io(String english, String indonesian) {
    return new CliFailure(ExitCode.IO, english, indonesian);
  }

  /** A failure whose text exists in English only (a message of another library). */
  static CliFailure invalid(String message) {
    return new CliFailure(ExitCode.INVALID, message, message);
  }

  /** A usage failure whose text exists in English only. */
  static CliFailure usage(String message) {
    return usage(message, message);
  }

  /** A read or write failure whose text exists in English only. */
  static CliFailure io(String message) {
    return io(message, message);
  }

  int exitCode() {
    return exitCode;
  }

  /** The text in the given language. */
  String message(Language lang) {
    return lang.pick(getMessage(), indonesian);
  }
}
