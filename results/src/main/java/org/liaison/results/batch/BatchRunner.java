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
import java.util.PrimitiveIterator;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
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
  /** Key of {@code experiment.json} that marks the directory of one shard. */
  static final String SHARD = "shard";
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
   * @param shard when not null, run only this slice of the runs (the directory then holds that
   *     slice alone, is marked with it, and gets no summary until {@link ShardMerge} combines it)
   * @param runTimeLimit wall-clock time after which a run is given up as failed
   */
  public record Options(boolean overwrite, long stopAfter, Long shuffleSeed, Shard shard, Duration runTimeLimit) {
    /** A run that takes longer than this by default becomes a failed row. */
    public static final Duration DEFAULT_RUN_TIME_LIMIT = Duration.ofMinutes(10);

    public Options {
      if (runTimeLimit == null || runTimeLimit.isNegative() || runTimeLimit.isZero()) {
        throw new IllegalArgumentException("the time limit of a run must be positive: " + runTimeLimit);
      }
    }

    public Options(boolean overwrite, long stopAfter, Long shuffleSeed) {
      this(overwrite, stopAfter, shuffleSeed, null, DEFAULT_RUN_TIME_LIMIT);
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
   * @param total runs in the experiment (in the shard, when one was given)
   * @param skipped runs already present when the session started
   * @param ran runs executed and written in this session
   * @param failed failed runs in the whole of {@code runs.csv}
   * @param complete whether every run is now in {@code runs.csv} (and the summary was written)
   * @param wallSeconds wall-clock time of the session
   * @param runSeconds time spent inside the executor, summed over threads
   * @param writeSeconds time the writing thread spent writing
   * @param runCpuSeconds CPU time of the threads that ran the runs, inside the executor (NaN where
   *     it cannot be measured)
   * @param workerCpuSeconds CPU time of those threads for the whole of each run: the executor,
   *     and formatting its row and time series (NaN where it cannot be measured)
   * @param writerCpuSeconds CPU time of the calling thread while the runs ran: scheduling, waiting,
   *     writing and progress (NaN where it cannot be measured)
   * @param summaryCpuSeconds CPU time of the calling thread writing the summary files at the end
   *     (NaN where it cannot be measured)
   */
  public record Outcome(long total, long skipped, long ran, long failed, boolean complete, double wallSeconds,
      double runSeconds, double writeSeconds, double runCpuSeconds, double workerCpuSeconds, double writerCpuSeconds,
      double summaryCpuSeconds) {}

  private final RunExecutor executor;
  private final Listener listener;
  private final AtomicFile.Opener summaryOpener;
  private final RunEngine engine;

  /** Runs on the plan's threads in this process. */
  public BatchRunner(RunExecutor executor, Listener listener) {
    this(executor, listener, null);
  }

  /** Runs on {@code engine} (or, when it is null, on the plan's threads in this process). */
  public BatchRunner(RunExecutor executor, Listener listener, RunEngine engine) {
    this(executor, listener, engine, AtomicFile.DISK);
  }

  /** A runner whose summary files are opened by the given opener (tests put a full disk here). */
  BatchRunner(RunExecutor executor, Listener listener, RunEngine engine, AtomicFile.Opener summaryOpener) {
    this.executor = executor;
    this.listener = listener;
    this.engine = engine;
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
    long writerCpuStart = ThreadCpu.now();
    Path dir = plan.outputDirectory();
    List<String> header = RunsCsv.header(plan);
    Shard shard = options.shard();
    Resume resume = prepare(plan, header, options.overwrite(), shard);
    BitSet skip = resume.done;
    if (shard != null) {
      skip = outside(shard, plan.totalRuns());
      skip.or(resume.done);
    }
    long total = shard == null ? plan.totalRuns() : shard.size(plan.totalRuns());
    long skipped = resume.done.cardinality();
    Writing writing = new Writing(skipped, resume.failed, total, start);
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
        long all = plan.totalRuns();
        if (engine != null) {
          BitSet pending = skip;
          PrimitiveIterator.OfLong ids = LongStream.iterate(pending.nextClearBit(0), id -> id < all,
              id -> pending.nextClearBit((int) id + 1)).iterator();
          engine.execute(plan, ids, finished -> {
            writing.write(finished, runs, series, true);
            return writing.ran < options.stopAfter();
          });
        } else {
          TreeMap<Long, Task> inFlight = new TreeMap<>();
          long next = skip.nextClearBit(0);
          while (writing.ran < options.stopAfter() && (next < all || !inFlight.isEmpty())) {
            List<Long> batch = new ArrayList<>();
            while (inFlight.size() + batch.size() < window && next < all) {
              batch.add(next);
              next = skip.nextClearBit((int) Math.min(Integer.MAX_VALUE, next + 1));
              next = next > all ? all : next;
            }
            if (shuffle != null) {
              Collections.shuffle(batch, shuffle);
            }
            for (long id : batch) {
              Task task = new Task(id);
              task.future = pool.submit(() -> task.execute(plan));
              inFlight.put(id, task);
            }
            waitForSeveral(inFlight, window, options.runTimeLimit());
            FinishedRun finished = await(plan, inFlight.pollFirstEntry().getValue(), options.runTimeLimit(), pool);
            // flush before waiting: a crash then loses at most rows that are rerun on resume
            writing.write(finished, runs, series, inFlight.isEmpty() || !inFlight.firstEntry().getValue().future.isDone());
          }
          for (Task task : inFlight.values()) {
            task.future.cancel(true);
          }
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
    boolean complete = skipped + writing.ran == total;
    long writerCpu = ThreadCpu.since(writerCpuStart);
    long summaryCpuStart = ThreadCpu.now();
    if (complete && shard == null) {
      try {
        SummaryWriter.write(dir, summaryOpener);
      } catch (AtomicFile.WriteFailedException e) {
        throw new AtomicFile.WriteFailedException(e.file(), e.getMessage() + "; every run is saved in " + RUNS_CSV
            + ", so once the cause is fixed, run the same batch again: it runs nothing and writes the summary",
            e.getCause());
      }
    }
    if (complete && engine != null) {
      engine.completed(plan);
    }
    long summaryCpu = ThreadCpu.since(summaryCpuStart);
    return new Outcome(total, skipped, writing.ran, writing.failed, complete, (System.nanoTime() - start) / 1e9,
        writing.runNanos / 1e9, writing.writeNanos / 1e9, writing.cpuSeconds(writing.runCpuNanos),
        writing.cpuSeconds(writing.workerCpuNanos), ThreadCpu.seconds(writerCpu), ThreadCpu.seconds(summaryCpu));
  }

  /** The single writer's state: appends finished runs in order and reports progress. */
  private final class Writing {
    private final long skipped;
    private final long total;
    private final long start;
    private long ran;
    private long failed;
    private long runNanos;
    private long writeNanos;
    private long runCpuNanos;
    private long workerCpuNanos;
    private boolean cpuUnknown;

    Writing(long skipped, long failed, long total, long start) {
      this.skipped = skipped;
      this.failed = failed;
      this.total = total;
      this.start = start;
    }

    void write(FinishedRun finished, Writer runs, OutputStream series, boolean flush) throws IOException {
      long writeStart = System.nanoTime();
      if (finished.series() != null) {
        series.write(finished.series());
        series.flush();
      }
      runs.write(finished.row());
      if (flush) {
        runs.flush();
      }
      writeNanos += System.nanoTime() - writeStart;
      runNanos += finished.nanos();
      if (finished.cpuNanos() < 0 || finished.workerCpuNanos() < 0) {
        cpuUnknown = true;
      } else {
        runCpuNanos += finished.cpuNanos();
        workerCpuNanos += finished.workerCpuNanos();
      }
      ran++;
      if (finished.error() != null) {
        failed++;
      }
      listener.progress(new Progress(skipped + ran, failed, total, skipped, (System.nanoTime() - start) / 1e9));
    }

    double cpuSeconds(long nanos) {
      return cpuUnknown ? Double.NaN : nanos / 1e9;
    }
  }

  /** The runs of the experiment that are not in the shard. */
  private static BitSet outside(Shard shard, long total) {
    BitSet bits = new BitSet((int) total);
    bits.set(0, (int) total);
    for (long id = shard.index() - 1; id < total; id += shard.count()) {
      bits.clear((int) id);
    }
    return bits;
  }

  /** The longest the writer waits for several runs to finish before it takes the first one alone. */
  private static final Duration SEVERAL_WAIT = Duration.ofMillis(100);

  /** Runs written out of order are held in memory until their turn; this bounds how many. */
  static int window(int threads) {
    return Math.max(16, threads * 8);
  }

  /** A submitted run: when it started on its thread, for the time limit. */
  private final class Task {
    final long runId;
    volatile long startNanos;
    volatile boolean started;
    Future<FinishedRun> future;

    Task(long runId) {
      this.runId = runId;
    }

    FinishedRun execute(BatchPlan plan) {
      startNanos = System.nanoTime();
      started = true;
      return finish(executor, plan, runId);
    }
  }

  /**
   * Runs one run of the plan and formats its row and time series. Any error of the run, out of
   * memory included, becomes its failed row: the run's objects are garbage once it has thrown, so
   * the batch can go on. Errors of the virtual machine itself (an internal error) still end the
   * batch. Engines other than the batch's own threads call this where the run executes.
   */
  public static FinishedRun finish(RunExecutor executor, BatchPlan plan, long runId) {
    long cpuBegin = ThreadCpu.now();
    long begin = System.nanoTime();
    RunSpec run = plan.run(runId);
    try {
      RunRequest request = new RunRequest(plan.scenarios().get(run.scenarioIndex()).scenario(), run.parameters(),
          plan.policyTarget(run.policy()), run.seed(), plan.timeseriesEvery(), plan.indicators());
      RunResult result = executor.run(request);
      if (result == null) {
        throw new IllegalStateException("the executor returned no result");
      }
      long nanos = System.nanoTime() - begin;
      long cpu = ThreadCpu.since(cpuBegin);
      byte[] series = plan.timeseriesEvery() > 0 ? seriesMember(plan, run, result) : null;
      String row = RunsCsv.row(plan, run, result.finalValues(), null) + "\n";
      return new FinishedRun(runId, null, row, series, nanos, cpu, ThreadCpu.since(cpuBegin));
    } catch (Exception | StackOverflowError | OutOfMemoryError | AssertionError e) {
      long nanos = System.nanoTime() - begin;
      long cpu = ThreadCpu.since(cpuBegin);
      return failed(plan, runId, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()),
          nanos, cpu);
    }
  }

  private static FinishedRun failed(BatchPlan plan, long runId, String error, long nanos, long cpuNanos) {
    return new FinishedRun(runId, error, RunsCsv.row(plan, plan.run(runId), null, error) + "\n", null, nanos, cpuNanos,
        cpuNanos);
  }

  /**
   * When the first run in flight is not done, waits until the run half a window later is, for at
   * most {@link #SEVERAL_WAIT} and never past the first run's time limit. Runs finish about in
   * order, so the writer then finds several to write at once instead of waking for each one: on a
   * machine of a few cores, each wake-up of this thread is a switch of context taken from the
   * workers. The bound keeps a slow or stuck later run from holding up rows that are ready (and,
   * with the window full, the workers); {@link #await} then takes the first run and its limit.
   */
  private static void waitForSeveral(TreeMap<Long, Task> inFlight, int window, Duration limit) throws IOException {
    Task first = inFlight.firstEntry().getValue();
    if (first.future.isDone()) {
      return;
    }
    Task later = first;
    int ahead = 0;
    for (Task task : inFlight.values()) {
      later = task;
      if (++ahead >= window / 2) {
        break;
      }
    }
    long firstLeft = first.started ? limit.toNanos() - (System.nanoTime() - first.startNanos) : limit.toNanos();
    try {
      later.future.get(Math.max(0, Math.min(firstLeft, SEVERAL_WAIT.toNanos())), TimeUnit.NANOSECONDS);
    } catch (TimeoutException | ExecutionException | CancellationException e) {
      // no longer worth waiting for the later run, or it failed: the first run is taken as it is
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for a run", e);
    }
  }

  /**
   * Waits for a run, at most until its time limit has passed since it started. A run past its
   * limit is interrupted and given up as failed; its thread may still be busy, so the pool gets
   * a thread in its place and the other runs keep their pace.
   */
  private static FinishedRun await(BatchPlan plan, Task task, Duration limit, ThreadPoolExecutor pool)
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
            return failed(plan, task.runId, "TimeLimitExceeded: the run took longer than its limit of "
                + limit.toSeconds() + " s and was given up", limitNanos, -1);
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
    return text.length() == 0 ? null : gzip(text.toString());
  }

  /**
   * Appends one complete gzip member holding {@code text}; members are always built the same way
   * so that a rewritten file is byte-identical to the original. Readers see one concatenated stream.
   */
  static void gzipMember(OutputStream out, String text) throws IOException {
    out.write(gzip(text));
    out.flush();
  }

  /** One complete gzip member holding {@code text}, built in memory. */
  private static byte[] gzip(String text) throws IOException {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(text.length() / 4 + 64);
    try (GZIPOutputStream member = new FastGzip(bytes)) {
      member.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
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

  private static Resume prepare(BatchPlan plan, List<String> header, boolean overwrite, Shard shard)
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
        String slice = readShard(experimentFile);
        String wanted = shard == null ? "" : shard.toString();
        if (!slice.equals(wanted)) {
          throw new ExperimentDirectoryException(dir + " holds " + (slice.isEmpty() ? "the whole experiment"
              : "shard " + slice + " of this experiment") + ", not " + (shard == null ? "the whole experiment"
              : "shard " + shard) + "; give each shard its own output directory");
        }
        return resume(plan, header, shard);
      }
    }
    Files.createDirectories(dir);
    ObjectNode description = JSON.createObjectNode();
    description.put("fingerprint", plan.fingerprint());
    description.set("experiment", plan.describe());
    description.put("totalRuns", plan.totalRuns());
    if (shard != null) {
      description.putObject(SHARD).put("index", shard.index()).put("count", shard.count());
    }
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

  /** The shard recorded in {@code experiment.json} as {@code I/N}, or empty for a whole experiment. */
  private static String readShard(Path experimentFile) throws IOException {
    JsonNode shard = JSON.readTree(experimentFile.toFile()).path(SHARD);
    return shard.isObject() ? shard.path("index").asInt() + "/" + shard.path("count").asInt() : "";
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
   * Reads what an interrupted session left and checks it: {@code runs.csv} must hold the runs of
   * the experiment (or of its shard) in order, each once, with this experiment's identity (design
   * point, replication, seed, scenario, policy, parameters) and a status; the time series must
   * decompress record by record and hold every finished run of {@code runs.csv}. A partial last
   * line and a cut-off last record are what an interruption leaves and are dropped; anything else
   * is refused, naming the file and line.
   */
  private static Resume resume(BatchPlan plan, List<String> header, Shard shard)
      throws IOException, ExperimentDirectoryException {
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
      long expected = shard == null ? 0 : shard.index() - 1;
      long step = shard == null ? 1 : shard.count();
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
              + " should follow") + "; a batch writes " + (shard == null ? "runs 0, 1, 2, ..." : "the runs of its shard")
              + " in order, each once";
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
        expected += step;
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
