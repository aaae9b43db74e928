package org.liaison.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.liaison.scenario.Scenario;

/** Scenarios of any size for benchmarks of the engine and of the trainer's map. */
public final class GeneratedScenario {
  private static final ObjectMapper JSON = new ObjectMapper();

  private GeneratedScenario() {}

  /**
   * A generated area: a square grid of zones with one community group each (linked to the
   * mission by an alert channel), one mission actor holding 70% of the units as patrols spread
   * over the zones, and five armed factions holding the rest.
   */
  public static Scenario of(int units, int days) throws Exception {
    int side = Math.max(2, (int) Math.ceil(Math.sqrt(Math.max(4, units / 100.0))));
    double cell = 10;
    ObjectNode root = JSON.createObjectNode();
    root.put("formatVersion", 1);
    ObjectNode meta = root.putObject("metadata");
    meta.put("id", "generated-" + units);
    meta.put("title", "Generated benchmark area");
    meta.put("summary", "Benchmark");
    meta.put("briefing", "Benchmark");
    meta.put("author", "benchmark");
    meta.put("version", "1");
    meta.put("durationDays", days);
    meta.putArray("roles").addObject().put("id", "commander").put("title", "Commander");
    meta.putArray("objectives");
    ObjectNode map = root.putObject("map");
    map.put("widthKm", side * cell);
    map.put("heightKm", side * cell);
    ArrayNode zones = map.putArray("zones");
    for (int i = 0; i < side * side; i++) {
      double x = (i % side) * cell;
      double y = (i / side) * cell;
      ObjectNode z = zones.addObject();
      z.put("id", "z" + i);
      z.put("name", "Zone " + i);
      ArrayNode poly = z.putArray("polygon");
      poly.addArray().add(x).add(y);
      poly.addArray().add(x + cell).add(y);
      poly.addArray().add(x + cell).add(y + cell);
      poly.addArray().add(x).add(y + cell);
      z.put("population", 2000 + 100 * (i % 7));
      z.put("vulnerability", 0.5);
      z.put("need", 0.4);
      z.put("marginalised", i % 5 == 0);
    }
    ArrayNode actors = root.putArray("actors");
    ArrayNode channels = root.putArray("channels");
    ObjectNode mission = actor(actors, "mission", "PEACEKEEPING_UNIT", "z0");
    mission.put("mission", true);
    mission.putObject("mandate").putArray("tasks").add("PROTECT_CIVILIANS").add("PATROL");
    ArrayNode missionUnits = mission.putArray("units");
    int patrols = (int) Math.round(units * 0.7);
    int zonesCount = side * side;
    for (int i = 0; i < zonesCount && i < patrols; i++) {
      int count = patrols / zonesCount + (i < patrols % zonesCount ? 1 : 0);
      missionUnits.addObject().put("id", "p" + i).put("zone", "z" + i).put("count", count).put("strength", 10);
    }
    int fighters = units - patrols;
    for (int f = 0; f < 5; f++) {
      ObjectNode faction = actor(actors, "faction" + f, "ARMED_FACTION", "z" + (f * zonesCount / 5));
      faction.putObject("mandate").putArray("tasks").add("ATTACK");
      faction.with("dispositions").put("hostility", 0.7).put("ihlCompliance", 0.3);
      int count = fighters / 5 + (f < fighters % 5 ? 1 : 0);
      if (count > 0) {
        faction.putArray("units").addObject().put("id", "f" + f).put("role", "FIGHTERS").put("count", count);
      }
    }
    for (int i = 0; i < zonesCount; i++) {
      ObjectNode c = actor(actors, "community" + i, "COMMUNITY_GROUP", "z" + i);
      c.putObject("mandate").putArray("tasks").add("MONITOR");
      channels.addObject().put("id", "alert" + i).put("from", "community" + i).put("to", "mission").put("medium", "MOBILE");
    }
    ObjectNode ngo = actor(actors, "ngo", "NGO", "z0");
    ngo.putObject("mandate").putArray("tasks").add("DELIVER_AID");
    ngo.putObject("capacity").put("deliveriesPerWeek", 14);
    ObjectNode params = root.putObject("parameters");
    params.put("attackRatePerDay", Math.min(24.0, Math.max(1.0, zonesCount / 10.0)));
    return JSON.treeToValue(root, Scenario.class);
  }

  private static ObjectNode actor(ArrayNode actors, String id, String kind, String zone) {
    ObjectNode a = actors.addObject();
    a.put("id", id);
    a.put("name", id);
    a.put("kind", kind);
    a.put("homeZone", zone);
    ObjectNode comm = a.putObject("communication");
    comm.putArray("languages").add("en");
    comm.putArray("media").add("MOBILE").add("RADIO").add("FACE_TO_FACE");
    a.putObject("dispositions").put("cooperativeness", 0.6);
    return a;
  }
}
