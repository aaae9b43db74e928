package org.liaison.results.stats;

import java.io.IOException;

/**
 * A results file that cannot be read back as Liaison wrote it: the message names the file, the
 * line and, where there is one, the column, and what was found there.
 */
public final class DamagedResultsException extends IOException {
  public DamagedResultsException(String message) {
    super(message);
  }
}
