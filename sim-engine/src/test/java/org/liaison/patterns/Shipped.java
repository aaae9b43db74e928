package org.liaison.patterns;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.liaison.engine.HeadlessRun;
import org.liaison.engine.RunListener;
import org.liaison.engine.RunSpec;
import org.liaison.engine.Runs;
import org.liaison.engine.TestScenarios;
import org.liaison.events.EngineEvent;
import org.liaison.policy.DecisionMaker;
import org.liaison.scenario.Scenario;
import org.liaison.scenario.read.ScenarioReader;

/**
 * The shipped scenarios as pattern tests use them: read as trees, edited into variants (each
 * checked by the scenario reader like a file), and run over fixed seeds in parallel.
 */
final class Shipped {
  private Shipped() {}

  static Stream<Path> files() {
    try (Stream<Path> s = Files.list(Path.of("..", "scenarios"))) {
      return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ObjectNode tree(Path file) {
    try {
      return (ObjectNode) TestScenarios.YAML.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The scenario after the edit, read and checked as a file would be. */
  static Scenario variant(Path file, Consumer<ObjectNode> edit) {
    ObjectNode tree = tree(file);
    edit.accept(tree);
    try {
      return ScenarioReader.readText(TestScenarios.YAML.writeValueAsString(tree), file.getFileName().toString(), false);
    } catch (Exception e) {
      throw new IllegalStateException("variant of " + file + " is invalid: " + e.getMessage(), e);
    }
  }

  /** One metric over seeds 1..n of a scenario cut to days, each seed with a fresh decision maker. */
  static double[] metric(Scenario scenario, int seeds, int days, Supplier<DecisionMaker> policy,
      ToDoubleFunction<Runs.Recorded> metric) {
    return IntStream.rangeClosed(1, seeds).parallel().mapToDouble(seed -> {
      List<EngineEvent> events = new ArrayList<>();
      RunListener recorder = events::add;
      var result = HeadlessRun.run(new RunSpec(scenario, seed, "none", days), policy.get(), List.of(recorder), t -> { });
      return metric.applyAsDouble(new Runs.Recorded(result, events));
    }).toArray();
  }

  /** Ids of the actors of a kind in the tree. */
  static List<String> actorsOfKind(ObjectNode tree, String kind) {
    List<String> ids = new ArrayList<>();
    for (JsonNode a : tree.withArray("actors")) {
      if (a.path("kind").asText().equals(kind)) {
        ids.add(a.get("id").asText());
      }
    }
    return ids;
  }

  /** The mission actors' ids. */
  static List<String> mission(ObjectNode tree) {
    List<String> ids = new ArrayList<>();
    for (JsonNode a : tree.withArray("actors")) {
      if (a.path("mission").asBoolean(false)) {
        ids.add(a.get("id").asText());
      }
    }
    return ids;
  }

  /** The armed faction with the highest hostility at the start, or null. */
  static String mostHostileFaction(ObjectNode tree) {
    String best = null;
    double hostility = -1;
    for (JsonNode a : tree.withArray("actors")) {
      if (a.path("kind").asText().equals("ARMED_FACTION")) {
        double h = a.path("dispositions").path("hostility").asDouble(0);
        if (h > hostility) {
          hostility = h;
          best = a.get("id").asText();
        }
      }
    }
    return best;
  }

  /** Whether the mission has units that can respond (troops or police). */
  static boolean hasForce(ObjectNode tree) {
    for (JsonNode a : tree.withArray("actors")) {
      if (a.path("mission").asBoolean(false)) {
        for (JsonNode u : a.withArray("units")) {
          String role = u.path("role").asText("TROOPS");
          if (role.equals("TROOPS") || role.equals("POLICE")) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Sets one actor's trust in another, replacing any prior for the pair. */
  static void setTrust(ObjectNode tree, String from, String to, double value, double confidence) {
    var trust = tree.withArray("trust");
    for (int i = trust.size() - 1; i >= 0; i--) {
      JsonNode t = trust.get(i);
      if (t.get("from").asText().equals(from) && t.get("to").asText().equals(to)) {
        trust.remove(i);
      }
    }
    trust.addObject().put("from", from).put("to", to).put("value", value).put("confidence", confidence);
  }
}
