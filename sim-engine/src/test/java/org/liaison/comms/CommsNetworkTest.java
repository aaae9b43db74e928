package org.liaison.comms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import org.liaison.events.EngineEvent;
import org.liaison.events.EventBus;
import org.liaison.scenario.Medium;
import org.junit.jupiter.api.Test;

class CommsNetworkTest {
  /** Actors 0, 1, 2 and a hub 3 whose only member is actor 2. */
  private final List<EngineEvent> events = new ArrayList<>();
  private final List<Message> delivered = new ArrayList<>();
  private boolean barrier;
  private int interceptions;

  private CommsNetwork network(double misunderstanding) {
    EventBus bus = new EventBus();
    bus.subscribe(events::add);
    CommsNetwork.World world = new CommsNetwork.World() {
      @Override
      public boolean languageBarrier(int from, int to) {
        return barrier;
      }

      @Override
      public boolean hubHasMember(int hub, int actor) {
        return hub == 3 && actor == 2;
      }

      @Override
      public String endpointId(int endpoint) {
        return "e" + endpoint;
      }

      @Override
      public int interceptor() {
        return 1;
      }

      @Override
      public void delivered(Message message, long tick) {
        delivered.add(message);
      }

      @Override
      public void intercepted(Message message, int interceptor, long tick) {
        interceptions++;
      }

      @Override
      public boolean isActor(int endpoint) {
        return endpoint < 3;
      }

      @Override
      public int zoneOf(int endpoint) {
        return endpoint < 3 ? endpoint : -1;
      }

      @Override
      public boolean uses(int actor, Medium medium) {
        return medium == Medium.RADIO;
      }

      @Override
      public double distanceKm(int fromActor, int toActor) {
        return 10;
      }

      @Override
      public double travelFactor(int fromEndpoint, int toEndpoint) {
        return 1;
      }

      @Override
      public double relayHours(int endpoint) {
        return endpoint == 3 ? 2 : 0;
      }
    };
    return new CommsNetwork(world, new MersenneTwisterFast(1), bus, 4, 6, misunderstanding, MediumProfile.standard());
  }

  @Test
  void aMessageArrivesAfterTheChannelsLatency() {
    CommsNetwork n = network(0);
    n.add("c", 0, 1, Medium.RADIO, 3, 1, 10, 0, true);
    assertTrue(n.send(MessageKind.SITUATION_REPORT, 0, 1, -1, 10));
    n.deliver(12);
    assertTrue(delivered.isEmpty());
    n.deliver(13);
    assertEquals(1, delivered.size());
    assertEquals(3.0, ((EngineEvent.MessageDelivered) events.get(1)).latencyHours());
  }

  @Test
  void withoutARouteNothingIsSent() {
    CommsNetwork n = network(0);
    n.add("c", 0, 1, Medium.RADIO, 1, 1, 10, 0, false);
    assertFalse(n.send(MessageKind.SITUATION_REPORT, 1, 0, -1, 0));
    assertTrue(events.isEmpty());
  }

  @Test
  void aHubRelaysToItsMembersOnly() {
    CommsNetwork n = network(0);
    n.add("to-hub", 0, 3, Medium.MOBILE, 1, 1, 10, 0, true);
    assertNotNull(n.route(0, 2));
    assertNull(n.route(0, 1));
  }

  @Test
  void aHubAddsItsOwnHandlingTimeToWhatItPassesOn() {
    CommsNetwork n = network(0);
    n.add("to-hub", 0, 3, Medium.MOBILE, 1, 1, 10, 0, true);
    n.send(MessageKind.SITUATION_REPORT, 0, 2, -1, 0);
    assertEquals(3, n.inFlight().get(0).dueAt());
    assertEquals(3, n.hubOf(n.inFlight().get(0)));
  }

  @Test
  void aChannelThatIsDownLosesTheMessage() {
    CommsNetwork n = network(0);
    ChannelState c = n.add("c", 0, 1, Medium.RADIO, 1, 1, 10, 0, true);
    n.takeDown(c, 5);
    n.send(MessageKind.EARLY_WARNING, 0, 1, 7, 4);
    n.deliver(100);
    assertTrue(delivered.isEmpty());
    assertEquals("channel down", ((EngineEvent.MessageLost) events.get(1)).reason());
  }

  @Test
  void messagesBeyondTheHourlyCapacityWaitAnHour() {
    CommsNetwork n = network(0);
    n.add("c", 0, 1, Medium.RADIO, 1, 1, 2, 0, true);
    for (int i = 0; i < 3; i++) {
      n.send(MessageKind.SITUATION_REPORT, 0, 1, -1, 0);
    }
    n.deliver(1);
    assertEquals(2, delivered.size());
    n.deliver(2);
    assertEquals(3, delivered.size());
  }

  @Test
  void aLanguageBarrierAddsDelayAndCanGarbleTheMessage() {
    barrier = true;
    CommsNetwork n = network(1.0);
    n.add("c", 0, 1, Medium.RADIO, 1, 1, 10, 0, true);
    n.send(MessageKind.EARLY_WARNING, 0, 1, -1, 0);
    n.deliver(6);
    assertTrue(delivered.isEmpty());
    n.deliver(7);
    assertTrue(delivered.get(0).misunderstood());
    assertTrue(events.stream().anyMatch(e -> e instanceof EngineEvent.MessageMisunderstood));
  }

  @Test
  void anInterceptedMessageIsReportedAndStillDelivered() {
    CommsNetwork n = network(0);
    n.add("c", 0, 1, Medium.RADIO, 1, 1, 10, 1.0, true);
    n.send(MessageKind.EARLY_WARNING, 0, 1, -1, 0);
    n.deliver(1);
    assertEquals(1, interceptions);
    assertEquals(1, delivered.size());
  }
}
