package org.liaison.engine.process;

import org.liaison.comms.CommsNetwork;
import org.liaison.comms.Message;
import org.liaison.comms.MessageKind;
import org.liaison.engine.LiaisonSim;
import org.liaison.engine.World;
import org.liaison.engine.agents.ActorState;
import org.liaison.engine.agents.Attack;
import org.liaison.events.EngineEvent;
import org.liaison.events.EventReason;
import org.liaison.scenario.ActorKind;
import org.liaison.scenario.HubKind;
import org.liaison.scenario.Parameters;

/**
 * What messages mean for the world, as the communication network's view of it: whether two
 * actors share a language (or the mission has interpreters for the other's), who would intercept
 * a message (the most hostile group), and what a message does when it arrives or is intercepted.
 *
 * <p>A warning that reaches the mission sends responders; one that reaches the host state's forces
 * sends theirs ({@link StateForces#warned}); one that reaches an intermediary may be relayed
 * ({@link WarningProcess#relay}); a movement notification deconflicts its convoy. A
 * misunderstood message does nothing. An intercepted message makes the interceptor more hostile
 * and costs the sender's trust in the channel's other end; an intercepted warning from a
 * community where the interceptor operates exposes the informant to reprisal. A warning posted on
 * a data platform is read by every member: an armed group that is a member learns it the same way.
 */
public final class CommunicationProcess implements CommsNetwork.World {
  private final LiaisonSim sim;
  private final World world;

  public CommunicationProcess(LiaisonSim sim) {
    this.sim = sim;
    this.world = sim.world();
  }

  @Override
  public boolean languageBarrier(int from, int to) {
    ActorState a = world.actors[from];
    ActorState b = world.actors[to];
    for (String l : a.languages) {
      if (b.languages.contains(l)) {
        return false;
      }
    }
    ActorState other = a.isMission() ? b : b.isMission() ? a : null;
    if (other != null) {
      for (String l : other.languages) {
        if (world.interpreters.contains(l)) {
          return false;
        }
      }
    }
    return true;
  }

  @Override
  public boolean hubHasMember(int hub, int actor) {
    return world.hubHasMember(hub, actor);
  }

  @Override
  public String endpointId(int endpoint) {
    return world.endpointId(endpoint);
  }

  @Override
  public boolean isActor(int endpoint) {
    return endpoint < world.actors.length;
  }

  @Override
  public int zoneOf(int endpoint) {
    return endpoint < world.actors.length ? world.actors[endpoint].homeZone : -1;
  }

  @Override
  public boolean uses(int actor, org.liaison.scenario.Medium medium) {
    return world.actors[actor].spec.communication().media().contains(medium);
  }

  @Override
  public double distanceKm(int fromActor, int toActor) {
    var a = world.zones[world.actors[fromActor].homeZone].centre;
    var b = world.zones[world.actors[toActor].homeZone].centre;
    return Math.hypot(a.x - b.x, a.y - b.y);
  }

  @Override
  public double travelFactor(int fromEndpoint, int toEndpoint) {
    int a = zoneOf(fromEndpoint);
    int b = zoneOf(toEndpoint);
    return a < 0 || b < 0 ? 1 : sim.access().travelFactor(a, b);
  }

  @Override
  public double relayHours(int endpoint) {
    return sim.handling().relayHours(endpoint);
  }

  @Override
  public int interceptor() {
    int best = -1;
    for (int f : world.factions) {
      if (best < 0 || world.actors[f].hostility > world.actors[best].hostility) {
        best = f;
      }
    }
    return best;
  }

  @Override
  public void delivered(Message m, long at) {
    int hub = sim.comms().hubOf(m);
    sim.handling().passedOn(m, hub);
    readOnThePlatform(m, hub, at);
    if (m.kind() == MessageKind.EARLY_WARNING || m.kind() == MessageKind.REQUEST) {
      sim.messageToMission(m.from(), m.to());
    }
    if (m.misunderstood()) {
      return;
    }
    switch (m.kind()) {
      case EARLY_WARNING -> {
        if (!world.isMission(m.to())) {
          for (Attack a : world.attacks) {
            if (a.id == m.subject()) {
              if (world.actors[m.to()].kind() == ActorKind.STATE_FORCES) {
                sim.stateForces().warned(m.to(), a);
              }
              sim.warnings().relay(m);
              break;
            }
          }
          return;
        }
        for (Attack a : world.attacks) {
          if (a.id == m.subject()) {
            if (!sim.handling().hold(m, hub, a, sim.tick())) {
              sim.response().warned(a, m.from(), m.to());
            }
            break;
          }
        }
      }
      case MOVEMENT_NOTIFICATION -> sim.humanitarian().notified(m.subject());
      case REPLY -> {
        // Being answered is contact, like a liaison officer's call: it is not a response to a
        // warning, which only protection arriving in time is (see WarningProcess#outcome).
        if (!world.isMission(m.to())) {
          sim.evidence(m.to(), m.from(), sim.parameters().contactEvidence(), 0, "answered by the mission");
        }
      }
      default -> { }
    }
  }

  /**
   * A warning posted on a data platform is there for every member to read, armed groups among
   * them: each group that is a member learns it as if it had intercepted it.
   */
  private void readOnThePlatform(Message m, int hub, long at) {
    if (hub < 0 || m.kind() != MessageKind.EARLY_WARNING
        || world.hubs[hub - world.actors.length].kind() != HubKind.DATA_PLATFORM) {
      return;
    }
    for (int f : world.factions) {
      if (f != m.from() && f != m.to() && world.hubHasMember(hub, f)) {
        sim.publish(new EngineEvent.MessageIntercepted(at, m.id(), m.kind().name(), world.endpointId(m.from()),
            world.endpointId(m.to()), world.actors[f].id()));
        intercepted(m, f, at);
      }
    }
  }

  @Override
  public void intercepted(Message m, int faction, long at) {
    Parameters p = sim.parameters();
    ActorState f = world.actors[faction];
    sim.setHostility(f, f.hostility + p.interceptionHostility(), EventReason.Code.INTERCEPTED.text());
    sim.evidence(m.from(), m.to(), 0, p.contactEvidence(), "message intercepted");
    ActorState sender = world.actors[m.from()];
    if (m.kind() == MessageKind.EARLY_WARNING && sender.kind() == ActorKind.COMMUNITY_GROUP
        && f.spec.mandate().coversZone(world.zones[sender.homeZone].id())) {
      sim.violence().retaliate(f, sender);
    }
  }
}
