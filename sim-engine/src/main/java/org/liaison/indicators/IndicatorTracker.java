package org.liaison.indicators;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.liaison.events.EngineEvent;
import org.liaison.events.EventListener;
import org.liaison.scenario.Actor;
import org.liaison.scenario.ActorKind;
import org.liaison.scenario.Scenario;
import org.liaison.scenario.ScoreWeights;
import org.liaison.scenario.Zone;

/**
 * Computes every {@link Indicator} from engine events alone, refreshed at the end of each tick.
 *
 * <p>It needs the scenario only for static facts (actor kinds, which actors are the mission, zone
 * populations, the forgetting factor and the score weights); everything that changes comes from
 * events, so it can be fed hand-built events in tests or a recorded log offline. Ratios whose
 * denominator is still empty (no attack ended, no delivery planned, no community group) and
 * means with nothing to average are NaN: not observed.
 */
public final class IndicatorTracker implements EventListener {
  /** The reason the engine gives for a convoy stopped by an incident with the mission's units. */
  static final String MISSION_INCIDENT = org.liaison.events.EventReason.Code.INCIDENT_WITH_MISSION_UNITS.text();
  /** What the tracker needs of the scenario, shared by the trackers of its runs. */
  private final Facts facts;
  private final ActorKind[] kinds;
  private final boolean[] mission;
  private final int[] missionActors;
  private final double lambda;
  /**
   * Forgetting over 0, 1, ... hours up to the scenario's length: trust is faded for every pair at
   * the end of every hour, and the same powers were otherwise computed again each time.
   */
  private final double[] decayByHours;
  private final ScoreWeights weights;
  private final Score.Scales scales;
  /** Evidence of each actor in each mission actor: [actor][mission position]. */
  private final double[][] rTo;
  private final double[][] sTo;
  private final long[][] tickTo;
  private final double[][] rFrom;
  private final double[][] sFrom;
  private final long[][] tickFrom;
  private final Map<Long, Boolean> positive = new HashMap<>();
  private int positivePairs;
  private final Set<Long> warned = new HashSet<>();
  /** Community groups taking part in coordination now, by zone: a zone counts while one of its groups does. */
  private final Map<String, Set<String>> includedByZone = new TreeMap<>();
  private final double communityPopulation;
  private final double marginalisedPopulation;
  private double includedPopulation;
  private double includedMarginalised;

  private long sent;
  private long delivered;
  private long lost;
  private long intercepted;
  private long misunderstood;
  private double latencySum;
  private long prepared;
  private long deterred;
  private long executed;
  private long covered;
  private double leadSum;
  private long leadCount;
  private long casualties;
  private double responseSum;
  private long responseCount;
  private long aidPlanned;
  private long aidDelivered;
  private long displaced;
  private long deviations;
  private long violations;
  private long missionIncidents;
  private long missionCasualties;
  private long tick;

  private final double[] values = new double[Indicator.values().length];
  private final double[] byKind = new double[ActorKind.values().length];
  private final int[] countByKind = new int[ActorKind.values().length];

  public IndicatorTracker(Scenario scenario) {
    this(scenario, Facts.of(scenario));
  }

  /**
   * A tracker for a run of a scenario whose facts were gathered before (the runs of a batch share
   * them).
   *
   * @param facts gathered from this scenario or from one that differs from it in its parameters alone
   */
  public IndicatorTracker(Scenario scenario, Facts facts) {
    this.facts = facts;
    kinds = facts.kinds;
    mission = facts.mission;
    missionActors = facts.missionActors;
    int actors = kinds.length;
    rTo = new double[actors][missionActors.length];
    sTo = new double[actors][missionActors.length];
    tickTo = new long[actors][missionActors.length];
    rFrom = new double[actors][missionActors.length];
    sFrom = new double[actors][missionActors.length];
    tickFrom = new long[actors][missionActors.length];
    lambda = scenario.parameters().trustForgettingPerDay();
    decayByHours = facts.decayByHours(lambda);
    weights = scenario.scoring().weights();
    scales = facts.scales;
    communityPopulation = facts.communityPopulation;
    marginalisedPopulation = facts.marginalisedPopulation;
    refresh();
  }

  /**
   * What a tracker needs of a scenario beyond its parameters: actors' kinds, the mission, zone
   * populations, the score's scales. Gathered once and shared, read-only, by the trackers of every
   * run of the scenario, on any thread.
   */
  public static final class Facts {
    private final Map<String, Integer> actorIndex;
    private final ActorKind[] kinds;
    private final boolean[] mission;
    private final int[] missionActors;
    private final int hours;
    private final Score.Scales scales;
    private final Map<String, Integer> communityZonePopulation;
    private final Map<String, Integer> marginalisedZonePopulation;
    private final double communityPopulation;
    private final double marginalisedPopulation;
    /** The forgetting table last made: the runs of a batch's design point share one forgetting factor. */
    private volatile Decay decay;

    private record Decay(double lambda, double[] byHours) {}

    private Facts(Scenario scenario) {
      List<Actor> actors = scenario.actors();
      Map<String, Integer> index = new TreeMap<>();
      kinds = new ActorKind[actors.size()];
      mission = new boolean[actors.size()];
      for (int i = 0; i < actors.size(); i++) {
        index.put(actors.get(i).id(), i);
        kinds[i] = actors.get(i).kind();
        mission[i] = actors.get(i).isMission();
      }
      actorIndex = Map.copyOf(index);
      missionActors = java.util.stream.IntStream.range(0, mission.length).filter(i -> mission[i]).toArray();
      hours = scenario.metadata().durationDays() * 24;
      scales = Score.Scales.of(scenario);
      Map<String, Zone> zones = new TreeMap<>();
      for (Zone z : scenario.map().zones()) {
        zones.put(z.id(), z);
      }
      Map<String, Integer> community = new TreeMap<>();
      Map<String, Integer> marginalised = new TreeMap<>();
      for (Actor a : actors) {
        Zone z = zones.get(a.homeZone());
        if (a.kind() == ActorKind.COMMUNITY_GROUP && z != null) {
          community.put(z.id(), z.population());
          if (z.marginalised()) {
            marginalised.put(z.id(), z.population());
          }
        }
      }
      communityPopulation = community.values().stream().mapToDouble(i -> i).sum();
      marginalisedPopulation = marginalised.values().stream().mapToDouble(i -> i).sum();
      communityZonePopulation = Map.copyOf(community);
      marginalisedZonePopulation = Map.copyOf(marginalised);
    }

    /** Gathers a scenario's facts; its parameters are not read. */
    public static Facts of(Scenario scenario) {
      return new Facts(scenario);
    }

    /** Forgetting over 0 to the scenario's hours, for a forgetting factor per day; read-only. */
    double[] decayByHours(double lambda) {
      Decay d = decay;
      if (d == null || Double.doubleToLongBits(d.lambda) != Double.doubleToLongBits(lambda)) {
        double[] byHours = new double[hours + 1];
        for (int h = 0; h < byHours.length; h++) {
          byHours[h] = Math.pow(lambda, h / 24.0);
        }
        d = new Decay(lambda, byHours);
        decay = d;
      }
      return d.byHours;
    }
  }

  /** The value of an indicator as of the last completed tick. */
  public double value(Indicator indicator) {
    return values[indicator.ordinal()];
  }

  /** The value of an indicator by key; unknown keys are an error. */
  public double value(String key) {
    return value(Indicator.byKey(key)
        .orElseThrow(() -> new IllegalArgumentException("unknown indicator '" + key + "'")));
  }

  /** A copy of all values, indexed by {@link Indicator#ordinal()}. */
  public double[] values() {
    return values.clone();
  }

  @Override
  public void on(EngineEvent event) {
    if (event instanceof EngineEvent.TrustEvidence e) {
      trust(e.from(), e.to(), e.r(), e.s(), e.tick());
    } else if (event instanceof EngineEvent.TrustPriorSet e) {
      trust(e.from(), e.to(), e.r(), e.s(), e.tick());
    } else if (event instanceof EngineEvent.MessageSent) {
      sent++;
    } else if (event instanceof EngineEvent.MessageDelivered e) {
      delivered++;
      latencySum += e.latencyHours();
    } else if (event instanceof EngineEvent.MessageLost) {
      lost++;
    } else if (event instanceof EngineEvent.MessageIntercepted) {
      intercepted++;
    } else if (event instanceof EngineEvent.MessageMisunderstood) {
      misunderstood++;
    } else if (event instanceof EngineEvent.AttackPrepared) {
      prepared++;
    } else if (event instanceof EngineEvent.AttackWarned e) {
      if (warned.add(e.attack())) {
        leadSum += e.leadHours();
        leadCount++;
      }
    } else if (event instanceof EngineEvent.AttackDeterred e) {
      deterred++;
      covered += warned.remove(e.attack()) ? 1 : 0;
    } else if (event instanceof EngineEvent.AttackExecuted e) {
      executed++;
      missionIncidents += e.protection() > 0 ? 1 : 0;
      covered += warned.remove(e.attack()) ? 1 : 0;
    } else if (event instanceof EngineEvent.ResponseArrived e) {
      if (e.attack() >= 0) {
        responseSum += e.responseHours();
        responseCount++;
      }
    } else if (event instanceof EngineEvent.CivilianHarm e) {
      casualties += e.casualties();
    } else if (event instanceof EngineEvent.Displacement e) {
      displaced += e.people();
    } else if (event instanceof EngineEvent.AidPlanned) {
      aidPlanned++;
    } else if (event instanceof EngineEvent.AidDelivered) {
      aidDelivered++;
    } else if (event instanceof EngineEvent.AidBlocked e) {
      missionIncidents += MISSION_INCIDENT.equals(e.reason()) ? 1 : 0;
    } else if (event instanceof EngineEvent.MissionAttacked e) {
      missionIncidents++;
      missionCasualties += e.casualties();
    } else if (event instanceof EngineEvent.MandateDeviation) {
      deviations++;
    } else if (event instanceof EngineEvent.ComplianceViolation) {
      violations++;
    } else if (event instanceof EngineEvent.InclusionChanged e) {
      included(e);
    } else if (event instanceof EngineEvent.TickEnded e) {
      tick = e.tick();
      refresh();
    }
  }

  /** A zone's population counts from its first community group included until its last leaves. */
  private void included(EngineEvent.InclusionChanged e) {
    Set<String> groups = includedByZone.computeIfAbsent(e.zone(), z -> new HashSet<>());
    boolean before = !groups.isEmpty();
    if (e.included()) {
      groups.add(e.actor());
    } else {
      groups.remove(e.actor());
    }
    int sign = groups.isEmpty() == before ? (before ? -1 : 1) : 0;
    includedPopulation += sign * facts.communityZonePopulation.getOrDefault(e.zone(), 0);
    includedMarginalised += sign * facts.marginalisedZonePopulation.getOrDefault(e.zone(), 0);
  }

  private void trust(String fromId, String toId, double r, double s, long at) {
    Integer from = facts.actorIndex.get(fromId);
    Integer to = facts.actorIndex.get(toId);
    if (from == null || to == null) {
      return;
    }
    long key = ((long) from << 32) | to;
    boolean now = r > s;
    Boolean before = positive.put(key, now);
    if ((before != null && before) != now) {
      positivePairs += now ? 1 : -1;
    }
    for (int k = 0; k < missionActors.length; k++) {
      if (to == missionActors[k]) {
        rTo[from][k] = r;
        sTo[from][k] = s;
        tickTo[from][k] = at;
      }
      if (from == missionActors[k]) {
        rFrom[to][k] = r;
        sFrom[to][k] = s;
        tickFrom[to][k] = at;
      }
    }
  }

  /** Trust's forgetting over hours. */
  double decay(long hours) {
    if (hours <= 0) {
      return 1;
    }
    return hours < decayByHours.length ? decayByHours[(int) hours] : Math.pow(lambda, hours / 24.0);
  }

  private void refresh() {
    java.util.Arrays.fill(byKind, 0);
    java.util.Arrays.fill(countByKind, 0);
    double allIn = 0;
    double allOut = 0;
    double uncertainty = 0;
    int n = 0;
    for (int i = 0; i < kinds.length; i++) {
      if (mission[i]) {
        continue;
      }
      double bestIn = 0;
      double bestOut = 0;
      for (int k = 0; k < missionActors.length; k++) {
        double f = decay(tick - tickTo[i][k]);
        double r = rTo[i][k] * f;
        double s = sTo[i][k] * f;
        bestIn = Math.max(bestIn, (r + 1) / (r + s + 2));
        uncertainty += 2 / (r + s + 2);
        double g = decay(tick - tickFrom[i][k]);
        double r2 = rFrom[i][k] * g;
        double s2 = sFrom[i][k] * g;
        bestOut = Math.max(bestOut, (r2 + 1) / (r2 + s2 + 2));
        uncertainty += 2 / (r2 + s2 + 2);
      }
      byKind[kinds[i].ordinal()] += bestIn;
      countByKind[kinds[i].ordinal()]++;
      allIn += bestIn;
      allOut += bestOut;
      n++;
    }
    set(Indicator.TRUST_IN_MISSION, n == 0 ? Double.NaN : allIn / n);
    set(Indicator.MISSION_TRUST_IN_OTHERS, n == 0 ? Double.NaN : allOut / n);
    set(Indicator.TRUST_IN_MISSION_COMMUNITY, mean(byKind, countByKind, ActorKind.COMMUNITY_GROUP));
    set(Indicator.TRUST_IN_MISSION_NGO, mean(byKind, countByKind, ActorKind.NGO));
    set(Indicator.TRUST_IN_MISSION_IO, mean(byKind, countByKind, ActorKind.INTERNATIONAL_ORGANISATION));
    set(Indicator.TRUST_IN_MISSION_AUTHORITY, mean(byKind, countByKind, ActorKind.LOCAL_AUTHORITY));
    set(Indicator.TRUST_IN_MISSION_FACTION, mean(byKind, countByKind, ActorKind.ARMED_FACTION));
    set(Indicator.TRUST_IN_MISSION_SECURITY_COMPANY, mean(byKind, countByKind, ActorKind.PRIVATE_SECURITY));
    long pairs = (long) kinds.length * (kinds.length - 1);
    set(Indicator.TRUST_DENSITY, pairs == 0 ? Double.NaN : (double) positivePairs / pairs);
    set(Indicator.TRUST_UNCERTAINTY, n * missionActors.length == 0 ? Double.NaN
        : uncertainty / (2.0 * n * missionActors.length));
    set(Indicator.MESSAGES_SENT, sent);
    set(Indicator.MESSAGES_DELIVERED, delivered);
    set(Indicator.MESSAGES_LOST, lost);
    set(Indicator.MESSAGES_INTERCEPTED, intercepted);
    set(Indicator.MESSAGES_MISUNDERSTOOD, misunderstood);
    set(Indicator.MEAN_LATENCY_HOURS, delivered == 0 ? Double.NaN : latencySum / delivered);
    long ended = deterred + executed;
    set(Indicator.WARNING_COVERAGE, ended == 0 ? Double.NaN : (double) covered / ended);
    set(Indicator.MEAN_WARNING_LEAD_HOURS, leadCount == 0 ? Double.NaN : leadSum / leadCount);
    set(Indicator.CIVILIAN_CASUALTIES, casualties);
    set(Indicator.ATTACKS_PREPARED, prepared);
    set(Indicator.ATTACKS_DETERRED, deterred);
    set(Indicator.ATTACKS_EXECUTED, executed);
    set(Indicator.MEAN_RESPONSE_HOURS, responseCount == 0 ? Double.NaN : responseSum / responseCount);
    set(Indicator.HUMANITARIAN_ACCESS, aidPlanned == 0 ? Double.NaN : (double) aidDelivered / aidPlanned);
    set(Indicator.PEOPLE_DISPLACED, displaced);
    set(Indicator.MANDATE_DEVIATIONS, deviations);
    set(Indicator.COMPLIANCE_VIOLATIONS, violations);
    set(Indicator.MISSION_INCIDENTS, missionIncidents);
    set(Indicator.MISSION_CASUALTIES, missionCasualties);
    set(Indicator.INCLUSIVITY, communityPopulation == 0 ? Double.NaN : includedPopulation / communityPopulation);
    set(Indicator.MARGINALISED_INCLUSION,
        marginalisedPopulation == 0 ? Double.NaN : includedMarginalised / marginalisedPopulation);
    double[] components = Score.components(values, scales);
    for (Score.Component c : Score.Component.values()) {
      set(c.indicator(), components[c.ordinal()]);
    }
    set(Indicator.SCORE, Score.composite(components, weights));
  }

  private static double mean(double[] sums, int[] counts, ActorKind kind) {
    int c = counts[kind.ordinal()];
    return c == 0 ? Double.NaN : sums[kind.ordinal()] / c;
  }

  private void set(Indicator indicator, double value) {
    values[indicator.ordinal()] = value;
  }

  /** Indicator keys in declaration order, the column order of outputs. */
  public static List<String> keys() {
    return Arrays.stream(Indicator.values()).map(Indicator::key).toList();
  }
}
