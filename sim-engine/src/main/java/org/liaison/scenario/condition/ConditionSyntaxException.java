package org.liaison.scenario.condition;

/** A condition that does not parse; the message says where and what was expected. */
public final class ConditionSyntaxException extends IllegalArgumentException {
  private final int position;

  public ConditionSyntaxException(String message, int position) {
    super(message);
    this.position = position;
  }

  /** Zero-based character offset in the condition text where the problem was found. */
  public int position() {
    return position;
  }
}
