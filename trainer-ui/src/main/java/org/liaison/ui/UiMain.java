package org.liaison.ui;

import javafx.application.Application;

/**
 * Starts the trainer UI. A class apart from {@link LiaisonApp} because JavaFX started from the
 * class path needs a main class that does not extend {@code Application}.
 *
 * <p>Arguments: {@code --scenarios DIR} (default ./scenarios), {@code --screenshots DIR} (take
 * a PNG of each screen, then quit) and {@code --projector} (start in the projector mode).
 */
public final class UiMain {
  private UiMain() {}

  public static void main(String[] args) {
    Application.launch(LiaisonApp.class, args);
  }
}
