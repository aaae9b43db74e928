package org.liaison.indicators;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.liaison.scenario.DecisionPoint;
import org.liaison.scenario.ExpectedResponse;
import org.liaison.scenario.Inject;
import org.liaison.scenario.Scenario;

/**
 * Judges the responses MSEL entries expect, from the entries fired and the actions taken; the
 * engine (for live verdicts) and the after-action review (from the event log) use the same one.
 *
 * <p>An action answers an entry when its type is the expected action, its target the expected
 * target (if one is named) and its role the expected role (if one is named), and it is taken in
 * the window from {@code fromHours} to {@code withinHours} after the entry fired: met. A
 * negative {@code fromHours} lets an action taken before the entry, in anticipation, count. An
 * answer after the window is late; a window that closes with no answer is missed (a late answer
 * may still follow). Actions a policy takes on its own initiative act for the whole mission and
 * count for any role; an option chosen at a decision point acts for that point's role.
 */
public final class ResponseJudge {

  /** What became of one entry's expected response. */
  public enum Outcome { OPEN, MET, LATE, MISSED }

  /** A change of verdict: hours are counted from the entry's firing, negative before it. */
  public record Verdict(int inject, String expectedAction, Outcome outcome, long hoursAfterInject) {}

  private record Taken(long tick, String type, String target, String role) {}

  /** The source name of actions a policy takes on its own initiative. */
  public static final String POLICY_SOURCE = "policy";
  private static final String DECISION_SOURCE = "decision:";

  private final List<Inject> msel;
  private final Index index;
  private final long[] firedAt;
  private final Outcome[] outcomes;
  private final long[] answeredAfter;
  private final List<Taken> history = new ArrayList<>();
  private final long earliest;

  public ResponseJudge(Scenario scenario) {
    this(Index.of(scenario));
  }

  /** A judge for one run of a scenario whose index was made before (the runs of a batch share it). */
  public ResponseJudge(Index index) {
    this.index = index;
    msel = index.msel;
    firedAt = new long[msel.size()];
    outcomes = new Outcome[msel.size()];
    answeredAfter = new long[msel.size()];
    java.util.Arrays.fill(firedAt, -1);
    java.util.Arrays.fill(outcomes, Outcome.OPEN);
    earliest = index.earliest;
  }

  /**
   * The MSEL entries by event number, the decision points' roles and how long before an entry an
   * action may answer it: made once per scenario and shared, read-only, by the judges of its runs.
   */
  public static final class Index {
    private final List<Inject> msel;
    private final Map<Integer, Integer> byNumber;
    private final Map<String, String> pointRoles;
    private final long earliest;

    private Index(Scenario scenario) {
      msel = scenario.msel();
      Map<Integer, Integer> numbers = new HashMap<>();
      long mostBefore = 0;
      for (int i = 0; i < msel.size(); i++) {
        numbers.putIfAbsent(msel.get(i).number(), i);
        if (judged(msel, i)) {
          mostBefore = Math.min(mostBefore, msel.get(i).expectedResponse().fromHours());
        }
      }
      byNumber = java.util.Collections.unmodifiableMap(numbers);
      earliest = mostBefore;
      Map<String, String> roles = new HashMap<>();
      for (DecisionPoint p : scenario.decisionPoints()) {
        roles.put(DECISION_SOURCE + p.id(), p.role());
      }
      pointRoles = java.util.Collections.unmodifiableMap(roles);
    }

    /** Indexes a scenario's MSEL and decision points; its parameters are not read. */
    public static Index of(Scenario scenario) {
      return new Index(scenario);
    }
  }

  /** True when the entry's expected response names an action the simulation can check. */
  public boolean judged(int index) {
    return judged(msel, index);
  }

  /** Whether an entry's expected response is judged: it names the action that counts as the response. */
  static boolean judged(List<Inject> msel, int index) {
    ExpectedResponse r = msel.get(index).expectedResponse();
    return r != null && r.action() != null;
  }

  /** The entry with this event number fired at the tick. */
  public List<Verdict> fired(int number, long tick) {
    Integer i = index.byNumber.get(number);
    if (i == null || firedAt[i] >= 0 || !judged(i)) {
      return List.of();
    }
    firedAt[i] = tick;
    ExpectedResponse r = msel.get(i).expectedResponse();
    for (Taken t : history) {
      if (t.tick >= tick + r.fromHours() && answers(r, t)) {
        return List.of(settle(i, Outcome.MET, t.tick - tick));
      }
    }
    return List.of();
  }

  /** An action was taken; source is the role, {@code decision:<id>} or {@value #POLICY_SOURCE}. */
  public List<Verdict> actionTaken(long tick, String type, String target, String source) {
    Taken t = new Taken(tick, type, target, roleOf(source));
    if (earliest < 0) {
      history.add(t);
      history.removeIf(old -> old.tick < tick + earliest);
    }
    List<Verdict> verdicts = new ArrayList<>();
    for (int i = 0; i < msel.size(); i++) {
      if (firedAt[i] < 0 || outcomes[i] == Outcome.MET || outcomes[i] == Outcome.LATE) {
        continue;
      }
      ExpectedResponse r = msel.get(i).expectedResponse();
      if (answers(r, t)) {
        long after = tick - firedAt[i];
        verdicts.add(settle(i, after <= r.withinHours() ? Outcome.MET : Outcome.LATE, after));
      }
    }
    return verdicts;
  }

  /** The hour ended: windows that closed unanswered are missed. */
  public List<Verdict> hourEnded(long tick) {
    List<Verdict> verdicts = new ArrayList<>();
    for (int i = 0; i < msel.size(); i++) {
      if (firedAt[i] >= 0 && outcomes[i] == Outcome.OPEN
          && tick - firedAt[i] > msel.get(i).expectedResponse().withinHours()) {
        verdicts.add(settle(i, Outcome.MISSED, tick - firedAt[i]));
      }
    }
    return verdicts;
  }

  /** Whether the entry at this index fired. */
  public boolean hasFired(int index) {
    return firedAt[index] >= 0;
  }

  /** The hour the entry at this index fired, or -1. */
  public long firedAt(int index) {
    return firedAt[index];
  }

  /** The entry's verdict so far. */
  public Outcome outcome(int index) {
    return outcomes[index];
  }

  /** Hours from the entry's firing to the action that answered it (negative before it). */
  public long answeredAfter(int index) {
    return answeredAfter[index];
  }

  private Verdict settle(int i, Outcome outcome, long after) {
    outcomes[i] = outcome;
    answeredAfter[i] = after;
    return new Verdict(msel.get(i).number(), msel.get(i).expectedResponse().action().name(), outcome, after);
  }

  private String roleOf(String source) {
    if (source == null || source.equals(POLICY_SOURCE)) {
      return null;
    }
    return source.startsWith(DECISION_SOURCE) ? index.pointRoles.get(source) : source;
  }

  private static boolean answers(ExpectedResponse r, Taken t) {
    return r.action().name().equals(t.type)
        && (r.target() == null || r.target().equals(t.target))
        && (r.role() == null || t.role == null || r.role().equals(t.role));
  }
}
