package org.liaison.policy;

/**
 * The outcome of asking for a coordination action: taken, or refused with why.
 *
 * @param refusal why it was refused, or null if it was taken
 */
public record ActionResult(boolean taken, Refusal refusal) {
  public static final ActionResult TAKEN = new ActionResult(true, null);

  public static ActionResult refused(Refusal refusal) {
    return new ActionResult(false, refusal);
  }

  /** Refused for a reason no template made (a control act's, a test's), said as it is. */
  public static ActionResult refused(String reason) {
    return refused(Refusal.other(reason));
  }

  /** Why it was refused in English, as logs carry it, or null if it was taken. */
  public String reason() {
    return refusal == null ? null : refusal.text();
  }
}
