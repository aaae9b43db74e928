package org.liaison.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.liaison.scenario.Actor;
import org.liaison.ui.app.AppViewModel;
import org.liaison.ui.app.ExerciseViewModel;
import org.liaison.ui.app.ScenarioEntry;
import org.liaison.ui.view.MainView;
import org.liaison.ui.view.MapRenderer;


/**
 * Walks through every screen of the app with the first shipped scenario and writes a PNG of each,
 * using JavaFX's own snapshot, so it works on a real display and headless alike.
 */
public final class Screenshots {
  private Screenshots() {}

  /** Takes the screenshots on a helper thread, then runs {@code done} on the FX thread. */
  public static void takeAll(Stage stage, MainView view, AppViewModel app, Path dir, Runnable done) {
    Thread t = new Thread(() -> {
      try {
        run(stage, app, dir);
      } catch (Exception e) {
        e.printStackTrace();
      } finally {
        Platform.runLater(done);
      }
    }, "liaison-screenshots");
    t.setDaemon(true);
    t.start();
  }

  @SuppressWarnings("unchecked")
  private static void run(Stage stage, AppViewModel app, Path dir) throws Exception {
    Files.createDirectories(dir);
    Path broken = Files.createTempDirectory("liaison-shots");
    Files.writeString(broken.resolve("broken-example.yaml"), "formatVersion: 1\nmetadata:\n  id: Broken Example\n"
        + "  title: A scenario with mistakes\n  durationDays: 0\nmap:\n  widthKm: 10\n  heightKm: 10\n  zones: []\nactors: []\ncolour: blue\n");
    ScenarioEntry first = fx(() -> app.library().entries().stream().filter(ScenarioEntry::valid).findFirst().orElseThrow());
    fx(() -> {
      app.library().addFolder(broken);
      app.library().select(app.library().entries().stream().filter(e -> !e.valid()).findFirst().orElse(first));
      return null;
    });
    shot(stage, dir.resolve("1-library-invalid.png"));
    fx(() -> {
      app.library().select(first);
      return null;
    });
    shot(stage, dir.resolve("1-library.png"));
    fx(() -> {
      app.brief(first);
      return null;
    });
    shot(stage, dir.resolve("2-briefing.png"));
    ExerciseViewModel vm = fx(() -> {
      app.start();
      return app.exerciseProperty().get();
    });
    fx(() -> {
      vm.setSpeed(ExerciseViewModel.SPEEDS.length - 1);
      vm.setLayer(MapRenderer.Layer.SECURITY);
      vm.play();
      return null;
    });
    waitUntil(() -> fx(() -> vm.decisionProperty().get() != null || vm.finishedProperty().get()));
    shot(stage, dir.resolve("4-decision.png"));
    fx(() -> {
      decide(vm, vm.decisionProperty().get().point().options().get(0).id());
      return null;
    });
    // Step on to day 5, deciding as the scenario's default does, for a picture with some history.
    long target = 24 * 4 + 10;
    while (fx(() -> vm.snapshotProperty().get().tick() < target && !vm.finishedProperty().get())) {
      fx(() -> {
        if (vm.decisionProperty().get() != null) {
          decide(vm, vm.decisionProperty().get().point().defaultOption());
        }
        vm.session().step((int) (target - vm.snapshotProperty().get().tick()));
        return null;
      });
      Thread.sleep(200);
      waitUntil(() -> fx(() -> !vm.session().isPlaying() || vm.decisionProperty().get() != null));
    }
    // A step that was still running may open another decision after the last one is answered.
    waitUntil(() -> fx(() -> {
      if (vm.decisionProperty().get() != null) {
        decide(vm, vm.decisionProperty().get().point().defaultOption());
      }
      return vm.decisionProperty().get() == null && !vm.session().isPlaying();
    }));
    fx(() -> {
      var type = (javafx.scene.control.ComboBox<org.liaison.scenario.ActionType>) stage.getScene().lookup("#action-type");
      type.setValue(org.liaison.scenario.ActionType.ASSIGN_LIAISON_OFFICER);
      var inbox = (javafx.scene.control.ListView<?>) stage.getScene().lookup("#inbox");
      inbox.getSelectionModel().select(0);
      return null;
    });
    shot(stage, dir.resolve("3-exercise.png"));
    if (fx(() -> selectTab(stage, "actions-tab"))) {
      // The compact arrangement shows the actions in the column's second tab, not below the map.
      shot(stage, dir.resolve("3a-exercise-actions.png"));
    }
    fx(() -> {
      Actor other = vm.scenario().actors().stream().filter(a -> !a.isMission()).findFirst().orElseThrow();
      vm.selectActor(other.id());
      var list = (javafx.scene.control.ListView<?>) stage.getScene().lookup("#action-list");
      list.getSelectionModel().select(list.getItems().size() - 1);
      return null;
    });
    shot(stage, dir.resolve("3b-exercise-actor.png"));
    fx(() -> selectTab(stage, "network-tab"));
    shot(stage, dir.resolve("3c-exercise-trust-network.png"));
    fx(() -> selectTab(stage, "budget-tab"));
    shot(stage, dir.resolve("3d-exercise-staff-hours.png"));
    while (!fx(() -> vm.finishedProperty().get())) {
      fx(() -> {
        if (vm.decisionProperty().get() != null) {
          decide(vm, vm.decisionProperty().get().point().defaultOption());
        }
        vm.play();
        return null;
      });
      waitUntil(() -> fx(() -> vm.decisionProperty().get() != null || vm.finishedProperty().get()));
    }
    fx(() -> {
      app.openReview();
      return null;
    });
    waitUntil(() -> fx(() -> app.reviewProperty().get().progressProperty().get() >= 1
        && !app.reviewProperty().get().doctrineScoresProperty().get().isEmpty()));
    Thread.sleep(200);
    shot(stage, dir.resolve("5-review.png"));
  }

  /** Shows the exercise's side tab of that id; false if the screen has none of that id. */
  private static boolean selectTab(Stage stage, String id) {
    var tabs = (javafx.scene.control.TabPane) stage.getScene().lookup("#side-tabs");
    var tab = tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst();
    tab.ifPresent(t -> tabs.getSelectionModel().select(t));
    return tab.isPresent();
  }

  /** Chooses the option, or the first one today's staff-hours pay for if it does not fit. */
  private static void decide(ExerciseViewModel vm, String option) {
    if (!vm.decide(option)) {
      vm.decide(vm.decisionProperty().get().point().options().stream().filter(o -> vm.optionRefusal(o) == null)
          .findFirst().orElseThrow().id());
    }
  }

  private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
    long end = System.nanoTime() + 120_000_000_000L;
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        throw new IllegalStateException("timed out waiting for the app");
      }
      Thread.sleep(50);
    }
  }

  private static <T> T fx(Supplier<T> work) {
    CompletableFuture<T> f = new CompletableFuture<>();
    Platform.runLater(() -> {
      try {
        f.complete(work.get());
      } catch (RuntimeException e) {
        f.completeExceptionally(e);
      }
    });
    return f.join();
  }

  /** Writes the window's scene as a PNG. */
  public static void shot(Stage stage, Path file) throws IOException, InterruptedException {
    Thread.sleep(150);
    WritableImage image = fx(() -> stage.getScene().snapshot(null));
    BufferedImage buffered = SwingFXUtils.fromFXImage(image, null);
    BufferedImage rgb = new BufferedImage(buffered.getWidth(), buffered.getHeight(), BufferedImage.TYPE_INT_RGB);
    rgb.getGraphics().drawImage(buffered, 0, 0, null);
    ImageIO.write(rgb, "png", file.toFile());
  }
}
