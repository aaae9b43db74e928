package org.liaison.net.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.liaison.policy.ControlAct;
import org.liaison.scenario.ActionType;
import org.liaison.scenario.CoordinationAction;
import org.liaison.scenario.Effect;
import org.liaison.scenario.EffectKind;

class ProtocolTest {
  @Test
  void everyClientMessageReadsBackAsWritten() throws Exception {
    List<ClientMessage> messages = List.of(new ClientMessage.Join("ABCD-EFGH-JKMN", "Olena"),
        new ClientMessage.Act(3, "patrol-leader", CoordinationAction.on(ActionType.SHARE_INFORMATION, "wsf")),
        new ClientMessage.Choose(4, "head-of-office", "dp-language", "interpreters"),
        new ClientMessage.Control(5, ControlAct.inject("control", List.of("patrol-leader"), "Shelling reported.",
            List.of(new Effect(EffectKind.CHANNEL_DOWN, null, null, "ch-1", null, null, 12, null)))),
        new ClientMessage.Read(17));
    for (ClientMessage m : messages) {
      assertEquals(m, Protocol.readClient(Protocol.write(m)));
    }
  }

  @Test
  void everyNumberReadsBackToTheSameDoubleBitForBit() throws Exception {
    java.util.Random random = new java.util.Random(20261202L);
    for (int i = 0; i < 20_000; i++) {
      // Random bits cover every exponent and the last digits of the mantissa, where rounding differs.
      double value = i % 2 == 0 ? Double.longBitsToDouble(random.nextLong()) : random.nextDouble() * 1e6;
      if (!Double.isFinite(value)) {
        continue;
      }
      ClientMessage.Control read = (ClientMessage.Control) Protocol.readClient(
          Protocol.write(new ClientMessage.Control(i, ControlAct.speed(value))));
      assertEquals(Double.doubleToLongBits(value), Double.doubleToLongBits(read.act().value()), "read back " + value);
    }
  }

  @Test
  void aReadNamesTheUpdateBySerialAndNeedsIt() {
    assertEquals("{\"type\":\"read\",\"serial\":17}", Protocol.write(new ClientMessage.Read(17)));
    Protocol.InvalidMessageException e = assertThrows(Protocol.InvalidMessageException.class,
        () -> Protocol.readClient("{\"type\":\"read\"}"));
    assertEquals(ServerMessage.ErrorCode.MALFORMED, e.code());
    assertThrows(Protocol.InvalidMessageException.class, () -> Protocol.readClient("{\"type\":\"read\",\"serial\":\"x\"}"));
  }

  @Test
  void aMessageStartsWithItsType() {
    assertTrue(Protocol.write(new ClientMessage.Join("c", "p")).startsWith("{\"type\":\"join\""));
  }

  @Test
  void anUnknownFieldAMissingRequiredFieldOrAWrongTypeIsMalformed() {
    for (String bad : List.of("{\"type\":\"join\",\"code\":\"c\",\"participant\":\"p\",\"admin\":true}",
        "{\"type\":\"choose\",\"id\":1,\"role\":\"r\",\"point\":\"p\"}",
        "{\"type\":\"act\",\"id\":\"one\",\"role\":\"r\",\"action\":{\"type\":\"SHARE_INFORMATION\"}}",
        "{\"type\":\"join\",\"code\":\"c\",\"participant\":\"p\"} {\"type\":\"join\"}", "null")) {
      Protocol.InvalidMessageException e = assertThrows(Protocol.InvalidMessageException.class, () -> Protocol.readClient(bad), bad);
      assertEquals(ServerMessage.ErrorCode.MALFORMED, e.code(), bad);
    }
  }

  @Test
  void tooLongAMessageOrTextIsTooLarge() {
    assertEquals(ServerMessage.ErrorCode.TOO_LARGE, assertThrows(Protocol.InvalidMessageException.class,
        () -> Protocol.readClient(" ".repeat(Protocol.MAX_MESSAGE_CHARS + 1))).code());
    assertEquals(ServerMessage.ErrorCode.TOO_LARGE, assertThrows(Protocol.InvalidMessageException.class,
        () -> Protocol.readClient(Protocol.write(new ClientMessage.Join("c", "p".repeat(Protocol.MAX_TEXT_CHARS + 1))))).code());
  }

  @Test
  void theSchemaIsGeneratedFromTheRecordsAndNamesEveryMessageType() throws Exception {
    String schema = Protocol.schema(ClientMessage.class);
    for (String type : List.of("join", "act", "choose", "control")) {
      assertTrue(schema.contains("\"const\" : \"" + type + "\""), type);
    }
    assertInstanceOf(com.fasterxml.jackson.databind.JsonNode.class, new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(Protocol.schema(ServerMessage.class)));
  }

  @Test
  void aWelcomeCarriesTheScenarioItBriefsAndReadsBackEqual() throws Exception {
    org.liaison.scenario.Scenario scenario = org.liaison.scenario.read.ScenarioReader.read(
        java.nio.file.Path.of("../scenarios/somalia-lower-shabelle.yaml"));
    ServerMessage.Welcome w = new ServerMessage.Welcome("force-commander", SeatKind.ROLE, "force-commander",
        "Force commander", "Amina", scenario.metadata().id(), scenario.metadata().title(), 504, scenario);
    ServerMessage back = Protocol.readServer(Protocol.write(w));
    assertEquals(w, back);
  }
}
