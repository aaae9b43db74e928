package org.liaison.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.liaison.ui.app.AppViewModel;
import org.liaison.ui.exercise.SimExecutor;
import org.liaison.ui.network.JoinView;
import org.liaison.ui.network.NetworkViewModel;
import org.liaison.ui.view.MainView;

/** The JavaFX application: one window showing the {@link MainView}. */
public final class LiaisonApp extends Application {
  @Override
  public void start(Stage stage) throws Exception {
    List<String> args = getParameters().getRaw();
    int lang = args.indexOf("--lang");
    if (lang >= 0 && lang + 1 < args.size()) {
      I18n.setLocale(java.util.Locale.forLanguageTag(args.get(lang + 1)));
    }
    javafx.geometry.Rectangle2D area = Windows.area();
    double[] size = Windows.fit(windowSize(args)[0], windowSize(args)[1], area);
    int join = args.indexOf("--join");
    if (join >= 0) {
      NetworkViewModel seat = new NetworkViewModel(r -> {
        Thread t = new Thread(r, "liaison-network");
        t.setDaemon(true);
        t.start();
      }, Platform::runLater);
      seat.addressProperty().set(join + 1 < args.size() ? args.get(join + 1) : "");
      stage.setTitle("Liaison — " + seat.text().getString("join.title"));
      stage.setScene(new javafx.scene.Scene(new JoinView(seat).root(), size[0], size[1]));
      stage.setOnHidden(e -> seat.leave());
      stage.show();
      Windows.place(stage, area);
      return;
    }
    AppViewModel app = createViewModel(folders(args));
    app.projectorProperty().set(args.contains("--projector"));
    MainView view = new MainView(app);
    stage.setTitle("Liaison — civil-military coordination trainer");
    stage.setScene(view.scene(size[0], size[1]));
    stage.show();
    Windows.place(stage, area);
    int i = args.indexOf("--screenshots");
    if (i >= 0 && i + 1 < args.size()) {
      Screenshots.takeAll(stage, view, app, Path.of(args.get(i + 1)), () -> Platform.exit());
    }
  }

  /** The application's view model with its executors, reading the given scenario folders. */
  public static AppViewModel createViewModel(List<Path> folders) {
    AppViewModel app = new AppViewModel(SimExecutor.background("liaison-simulation"),
        SimExecutor.background("liaison-review"), Platform::runLater);
    for (Path f : folders) {
      app.library().addFolder(f);
    }
    return app;
  }

  /**
   * The window's size wanted by {@code --window WIDTHxHEIGHT}, 1440 x 900 by default; the screen
   * may cut it ({@link Windows}).
   */
  static double[] windowSize(List<String> args) {
    int i = args.indexOf("--window");
    if (i >= 0 && i + 1 < args.size()) {
      String[] wh = args.get(i + 1).toLowerCase(java.util.Locale.ROOT).split("x");
      if (wh.length == 2) {
        try {
          return new double[] {Double.parseDouble(wh[0]), Double.parseDouble(wh[1])};
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("--window: expected WIDTHxHEIGHT such as 1024x700, got " + args.get(i + 1), e);
        }
      }
      throw new IllegalArgumentException("--window: expected WIDTHxHEIGHT such as 1024x700, got " + args.get(i + 1));
    }
    return new double[] {1440, 900};
  }

  /** The folders named by --scenarios, or ./scenarios when it exists. */
  static List<Path> folders(List<String> args) {
    int i = args.indexOf("--scenarios");
    if (i >= 0 && i + 1 < args.size()) {
      return List.of(Path.of(args.get(i + 1)));
    }
    Path here = Path.of("scenarios");
    return Files.isDirectory(here) ? List.of(here.toAbsolutePath().normalize()) : List.of();
  }
}
