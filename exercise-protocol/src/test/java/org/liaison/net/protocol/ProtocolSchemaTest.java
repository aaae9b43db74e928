package org.liaison.net.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.liaison.comms.ChannelCondition;
import org.liaison.exercise.ChannelView;
import org.liaison.exercise.ExerciseSnapshot;
import org.liaison.policy.ControlAct;
import org.liaison.policy.Refusal;
import org.liaison.scenario.ActionType;
import org.liaison.scenario.CoordinationAction;
import org.liaison.scenario.Effect;
import org.liaison.scenario.EffectKind;
import org.liaison.scenario.Medium;
import org.liaison.scenario.read.ScenarioReader;

/** The protocol's published schemas: every reference resolves, and real messages validate. */
class ProtocolSchemaTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonSchema schema(Class<?> root) {
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(Protocol.schema(root));
  }

  private static void collectRefs(JsonNode node, List<String> refs) {
    if (node.isObject()) {
      node.fields().forEachRemaining(e -> {
        if (e.getKey().equals("$ref")) {
          refs.add(e.getValue().asText());
        } else {
          collectRefs(e.getValue(), refs);
        }
      });
    } else if (node.isArray()) {
      node.forEach(n -> collectRefs(n, refs));
    }
  }

  @Test
  void everyReferenceOfBothSchemasResolvesInsideTheSchema() throws Exception {
    for (Class<?> root : List.of(ClientMessage.class, ServerMessage.class)) {
      JsonNode schema = JSON.readTree(Protocol.schema(root));
      List<String> refs = new ArrayList<>();
      collectRefs(schema, refs);
      assertFalse(refs.isEmpty(), root.getSimpleName());
      for (String ref : refs) {
        assertTrue(ref.equals("#") || ref.startsWith("#/"), root.getSimpleName() + ": a reference outside the schema: " + ref);
        JsonNode target = ref.equals("#") ? schema : schema.at(ref.substring(1));
        assertFalse(target.isMissingNode(), root.getSimpleName() + ": " + ref + " resolves to nothing");
        assertTrue(target.isObject(), root.getSimpleName() + ": " + ref + " is not a schema");
      }
    }
  }

  @Test
  void theCommittedSchemasAreTheGeneratedOnes() throws Exception {
    assertEquals(Protocol.schema(ClientMessage.class), Files.readString(Path.of("..", "docs", Protocol.CLIENT_SCHEMA_FILE)),
        "docs/" + Protocol.CLIENT_SCHEMA_FILE + " is stale");
    assertEquals(Protocol.schema(ServerMessage.class), Files.readString(Path.of("..", "docs", Protocol.SERVER_SCHEMA_FILE)),
        "docs/" + Protocol.SERVER_SCHEMA_FILE + " is stale");
  }

  @Test
  void everyKindOfClientMessageValidates() throws Exception {
    JsonSchema schema = schema(ClientMessage.class);
    List<ClientMessage> messages = List.of(new ClientMessage.Join("ABCD-EFGH-JKMN", "Olena"),
        new ClientMessage.Act(3, "patrol-leader", CoordinationAction.on(ActionType.SHARE_INFORMATION, "wsf")),
        new ClientMessage.Choose(4, "head-of-office", "dp-language", "interpreters"),
        new ClientMessage.Control(5, ControlAct.inject("control", List.of("patrol-leader"), "Mobile network down.",
            List.of(new Effect(EffectKind.MEDIUM_DOWN, null, null, null, null, null, 12, Medium.MOBILE,
                List.of("zarichne", "novopilske"), null),
                new Effect(EffectKind.ROAD_CLOSED, null, null, null, null, 0.0, 6, null, null,
                    List.of("zarichne", "novopilske"))))),
        new ClientMessage.Control(6, ControlAct.note("Petra", "asked the elders first")),
        new ClientMessage.Control(7, ControlAct.seat("patrol-leader", ControlAct.SeatMode.DOCTRINE)),
        new ClientMessage.Control(8, ControlAct.delay(3, 12)));
    for (ClientMessage m : messages) {
      String text = Protocol.write(m);
      Set<ValidationMessage> problems = schema.validate(JSON.readTree(text));
      assertTrue(problems.isEmpty(), text + ": " + problems);
    }
  }

  @Test
  void whatTheServerRefusesTheSchemaRefusesToo() throws Exception {
    JsonSchema schema = schema(ClientMessage.class);
    for (String bad : List.of("{\"type\":\"join\",\"code\":\"c\",\"participant\":\"p\",\"admin\":true}",
        "{\"type\":\"choose\",\"id\":1,\"role\":\"r\",\"point\":\"p\"}",
        "{\"type\":\"act\",\"id\":\"one\",\"role\":\"r\",\"action\":{\"type\":\"SHARE_INFORMATION\"}}",
        "{\"type\":\"shout\",\"code\":\"c\",\"participant\":\"p\"}",
        "{\"code\":\"c\",\"participant\":\"p\"}")) {
      assertFalse(schema.validate(JSON.readTree(bad)).isEmpty(), bad);
    }
  }

  @Test
  void everyKindOfServerMessageValidates() throws Exception {
    JsonSchema schema = schema(ServerMessage.class);
    var scenario = ScenarioReader.read(Path.of("..", "scenarios", "somalia-lower-shabelle.yaml"));
    SeatView view = new SeatView(new ExerciseSnapshot.Clock(30, 2, 6, 504, "2026-03-02"), SeatView.Status.RUNNING, 1.0, 4,
        List.of(new SeatView.Zone("afgooye", "Afgooye", 1000, 20, 0.4, 10, 1, null, 0, 0.6)),
        List.of(new SeatView.Actor("unsom", "UNSOM", scenario.actors().get(0).kind(), "afgooye", true, null, null,
            List.of("liaison officer"), Map.of("hostility", 0.2, "ihlCompliance", 0.9))),
        List.of(), List.of(), List.of(), List.of(), List.of(),
        List.of(new ChannelView("ch-1", "unsom", "afgooye-council", Medium.MOBILE, ChannelCondition.DOWN)),
        Map.of("score", 0.5),
        new ExerciseSnapshot.Capacity(8, 2, 5.5, List.of()), List.of(), List.of(),
        List.of(new SeatView.Waiting("dp-1", "A decision", "force-commander", 12)),
        List.of(new SeatView.LogLine(1, 3, "control", "control", "NOTE", "Ines", true, null, null,
            ControlAct.note("Amina", "waited for the council"), null, null, null)),
        List.of(), List.of(new SeatView.Seat("control", SeatKind.CONTROL, null, "Exercise control", "Ines", true, null)),
        List.of(new SeatView.MselEntry(1, "MESSAGE", 12L, null, "unsom", List.of("force-commander"), "Text", null,
            "pending")));
    List<ServerMessage> messages = List.of(
        new ServerMessage.Welcome("force-commander", SeatKind.ROLE, "force-commander", "Force commander", "Amina",
            scenario.metadata().id(), scenario.metadata().title(), 504, scenario),
        new ServerMessage.Update(1, view),
        new ServerMessage.Update(2, view, List.of("zones", "actors"), List.of("log")),
        new ServerMessage.Reply(3, false, Refusal.Code.OVER_BUDGET.text(9.0, 4.0),
            Refusal.Code.OVER_BUDGET.of(9.0, 4.0), 0),
        new ServerMessage.Error(ServerMessage.ErrorCode.FORBIDDEN,
            Refusal.Code.SEAT_ACTS_FOR_OTHER_ROLE.of("force-commander", "civil-affairs"), 4L),
        new ServerMessage.Error(ServerMessage.ErrorCode.FORBIDDEN, "this seat acts for force-commander only", 5L, null));
    for (ServerMessage m : messages) {
      String text = Protocol.write(m);
      Set<ValidationMessage> problems = schema.validate(JSON.readTree(text));
      assertTrue(problems.isEmpty(), m.getClass().getSimpleName() + ": " + problems);
    }
  }
}
