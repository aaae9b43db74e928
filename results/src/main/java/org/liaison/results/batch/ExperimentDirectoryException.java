package org.liaison.results.batch;

/** The output directory cannot be used: it holds another experiment, or files that are not ours. */
public final class ExperimentDirectoryException extends Exception {
  public ExperimentDirectoryException(String message) {
    super(message);
  }
}
