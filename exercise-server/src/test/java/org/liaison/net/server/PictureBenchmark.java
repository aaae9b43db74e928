package org.liaison.net.server;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.liaison.exercise.AvailableAction;
import org.liaison.exercise.Exercise;
import org.liaison.exercise.ExerciseSnapshot;
import org.liaison.net.protocol.Protocol;
import org.liaison.net.protocol.SeatKind;
import org.liaison.net.protocol.SeatView;
import org.liaison.net.protocol.ServerMessage;
import org.liaison.policy.ControlAct;
import org.liaison.scenario.Role;
import org.liaison.scenario.Scenario;

/**
 * The CPU one picture costs the server's engine thread, without the network: the benchmark's
 * scenario (20 roles of the mission, control and observers) five days in, each picture built as
 * the server builds it (one snapshot, the possible actions of every role asked at once, the seats'
 * views filtered and serialised) and, for comparison, with every role's possible actions worked out
 * and every seat's view filtered and serialised on its own. CPU time of this thread, so a loaded machine slows it less than it slows wall time. Not
 * a unit test: see docs/performance-exercise.md.
 */
public final class PictureBenchmark {
  private static final int WARM_UP = 200;
  private static final int MEASURED = 600;
  /** As the server's: what a picture wrote is kept for the next. */
  private static final UpdateWriter WRITER = new UpdateWriter();

  private PictureBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path dir = Files.createTempDirectory("liaison-picture-bench");
    Scenario scenario = Exercises.read(ExerciseBenchmark.withRoles(Exercises.UKRAINE, dir.resolve("scenario.yaml")));
    Exercise exercise = new Exercise(scenario, 1);
    List<Seat> seats = new ArrayList<>();
    int order = 0;
    for (Role r : scenario.metadata().roles()) {
      exercise.control("benchmark", ControlAct.seat(r.id(), ControlAct.SeatMode.DOCTRINE));
      seats.add(new Seat(r.id(), SeatKind.ROLE, r.id(), order++, "code-" + order));
    }
    seats.add(new Seat("control", SeatKind.CONTROL, null, order++, "control"));
    seats.add(new Seat("observer", SeatKind.OBSERVER, null, order, "observer"));
    exercise.advance(24 * 5, false);
    SeatFilter filter = new SeatFilter(scenario);
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long[] shared = new long[4];
    long[] separate = new long[4];
    for (int i = 0; i < WARM_UP + MEASURED; i++) {
      boolean measured = i >= WARM_UP;
      picture(exercise, filter, seats, true, cpu, measured ? shared : new long[4], i);
      picture(exercise, filter, seats, false, cpu, measured ? separate : new long[4], i);
    }
    System.out.printf(Locale.ROOT, "%d seats (%d roles, control, observers), %d pictures each way, hour %d%n",
        seats.size(), seats.size() - 2, MEASURED, exercise.completed());
    print("shared per side, serialised once", shared);
    print("every seat on its own (before)", separate);
  }

  /** Builds one picture; adds CPU nanos of snapshot, possible actions, views and serialising, and bytes. */
  private static void picture(Exercise exercise, SeatFilter filter, List<Seat> seats, boolean shared, ThreadMXBean cpu,
      long[] total, long serial) {
    long t0 = cpu.getCurrentThreadCpuTime();
    ExerciseSnapshot snapshot = exercise.snapshot();
    long t1 = cpu.getCurrentThreadCpuTime();
    Map<String, List<AvailableAction>> available = new HashMap<>();
    if (shared) {
      available = exercise.availableActions(seats.stream().map(Seat::role).filter(java.util.Objects::nonNull).toList());
    } else {
      for (Seat s : seats) {
        if (s.role() != null) {
          available.put(s.role(), exercise.availableActions(s.role()));
        }
      }
    }
    long t2 = cpu.getCurrentThreadCpuTime();
    SeatFilter.Picture picture = new SeatFilter.Picture(snapshot, SeatView.Status.RUNNING, 0,
        exercise.decisionLog().entries(), exercise.refusals(), exercise.channels(), List.of(), List.of());
    WRITER.next();
    long bytes = 0;
    long viewing = 0;
    for (Seat s : seats) {
      long v0 = cpu.getCurrentThreadCpuTime();
      SeatFilter.Picture own = shared ? picture : new SeatFilter.Picture(snapshot, SeatView.Status.RUNNING, 0,
          exercise.decisionLog().entries(), exercise.refusals(), exercise.channels(), List.of(), List.of());
      SeatView view = filter.view(s, own, s.role() == null ? null : available.get(s.role()));
      viewing += cpu.getCurrentThreadCpuTime() - v0;
      String text = shared ? UpdateWriter.text(serial, WRITER.parts(view), null)
          : Protocol.write(new ServerMessage.Update(serial, view));
      bytes += text.length();
    }
    long t3 = cpu.getCurrentThreadCpuTime();
    total[0] += t1 - t0;
    total[1] += t2 - t1;
    total[2] += viewing;
    total[3] += t3 - t2 - viewing;
    if (bytes == 0) {
      throw new IllegalStateException("no picture written");
    }
  }

  private static void print(String way, long[] total) {
    double all = (total[0] + total[1] + total[2] + total[3]) / 1e6 / MEASURED;
    System.out.printf(Locale.ROOT, "%-34s %.2f ms CPU per picture: snapshot %.2f, possible actions %.2f, views %.2f,"
        + " serialising %.2f%n", way, all, total[0] / 1e6 / MEASURED, total[1] / 1e6 / MEASURED,
        total[2] / 1e6 / MEASURED, total[3] / 1e6 / MEASURED);
  }
}
