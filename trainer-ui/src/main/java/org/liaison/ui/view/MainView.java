package org.liaison.ui.view;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.control.Control;
import javafx.scene.control.TextInputControl;
import org.liaison.ui.app.AppViewModel;
import org.liaison.ui.app.ExerciseViewModel;
import org.liaison.ui.app.ReviewViewModel;
import org.liaison.ui.view.MapRenderer.Layer;

/**
 * The window's content: shows the current screen and handles the keyboard: Space play/pause
 * (unless a control has the focus, and never while a decision is open),
 * H step an hour, D step to the next day, + and - speed, 1 2 3 map layer, Ctrl+S save,
 * R review, Ctrl+= and Ctrl+- text size, F5 the projector mode.
 *
 * <p>The projector mode ({@link AppViewModel#projectorProperty()}) adds the projector's style sheet
 * to the scene (black on white, heavier focus and rules; canvases switch to
 * {@link CanvasPalette#PROJECTOR} through it) and sets the text to {@value #PROJECTOR_TEXT} px,
 * 150% of the default; leaving it restores the text size it found.
 */
public final class MainView extends BorderPane {
  private final AppViewModel app;
  /** The text size of the projector mode: 150% of the default, which the layout is checked at. */
  public static final double PROJECTOR_TEXT = 19.5;
  private static final String PROJECTOR_CSS =
      MainView.class.getResource("/org/liaison/ui/projector.css").toExternalForm();
  private final DoubleProperty fontSize = new SimpleDoubleProperty(CanvasFonts.DEFAULT_EM);
  private double textBeforeProjector = CanvasFonts.DEFAULT_EM;
  private Node current;

  public MainView(AppViewModel app) {
    this.app = app;
    getStyleClass().add("app");
    styleProperty().bind(fontSize.asString(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;"));
    app.screenProperty().addListener(o -> show());
    app.languageProperty().addListener(o -> show());
    show();
    app.projectorProperty().addListener((o, was, on) -> {
      if (on) {
        textBeforeProjector = fontSize.get();
        fontSize.set(Math.max(PROJECTOR_TEXT, textBeforeProjector));
      } else {
        fontSize.set(textBeforeProjector);
      }
      projectorSheet();
    });
    if (app.projectorProperty().get()) {
      fontSize.set(PROJECTOR_TEXT);
    }
    sceneProperty().addListener(o -> projectorSheet());
    addEventFilter(KeyEvent.KEY_PRESSED, this::key);
    addEventFilter(KeyEvent.KEY_RELEASED, e -> {
      if (e.getCode() == KeyCode.SPACE && app.screenProperty().get() == AppViewModel.Screen.EXERCISE
          && app.exerciseProperty().get().decisionProperty().get() != null) {
        e.consume();
      }
    });
  }

  /** Creates the scene with the application's style sheet. */
  public Scene scene(double width, double height) {
    Scene scene = new Scene(this, width, height);
    scene.getStylesheets().add(MainView.class.getResource("/org/liaison/ui/liaison.css").toExternalForm());
    projectorSheet();
    return scene;
  }

  /** Puts the projector's style sheet on the scene, or takes it off, as the mode is on or off. */
  private void projectorSheet() {
    if (getScene() == null) {
      return;
    }
    // Last, so that it overrides the application's sheet.
    var sheets = getScene().getStylesheets();
    sheets.remove(PROJECTOR_CSS);
    if (app.projectorProperty().get()) {
      sheets.add(PROJECTOR_CSS);
    }
  }

  public DoubleProperty fontSizeProperty() {
    return fontSize;
  }

  private void show() {
    current = switch (app.screenProperty().get()) {
      case LIBRARY -> new LibraryView(app);
      case BRIEFING -> new BriefingView(app, app.briefedProperty().get());
      case EXERCISE -> new ExerciseView(app, app.exerciseProperty().get());
      case REVIEW -> new ReviewView(app, app.reviewProperty().get());
    };
    setCenter(current);
  }

  private void key(KeyEvent e) {
    if (e.isShortcutDown() && (e.getCode() == KeyCode.EQUALS || e.getCode() == KeyCode.PLUS || e.getCode() == KeyCode.ADD)) {
      fontSize.set(Math.min(24, fontSize.get() + 1));
      e.consume();
      return;
    }
    if (e.getCode() == KeyCode.F5 && !e.isShortcutDown() && !e.isAltDown()) {
      app.projectorProperty().set(!app.projectorProperty().get());
      e.consume();
      return;
    }
    if (e.isShortcutDown() && (e.getCode() == KeyCode.MINUS || e.getCode() == KeyCode.SUBTRACT)) {
      fontSize.set(Math.max(10, fontSize.get() - 1));
      e.consume();
      return;
    }
    if (app.screenProperty().get() != AppViewModel.Screen.EXERCISE) {
      return;
    }
    if (e.getTarget() instanceof TextInputControl) {
      return;
    }
    ExerciseViewModel vm = app.exerciseProperty().get();
    if (vm.decisionProperty().get() != null) {
      // A decision is answered only by choosing and confirming; Space neither pauses nor presses an option.
      if (e.getCode() == KeyCode.SPACE) {
        e.consume();
      }
      return;
    }
    if (KeyCombination.keyCombination("Shortcut+S").match(e)) {
      if (current instanceof ExerciseView ev) {
        ev.saveDialog();
      }
      e.consume();
      return;
    }
    if (e.isShortcutDown() || e.isAltDown()) {
      return;
    }
    if (e.getCode() == KeyCode.SPACE && e.getTarget() instanceof Control) {
      // Space belongs to the focused control (press a button, tick a box): play/pause only from elsewhere.
      return;
    }
    switch (e.getCode()) {
      case SPACE -> vm.togglePlay();
      case H -> vm.stepHour();
      case D -> vm.stepDay();
      case PLUS, ADD, EQUALS -> vm.setSpeed(vm.speedIndexProperty().get() + 1);
      case MINUS, SUBTRACT -> vm.setSpeed(vm.speedIndexProperty().get() - 1);
      case DIGIT1 -> vm.setLayer(Layer.SECURITY);
      case DIGIT2 -> vm.setLayer(Layer.NEED);
      case DIGIT3 -> vm.setLayer(Layer.TRUST);
      case R -> app.openReview();
      case ESCAPE -> vm.selectActor(null);
      default -> {
        return;
      }
    }
    e.consume();
  }

  /** The exercise's view model, once an exercise is open (for tests). */
  public org.liaison.ui.app.ExerciseViewModel exercise() {
    return app.exerciseProperty().get();
  }

  /** The review view model, if the review is open (for tests). */
  public ReviewViewModel review() {
    return app.reviewProperty().get();
  }
}
