package org.liaison.ui.bench;

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
import org.liaison.bench.GeneratedScenario;
import org.liaison.scenario.Scenario;
import org.liaison.scenario.read.ScenarioReader;
import org.liaison.ui.exercise.ExerciseSession;
import org.liaison.ui.exercise.SimExecutor;
import org.liaison.ui.exercise.Snapshot;
import org.liaison.ui.view.CanvasFonts;
import org.liaison.ui.view.CanvasPalette;
import org.liaison.ui.view.MainView;
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
    cases.add(new Object[] {"generated-30000", GeneratedScenario.of(30_000, 14)});
    System.out.printf(Locale.ROOT, "%-42s %7s %7s %12s %12s %14s %14s %12s %14s%n", "scenario", "units", "zones",
        "draw p50 ms", "draw p90 ms", "+raster p50", "+raster p90", "draw CPU ms", "+raster CPU ms");
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
      // The whole area, then zoomed in on the centre with an actor selected, where the frame also
      // places (and declutters) the actors' name labels; that again in the projector mode, with
      // its text at 150% and its heavier lines and markers.
      Object[][] frames = {{1.0, CanvasPalette.STANDARD, c[0]},
          {ZOOM, CanvasPalette.STANDARD, "  zoomed x" + (int) ZOOM + ", with actor labels"},
          {ZOOM, CanvasPalette.PROJECTOR, "  the same in the projector mode"}};
      for (Object[] frame : frames) {
        double zoom = (Double) frame[0];
        CanvasPalette palette = (CanvasPalette) frame[1];
        fx(() -> {
          renderer.setLook(palette, CanvasFonts.of(palette == CanvasPalette.PROJECTOR ? MainView.PROJECTOR_TEXT
              : CanvasFonts.DEFAULT_EM));
          return null;
        });
        double k = scale * zoom;
        double ox = WIDTH / 2.0 - s.map().widthKm() / 2 * k;
        double oy = HEIGHT / 2.0 - s.map().heightKm() / 2 * k;
        String selected = zoom == 1 ? null : s.actors().get(0).id();
        double[] draw = fx(() -> time(renderer, snap, k, ox, oy, selected, false));
        double[] raster = fx(() -> time(renderer, snap, k, ox, oy, selected, true));
        String name = (String) frame[2];
        System.out.printf(Locale.ROOT, "%-42s %7d %7d %12.2f %12.2f %14.2f %14.2f %12.2f %14.2f%n", name,
            snap.unitX().length, s.map().zones().size(), draw[0], draw[1], raster[0], raster[1], draw[2], raster[3]);
        System.out.printf(Locale.ROOT, "%-42s %d labels drawn in the last frame%n", "", renderer.labels().size());
      }
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

  /** The zoom of the labelled frame: far enough in that actor names are drawn. */
  private static final double ZOOM = 4;

  private static int units(Scenario s) {
    return s.actors().stream().mapToInt(a -> a.unitCount()).sum() * 1000 + s.map().zones().size();
  }

  /**
   * Median and 90th percentile in ms of 60 frames after 30 warm-up frames (wall time), then the
   * CPU time per frame: the median of the JavaFX thread's, and the whole process's mean over the
   * 60 frames (which takes in the render thread that rasterises a snapshot). CPU time does not
   * grow when other programs share the machine, as wall time does.
   */
  private static double[] time(MapRenderer r, Snapshot s, double scale, double ox, double oy, String selected,
      boolean raster) {
    Canvas canvas = new Canvas(WIDTH, HEIGHT);
    WritableImage image = new WritableImage(WIDTH, HEIGHT);
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
        java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    double[] ms = new double[60];
    double[] cpu = new double[60];
    long process0 = 0;
    for (int i = -30; i < 60; i++) {
      if (i == 0) {
        process0 = os.getProcessCpuTime();
      }
      long t0 = System.nanoTime();
      long c0 = threads.getCurrentThreadCpuTime();
      r.draw(canvas.getGraphicsContext2D(), WIDTH, HEIGHT, s, MapRenderer.Layer.values()[(i + 30) % 3],
          scale, ox, oy, selected);
      if (raster) {
        canvas.snapshot(null, image);
      }
      long t1 = System.nanoTime();
      long c1 = threads.getCurrentThreadCpuTime();
      if (i >= 0) {
        ms[i] = (t1 - t0) / 1e6;
        cpu[i] = (c1 - c0) / 1e6;
      }
    }
    double processPerFrame = (os.getProcessCpuTime() - process0) / 1e6 / 60;
    Arrays.sort(ms);
    Arrays.sort(cpu);
    return new double[] {ms[30], ms[54], cpu[30], processPerFrame};
  }

  private static <T> T fx(Supplier<T> work) {
    CompletableFuture<T> f = new CompletableFuture<>();
    Platform.runLater(() -> f.complete(work.get()));
    return f.join();
  }
}
