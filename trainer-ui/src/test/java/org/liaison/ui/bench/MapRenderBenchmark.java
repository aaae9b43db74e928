package org.liaison.ui.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import org.liaison.scenario.Scenario;
import org.liaison.scenario.read.ScenarioReader;
import org.liaison.ui.exercise.ExerciseSession;
import org.liaison.ui.exercise.SimExecutor;
import org.liaison.ui.exercise.Snapshot;
import org.liaison.ui.view.MapRenderer;

/**
 * Times one frame of the exercise map (not a unit test): for the largest shipped scenario and a
 * generated area of 30,000 units, after three simulated days, on a 1200 x 800 canvas.
 *
 * <p>Two numbers per case: <b>draw</b> is the time the JavaFX thread spends in
 * {@link MapRenderer#draw} (what a pulse pays), <b>draw+raster</b> adds a canvas snapshot, which
 * forces the software rasteriser to paint the frame, an upper bound of a frame's full cost.
 * Each is the median and the 90th percentile of 60 frames after 30 warm-up frames.
 *
 * <p>Run: see docs/performance-ui.md.
 */
public final class MapRenderBenchmark {
  private static final int WIDTH = 1200;
  private static final int HEIGHT = 800;

  public static void main(String[] args) throws Exception {
    Platform.startup(() -> { });
    List<Object[]> cases = new ArrayList<>();
    Path dir = Path.of(args.length > 0 ? args[0] : "scenarios");
    Scenario largest = null;
    try (var files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        Scenario s = ScenarioReader.read(f);
        if (largest == null || units(s) > units(largest)) {
          largest = s;
        }
      }
    }
    cases.add(new Object[] {largest.metadata().id() + " (largest shipped)", largest});
    cases.add(new Object[] {"generated-30000", generated(30_000, 14)});
    System.out.printf(Locale.ROOT, "%-42s %7s %7s %12s %12s %14s %14s%n", "scenario", "units", "zones",
        "draw p50 ms", "draw p90 ms", "+raster p50", "+raster p90");
    for (Object[] c : cases) {
      Scenario s = (Scenario) c[1];
      ExerciseSession session = new ExerciseSession(s, "bench", 1, SimExecutor.sameThread(), Map.of(), null);
      session.setSpeed(0);
      while (session.latest().tick() < 72 && session.result() == null) {
        session.step((int) (72 - session.latest().tick()));
        ExerciseSession.PendingDecision d = session.latest().pending();
        if (d != null) {
          session.choose(d.point().id(), d.point().defaultOption());
        }
      }
      Snapshot snap = session.latest();
      MapRenderer renderer = new MapRenderer(s);
      double scale = Math.min((WIDTH - 20) / s.map().widthKm(), (HEIGHT - 20) / s.map().heightKm());
      double[] draw = fx(() -> time(renderer, snap, scale, false));
      double[] raster = fx(() -> time(renderer, snap, scale, true));
      System.out.printf(Locale.ROOT, "%-42s %7d %7d %12.2f %12.2f %14.2f %14.2f%n", c[0], snap.unitX().length,
          s.map().zones().size(), draw[0], draw[1], raster[0], raster[1]);
    }
    double[] blank = fx(() -> {
      Canvas canvas = new Canvas(WIDTH, HEIGHT);
      WritableImage image = new WritableImage(WIDTH, HEIGHT);
      double[] ms = new double[60];
      for (int i = -30; i < 60; i++) {
        long t0 = System.nanoTime();
        canvas.getGraphicsContext2D().fillRect(0, 0, WIDTH, HEIGHT);
        canvas.snapshot(null, image);
        if (i >= 0) {
          ms[i] = (System.nanoTime() - t0) / 1e6;
        }
      }
      Arrays.sort(ms);
      return new double[] {ms[30], ms[54]};
    });
    System.out.printf(Locale.ROOT, "%-42s %7s %7s %12s %12s %14.2f %14.2f%n", "blank canvas (snapshot cost alone)", "-", "-",
        "-", "-", blank[0], blank[1]);
    System.out.println("60 Hz frame budget: 16.7 ms");
    Platform.exit();
  }

  private static int units(Scenario s) {
    return s.actors().stream().mapToInt(a -> a.unitCount()).sum() * 1000 + s.map().zones().size();
  }

  /** Median and 90th percentile in ms of 60 frames after 30 warm-up frames. */
  private static double[] time(MapRenderer r, Snapshot s, double scale, boolean raster) {
    Canvas canvas = new Canvas(WIDTH, HEIGHT);
    WritableImage image = new WritableImage(WIDTH, HEIGHT);
    double[] ms = new double[60];
    for (int i = -30; i < 60; i++) {
      long t0 = System.nanoTime();
      r.draw(canvas.getGraphicsContext2D(), WIDTH, HEIGHT, s, MapRenderer.Layer.values()[(i + 30) % 3],
          scale, 10, 10, null);
      if (raster) {
        canvas.snapshot(null, image);
      }
      long t1 = System.nanoTime();
      if (i >= 0) {
        ms[i] = (t1 - t0) / 1e6;
      }
    }
    Arrays.sort(ms);
    return new double[] {ms[30], ms[54]};
  }

  private static <T> T fx(Supplier<T> work) {
    CompletableFuture<T> f = new CompletableFuture<>();
    Platform.runLater(() -> f.complete(work.get()));
    return f.join();
  }

  /** The generated area of the engine benchmark: a grid of 10 km zones, 70% patrols, 5 factions. */
  static Scenario generated(int units, int days) throws Exception {
    ObjectMapper json = new ObjectMapper();
    int side = Math.max(2, (int) Math.ceil(Math.sqrt(Math.max(4, units / 100.0))));
    double cell = 10;
    ObjectNode root = json.createObjectNode();
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
    return json.treeToValue(root, Scenario.class);
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
