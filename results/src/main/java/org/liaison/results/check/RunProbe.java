package org.liaison.results.check;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.liaison.engine.RunListener;
import org.liaison.engine.RunSpec;
import org.liaison.events.EngineEvent;
import org.liaison.indicators.Indicator;
import org.liaison.indicators.IndicatorTracker;
import org.liaison.indicators.ResponseJudge;
import org.liaison.scenario.Actor;
import org.liaison.scenario.DecisionPoint;
import org.liaison.scenario.Inject;
import org.liaison.scenario.Scenario;

/**
 * Watches one run for the sanity check: which MSEL entries fired and how their expected
 * responses were judged, which decision points opened, which actors acted, and which indicators
 * changed from their value at the end of the first hour.
 */
final class RunProbe implements RunListener {

  /** What one run showed; indices follow the scenario's lists and {@link Indicator} order. */
  record Observed(BitSet injectsFired, BitSet pointsOpened, BitSet actorsActed, ResponseJudge.Outcome[] responses,
      double[] firstValues, BitSet indicatorsMoved) {}

  private final Scenario scenario;
  private final ResponseJudge judge;
  private final Map<Integer, Integer> injectIndex = new HashMap<>();
  private final Map<String, Integer> pointIndex = new HashMap<>();
  private final Map<String, Integer> actorIndex = new HashMap<>();
  private final BitSet fired = new BitSet();
  private final BitSet opened = new BitSet();
  private final BitSet acted = new BitSet();
  private final BitSet moved = new BitSet();
  private final double[] first = new double[Indicator.values().length];
  private IndicatorTracker tracker;
  private boolean firstTick = true;

  RunProbe(Scenario scenario) {
    this.scenario = scenario;
    this.judge = new ResponseJudge(scenario);
    List<Inject> msel = scenario.msel();
    for (int i = 0; i < msel.size(); i++) {
      injectIndex.putIfAbsent(msel.get(i).number(), i);
    }
    List<DecisionPoint> points = scenario.decisionPoints();
    for (int i = 0; i < points.size(); i++) {
      pointIndex.putIfAbsent(points.get(i).id(), i);
    }
    List<Actor> actors = scenario.actors();
    for (int i = 0; i < actors.size(); i++) {
      actorIndex.putIfAbsent(actors.get(i).id(), i);
    }
  }

  @Override
  public void started(RunSpec spec, IndicatorTracker indicators) {
    this.tracker = indicators;
  }

  @Override
  public void on(EngineEvent event) {
    if (event instanceof EngineEvent.InjectFired e) {
      mark(fired, injectIndex.get(e.number()));
      judge.fired(e.number(), e.tick());
    } else if (event instanceof EngineEvent.DecisionPointReached e) {
      mark(opened, pointIndex.get(e.decisionPoint()));
    } else if (event instanceof EngineEvent.ActionTaken e) {
      acted(e.actor());
      judge.actionTaken(e.tick(), e.action(), e.target(), e.source());
    } else if (event instanceof EngineEvent.TickEnded e) {
      judge.hourEnded(e.tick());
      indicators();
    } else {
      acted(actorOf(event));
    }
  }

  /** The actor an event shows acting, or null when it shows none. */
  private static String actorOf(EngineEvent event) {
    if (event instanceof EngineEvent.MessageSent e) {
      return e.from();
    } else if (event instanceof EngineEvent.AttackPrepared e) {
      return e.faction();
    } else if (event instanceof EngineEvent.AttackDetected e) {
      return e.observer();
    } else if (event instanceof EngineEvent.AttackWarned e) {
      return e.warner();
    } else if (event instanceof EngineEvent.MissionAttackPrepared e) {
      return e.faction();
    } else if (event instanceof EngineEvent.MissionAttackWarned e) {
      return e.warner();
    } else if (event instanceof EngineEvent.AidPlanned e) {
      return e.actor();
    } else if (event instanceof EngineEvent.MandateDeviation e) {
      return e.actor();
    } else if (event instanceof EngineEvent.ComplianceViolation e) {
      return e.partner();
    } else if (event instanceof EngineEvent.CivilianHarm e) {
      return e.perpetrator();
    }
    return null;
  }

  private void acted(String actor) {
    if (actor != null) {
      mark(acted, actorIndex.get(actor));
    }
  }

  private static void mark(BitSet set, Integer index) {
    if (index != null) {
      set.set(index);
    }
  }

  private void indicators() {
    for (Indicator i : Indicator.values()) {
      double v = tracker.value(i);
      if (firstTick) {
        first[i.ordinal()] = v;
      } else if (Double.compare(v, first[i.ordinal()]) != 0) {
        moved.set(i.ordinal());
      }
    }
    firstTick = false;
  }

  Observed observed() {
    ResponseJudge.Outcome[] responses = new ResponseJudge.Outcome[scenario.msel().size()];
    for (int i = 0; i < responses.length; i++) {
      responses[i] = judge.hasFired(i) ? judge.outcome(i) : null;
    }
    return new Observed(fired, opened, acted, responses, first.clone(), moved);
  }
}
