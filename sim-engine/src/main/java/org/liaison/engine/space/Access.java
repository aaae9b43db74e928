package org.liaison.engine.space;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.liaison.engine.World;
import org.liaison.engine.agents.ZoneState;
import org.liaison.events.EngineEvent;
import org.liaison.scenario.RoadClosure;
import org.liaison.scenario.Scenario;
import org.liaison.scenario.Season;

/**
 * The ground as it is at each hour: how fast anything on the road moves between two places, and
 * whether it can get through at all.
 *
 * <p>A zone's terrain speed factor comes from the scenario; a season multiplies it for the zones
 * it covers (mud in the rains). A road closure, from a season or from an inject, cuts or slows
 * either a zone (a flooded plain, a washed-out road: nothing enters, leaves or crosses it) or the
 * link between two zones (a bridge out). Travel follows the straight line the units move on, so a
 * closed zone blocks every trip whose line touches it. Units, convoys and messengers on foot or by
 * road ask this class; radio, phones and satellite do not travel and ignore it.
 *
 * <p>No draw is random here, and without seasons or closures every factor is exactly the
 * scenario's terrain, so a file without them runs as before.
 */
public final class Access {
  /** A season's terrain factor over its zones (null: every zone) and time span. */
  private static final class Spell {
    final Season season;
    final boolean[] zones;
    final long from;
    final long until;
    boolean begun;
    boolean ended;

    Spell(Season season, boolean[] zones, long from, long until) {
      this.season = season;
      this.zones = zones;
      this.from = from;
      this.until = until;
    }
  }

  /** A closure of a zone (zone >= 0) or of the link between zones a and b, over a time span. */
  private static final class Closure {
    final int zone;
    final int a;
    final int b;
    final double factor;
    final long from;
    final long until;
    final String cause;
    boolean begun;
    boolean ended;

    Closure(int zone, int a, int b, double factor, long from, long until, String cause) {
      this.zone = zone;
      this.a = a;
      this.b = b;
      this.factor = factor;
      this.from = from;
      this.until = until;
      this.cause = cause;
    }
  }

  private final World world;
  private final Consumer<EngineEvent> publish;
  private final List<Spell> spells = new ArrayList<>();
  private final List<Closure> closures = new ArrayList<>();
  private final List<Closure> active = new ArrayList<>();
  /** The terrain speed factor of each zone this hour. */
  private final double[] terrain;

  public Access(Scenario scenario, World world, Consumer<EngineEvent> publish) {
    this.world = world;
    this.publish = publish;
    this.terrain = new double[world.zones.length];
    for (ZoneState z : world.zones) {
      terrain[z.index] = z.spec.terrain();
    }
    for (Season s : scenario.seasons()) {
      boolean[] zones = null;
      if (!s.zones().isEmpty()) {
        zones = new boolean[world.zones.length];
        for (String id : s.zones()) {
          int z = world.zone(id);
          if (z >= 0) {
            zones[z] = true;
          }
        }
      }
      long from = s.from().tick();
      long until = s.to() == null ? Long.MAX_VALUE : s.to().tick();
      spells.add(new Spell(s, zones, from, until));
      for (RoadClosure c : s.closures()) {
        int zone = c.zone() == null ? -1 : world.zone(c.zone());
        int a = c.between().size() == 2 ? world.zone(c.between().get(0)) : -1;
        int b = c.between().size() == 2 ? world.zone(c.between().get(1)) : -1;
        if (zone >= 0 || (a >= 0 && b >= 0)) {
          closures.add(new Closure(zone, a, b, c.speedFactor(), from, until, s.name()));
        }
      }
    }
  }

  /**
   * Closes or slows a road from the given hour for hours (an inject, or exercise control): a zone,
   * or the link between zones a and b when zone is -1.
   */
  public void close(int zone, int a, int b, double factor, long tick, int hours, String cause) {
    closures.add(new Closure(zone, a, b, Math.max(0, Math.min(1, factor)), tick, tick + Math.max(1, hours), cause));
    update(tick);
  }

  /**
   * Brings the ground up to the hour: seasons and closures that begin or end by now do so, and
   * are announced once. Called every hour after the injects, and whenever a closure is added.
   */
  public void update(long tick) {
    boolean changed = false;
    for (Spell s : spells) {
      if (!s.begun && s.from <= tick) {
        s.begun = true;
        changed = true;
        publish.accept(new EngineEvent.SeasonChanged(tick, s.season.id(), s.season.name(), true));
      }
      if (s.begun && !s.ended && s.until <= tick) {
        s.ended = true;
        changed = true;
        publish.accept(new EngineEvent.SeasonChanged(tick, s.season.id(), s.season.name(), false));
      }
    }
    for (Closure c : closures) {
      if (!c.begun && c.from <= tick) {
        c.begun = true;
        changed = true;
        publish.accept(new EngineEvent.RoadAccessChanged(tick, zoneId(c.zone >= 0 ? c.zone : c.a),
            c.zone >= 0 ? "" : zoneId(c.b), c.factor, c.cause));
      }
      if (c.begun && !c.ended && c.until <= tick) {
        c.ended = true;
        changed = true;
        publish.accept(new EngineEvent.RoadAccessChanged(tick, zoneId(c.zone >= 0 ? c.zone : c.a),
            c.zone >= 0 ? "" : zoneId(c.b), 1.0, c.cause));
      }
    }
    if (!changed) {
      return;
    }
    for (ZoneState z : world.zones) {
      double t = z.spec.terrain();
      for (Spell s : spells) {
        if (s.begun && !s.ended && (s.zones == null || s.zones[z.index])) {
          t *= s.season.terrain();
        }
      }
      terrain[z.index] = t;
    }
    active.clear();
    for (Closure c : closures) {
      if (c.begun && !c.ended) {
        active.add(c);
      }
    }
  }

  /** The terrain speed factor of a zone this hour (the scenario's, times the seasons'). */
  public double terrain(int zone) {
    return terrain[zone];
  }

  /**
   * Share of the usual speed left on the way from (x, y), having left zone origin (or -1), to the
   * centre of zone destination: the lowest factor of the closures on that way, 1 if none.
   */
  public double routeFactor(double x, double y, int origin, int destination) {
    double f = 1;
    if (active.isEmpty()) {
      return f;
    }
    ZoneState to = world.zones[destination];
    for (Closure c : active) {
      boolean hits;
      if (c.zone >= 0) {
        hits = c.zone == destination || world.zones[c.zone].crossedBy(x, y, to.centre.x, to.centre.y);
      } else {
        hits = (origin == c.a && destination == c.b) || (origin == c.b && destination == c.a);
      }
      if (hits) {
        f = Math.min(f, c.factor);
      }
    }
    return f;
  }

  /** Speed factor of a move from (x, y) towards a zone: its terrain this hour times the way's closures. */
  public double speedFactor(double x, double y, int origin, int destination) {
    return terrain[destination] * routeFactor(x, y, origin, destination);
  }

  /** Hours a move at speedKmh on good road takes from (x, y) to a zone; infinite if the way is closed. */
  public double hours(double x, double y, int origin, int destination, double speedKmh) {
    ZoneState to = world.zones[destination];
    double d = Math.hypot(to.centre.x - x, to.centre.y - y);
    double f = speedFactor(x, y, origin, destination);
    return f <= 0 ? Double.POSITIVE_INFINITY : d / Math.max(1e-6, speedKmh * f);
  }

  /** Hours a trip by road from one zone's centre to another's takes; infinite if the way is closed. */
  public double roadHours(int from, int to, double speedKmh) {
    ZoneState a = world.zones[from];
    return hours(a.centre.x, a.centre.y, from, to, speedKmh);
  }

  /**
   * How much slower than usual a messenger travels between two zones this hour: 1 as usual, 0 if
   * the way is closed. It scales a declared latency, which already holds the usual terrain.
   */
  public double travelFactor(int from, int to) {
    if (from == to) {
      return 1;
    }
    ZoneState a = world.zones[from];
    double seasonal = terrain[to] / world.zones[to].spec.terrain();
    return seasonal * routeFactor(a.centre.x, a.centre.y, from, to);
  }

  private String zoneId(int zone) {
    return zone < 0 ? "" : world.zones[zone].id();
  }
}
