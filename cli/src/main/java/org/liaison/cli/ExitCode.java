package org.liaison.cli;

/** The exit codes of every liaison command, documented in the README. */
public final class ExitCode {
  /** The command did what was asked. */
  public static final int OK = 0;
  /** Any failure that is not the input's fault. */
  public static final int FAILURE = 1;
  /** A bad file, a bad flag or a bad argument. */
  public static final int INVALID_INPUT = 2;

  private ExitCode() {}
}
