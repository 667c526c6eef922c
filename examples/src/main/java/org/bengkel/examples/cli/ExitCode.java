package org.bengkel.examples.cli;

/**
 * The exit codes of the {@code bengkel} tool (<i>kode keluar</i>), stable so that scripts can rely
 * on them. When one run meets several outcomes (for example one invalid file and one unreadable
 * file) the highest code wins.
 */
public final class ExitCode {

  /** Everything read, every document valid, the answer printed. */
  public static final int OK = 0;

  /** A document is invalid, or bengkel refused the request (no price list, no cost...). */
  public static final int INVALID = 1;

  /** The command line is wrong: unknown option, missing argument, unknown type or language. */
  public static final int USAGE = 2;

  /**
   * A file cannot be read (missing, a directory, no permission), or an output file cannot be
   * written.
   */
  public static final int IO = 3;

  private ExitCode() {}
}
