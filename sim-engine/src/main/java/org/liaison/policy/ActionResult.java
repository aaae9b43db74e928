package org.liaison.policy;

/** The outcome of asking for a coordination action: taken, or refused with a reason. */
public record ActionResult(boolean taken, String reason) {
  public static final ActionResult TAKEN = new ActionResult(true, null);

  public static ActionResult refused(String reason) {
    return new ActionResult(false, reason);
  }
}
