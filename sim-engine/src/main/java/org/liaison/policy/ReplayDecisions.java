package org.liaison.policy;

import java.util.List;
import java.util.Objects;
import org.liaison.scenario.DecisionOption;
import org.liaison.scenario.DecisionPoint;

/**
 * Replays a decision log: every entry is put back where it happened (a policy's daily actions at
 * the start of its day, a choice at its decision point, a desk entry between the same ticks), so
 * the same scenario and seed give the same run, event for event.
 *
 * <p>A plain replay is strict: if the run does not follow the log (a logged choice for a point the
 * run never reaches or reaches at another tick, an action taken where the log says refused, an
 * entry still not replayed when the run ends), it fails with the entry's number. A
 * {@linkplain #branch branch} changes the option of one choice and replays the rest of
 * the log leniently, since the world after the change differs: later actions are asked for at
 * their logged times (and may now be refused), later choices are made when their point is
 * reached (no earlier than logged for a desk choice), and a point the log never reached takes the
 * scenario's default option.
 */
public final class ReplayDecisions implements DecisionMaker {
  private final DecisionLog log;
  private final List<DecisionLog.Entry> entries;
  private final boolean[] used;
  /** Seq of the changed choice; entries after it replay leniently. Integer.MAX_VALUE for none. */
  private final int branchSeq;
  private final String branchOption;
  private boolean checked;
  /** Who decided the point entry last returned by choose, for {@link #decidedBy}. */
  private String lastBy;

  /** A strict replay of the log. */
  public ReplayDecisions(DecisionLog log) {
    this(log, Integer.MAX_VALUE, null);
  }

  /**
   * The logged decisions played in another world (another seed or other parameters, as in a
   * batch): every entry is replayed leniently, as after the change of a branch, so the run
   * follows the log where it can and takes the scenario's default where the log has nothing. With
   * the log's own scenario and seed it reproduces the logged run.
   */
  public static ReplayDecisions inAnotherWorld(DecisionLog log) {
    return new ReplayDecisions(log, 0, null);
  }

  private ReplayDecisions(DecisionLog log, int branchSeq, String branchOption) {
    this.log = Objects.requireNonNull(log, "log");
    this.entries = log.entries();
    this.used = new boolean[entries.size()];
    this.branchSeq = branchSeq;
    this.branchOption = branchOption;
  }

  /**
   * The log with choice k (from 0, among {@link DecisionLog#choices()}) changed to another
   * option, everything before it unchanged and everything after it replayed leniently.
   *
   * @throws IllegalArgumentException if the log has no choice k
   */
  public static ReplayDecisions branch(DecisionLog log, int k, String optionId) {
    List<DecisionLog.Entry> choices = log.choices();
    if (k < 0 || k >= choices.size()) {
      throw new IllegalArgumentException("the log has " + choices.size() + " choices; no choice " + k);
    }
    return new ReplayDecisions(log, choices.get(k).seq(), Objects.requireNonNull(optionId, "optionId"));
  }

  public DecisionLog log() {
    return log;
  }

  /** The replay shows the original decision maker's name, so the event log is the same. */
  @Override
  public String name() {
    return log.header().policy();
  }

  private void checkRun(WorldView view) {
    if (checked) {
      return;
    }
    checked = true;
    if (branchSeq == 0) {
      return;
    }
    String scenario = view.scenario().metadata().id();
    if (log.header().scenario() != null && !log.header().scenario().equals(scenario)) {
      throw new ReplayDivergedException("the decision log is of scenario " + log.header().scenario()
          + ", not " + scenario);
    }
    if (log.header().seed() != view.seed()) {
      throw new ReplayDivergedException("the decision log was made with seed " + log.header().seed()
          + "; replay it with that seed, not " + view.seed());
    }
  }

  private boolean lenient(DecisionLog.Entry e) {
    return e.seq() > branchSeq;
  }

  private String optionOf(DecisionLog.Entry e) {
    return e.seq() == branchSeq ? branchOption : e.option();
  }

  private ReplayDivergedException diverged(DecisionLog.Entry e, String what) {
    return new ReplayDivergedException("replay diverged from the decision log at entry " + e.seq()
        + " (tick " + e.tick() + "): " + what);
  }

  @Override
  public DecisionOption choose(DecisionPoint point, WorldView view) {
    checkRun(view);
    for (int i = 0; i < entries.size(); i++) {
      DecisionLog.Entry e = entries.get(i);
      if (used[i] || e.kind() != DecisionLog.Kind.CHOICE || !e.taken() || !point.id().equals(e.point())) {
        continue;
      }
      if (e.phase() == DecisionLog.Phase.DESK) {
        return null; // chosen between ticks, as logged
      }
      if (!lenient(e) && e.tick() != view.tick()) {
        throw diverged(e, "decision point " + point.id() + " reached at tick " + view.tick()
            + ", logged as chosen at tick " + e.tick());
      }
      used[i] = true;
      lastBy = e.by();
      String id = optionOf(e);
      return point.options().stream().filter(o -> o.id().equals(id)).findFirst()
          .orElseThrow(() -> diverged(e, "decision point " + point.id() + " has no option '" + id + "'"));
    }
    if (branchSeq != Integer.MAX_VALUE) {
      lastBy = null;
      return Policies.defaultOption(point);
    }
    throw new ReplayDivergedException("replay diverged from the decision log: decision point "
        + point.id() + " reached at tick " + view.tick() + " has no choice in the log");
  }

  @Override
  public String decidedBy(DecisionPoint point) {
    return lastBy != null ? lastBy : name();
  }

  /** A strict replay refuses to end with an entry of the log not replayed: the run would not be the logged one. */
  @Override
  public void finished() {
    for (int i = 0; i < entries.size(); i++) {
      DecisionLog.Entry e = entries.get(i);
      if (!used[i] && e.phase() != DecisionLog.Phase.OPTION && !lenient(e) && e.seq() != branchSeq) {
        throw diverged(e, "the run ended without replaying it");
      }
    }
  }

  @Override
  public void daily(WorldView view, Actions actions) {
    checkRun(view);
    for (int i = 0; i < entries.size(); i++) {
      DecisionLog.Entry e = entries.get(i);
      if (used[i] || e.phase() != DecisionLog.Phase.DAILY || e.tick() != view.tick() || e.action() == null) {
        continue;
      }
      used[i] = true;
      ActionResult r = actions.take(e.action());
      if (!lenient(e) && r.taken() != e.taken()) {
        throw diverged(e, "action " + e.action().type() + (r.taken() ? " taken" : " refused (" + r.reason() + ")")
            + ", logged as " + (e.taken() ? "taken" : "refused"));
      }
    }
  }

  @Override
  public void betweenTicks(WorldView view, Decisions desk, long completed) {
    checkRun(view);
    for (int i = 0; i < entries.size(); i++) {
      DecisionLog.Entry e = entries.get(i);
      if (used[i] || e.phase() != DecisionLog.Phase.DESK || e.completed() > completed) {
        continue;
      }
      if (e.kind() == DecisionLog.Kind.CONTROL) {
        if (e.completed() < completed) {
          used[i] = true; // its moment has passed (only in a branch)
          continue;
        }
        used[i] = true;
        ActionResult r = desk.control(e.by(), e.control());
        if (!lenient(e) && r.taken() != e.taken()) {
          throw diverged(e, "control act " + (e.control() == null ? "?" : e.control().type())
              + (r.taken() ? " applied" : " refused (" + r.reason() + ")")
              + ", logged as " + (e.taken() ? "applied" : "refused"));
        }
      } else if (e.kind() == DecisionLog.Kind.ACTION) {
        if (e.completed() < completed) {
          if (!lenient(e)) {
            throw diverged(e, "its moment (after " + e.completed() + " ticks) has passed");
          }
          used[i] = true;
          continue;
        }
        used[i] = true;
        ActionResult r = desk.take(e.role(), e.action());
        if (!lenient(e) && r.taken() != e.taken()) {
          throw diverged(e, "action " + e.action().type() + (r.taken() ? " taken" : " refused (" + r.reason() + ")")
              + ", logged as " + (e.taken() ? "taken" : "refused"));
        }
      } else if (!e.taken()) {
        used[i] = true;
        if (e.completed() == completed) {
          ActionResult r = desk.choose(e.role(), e.point(), e.option(), e.by());
          if (r.taken() && !lenient(e)) {
            throw diverged(e, "choice of " + e.option() + " at " + e.point() + " accepted, logged as refused");
          }
        } else if (!lenient(e)) {
          throw diverged(e, "its moment (after " + e.completed() + " ticks) has passed");
        }
      } else {
        boolean pending = desk.pending().stream().anyMatch(p -> p.id().equals(e.point()));
        if (!pending) {
          if (!lenient(e) && e.seq() != branchSeq) {
            throw diverged(e, "decision point " + e.point() + " is not waiting for a choice");
          }
          continue; // a branch: wait until the point is reached
        }
        used[i] = true;
        ActionResult r = desk.choose(e.role(), e.point(), optionOf(e), e.by());
        if (!r.taken() && !lenient(e)) {
          throw diverged(e, r.reason());
        }
      }
    }
  }
}
