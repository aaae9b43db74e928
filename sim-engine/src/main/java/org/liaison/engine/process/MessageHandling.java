package org.liaison.engine.process;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.liaison.comms.Message;
import org.liaison.engine.LiaisonSim;
import org.liaison.engine.World;
import org.liaison.engine.agents.ActorState;
import org.liaison.engine.agents.Attack;
import org.liaison.events.EngineEvent;
import org.liaison.scenario.HubKind;

/**
 * What hubs and receivers do with a message beyond carrying it: how long a hub takes to pass it
 * on, whether passing it on builds trust, and how long a formal receiver checks an informal
 * warning before acting on it.
 *
 * <p>Hub kinds differ in what passing through them does. A civil-military coordination cell logs
 * and forwards within the hour and vouches for what it passes (the receiver need not check it
 * again). A community alert network is a hotline watched round the clock under a procedure agreed
 * beforehand: immediate, and acted on without checking. A forum raises a message at its next
 * sitting, slowly, but the people who meet there come to know each other (contact evidence both
 * ways). A data platform posts it for every member to read at the next look: some delay, no
 * relationship built.
 *
 * <p>Formality: a formal organisation (a force with reporting chains and rules of engagement) does
 * not move on an informal tip until it has checked it, by a call back or a second source. The check
 * takes {@code verificationHours} times how much more formal the receiver is than the sender, and
 * nothing when the warning comes through an alert network or a coordination cell, or from an actor
 * with an alert network or a liaison officer of the mission: the arrangement is the formality.
 * MONUSCO's community alert networks were built so that alerts would be acted on without such
 * delays.
 */
public final class MessageHandling {
  /** What acting on a verified warning does; the simulation's response to a warning. */
  public interface Responder {
    void warned(Attack attack, int warner, int receiver);
  }

  private record Pending(Attack attack, int warner, int receiver, long arrived, long due) {}

  private final LiaisonSim sim;
  private final World world;
  private final List<Pending> pending = new ArrayList<>();

  public MessageHandling(LiaisonSim sim) {
    this.sim = sim;
    this.world = sim.world();
  }

  /** Hours a hub adds to a message it passes on; 0 for an actor. */
  public double relayHours(int endpoint) {
    if (endpoint < world.actors.length) {
      return 0;
    }
    var p = sim.parameters();
    return switch (world.hubs[endpoint - world.actors.length].kind()) {
      case CIMIC_CELL -> p.cimicRelayHours();
      case ALERT_NETWORK -> 0;
      case FORUM -> p.forumRelayHours();
      case DATA_PLATFORM -> p.dataPlatformRelayHours();
    };
  }

  /** A message was delivered through a hub (or -1): a forum builds the acquaintance of both ends. */
  public void passedOn(Message m, int hub) {
    if (hub < 0 || kindOf(hub) != HubKind.FORUM || m.misunderstood()) {
      return;
    }
    double e = sim.parameters().forumRelayEvidence();
    if (e > 0) {
      sim.evidence(m.to(), m.from(), e, 0, "met at the forum");
      sim.evidence(m.from(), m.to(), e, 0, "met at the forum");
    }
  }

  /** Hours the receiver of a warning checks it before acting on it. */
  public long verificationHours(Message m, int hub) {
    ActorState sender = world.actors[m.from()];
    ActorState receiver = world.actors[m.to()];
    if (sender.isMission() || sender.alertNetwork || sender.liaisonOfficer
        || (hub >= 0 && (kindOf(hub) == HubKind.ALERT_NETWORK || kindOf(hub) == HubKind.CIMIC_CELL))) {
      return 0;
    }
    double gap = receiver.spec.dispositions().formality() - sender.spec.dispositions().formality();
    return Math.max(0, Math.round(sim.parameters().verificationHours() * gap));
  }

  /**
   * A warning reached a mission actor: acted on now (returns false), or held while the receiver
   * checks it (returns true; {@link #release} acts on it when the check is done).
   */
  public boolean hold(Message m, int hub, Attack attack, long tick) {
    long hours = verificationHours(m, hub);
    if (hours <= 0) {
      return false;
    }
    pending.add(new Pending(attack, m.from(), m.to(), tick, tick + hours));
    return true;
  }

  /** Acts on the warnings whose check ends by this hour, in the order they arrived. */
  public void release(long tick, Responder responder) {
    Iterator<Pending> it = pending.iterator();
    while (it.hasNext()) {
      Pending w = it.next();
      if (w.due() > tick) {
        continue;
      }
      it.remove();
      if (world.attacks.contains(w.attack())) {
        sim.publish(new EngineEvent.WarningVerified(tick, w.attack().id, world.actors[w.warner()].id(),
            world.actors[w.receiver()].id(), tick - w.arrived()));
        responder.warned(w.attack(), w.warner(), w.receiver());
      }
    }
  }

  private HubKind kindOf(int endpoint) {
    return world.hubs[endpoint - world.actors.length].kind();
  }
}
