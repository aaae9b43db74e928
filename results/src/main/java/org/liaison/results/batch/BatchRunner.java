package org.liaison.results.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.RandomAccessFile;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.liaison.indicators.Indicator;
import org.liaison.results.io.AtomicFile;
import org.liaison.results.io.WriterLock;
import org.liaison.results.stats.SummaryWriter;

/**
 * Runs every run of a {@link BatchPlan} on a pool of threads and writes each result as soon as it
 * and all runs numbered before it are done.
 *
 * <p><b>Order and memory.</b> Runs are submitted in run-id order and their rows are written in
 * run-id order through a reorder window of at most {@link #window} runs, so {@code runs.csv} is
 * always sorted, byte-identical for any thread count, and memory is bounded by the window, not by
 * the experiment. Each row is flushed when written: an interruption loses at most the last line.
 *
 * <p><b>Failures.</b> A run that throws (out of memory included) becomes a row with status
 * {@code failed} and its error; the batch carries on. So does a run that takes longer than
 * {@link Options#runTimeLimit}: it is interrupted and its row says that it was given up.
 *
 * <p><b>Resume.</b> An existing directory of the same experiment (same fingerprint in
 * {@code experiment.json}) is resumed: a partially written last line is dropped, run ids already
 * in {@code runs.csv} are skipped, and the time series is cut back to the runs kept. What is read
 * is checked first; damage an interruption cannot leave (a row out of order or twice, a record
 * in the middle of the time series that does not decompress) is refused, naming file and line. A directory
 * of another experiment, or with files that are not an experiment's, is refused unless
 * {@link Options#overwrite} is set.
 */
public final class BatchRunner {
  /** File names inside an experiment directory. */
  public static final String EXPERIMENT_JSON = "experiment.json";
  public static final String RUNS_CSV = "runs.csv";
  public static final String TIMESERIES_CSV_GZ = "timeseries.csv.gz";
  /** Held (with an operating-system lock) while a batch writes to the directory. */
  static final String LOCK = ".liaison-batch.lock";
  static final List<String> OWN_FILES = List.of(EXPERIMENT_JSON, RUNS_CSV, TIMESERIES_CSV_GZ,
      SummaryWriter.SUMMARY_CSV, SummaryWriter.SUMMARY_JSON, SummaryWriter.COMPARISONS_CSV,
      org.liaison.results.stats.SensitivityTable.SENSITIVITY_CSV, "report.html");
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /**
   * How to run.
   *
   * @param overwrite start afresh in a directory that holds another (or the same) experiment
   * @param stopAfter stop after writing this many runs in this session, as if interrupted
   * @param shuffleSeed when not null, submit the runs of each window in a random order (tests)
   * @param runTimeLimit wall-clock time after which a run is given up as failed
   */
  public record Options(boolean overwrite, long stopAfter, Long shuffleSeed, Duration runTimeLimit) {
    /** A run that takes longer than this by default becomes a failed row. */
    public static final Duration DEFAULT_RUN_TIME_LIMIT = Duration.ofMinutes(10);

    public Options {
      if (runTimeLimit == null || runTimeLimit.isNegative() || runTimeLimit.isZero()) {
        throw new IllegalArgumentException("the time limit of a run must be positive: " + runTimeLimit);
      }
    }

    public Options(boolean overwrite, long stopAfter, Long shuffleSeed) {
      this(overwrite, stopAfter, shuffleSeed, DEFAULT_RUN_TIME_LIMIT);
    }

    public static Options defaults() {
      return new Options(false, Long.MAX_VALUE, null);
    }
  }

  /** Where the experiment stands, reported after every written run. */
  public record Progress(long done, long failed, long total, long skippedAtStart, double elapsedSeconds) {
    /** Runs written per second in this session. */
    public double ratePerSecond() {
      long ranNow = done - skippedAtStart;
      return elapsedSeconds > 0 ? ranNow / elapsedSeconds : 0;
    }

    /** Estimated seconds left, or NaN before the first run. */
    public double secondsLeft() {
      double rate = ratePerSecond();
      return rate > 0 ? (total - done) / rate : Double.NaN;
    }
  }

  /** Receives progress; called on the writing thread. */
  public interface Listener {
    void progress(Progress progress);
  }

  /**
   * What a session did.
   *
   * @param total runs in the experiment
   * @param skipped runs already present when the session started
   * @param ran runs executed and written in this session
   * @param failed failed runs in the whole of {@code runs.csv}
   * @param complete whether every run is now in {@code runs.csv} (and the summary was written)
   * @param wallSeconds wall-clock time of the session
   * @param runSeconds time spent inside the executor, summed over threads
   * @param writeSeconds time the writing thread spent formatting and writing
   */
  public record Outcome(long total, long skipped, long ran, long failed, boolean complete, double wallSeconds,
      double runSeconds, double writeSeconds) {}

  /** A run done and already formatted on its worker thread: the writer only appends bytes. */
  private record Finished(RunSpec run, String error, String row, byte[] series, long nanos) {}

  private final RunExecutor executor;
  private final Listener listener;
  private final AtomicFile.Opener summaryOpener;

  public BatchRunner(RunExecutor executor, Listener listener) {
    this(executor, listener, AtomicFile.DISK);
  }

  /** A runner whose summary files are opened by the given opener (tests put a full disk here). */
  BatchRunner(RunExecutor executor, Listener listener, AtomicFile.Opener summaryOpener) {
    this.executor = executor;
    this.listener = listener;
    this.summaryOpener = summaryOpener;
  }

  /**
   * Runs (or resumes) the experiment and, when every run is done, writes the summary. The output
   * directory is locked for the duration, so a second batch aimed at it is refused.
   */
  public Outcome run(BatchPlan plan, Options options) throws IOException, ExperimentDirectoryException {
    Path dir = plan.outputDirectory();
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new ExperimentDirectoryException(dir + " is a file; the output must be a directory");
    }
    Files.createDirectories(dir);
    WriterLock lock = WriterLock.tryAcquire(dir.resolve(LOCK));
    if (lock == null) {
      throw new ExperimentDirectoryException("another liaison batch is writing to " + dir
          + "; wait for it to finish or choose another output directory");
    }
    try (lock) {
      return runLocked(plan, options);
    }
  }

  private Outcome runLocked(BatchPlan plan, Options options) throws IOException, ExperimentDirectoryException {
    long start = System.nanoTime();
    Path dir = plan.outputDirectory();
    List<String> header = RunsCsv.header(plan);
    Resume resume = prepare(plan, header, options.overwrite());
    long total = plan.totalRuns();
    long skipped = resume.done.cardinality();
    long failed = resume.failed;
    long ran = 0;
    long runNanos = 0;
    long writeNanos = 0;
    int window = window(plan.threads());
    AtomicInteger threadNumber = new AtomicInteger();
    ThreadPoolExecutor pool = new ThreadPoolExecutor(plan.threads(), plan.threads(), 0, TimeUnit.MILLISECONDS,
        new LinkedBlockingQueue<>(), r -> {
          Thread thread = new Thread(r, "liaison-batch-" + threadNumber.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        });
    Random shuffle = options.shuffleSeed() == null ? null : new Random(options.shuffleSeed());
    try (Writer runs = appender(dir.resolve(RUNS_CSV));
         OutputStream series = plan.timeseriesEvery() > 0
             ? Files.newOutputStream(dir.resolve(TIMESERIES_CSV_GZ), StandardOpenOption.CREATE, StandardOpenOption.APPEND)
             : OutputStream.nullOutputStream()) {
      // on Ctrl-C or a kill, write out the complete rows still buffered (BufferedWriter is synchronized)
      Thread flusher = new Thread(() -> {
        try {
          runs.flush();
        } catch (IOException e) {
          // the process is ending; resume redoes what was lost
        }
      }, "liaison-batch-flush");
      Runtime.getRuntime().addShutdownHook(flusher);
      try {
        TreeMap<Long, Task> inFlight = new TreeMap<>();
        long next = resume.done.nextClearBit(0);
        while (ran < options.stopAfter() && (next < total || !inFlight.isEmpty())) {
          List<Long> batch = new ArrayList<>();
          while (inFlight.size() + batch.size() < window && next < total) {
            batch.add(next);
            next = resume.done.nextClearBit((int) Math.min(Integer.MAX_VALUE, next + 1));
            next = next > total ? total : next;
          }
          if (shuffle != null) {
            Collections.shuffle(batch, shuffle);
          }
          for (long id : batch) {
            RunSpec run = plan.run(id);
            Task task = new Task(run);
            task.future = pool.submit(() -> task.execute(plan));
            inFlight.put(id, task);
          }
          Finished finished = await(plan, inFlight.pollFirstEntry().getValue(), options.runTimeLimit(), pool);
          long writeStart = System.nanoTime();
          if (finished.series != null) {
            series.write(finished.series);
            series.flush();
          }
          runs.write(finished.row);
          if (inFlight.isEmpty() || !inFlight.firstEntry().getValue().future.isDone()) {
            // flush before waiting: a crash then loses at most rows that are rerun on resume
            runs.flush();
          }
          writeNanos += System.nanoTime() - writeStart;
          runNanos += finished.nanos;
          ran++;
          if (finished.error != null) {
            failed++;
          }
          listener.progress(new Progress(skipped + ran, failed, total, skipped, (System.nanoTime() - start) / 1e9));
        }
        for (Task task : inFlight.values()) {
          task.future.cancel(true);
        }
      } finally {
        try {
          Runtime.getRuntime().removeShutdownHook(flusher);
        } catch (IllegalStateException e) {
          // already shutting down
        }
      }
    } finally {
      pool.shutdownNow();
    }
    boolean complete = skipped + ran == total;
    if (complete) {
      try {
        SummaryWriter.write(dir, summaryOpener);
      } catch (AtomicFile.WriteFailedException e) {
        throw new AtomicFile.WriteFailedException(e.file(), e.getMessage() + "; every run is saved in " + RUNS_CSV
            + ", so once the cause is fixed, run the same batch again: it runs nothing and writes the summary",
            e.getCause());
      }
    }
    return new Outcome(total, skipped, ran, failed, complete, (System.nanoTime() - start) / 1e9, runNanos / 1e9,
        writeNanos / 1e9);
  }

  /** Runs written out of order are held in memory until their turn; this bounds how many. */
  static int window(int threads) {
    return Math.max(16, threads * 8);
  }

  /** A submitted run: when it started on its thread, for the time limit. */
  private final class Task {
    final RunSpec run;
    volatile long startNanos;
    volatile boolean started;
    Future<Finished> future;

    Task(RunSpec run) {
      this.run = run;
    }

    Finished execute(BatchPlan plan) {
      startNanos = System.nanoTime();
      started = true;
      return BatchRunner.this.execute(plan, run);
    }
  }

  /**
   * Runs one run and formats its row. Any error of the run, out of memory included, becomes its
   * failed row: the run's objects are garbage once it has thrown, so the batch can go on. Errors
   * of the virtual machine itself (an internal error) still end the batch.
   */
  private Finished execute(BatchPlan plan, RunSpec run) {
    long begin = System.nanoTime();
    try {
      RunRequest request = new RunRequest(plan.scenarios().get(run.scenarioIndex()).scenario(), run.parameters(),
          plan.policyTarget(run.policy()), run.seed(), plan.timeseriesEvery(), plan.indicators());
      RunResult result = executor.run(request);
      if (result == null) {
        throw new IllegalStateException("the executor returned no result");
      }
      long nanos = System.nanoTime() - begin;
      byte[] series = plan.timeseriesEvery() > 0 ? seriesMember(plan, run, result) : null;
      return new Finished(run, null, RunsCsv.row(plan, run, result.finalValues(), null) + "\n", series, nanos);
    } catch (Exception | StackOverflowError | OutOfMemoryError | AssertionError e) {
      long nanos = System.nanoTime() - begin;
      return failed(plan, run, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()),
          nanos);
    }
  }

  private static Finished failed(BatchPlan plan, RunSpec run, String error, long nanos) {
    return new Finished(run, error, RunsCsv.row(plan, run, null, error) + "\n", null, nanos);
  }

  /**
   * Waits for a run, at most until its time limit has passed since it started. A run past its
   * limit is interrupted and given up as failed; its thread may still be busy, so the pool gets
   * a thread in its place and the other runs keep their pace.
   */
  private static Finished await(BatchPlan plan, Task task, Duration limit, ThreadPoolExecutor pool)
      throws IOException {
    long limitNanos = limit.toNanos();
    try {
      while (true) {
        long waitNanos = task.started ? limitNanos - (System.nanoTime() - task.startNanos) : limitNanos;
        try {
          return task.future.get(Math.max(0, waitNanos), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
          if (task.started && System.nanoTime() - task.startNanos >= limitNanos) {
            task.future.cancel(true);
            pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
            pool.setCorePoolSize(pool.getCorePoolSize() + 1);
            return failed(plan, task.run, "TimeLimitExceeded: the run took longer than its limit of "
                + limit.toSeconds() + " s and was given up", limitNanos);
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for a run", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("a run escaped its own error handling", e.getCause());
    }
  }

  private static byte[] seriesMember(BatchPlan plan, RunSpec run, RunResult result) throws IOException {
    StringBuilder text = new StringBuilder();
    String id = Long.toString(run.runId());
    for (RunResult.Sample sample : result.timeSeries()) {
      String prefix = id + "," + sample.tick() + ",";
      for (Indicator indicator : plan.indicators()) {
        text.append(prefix).append(indicator.key()).append(',')
            .append(Csv.number(sample.values().get(indicator))).append('\n');
      }
    }
    if (text.length() == 0) {
      return null;
    }
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(text.length() / 4 + 64);
    gzipMember(bytes, text.toString());
    return bytes.toByteArray();
  }

  /**
   * Appends one complete gzip member holding {@code text}; members are always built the same way
   * so that a rewritten file is byte-identical to the original. Readers see one concatenated stream.
   */
  private static void gzipMember(OutputStream out, String text) throws IOException {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(text.length() / 4 + 64);
    try (GZIPOutputStream member = new FastGzip(bytes)) {
      member.write(text.getBytes(StandardCharsets.UTF_8));
    }
    bytes.writeTo(out);
    out.flush();
  }

  /** Gzip at the fastest level: a time series compresses about as well and costs far less CPU per run. */
  private static final class FastGzip extends GZIPOutputStream {
    FastGzip(OutputStream out) throws IOException {
      super(out);
      def.setLevel(java.util.zip.Deflater.BEST_SPEED);
    }
  }

  private static Writer appender(Path file) throws IOException {
    return new BufferedWriter(new OutputStreamWriter(
        Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND), StandardCharsets.UTF_8),
        1 << 16);
  }

  // ---- preparing the directory -----------------------------------------------------------

  private record Resume(BitSet done, long failed) {}

  private static Resume prepare(BatchPlan plan, List<String> header, boolean overwrite)
      throws IOException, ExperimentDirectoryException {
    Path dir = plan.outputDirectory();
    Path experimentFile = dir.resolve(EXPERIMENT_JSON);
    if (Files.isDirectory(dir) && !isEmpty(dir)) {
      if (!Files.isRegularFile(experimentFile)) {
        throw new ExperimentDirectoryException(dir + " is not empty and is not a Liaison experiment directory (no "
            + EXPERIMENT_JSON + "); choose another output directory");
      }
      String fingerprint = readFingerprint(experimentFile);
      if (overwrite) {
        for (String own : OWN_FILES) {
          Files.deleteIfExists(dir.resolve(own));
        }
      } else if (!plan.fingerprint().equals(fingerprint)) {
        throw new ExperimentDirectoryException(dir + " holds a different experiment (its scenarios, design, seed or "
            + "indicators differ); choose another output directory, or overwrite it with --overwrite");
      } else {
        return resume(plan, header);
      }
    }
    Files.createDirectories(dir);
    ObjectNode description = JSON.createObjectNode();
    description.put("fingerprint", plan.fingerprint());
    description.set("experiment", plan.describe());
    description.put("totalRuns", plan.totalRuns());
    Files.writeString(experimentFile, JSON.writeValueAsString(description).replace("\r\n", "\n") + "\n",
        StandardCharsets.UTF_8);
    Files.writeString(dir.resolve(RUNS_CSV), Csv.join(header) + "\n", StandardCharsets.UTF_8);
    if (plan.timeseriesEvery() > 0) {
      writeSeriesHeader(dir.resolve(TIMESERIES_CSV_GZ));
    }
    return new Resume(new BitSet(), 0);
  }

  private static boolean isEmpty(Path dir) throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.allMatch(p -> p.getFileName().toString().equals(LOCK));
    }
  }

  private static String readFingerprint(Path experimentFile) throws ExperimentDirectoryException {
    try {
      JsonNode node = JSON.readTree(experimentFile.toFile());
      return node.path("fingerprint").asText("");
    } catch (IOException e) {
      throw new ExperimentDirectoryException(experimentFile + " cannot be read (" + e.getMessage()
          + "); overwrite the directory with --overwrite or choose another");
    }
  }

  /**
   * Reads what an interrupted session left and checks it: {@code runs.csv} must hold the runs
   * 0, 1, 2, ... in order, each with this experiment's identity (design point, replication, seed,
   * scenario, policy, parameters) and a status; the time series must decompress record by record
   * and hold every finished run of {@code runs.csv}. A partial last line and a cut-off last record
   * are what an interruption leaves and are dropped; anything else is refused, naming the file and
   * line.
   */
  private static Resume resume(BatchPlan plan, List<String> header) throws IOException, ExperimentDirectoryException {
    Path dir = plan.outputDirectory();
    Path runsFile = dir.resolve(RUNS_CSV);
    if (!Files.exists(runsFile)) {
      Files.writeString(runsFile, Csv.join(header) + "\n", StandardCharsets.UTF_8);
    }
    dropPartialLastLine(runsFile);
    BitSet done = new BitSet();
    BitSet finished = new BitSet();
    long failed = 0;
    int statusColumn = header.indexOf("status");
    int identityColumns = 6 + ParameterSpace.names().size();
    try (BufferedReader reader = Files.newBufferedReader(runsFile, StandardCharsets.UTF_8)) {
      String first = reader.readLine();
      if (first == null) {
        Files.writeString(runsFile, Csv.join(header) + "\n", StandardCharsets.UTF_8);
      } else if (!Csv.split(first).equals(header)) {
        throw new ExperimentDirectoryException(runsFile + ":1: other columns than this experiment writes; "
            + "overwrite the directory with --overwrite or choose another");
      }
      String line;
      int lineNumber = 1;
      long expected = 0;
      while ((line = reader.readLine()) != null) {
        lineNumber++;
        List<String> fields;
        try {
          fields = Csv.split(line);
        } catch (IllegalArgumentException e) {
          fields = List.of();
        }
        long id = fields.size() == header.size() ? parseId(fields.get(0)) : -1;
        String status = id < 0 ? null : fields.get(statusColumn);
        String problem = null;
        if (id < 0 || !(RunsCsv.OK.equals(status) || RunsCsv.FAILED.equals(status))) {
          problem = "damaged row";
        } else if (id != expected) {
          problem = (id < expected ? "run " + id + " again or out of order" : "run " + id + " where run " + expected
              + " should follow") + "; a batch writes runs 0, 1, 2, ... each once";
        } else if (id >= plan.totalRuns()) {
          problem = "run " + id + ", but the experiment has " + plan.totalRuns() + " runs";
        } else if (!fields.subList(0, identityColumns).equals(
            Csv.split(RunsCsv.row(plan, plan.run(id), null, "")).subList(0, identityColumns))) {
          problem = "run " + id + " with another design point, replication, seed, scenario, policy or parameters "
              + "than this experiment gives it";
        }
        if (problem != null) {
          throw new ExperimentDirectoryException(runsFile + ":" + lineNumber + ": " + problem
              + "; the file was changed or damaged, so the experiment cannot be resumed; start it again with "
              + "--overwrite or choose another output directory");
        }
        done.set((int) id);
        if (RunsCsv.FAILED.equals(status)) {
          failed++;
        } else {
          finished.set((int) id);
        }
        expected++;
      }
    }
    if (plan.timeseriesEvery() > 0) {
      cutSeries(dir.resolve(TIMESERIES_CSV_GZ), done, finished, runsFile);
    }
    return new Resume(done, failed);
  }

  private static long parseId(String field) {
    try {
      return Long.parseLong(field);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** Truncates the file after its last line end: what follows it was being written when the session stopped. */
  static void dropPartialLastLine(Path file) throws IOException {
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      long length = raf.length();
      long keep = length;
      while (keep > 0) {
        raf.seek(keep - 1);
        if (raf.read() == '\n') {
          break;
        }
        keep--;
      }
      if (keep < length) {
        raf.setLength(keep);
      }
    }
  }

  private static void writeSeriesHeader(Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      gzipMember(out, SeriesFile.HEADER + "\n");
    }
  }

  /**
   * Cuts the time series back to the runs in {@code done}: records are in run order, so the runs
   * kept are a prefix of the file. Every finished run must have its record.
   */
  private static void cutSeries(Path file, BitSet done, BitSet finished, Path runsFile)
      throws IOException, ExperimentDirectoryException {
    if (!Files.exists(file) || Files.size(file) == 0) {
      writeSeriesHeader(file);
    }
    BitSet present = new BitSet();
    long[] keep = {0};
    long complete = SeriesFile.scan(file, member -> {
      if (member.runId() < 0 || done.get((int) member.runId())) {
        keep[0] = member.end();
        if (member.runId() >= 0) {
          present.set((int) member.runId());
        }
      }
    });
    BitSet missing = (BitSet) finished.clone();
    missing.andNot(present);
    if (!missing.isEmpty()) {
      int run = missing.nextSetBit(0);
      throw new ExperimentDirectoryException(file + ": no series of run " + run + ", which " + runsFile
          + " (line " + (run + 2) + ") holds as finished; the series was changed or damaged, so the experiment "
          + "cannot be resumed; start it again with --overwrite or choose another output directory");
    }
    if (keep[0] == 0) {
      writeSeriesHeader(file);
    } else if (keep[0] < Files.size(file) || complete < Files.size(file)) {
      try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
        raf.setLength(keep[0]);
      }
    }
  }

}
