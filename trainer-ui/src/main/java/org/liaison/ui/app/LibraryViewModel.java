package org.liaison.ui.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.liaison.scenario.read.InvalidInputException;
import org.liaison.scenario.read.Problem;
import org.liaison.scenario.read.ScenarioReader;

/** The scenario library: every scenario file of the folders opened, valid or not. */
public final class LibraryViewModel {
  // ---------------------------------------------------------------- properties
  private final ObservableList<ScenarioEntry> entries = FXCollections.observableArrayList();
  private final ReadOnlyObjectWrapper<ScenarioEntry> selected = new ReadOnlyObjectWrapper<>();
  private final List<Path> folders = new ArrayList<>();

  public ObservableList<ScenarioEntry> entries() {
    return FXCollections.unmodifiableObservableList(entries);
  }

  public ReadOnlyObjectProperty<ScenarioEntry> selectedProperty() {
    return selected.getReadOnlyProperty();
  }

  // ---------------------------------------------------------------- commands
  public void select(ScenarioEntry entry) {
    selected.set(entry);
  }

  /** Adds every .yaml, .yml and .json scenario of a folder (not the schema). */
  public void addFolder(Path folder) {
    if (!folders.contains(folder)) {
      folders.add(folder);
    }
    List<ScenarioEntry> found = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      files.filter(LibraryViewModel::isScenarioFile).sorted().forEach(f -> found.add(read(f)));
    } catch (IOException e) {
      found.add(new ScenarioEntry(folder, null, List.of(new Problem(folder.toString(), 0, 0, "",
          org.liaison.ui.I18n.t("library.cannotList",
              org.liaison.ui.Problems.say(org.liaison.scenario.read.InputFiles.describe(e)))))));
    }
    entries.removeIf(e -> e.file().getParent() != null && e.file().getParent().equals(folder));
    entries.addAll(found);
    if (selected.get() == null && !entries.isEmpty()) {
      selected.set(entries.get(0));
    }
  }

  /**
   * Reads every folder again, so that titles, summaries and everything a scenario says are in the
   * language texts are in now; the entry selected stays selected.
   */
  public void reread() {
    Path was = selected.get() == null ? null : selected.get().file();
    selected.set(null);
    for (Path folder : List.copyOf(folders)) {
      addFolder(folder);
    }
    entries.stream().filter(e -> e.file().equals(was)).findFirst().ifPresent(selected::set);
  }

  static boolean isScenarioFile(Path f) {
    String n = f.getFileName().toString();
    return Files.isRegularFile(f) && !n.endsWith(".schema.json")
        && (n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json"));
  }

  /**
   * Reads one file, its texts in the language the trainer's are in where the file gives them in
   * it; never throws: a file that does not validate carries its problems.
   */
  public static ScenarioEntry read(Path file) {
    try {
      return new ScenarioEntry(file, ScenarioReader.read(file, file.getFileName().toString(),
          org.liaison.ui.I18n.locale()), List.of());
    } catch (InvalidInputException e) {
      return new ScenarioEntry(file, null, e.problems());
    } catch (RuntimeException e) {
      // A fault of Liaison's own, not of the file: the trainer reads that it happened, the details go to the log.
      e.printStackTrace();
      return new ScenarioEntry(file, null, List.of(new Problem(file.getFileName().toString(), 0, 0, "",
          org.liaison.ui.I18n.t("library.cannotRead", org.liaison.ui.I18n.t("app.internalError")))));
    }
  }
}
