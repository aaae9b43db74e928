package org.liaison.ui.exercise;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Where the simulation and other long work run. The application uses one daemon thread, off the
 * JavaFX thread; headless tests may run the work on the calling thread.
 */
public interface SimExecutor {
  void execute(Runnable work);

  /** One background daemon thread, in submission order. */
  static SimExecutor background(String name) {
    ExecutorService service = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    });
    return service::execute;
  }

  /** Runs the work at once on the calling thread. */
  static SimExecutor sameThread() {
    return Runnable::run;
  }
}
