package org.liaison.ui.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.liaison.policy.DecisionLog;
import org.liaison.ui.I18n;
import org.liaison.ui.Problems;
import org.liaison.ui.exercise.SaveFile;
import org.liaison.ui.exercise.ExerciseSession;
import org.liaison.ui.exercise.SimExecutor;

/** The application: which screen is showing and the view model of each. */
public final class AppViewModel {
  /** The screens, in the order a trainee meets them. */
  public enum Screen { LIBRARY, BRIEFING, EXERCISE, REVIEW }

  private final SimExecutor simExecutor;
  private final SimExecutor backgroundExecutor;
  private final Consumer<Runnable> fx;
  private final LibraryViewModel library = new LibraryViewModel();
  private final CheckViewModel check;

  // ---------------------------------------------------------------- properties
  private final ReadOnlyObjectWrapper<Screen> screen = new ReadOnlyObjectWrapper<>(Screen.LIBRARY);
  private final ReadOnlyObjectWrapper<ScenarioEntry> briefed = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<ExerciseViewModel> exercise = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<ReviewViewModel> review = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
  private final Map<String, String> participants = new LinkedHashMap<>();
  private final java.util.Set<String> autopilots = new java.util.TreeSet<>();
  private long seed = 1;
  private final ReadOnlyObjectWrapper<java.util.Locale> language = new ReadOnlyObjectWrapper<>(I18n.locale());
  private final javafx.beans.property.BooleanProperty projector =
      new javafx.beans.property.SimpleBooleanProperty(false);

  /**
   * @param simExecutor where exercises run (one thread, off the FX thread)
   * @param backgroundExecutor where review runs and scenario checks happen, so they never wait behind an exercise
   * @param fx posts work onto the JavaFX thread
   */
  public AppViewModel(SimExecutor simExecutor, SimExecutor backgroundExecutor, Consumer<Runnable> fx) {
    this.simExecutor = simExecutor;
    this.backgroundExecutor = backgroundExecutor;
    this.fx = fx;
    this.check = new CheckViewModel(backgroundExecutor, fx);
  }

  public LibraryViewModel library() {
    return library;
  }

  /** The sanity checks of the library's scenarios. */
  public CheckViewModel check() {
    return check;
  }

  public ReadOnlyObjectProperty<Screen> screenProperty() {
    return screen.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<ScenarioEntry> briefedProperty() {
    return briefed.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<ExerciseViewModel> exerciseProperty() {
    return exercise.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<ReviewViewModel> reviewProperty() {
    return review.getReadOnlyProperty();
  }

  /** The last error to show (a save file that does not load), or "". */
  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }

  /** The language of the trainer's texts. */
  public ReadOnlyObjectProperty<java.util.Locale> languageProperty() {
    return language.getReadOnlyProperty();
  }

  /**
   * Switches the trainer's texts, and the scenarios' where their files give them, to another
   * language; screens are drawn again in it. A running exercise keeps the language it started in.
   */
  public void setLanguage(java.util.Locale locale) {
    I18n.setLocale(locale);
    library.reread();
    language.set(I18n.locale());
  }

  /**
   * Whether the screens are shown for a projector: large text and a high-contrast palette. A way of
   * showing only; the exercise is the same either way.
   */
  public javafx.beans.property.BooleanProperty projectorProperty() {
    return projector;
  }

  public long seed() {
    return seed;
  }

  // ---------------------------------------------------------------- commands
  public void brief(ScenarioEntry entry) {
    if (entry == null || !entry.valid()) {
      return;
    }
    briefed.set(entry);
    participants.clear();
    autopilots.clear();
    screen.set(Screen.BRIEFING);
  }

  public void backToLibrary() {
    ExerciseViewModel e = exercise.get();
    if (e != null) {
      e.pause();
    }
    screen.set(Screen.LIBRARY);
  }

  /** Sets who sits in a role (hot seat); blank clears it. */
  public void setParticipant(String roleId, String name) {
    if (name == null || name.isBlank()) {
      participants.remove(roleId);
    } else {
      participants.put(roleId, name.strip());
    }
  }

  /** Whether someone plays the role: a participant's name, or the doctrine. */
  public boolean isSeated(String roleId) {
    return participants.containsKey(roleId) || autopilots.contains(roleId);
  }

  /** Lets the doctrine decide for a role no one plays. */
  public void setAutopilot(String roleId, boolean on) {
    if (on) {
      autopilots.add(roleId);
    } else {
      autopilots.remove(roleId);
    }
  }

  public void setSeed(long seed) {
    this.seed = seed;
  }

  /** Starts the exercise of the briefed scenario, paused at hour 0. */
  public void start() {
    ScenarioEntry entry = briefed.get();
    ExerciseSession session = new ExerciseSession(entry.scenario(), entry.fileName(), seed, simExecutor,
        participants, autopilots, null);
    exercise.set(new ExerciseViewModel(session, fx));
    screen.set(Screen.EXERCISE);
  }

  /** Resumes a saved exercise: replays its log, then hands over to the trainee. */
  public void resume(Path saveFile) {
    try {
      SaveFile save = SaveFile.read(saveFile);
      long savedSeed = save.log().header().seed();
      String scenarioId = save.log().header().scenario();
      ScenarioEntry entry = library.entries().stream()
          .filter(e -> e.valid() && e.scenario().metadata().id().equals(scenarioId)).findFirst()
          .orElseGet(() -> LibraryViewModel.read(saveFile.resolveSibling(save.scenarioFile())));
      if (!entry.valid()) {
        error.set(I18n.t("library.saveScenarioMissing", save.scenarioFile()));
        return;
      }
      briefed.set(entry);
      seed = savedSeed;
      ExerciseViewModel before = exercise.get();
      ExerciseSession session = new ExerciseSession(entry.scenario(), entry.fileName(), savedSeed,
          simExecutor, save.participants(), save);
      ExerciseViewModel resumed = new ExerciseViewModel(session, fx);
      exercise.set(resumed);
      screen.set(Screen.EXERCISE);
      session.ifResumeFails(failure -> fx.accept(() -> {
        if (exercise.get() == resumed) {
          exercise.set(before);
          screen.set(Screen.LIBRARY);
        }
        error.set(I18n.t("library.cannotResume", saveFile.getFileName(), Problems.say(failure.text())));
      }));
    } catch (IOException | RuntimeException e) {
      error.set(I18n.t("library.cannotResume", saveFile.getFileName(), why(e)));
    }
  }

  /** Why a save cannot be resumed, in the trainer's language when the reader gave a code. */
  private static String why(Exception e) {
    if (e instanceof SaveFile.InvalidSaveException invalid) {
      return String.join("\n", invalid.problems().stream().map(Problems::line).toList());
    }
    if (e instanceof DecisionLog.InvalidLogException invalid) {
      return Problems.say(invalid.text());
    }
    if (e instanceof IOException io) {
      return Problems.say(org.liaison.scenario.read.InputFiles.describe(io));
    }
    // A fault of Liaison's own: the trainer reads that it happened, the details go to the log.
    e.printStackTrace();
    return I18n.t("app.internalError");
  }

  /**
   * The application of a participant seated at an exercise server: only the exercise screen, on
   * the seat; the server runs the exercise, so nothing runs here.
   */
  public static AppViewModel seat(org.liaison.ui.exercise.SeatSession seat, Consumer<Runnable> fx) {
    AppViewModel app = new AppViewModel(SimExecutor.sameThread(), SimExecutor.sameThread(), fx);
    app.exercise.set(new ExerciseViewModel(seat, fx));
    app.screen.set(Screen.EXERCISE);
    return app;
  }

  /** Opens the after-action review of the finished exercise and starts its background runs. */
  public void openReview() {
    ExerciseViewModel e = exercise.get();
    if (e == null || e.session().result() == null) {
      return;
    }
    ReviewViewModel r = new ReviewViewModel(e.scenario(), e.session().result(), e.log(),
        e.snapshotProperty().get().history(), backgroundExecutor, fx, e.session().participants());
    review.set(r);
    screen.set(Screen.REVIEW);
    r.computeComparisons();
  }

  public void showExercise() {
    if (exercise.get() != null) {
      screen.set(Screen.EXERCISE);
    }
  }
}
