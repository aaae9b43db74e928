package org.liaison.comms;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import org.liaison.events.EngineEvent;
import org.liaison.events.EventBus;
import org.liaison.scenario.Medium;

/**
 * Channels between actors and hubs and the messages in flight on them.
 *
 * <p>Endpoints are indices: actors first, then hubs. A message from actor a to actor b travels on
 * a channel joining them, or on a channel from a to a hub b belongs to (the hub relays it). The
 * route with the lowest latency wins, ties going to the channel declared first; a channel that is
 * down is used only when no other is up.
 *
 * <p>A medium can fail across an area (a network outage, a flood): every channel of that medium
 * with an end based there is down until the outage ends, including channels opened meanwhile.
 * When every channel between two actors is down, the sender falls back to the fastest other medium
 * both of them use that still works at both ends, with that medium's usual quality over the
 * distance ({@link MediumProfile}): a community whose phones are dead sends a runner. Messages that
 * travel by road (couriers, meetings) take longer on slow roads and are lost on closed ones. A
 * message passed on by a hub takes the hub's own handling time (a coordination cell logs and
 * forwards it, a forum raises it at its next meeting, a data platform is read at the next look).
 *
 * <p>A channel an arrangement opened closes when the arrangement ends: no route uses it and no
 * message leaves on it after; messages already on their way still arrive as they would have (the
 * officer leaving hands over what he carries, a phone line's last call is through), so closing
 * loses nothing already sent.
 */
public final class CommsNetwork {

  /** What the network needs from the world it runs in. */
  public interface World {
    boolean languageBarrier(int fromActor, int toActor);

    boolean hubHasMember(int hub, int actor);

    /** Endpoint id (actor or hub) for events. */
    String endpointId(int endpoint);

    /** The faction that would intercept a message, or -1 if none is active. */
    int interceptor();

    /** Called when a message reaches its receiver (misunderstood or not). */
    void delivered(Message message, long tick);

    /** Called when a message is intercepted. */
    void intercepted(Message message, int interceptor, long tick);

    /** Whether the endpoint is an actor (not a hub). */
    boolean isActor(int endpoint);

    /** Zone an actor is based in, or -1 for a hub. */
    int zoneOf(int endpoint);

    /** Whether an actor can use a medium (its communication profile). */
    boolean uses(int actor, Medium medium);

    /** Kilometres between the bases of two actors. */
    double distanceKm(int fromActor, int toActor);

    /** How much slower than usual a messenger travels between two endpoints: 1 usual, 0 road closed. */
    double travelFactor(int fromEndpoint, int toEndpoint);

    /** Hours a hub adds to a message it passes on (0 for an actor). */
    double relayHours(int endpoint);
  }

  /** A medium down across zones (null: everywhere) until a tick. */
  private record Outage(Medium medium, boolean[] zones, long until) {
    boolean covers(Medium m, int zone, long tick) {
      return tick < until && reaches(m, zone);
    }

    boolean reaches(Medium m, int zone) {
      return m == medium && (zones == null || (zone >= 0 && zones[zone]));
    }
  }

  private final World world;
  private final MersenneTwisterFast random;
  private final EventBus bus;
  private final double barrierDelayHours;
  private final double misunderstandingProbability;
  private final MediumProfile profile;
  private final List<ChannelState> channels = new ArrayList<>();
  private final List<List<ChannelState>> byEndpoint = new ArrayList<>();
  private final PriorityQueue<Message> inFlight = new PriorityQueue<>((a, b) -> {
    int c = Long.compare(a.dueAt(), b.dueAt());
    return c != 0 ? c : Long.compare(a.id(), b.id());
  });
  private long nextMessageId = 1;
  private final List<Outage> outages = new ArrayList<>();
  /** Ad-hoc channels on a fallback medium, by sender, receiver and medium. */
  private final java.util.Map<Long, ChannelState> fallbacks = new java.util.HashMap<>();

  /** A network whose opened channels and fallbacks take the given media's quality. */
  public CommsNetwork(World world, MersenneTwisterFast random, EventBus bus, int endpoints,
      double barrierDelayHours, double misunderstandingProbability, MediumProfile profile) {
    this.profile = profile;
    this.world = world;
    this.random = random;
    this.bus = bus;
    this.barrierDelayHours = barrierDelayHours;
    this.misunderstandingProbability = misunderstandingProbability;
    for (int i = 0; i < endpoints; i++) {
      byEndpoint.add(new ArrayList<>());
    }
  }

  /**
   * Adds a channel and returns it; an id a closed channel already had gets a number (the second
   * channel of an arrangement made again is {@code ID-2}), so that ids stay unique.
   */
  public ChannelState add(String id, int from, int to, Medium medium, double latencyHours,
      double reliability, int capacityPerHour, double interception, boolean bidirectional) {
    String unique = id;
    for (int n = 2; byId(unique) != null; n++) {
      unique = id + "-" + n;
    }
    ChannelState c = new ChannelState(channels.size(), unique, from, to, medium, latencyHours,
        reliability, capacityPerHour, interception, bidirectional);
    channels.add(c);
    byEndpoint.get(from).add(c);
    if (to != from) {
      byEndpoint.get(to).add(c);
    }
    coverByOutages(c);
    return c;
  }

  /**
   * A channel opened during an outage of its medium at one of its ends is down with it (an outage
   * already over only sets a time in the past, which changes nothing).
   */
  private void coverByOutages(ChannelState c) {
    for (Outage o : outages) {
      if (o.reaches(c.medium, world.zoneOf(c.from)) || o.reaches(c.medium, world.zoneOf(c.to))) {
        takeDown(c, o.until);
      }
    }
  }

  /**
   * A medium fails across zones (null: everywhere) from tick until untilTick: its channels with an
   * end based there are down, and so are those opened there before it ends.
   */
  public void mediumDown(Medium medium, boolean[] zones, long tick, long untilTick) {
    outages.removeIf(o -> o.until <= tick);
    outages.add(new Outage(medium, zones, untilTick));
    for (ChannelState c : channels) {
      if (c.medium == medium && (zones == null || inArea(c.from, zones) || inArea(c.to, zones))) {
        takeDown(c, untilTick);
      }
    }
  }

  private boolean inArea(int endpoint, boolean[] zones) {
    int z = world.zoneOf(endpoint);
    return z >= 0 && zones[z];
  }

  /** Whether an outage covers a medium at either of two zones at a tick. */
  private boolean outage(Medium medium, int zoneA, int zoneB, long tick) {
    for (Outage o : outages) {
      if (o.covers(medium, zoneA, tick) || o.covers(medium, zoneB, tick)) {
        return true;
      }
    }
    return false;
  }

  /** Whether an outage of a medium covers a zone (-1: none in particular) at a tick. */
  public boolean outageCovers(Medium medium, int zone, long tick) {
    return outage(medium, zone, zone, tick);
  }

  public List<ChannelState> channels() {
    return java.util.Collections.unmodifiableList(channels);
  }

  public ChannelState byId(String id) {
    for (ChannelState c : channels) {
      if (c.id.equals(id)) {
        return c;
      }
    }
    return null;
  }

  /** Whether a channel of this medium already joins the two endpoints directly. */
  public boolean hasDirect(int a, int b, Medium medium) {
    for (ChannelState c : byEndpoint.get(a)) {
      if ((c.joins(a, b) || c.joins(b, a)) && (medium == null || c.medium == medium)) {
        return true;
      }
    }
    return false;
  }

  /** The best channel for a message from actor a to actor b, or null if there is none. */
  public ChannelState route(int a, int b) {
    ChannelState best = null;
    double bestHours = 0;
    for (ChannelState c : byEndpoint.get(a)) {
      int other = c.otherEnd(a);
      if (other < 0) {
        continue;
      }
      boolean reaches = other == b || world.hubHasMember(other, b);
      double hours = c.latencyHours + (other == b ? 0 : world.relayHours(other));
      if (reaches && (best == null || hours < bestHours)) {
        best = c;
        bestHours = hours;
      }
    }
    return best;
  }

  /** The best channel from a to b that is up at tick, or null if every one is down. */
  private ChannelState upRoute(int a, int b, long tick) {
    ChannelState best = null;
    double bestHours = 0;
    for (ChannelState c : byEndpoint.get(a)) {
      int other = c.otherEnd(a);
      if (other < 0 || c.downAt(tick)) {
        continue;
      }
      boolean reaches = other == b || world.hubHasMember(other, b);
      double hours = c.latencyHours + (other == b ? 0 : world.relayHours(other));
      if (reaches && (best == null || hours < bestHours)) {
        best = c;
        bestHours = hours;
      }
    }
    return best;
  }

  /**
   * The fastest medium other than the one that failed that both actors use and no outage covers at
   * either end, as an ad-hoc channel
   * with that medium's usual quality over their distance; null if there is none. Data platforms
   * are left out: they need a platform, not just the habit of using one.
   */
  private ChannelState fallback(int a, int b, Medium failed, long tick) {
    if (!world.isActor(a) || !world.isActor(b)) {
      return null;
    }
    double km = world.distanceKm(a, b);
    Medium best = null;
    double bestHours = Double.POSITIVE_INFINITY;
    for (Medium m : Medium.values()) {
      if (m == failed || m == Medium.DATA_PLATFORM || !world.uses(a, m) || !world.uses(b, m)
          || outage(m, world.zoneOf(a), world.zoneOf(b), tick)) {
        continue;
      }
      boolean travels = m == Medium.COURIER || m == Medium.FACE_TO_FACE;
      double factor = travels ? world.travelFactor(a, b) : 1;
      double hours = factor <= 0 ? Double.POSITIVE_INFINITY : profile.latencyHours(m, km) / factor;
      if (hours < bestHours) {
        best = m;
        bestHours = hours;
      }
    }
    if (best == null) {
      return null;
    }
    long key = ((long) a * byEndpoint.size() + b) * Medium.values().length + best.ordinal();
    ChannelState c = fallbacks.get(key);
    if (c == null) {
      c = new ChannelState(channels.size(), "fallback-" + world.endpointId(a) + "-" + world.endpointId(b) + "-"
          + best.name().toLowerCase(java.util.Locale.ROOT), a, b, best, profile.latencyHours(best, km),
          profile.reliability(best, km), 10, profile.interception(best), false);
      c.openedAt = tick;
      channels.add(c);
      fallbacks.put(key, c);
    }
    return c.downAt(tick) ? null : c;
  }

  /** The quality of each medium in this area. */
  public MediumProfile profile() {
    return profile;
  }

  /** Closes a channel for good at a tick: routes leave it out from now on. */
  public void close(ChannelState channel, long tick) {
    if (channel.closed()) {
      return;
    }
    channel.closedAt = tick;
    byEndpoint.get(channel.from).remove(channel);
    if (channel.to != channel.from) {
      byEndpoint.get(channel.to).remove(channel);
    }
  }

  /** How long a channel opened during the run counts as new. */
  public static final int NEW_HOURS = 48;

  /** How the channel works at the tick: down and closed roads first, then slowed, then new. */
  public ChannelCondition condition(ChannelState c, long tick) {
    if (c.downAt(tick)) {
      return ChannelCondition.DOWN;
    }
    double travel = c.travels ? world.travelFactor(c.from, c.to) : 1;
    if (travel <= 0) {
      return ChannelCondition.CLOSED;
    }
    if (travel < 1) {
      return ChannelCondition.DEGRADED;
    }
    return c.openedAt >= 0 && tick - c.openedAt < NEW_HOURS ? ChannelCondition.NEW : ChannelCondition.WORKING;
  }

  /** Takes a channel down until the given tick. */
  public void takeDown(ChannelState channel, long untilTick) {
    channel.downUntil = Math.max(channel.downUntil, untilTick);
  }

  /**
   * Sends a message from actor a to actor b on the best route. Returns false if no route exists
   * (nothing is sent and no event published).
   */
  public boolean send(MessageKind kind, int a, int b, long subject, long tick) {
    ChannelState c = route(a, b);
    if (c == null) {
      return false;
    }
    if (c.downAt(tick)) {
      ChannelState up = upRoute(a, b, tick);
      if (up == null) {
        up = fallback(a, b, c.medium, tick);
      }
      if (up != null) {
        c = up;
      }
    }
    long id = nextMessageId++;
    boolean barrier = world.languageBarrier(a, b);
    String from = world.endpointId(a);
    String to = world.endpointId(b);
    bus.publish(new EngineEvent.MessageSent(tick, id, kind.name(), from, to, c.id, barrier));
    if (c.downAt(tick)) {
      bus.publish(new EngineEvent.MessageLost(tick, id, kind.name(), from, to, "channel down"));
      return true;
    }
    int hub = c.otherEnd(a) == b ? -1 : c.otherEnd(a);
    double travel = c.travels ? world.travelFactor(a, hub >= 0 ? hub : b) : 1;
    if (travel <= 0) {
      bus.publish(new EngineEvent.MessageLost(tick, id, kind.name(), from, to, "road closed"));
      return true;
    }
    if (!random.nextBoolean(c.reliability)) {
      bus.publish(new EngineEvent.MessageLost(tick, id, kind.name(), from, to, "unreliable channel"));
      return true;
    }
    if (c.loadTick != tick) {
      c.loadTick = tick;
      c.load = 0;
    }
    long queueHours = c.load / c.capacityPerHour;
    c.load++;
    double latency = c.latencyHours / travel + queueHours + (hub >= 0 ? world.relayHours(hub) : 0);
    boolean misunderstood = false;
    if (barrier) {
      latency += barrierDelayHours;
      misunderstood = random.nextBoolean(misunderstandingProbability);
    }
    long due = tick + Math.max(1L, Math.round(latency));
    Message m = new Message(id, kind, a, b, c.index, tick, due, misunderstood, subject);
    if (c.interception > 0 && random.nextBoolean(c.interception)) {
      int faction = world.interceptor();
      if (faction >= 0) {
        bus.publish(new EngineEvent.MessageIntercepted(tick, id, kind.name(), from, to,
            world.endpointId(faction)));
        world.intercepted(m, faction, tick);
      }
    }
    inFlight.add(m);
    return true;
  }

  /** Delivers every message due at or before tick, in due order then sending order. */
  public void deliver(long tick) {
    while (!inFlight.isEmpty() && inFlight.peek().dueAt() <= tick) {
      Message m = inFlight.poll();
      String from = world.endpointId(m.from());
      String to = world.endpointId(m.to());
      bus.publish(new EngineEvent.MessageDelivered(tick, m.id(), m.kind().name(), from, to,
          tick - m.sentAt()));
      if (m.misunderstood()) {
        bus.publish(new EngineEvent.MessageMisunderstood(tick, m.id(), m.kind().name(), from, to));
      }
      world.delivered(m, tick);
    }
  }

  /** The messages in flight, in sending order; a copy, so reading it changes nothing. */
  public List<Message> inFlight() {
    List<Message> list = new ArrayList<>(inFlight);
    list.sort(java.util.Comparator.comparingLong(Message::id));
    return list;
  }

  /** The hub a message was passed on by, or -1 if it went straight to its receiver. */
  public int hubOf(Message m) {
    int other = channels.get(m.channel()).otherEnd(m.from());
    return other == m.to() ? -1 : other;
  }

  public int inFlightCount() {
    return inFlight.size();
  }
}
