package org.liaison.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.liaison.comms.MediumProfile;
import org.liaison.engine.agents.ZoneShape;
import org.liaison.indicators.IndicatorTracker;
import org.liaison.indicators.ResponseJudge;
import org.liaison.scenario.Actor;
import org.liaison.scenario.ActorKind;
import org.liaison.scenario.Channel;
import org.liaison.scenario.DecisionPoint;
import org.liaison.scenario.Hub;
import org.liaison.scenario.Inject;
import org.liaison.scenario.Scenario;
import org.liaison.scenario.TrustPrior;
import org.liaison.scenario.Unit;
import org.liaison.scenario.UnitRole;
import org.liaison.scenario.Zone;
import org.liaison.scenario.condition.Condition;

/**
 * What every run of a scenario sets up the same way, derived once from the scenario and shared,
 * read-only, by all its runs on every thread: the indexes of zones, actors and hubs by id, the
 * zones' shapes, who belongs to which group and hub, where each unit starts, the trust priors and
 * channels with their ends resolved and their defaults filled in, the MSEL's and decision
 * points' parsed conditions, and what the indicators and the judge of expected responses need of
 * the scenario.
 *
 * <p>Nothing here depends on the seed or on the model's parameters, so one is shared by the runs
 * of every design point of a batch: a run takes its parameters from its own scenario (see
 * {@link #fits}). Nothing here is written after it is made; what a run changes (zones' and actors'
 * state, the units, the channels) it builds from these tables for itself.
 */
public final class PreparedScenario {
  /** A batch starts the same scenario thousands of times, on several threads; each condition is parsed once. */
  private static final ParsedConditions PARSED = new ParsedConditions();

  /** Where a unit starts: one of the units a scenario's unit entry declares. */
  record UnitPlacement(int actor, String id, UnitRole role, int strength, double x, double y, int zone) {}

  /** A trust prior between two actors of the scenario. */
  record ResolvedPrior(TrustPrior prior, int from, int to) {}

  /** A channel between two endpoints of the scenario, with what the file leaves out taken from the media. */
  record ResolvedChannel(Channel channel, int from, int to, double latencyHours, double reliability,
      double interception) {}

  private final Scenario scenario;
  final Map<String, Integer> zoneIndex;
  final Map<String, Integer> actorIndex;
  final Map<String, Integer> hubIndex;
  final ZoneShape[] shapes;
  final int[] homeZones;
  /** The languages each actor speaks, by actor index (see {@code ActorState.languages}). */
  final List<List<String>> languages;
  final boolean[][] hubMembers;
  final int[] mission;
  final int[] factions;
  final int[] humanitarians;
  final int[] communities;
  final int[] securityCompanies;
  final int[] stateForces;
  final int[][] communitiesByZone;
  final java.util.Set<String> missionLanguages;
  final UnitPlacement[] units;
  final MediumProfile media;
  final ResolvedPrior[] priors;
  final ResolvedChannel[] channels;
  /** Actors other than the mission's named as members of a hub, once for each hub that names them. */
  final int[] hubJoiners;
  /** Each MSEL entry's parsed condition, or null, in MSEL order. */
  final List<Condition> injectConditions;
  /** Each decision point's parsed condition, or null, in scenario order. */
  final List<Condition> pointConditions;
  /** What the indicator tracker needs of the scenario. */
  final IndicatorTracker.Facts trackerFacts;
  /** The MSEL entries by number and the decision points' roles, for judging expected responses. */
  final ResponseJudge.Index responses;
  /** The last scenario found to fit besides the one these tables were made from: a batch's design point. */
  private volatile Scenario lastFit;

  private PreparedScenario(Scenario scenario) {
    this.scenario = scenario;
    List<Zone> zs = scenario.map().zones();
    zoneIndex = indexOf(zs.stream().map(Zone::id).toList());
    shapes = zs.stream().map(ZoneShape::new).toArray(ZoneShape[]::new);
    List<Actor> as = scenario.actors();
    actorIndex = indexOf(as.stream().map(Actor::id).toList());
    hubIndex = indexOf(scenario.hubs().stream().map(Hub::id).toList());
    homeZones = new int[as.size()];
    List<List<String>> langs = new ArrayList<>();
    for (int i = 0; i < homeZones.length; i++) {
      homeZones[i] = zoneIndex.getOrDefault(as.get(i).homeZone(), 0);
      langs.add(languagesOf(as.get(i), zs.isEmpty() ? List.of() : zs.get(homeZones[i]).languages()));
    }
    languages = List.copyOf(langs);
    hubMembers = hubMembers(scenario.hubs(), as.size());
    mission = indices(as, Actor::isMission);
    factions = indices(as, a -> a.kind() == ActorKind.ARMED_FACTION);
    humanitarians = indices(as, a -> a.kind() == ActorKind.NGO || a.kind() == ActorKind.INTERNATIONAL_ORGANISATION);
    communities = indices(as, a -> a.kind() == ActorKind.COMMUNITY_GROUP);
    securityCompanies = indices(as, a -> a.kind() == ActorKind.PRIVATE_SECURITY);
    stateForces = indices(as, a -> a.kind() == ActorKind.STATE_FORCES);
    communitiesByZone = communitiesByZone(zs.size());
    TreeSet<String> spoken = new TreeSet<>();
    for (int m : mission) {
      spoken.addAll(as.get(m).communication().languages());
    }
    missionLanguages = Collections.unmodifiableSortedSet(spoken);
    units = placeUnits(as);
    media = new MediumProfile(scenario.media());
    priors = resolvePriors(scenario.trust());
    channels = resolveChannels(scenario.channels());
    hubJoiners = hubJoiners(scenario.hubs(), as);
    List<Condition> injects = new ArrayList<>();
    for (Inject inject : scenario.msel()) {
      injects.add(inject.condition() == null ? null : PARSED.parse(inject.condition()));
    }
    injectConditions = Collections.unmodifiableList(injects);
    List<Condition> points = new ArrayList<>();
    for (DecisionPoint point : scenario.decisionPoints()) {
      points.add(point.condition() == null ? null : PARSED.parse(point.condition()));
    }
    pointConditions = Collections.unmodifiableList(points);
    trackerFacts = IndicatorTracker.Facts.of(scenario);
    responses = ResponseJudge.Index.of(scenario);
  }

  /** Prepares a scenario; its parameters are not read. */
  public static PreparedScenario of(Scenario scenario) {
    return new PreparedScenario(scenario.inOwnLanguage());
  }

  /**
   * Whether a run of this scenario can use these tables: everything but the parameters is the same
   * as in the scenario they were made from. A copy with other parameters
   * ({@link Scenario#withParameters}) shares its parts' elements, so the comparison mostly finds
   * the same objects and costs a few microseconds.
   */
  public boolean fits(Scenario other) {
    if (other == scenario || other == lastFit) {
      return true;
    }
    boolean fits = sameButParameters(other);
    if (fits) {
      lastFit = other;
    }
    return fits;
  }

  private boolean sameButParameters(Scenario other) {
    Scenario s = scenario;
    return Objects.equals(other.metadata(), s.metadata()) && Objects.equals(other.map(), s.map())
        && Objects.equals(other.seasons(), s.seasons()) && Objects.equals(other.actors(), s.actors())
        && Objects.equals(other.hubs(), s.hubs()) && Objects.equals(other.trust(), s.trust())
        && Objects.equals(other.channels(), s.channels()) && Objects.equals(other.media(), s.media())
        && Objects.equals(other.msel(), s.msel()) && Objects.equals(other.decisionPoints(), s.decisionPoints())
        && Objects.equals(other.coordination(), s.coordination()) && Objects.equals(other.scoring(), s.scoring());
  }

  /** Positions by id; where an id appears twice, the later position, as a run always looked it up. */
  private static Map<String, Integer> indexOf(List<String> ids) {
    Map<String, Integer> index = new TreeMap<>();
    for (int i = 0; i < ids.size(); i++) {
      index.put(ids.get(i), i);
    }
    return Map.copyOf(index);
  }

  /** An actor's own languages, or where it gives none, those of its home zone. */
  private static List<String> languagesOf(Actor actor, List<String> zoneLanguages) {
    List<String> own = actor.communication().languages();
    return own.isEmpty() ? List.copyOf(zoneLanguages) : own;
  }

  private boolean[][] hubMembers(List<Hub> hubs, int actors) {
    boolean[][] members = new boolean[hubs.size()][actors];
    for (int h = 0; h < hubs.size(); h++) {
      for (String m : hubs.get(h).members()) {
        Integer a = actorIndex.get(m);
        if (a != null) {
          members[h][a] = true;
        }
      }
    }
    return members;
  }

  private static int[] indices(List<Actor> actors, Predicate<Actor> test) {
    int[] all = new int[actors.size()];
    int n = 0;
    for (int i = 0; i < all.length; i++) {
      if (test.test(actors.get(i))) {
        all[n++] = i;
      }
    }
    return java.util.Arrays.copyOf(all, n);
  }

  private int[][] communitiesByZone(int zones) {
    int[][] byZone = new int[zones][];
    for (int z = 0; z < zones; z++) {
      final int zone = z;
      byZone[z] = java.util.Arrays.stream(communities).filter(c -> homeZones[c] == zone).toArray();
    }
    return byZone;
  }

  /** Every unit the actors declare, in scenario order, each entry's count spelt out. */
  private UnitPlacement[] placeUnits(List<Actor> actors) {
    List<UnitPlacement> list = new ArrayList<>();
    for (int a = 0; a < actors.size(); a++) {
      for (Unit u : actors.get(a).units()) {
        place(list, a, u);
      }
    }
    return list.toArray(new UnitPlacement[0]);
  }

  private void place(List<UnitPlacement> list, int actor, Unit u) {
    int zone = u.zone() != null ? zoneIndex.getOrDefault(u.zone(), homeZones[actor]) : homeZones[actor];
    double x = shapes[zone].centre.x;
    double y = shapes[zone].centre.y;
    if (u.position() != null && u.position().size() == 2) {
      x = u.position().get(0);
      y = u.position().get(1);
      zone = zoneAt(x, y, zone);
    }
    for (int k = 0; k < u.count(); k++) {
      String id = u.count() == 1 ? u.id() : u.id() + "-" + (k + 1);
      list.add(new UnitPlacement(actor, id, u.role(), u.strength(), x, y, zone));
    }
  }

  private int zoneAt(double x, double y, int fallback) {
    for (int z = 0; z < shapes.length; z++) {
      if (shapes[z].contains(x, y)) {
        return z;
      }
    }
    return fallback;
  }

  private ResolvedPrior[] resolvePriors(List<TrustPrior> trust) {
    List<ResolvedPrior> list = new ArrayList<>();
    for (TrustPrior prior : trust) {
      int from = actor(prior.from());
      int to = actor(prior.to());
      if (from >= 0 && to >= 0) {
        list.add(new ResolvedPrior(prior, from, to));
      }
    }
    return list.toArray(new ResolvedPrior[0]);
  }

  /** Channels whose both ends exist; what the file leaves out is the medium's quality over the distance. */
  private ResolvedChannel[] resolveChannels(List<Channel> declared) {
    List<ResolvedChannel> list = new ArrayList<>();
    for (Channel c : declared) {
      int from = endpoint(c.from());
      int to = endpoint(c.to());
      if (from >= 0 && to >= 0) {
        double km = from < homeZones.length && to < homeZones.length ? distanceKm(from, to) : 0;
        list.add(new ResolvedChannel(c, from, to,
            c.latencyHours() != null ? c.latencyHours() : media.latencyHours(c.medium(), km),
            c.reliability() != null ? c.reliability() : media.reliability(c.medium(), km),
            c.interception() != null ? c.interception() : media.interception(c.medium())));
      }
    }
    return list.toArray(new ResolvedChannel[0]);
  }

  /** Distance between two actors' home zones, as the communication process measures it. */
  private double distanceKm(int fromActor, int toActor) {
    var a = shapes[homeZones[fromActor]].centre;
    var b = shapes[homeZones[toActor]].centre;
    return Math.hypot(a.x - b.x, a.y - b.y);
  }

  private int[] hubJoiners(List<Hub> hubs, List<Actor> actors) {
    List<Integer> list = new ArrayList<>();
    for (Hub hub : hubs) {
      for (String m : hub.members()) {
        int a = actor(m);
        if (a >= 0 && !actors.get(a).isMission()) {
          list.add(a);
        }
      }
    }
    return list.stream().mapToInt(Integer::intValue).toArray();
  }

  int actor(String id) {
    Integer i = actorIndex.get(id);
    return i == null ? -1 : i;
  }

  int endpoint(String id) {
    int a = actor(id);
    if (a >= 0) {
      return a;
    }
    Integer h = hubIndex.get(id);
    return h == null ? -1 : homeZones.length + h;
  }
}
