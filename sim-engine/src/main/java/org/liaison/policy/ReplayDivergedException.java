package org.liaison.policy;

/**
 * A replayed run that does not follow its decision log: the log does not belong to this
 * scenario, seed and length, or was edited. The message names the entry.
 */
public final class ReplayDivergedException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  public ReplayDivergedException(String message) {
    super(message);
  }
}
