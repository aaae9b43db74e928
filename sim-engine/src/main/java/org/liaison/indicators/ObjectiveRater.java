package org.liaison.indicators;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.liaison.events.EngineEvent;
import org.liaison.events.EventListener;
import org.liaison.scenario.Evidence;
import org.liaison.scenario.Inject;
import org.liaison.scenario.Objective;
import org.liaison.scenario.Scenario;

/**
 * Rates each learning objective P/S/M/U from its evidence: criteria on final indicator values,
 * and the expected responses of MSEL entries linked to the objective. The engine checks each
 * expected response and publishes the verdict ({@link EngineEvent.ExpectedResponseChecked}: met
 * when an action of the expected type was taken within withinHours after the entry fired, late
 * when after, missed when never); the rater counts a met response as a criterion met and a late
 * or missed one as not met, saying which in the criterion's measurement. An event log without
 * those verdicts (an older log) is judged from its actions the same way. Entries whose expected
 * response names no action cannot be checked by the simulation and are left to the reviewer.
 *
 * <p>The share of criteria met gives the rating: all P, at least 2/3 S, at least 1/3 M, else U.
 * An objective with no criteria at all is rated U: there is no evidence that it was met.
 */
public final class ObjectiveRater implements EventListener {

  /** The four ratings of the after-action review. */
  public enum Rating { P, S, M, U }

  /** One criterion with whether it was met and what was measured. */
  public record Criterion(String description, boolean met, String measured) {}

  /** An objective's rating and the evidence behind it. */
  public record ObjectiveRating(String id, String text, Rating rating, int met, int total,
      List<Criterion> criteria) {}

  private record Action(long tick, String type) {}

  private final Scenario scenario;
  private final Map<Integer, Long> fired = new TreeMap<>();
  private final List<Action> actions = new ArrayList<>();
  private final Map<Integer, EngineEvent.ExpectedResponseChecked> checks = new TreeMap<>();

  public ObjectiveRater(Scenario scenario) {
    this.scenario = scenario;
  }

  @Override
  public void on(EngineEvent event) {
    if (event instanceof EngineEvent.InjectFired e) {
      fired.putIfAbsent(e.number(), e.tick());
    } else if (event instanceof EngineEvent.ActionTaken e) {
      actions.add(new Action(e.tick(), e.action()));
    } else if (event instanceof EngineEvent.ExpectedResponseChecked e) {
      checks.put(e.inject(), e);
    }
  }

  /** The rating of a share of criteria met. */
  public static Rating rate(int met, int total) {
    if (total == 0) {
      return Rating.U;
    }
    if (met == total) {
      return Rating.P;
    }
    double share = (double) met / total;
    return share >= 2.0 / 3 - 1e-12 ? Rating.S : share >= 1.0 / 3 - 1e-12 ? Rating.M : Rating.U;
  }

  /** Rates every objective of the scenario against final indicator values. */
  public List<ObjectiveRating> rate(IndicatorTracker indicators) {
    List<ObjectiveRating> out = new ArrayList<>();
    for (Objective o : scenario.metadata().objectives()) {
      List<Criterion> criteria = new ArrayList<>();
      for (Evidence e : o.evidence()) {
        double v;
        try {
          v = indicators.value(e.indicator());
        } catch (IllegalArgumentException ex) {
          criteria.add(new Criterion(describe(e), false, "unknown indicator"));
          continue;
        }
        boolean met = (e.atLeast() == null || v >= e.atLeast()) && (e.atMost() == null || v <= e.atMost());
        criteria.add(new Criterion(describe(e), met, String.format(Locale.ROOT, "%s = %.3f", e.indicator(), v)));
      }
      for (Inject inject : scenario.msel()) {
        if (!o.id().equals(inject.objective()) || inject.expectedResponse() == null
            || inject.expectedResponse().action() == null) {
          continue;
        }
        String type = inject.expectedResponse().action().name();
        Long at = fired.get(inject.number());
        String text = "MSEL " + inject.number() + ": " + inject.expectedResponse().text();
        if (at == null) {
          criteria.add(new Criterion(text, false, "entry never fired"));
          continue;
        }
        int within = inject.expectedResponse().withinHours();
        EngineEvent.ExpectedResponseChecked check = checks.get(inject.number());
        String outcome;
        long after;
        if (check != null) {
          outcome = check.outcome();
          after = check.hoursAfterInject();
        } else {
          long limit = at + within;
          Action first = actions.stream().filter(a -> a.type.equals(type) && a.tick >= at).findFirst().orElse(null);
          outcome = first == null ? "missed" : first.tick <= limit ? "met" : "late";
          after = first == null ? -1 : first.tick - at;
        }
        String measured = switch (outcome) {
          case "met" -> "met: " + type + " taken " + after + " h after the entry";
          case "late" -> "late: " + type + " taken " + after + " h after the entry (within " + within + " h expected)";
          default -> "missed: no " + type + " within " + within + " h";
        };
        criteria.add(new Criterion(text, outcome.equals("met"), measured));
      }
      int met = (int) criteria.stream().filter(Criterion::met).count();
      out.add(new ObjectiveRating(o.id(), o.text(), rate(met, criteria.size()), met, criteria.size(),
          List.copyOf(criteria)));
    }
    return out;
  }

  private static String describe(Evidence e) {
    if (e.description() != null) {
      return e.description();
    }
    StringBuilder b = new StringBuilder(e.indicator());
    if (e.atLeast() != null) {
      b.append(" >= ").append(e.atLeast());
    }
    if (e.atMost() != null) {
      b.append(" <= ").append(e.atMost());
    }
    return b.toString();
  }
}
