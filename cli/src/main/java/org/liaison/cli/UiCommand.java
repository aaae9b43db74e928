package org.liaison.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.liaison.ui.UiMain;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Opens the trainer UI, the desktop application in which trainees play an exercise. */
@Command(name = "ui", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = {"Open the trainer: choose a scenario, read the briefing, play the exercise and review it.",
        "Keys in the exercise: Space play/pause (not while a decision is open or a control has",
        "the focus), H one hour, D to the next day, + and - speed, arrows on the map select actors,",
        "1 2 3 map shading, Ctrl+S save, R review; Ctrl+= and Ctrl+- change the text size;",
        "F5 turns the projector mode (large text, high contrast) on and off on every screen."})
final class UiCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @CommandLine.Option(names = "--scenarios", paramLabel = "DIR",
      description = "Folder of the scenario library (default: ./scenarios).")
  Path scenarios;

  @CommandLine.Option(names = "--join", paramLabel = "HOST:PORT",
      description = "Join a networked exercise ('liaison serve') with a code instead of opening the library.")
  String join;

  @CommandLine.Option(names = "--screenshots", paramLabel = "DIR",
      description = "Walk through every screen, write a PNG of each into DIR, then quit.")
  Path screenshots;

  @CommandLine.Option(names = "--window", paramLabel = "WxH",
      description = "Size of the window, such as 1024x700 (default: 1440x900).")
  String window;

  @CommandLine.Option(names = "--lang", paramLabel = "LANG",
      description = "Language of the trainer's texts: ${COMPLETION-CANDIDATES} (default: en).")
  Language lang;

  @CommandLine.Option(names = "--projector",
      description = "Start in the projector mode: large text and a high-contrast palette for a projected screen.")
  boolean projector;

  /** Languages the trainer has texts in. */
  enum Language { en, fr }

  @Override
  public Integer call() {
    if (window != null && !window.matches("\\d{3,5}x\\d{3,5}")) {
      spec.commandLine().getErr().println("liaison ui: --window: expected WIDTHxHEIGHT such as 1024x700, got '"
          + window + "'");
      return ExitCode.INVALID_INPUT;
    }
    boolean headless = System.getProperty("glass.platform") != null;
    if (!headless && isLinux() && System.getenv("DISPLAY") == null && System.getenv("WAYLAND_DISPLAY") == null) {
      spec.commandLine().getErr().println("liaison ui: no display to open a window on (DISPLAY is not set); "
          + "run it on a desktop, or under a virtual display such as Xvfb");
      return ExitCode.FAILURE;
    }
    List<String> args = new ArrayList<>();
    if (scenarios != null) {
      args.add("--scenarios");
      args.add(scenarios.toAbsolutePath().toString());
    }
    if (join != null) {
      args.add("--join");
      args.add(join);
    }
    if (screenshots != null) {
      args.add("--screenshots");
      args.add(screenshots.toAbsolutePath().toString());
    }
    if (window != null) {
      args.add("--window");
      args.add(window);
    }
    if (lang != null) {
      args.add("--lang");
      args.add(lang.name());
    }
    if (projector) {
      args.add("--projector");
    }
    UiMain.main(args.toArray(String[]::new));
    return ExitCode.OK;
  }

  private static boolean isLinux() {
    return System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux");
  }
}
