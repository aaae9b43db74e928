package org.liaison.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.liaison.net.server.ExerciseDirectory;
import org.liaison.net.server.ExerciseServer;
import org.liaison.net.server.SelfSignedCertificate;
import org.liaison.net.server.ServerSave;
import org.liaison.net.server.WarmUp;
import org.liaison.results.run.RunDirectory;
import org.liaison.scenario.Scenario;
import org.liaison.scenario.read.InvalidScenarioException;
import org.liaison.scenario.read.ScenarioReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Runs a networked exercise: the one engine that every seat and the control cell join. */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = {"Serve an exercise to several participants on their own machines and an exercise-control cell.",
        "Prints one join code per role, a control code and an observer code; participants join with",
        "'liaison ui --join HOST:PORT'. The clock starts paused: the control cell resumes it.",
        "Writes events.jsonl, decisions.jsonl, journal.jsonl, exercise-save.json and, at the end,",
        "review.md into the exercise directory. Stop with Ctrl+C; --resume continues from the save."})
final class ServeCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @CommandLine.Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO",
      description = "The scenario file (YAML or JSON); with --resume, the save names it.")
  Path scenarioFile;

  @CommandLine.Option(names = "--seed", paramLabel = "N", description = "Seed of the random number generator (default: 1).")
  Long seed;

  @CommandLine.Option(names = "--port", paramLabel = "P", description = "Port to listen on (default: 7070; 0 for any free port).")
  int port = 7070;

  @CommandLine.Option(names = "--host", paramLabel = "ADDRESS",
      description = "Address to listen on (default: 0.0.0.0, every interface; 127.0.0.1 for this machine only).")
  String host = "0.0.0.0";

  @CommandLine.Option(names = "--speed", paramLabel = "H",
      description = "Simulated hours per real second once resumed (default: 0.05, one hour in 20 s; 0 as fast as possible).")
  double speed = 0.05;

  @CommandLine.Option(names = "--out", paramLabel = "DIR",
      description = "Exercise directory (default: runs/<scenario-id>-exercise-seed<N>).")
  Path out;

  @CommandLine.Option(names = "--force", description = {"Replace an earlier exercise in the exercise directory; a directory",
      "holding anything 'liaison serve' did not write is never touched."})
  boolean force;

  @CommandLine.Option(names = "--resume", paramLabel = "SAVE",
      description = "Continue an exercise from its save (exercise-save.json), with the same codes.")
  Path resume;

  @CommandLine.Option(names = "--tls", description = "Serve over TLS with a certificate made now; prints its fingerprint.")
  boolean tls;

  @CommandLine.Option(names = "--no-warm-up", description = {"Open the seats at once, without first playing a throwaway copy",
      "of the exercise for a few seconds (which makes its first minutes as quick as the rest)."})
  boolean noWarmUp;

  @Override
  public Integer call() throws IOException, InterruptedException, InvalidScenarioException {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (port < 0 || port > 65_535) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--port must be from 0 to 65535: " + port);
    }
    if (!(speed >= 0) || Double.isInfinite(speed)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--speed must be 0 or more hours per second");
    }
    ServerSave save = null;
    if (resume != null) {
      if (!Files.isRegularFile(resume)) {
        err.println(resume + ": no such save; give the exercise-save.json of an earlier 'liaison serve'");
        return ExitCode.INVALID_INPUT;
      }
      try {
        save = ServerSave.read(resume);
      } catch (IOException e) {
        err.println(e.getMessage());
        return ExitCode.INVALID_INPUT;
      }
      if (seed != null && seed != save.seed()) {
        err.println(resume + ": the exercise was played with seed " + save.seed() + "; leave out --seed to resume it");
        return ExitCode.INVALID_INPUT;
      }
      if (scenarioFile == null) {
        scenarioFile = Path.of(save.scenarioFile());
      }
    }
    if (scenarioFile == null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "missing SCENARIO (or --resume SAVE)");
    }
    Scenario scenario = ScenarioReader.read(scenarioFile);
    long runSeed = save != null ? save.seed() : seed == null ? 1L : seed;
    Path dir = out != null ? out : resume != null ? resume.toAbsolutePath().getParent()
        : Path.of("runs", scenario.metadata().id() + "-exercise-seed" + runSeed);
    if (save == null) {
      try {
        ExerciseDirectory.prepare(dir, force);
      } catch (RunDirectory.RefusedException e) {
        err.println(e.getMessage());
        return ExitCode.INVALID_INPUT;
      }
    }
    SelfSignedCertificate certificate = tls ? SelfSignedCertificate.generate() : null;
    ExerciseServer server;
    if (!noWarmUp) {
      stdout.println("warming up: playing a throwaway copy of the exercise for a few seconds...");
      stdout.flush();
    }
    try {
      server = ExerciseServer.start(new ExerciseServer.Options(scenario, scenarioFile, runSeed, host, port, dir, speed,
          save, certificate, noWarmUp ? null : WarmUp.Limits.DEFAULT));
    } catch (IOException | IllegalStateException e) {
      err.println((resume != null ? resume : scenarioFile) + ": " + e.getMessage());
      return ExitCode.INVALID_INPUT;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        server.close();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "exercise-shutdown"));
    if (server.warmedUp() != null && server.warmedUp().failure() != null) {
      err.println("warning: the warm-up failed (" + server.warmedUp().failure()
          + "); the exercise opens without it, and its first acts may answer more slowly");
      err.flush();
    }
    printCodes(stdout, scenario, server, certificate, dir);
    stdout.flush();
    if (server.awaitFinished(Long.MAX_VALUE, TimeUnit.DAYS)) {
      stdout.println("the exercise has ended; its review is " + dir.resolve("review.md")
          + " (participants can still look; Ctrl+C stops the server)");
      stdout.flush();
    }
    Thread.currentThread().join();
    return ExitCode.OK;
  }

  private void printCodes(PrintWriter out, Scenario scenario, ExerciseServer server, SelfSignedCertificate cert,
      Path dir) {
    out.printf(Locale.ROOT, "%s, seed %d: serving on %s:%d%s%n", scenario.metadata().title(),
        server.exercise().seed(), host, server.port(), cert == null ? "" : " (TLS)");
    if (cert != null) {
      out.println("certificate fingerprint (SHA-256), read it out to every participant:");
      out.println("  " + cert.fingerprint());
    }
    out.println("join codes (each opens one seat; give each to its participant only):");
    Map<String, String> codes = server.codes();
    for (var role : scenario.metadata().roles()) {
      out.printf(Locale.ROOT, "  %-14s %s  (%s)%n", codes.get(role.id()), role.title(), role.id());
    }
    out.printf(Locale.ROOT, "  %-14s %s%n", codes.get("control"), "exercise control (white cell)");
    out.printf(Locale.ROOT, "  %-14s %s%n", codes.get("observer"), "observers (read only)");
    out.println("exercise directory: " + dir + "; the clock is paused until control resumes it");
  }
}
