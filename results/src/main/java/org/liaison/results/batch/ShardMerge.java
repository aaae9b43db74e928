package org.liaison.results.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.liaison.results.stats.SummaryWriter;

/**
 * Combines the directories of every shard of one experiment into one experiment directory,
 * byte-identical to the directory the experiment gives when run unsharded: {@code runs.csv} and
 * {@code timeseries.csv.gz} interleaved back into run-id order, {@code experiment.json} without
 * the shard mark, and the summaries computed from the whole.
 *
 * <p>Shards are checked before anything is written: every directory must be a finished shard,
 * all of the same experiment (same fingerprint) and the same split, each slice exactly once.
 */
public final class ShardMerge {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** What was merged. */
  public record Outcome(long totalRuns, long failed, int shards) {}

  private record ShardDir(Path dir, Shard shard, String fingerprint, ObjectNode description) {}

  private ShardMerge() {}

  /**
   * Merges {@code shards} into {@code out}, which must not exist or be empty.
   *
   * @throws ExperimentDirectoryException when a directory is not a finished shard, the shards
   *     belong to different experiments or splits, a slice is given twice or missing, or the
   *     output directory cannot be used
   */
  public static Outcome merge(List<Path> shards, Path out) throws IOException, ExperimentDirectoryException {
    List<ShardDir> read = new ArrayList<>();
    for (Path dir : shards) {
      read.add(readShard(dir));
    }
    ShardDir first = read.get(0);
    int count = first.shard.count();
    ShardDir[] bySlice = new ShardDir[count];
    for (ShardDir s : read) {
      if (!s.fingerprint.equals(first.fingerprint)) {
        throw new ExperimentDirectoryException(s.dir + " holds another experiment than " + first.dir
            + " (their fingerprints in experiment.json differ); merge only the shards of one experiment");
      }
      if (s.shard.count() != count) {
        throw new ExperimentDirectoryException(s.dir + " is shard " + s.shard + " but " + first.dir + " is shard "
            + first.shard + ": slices of different splits overlap; merge the shards of one split");
      }
      ShardDir same = bySlice[s.shard.index() - 1];
      if (same != null) {
        throw new ExperimentDirectoryException("shard " + s.shard + " is given twice (" + same.dir + " and " + s.dir
            + "); give each slice once");
      }
      bySlice[s.shard.index() - 1] = s;
    }
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      if (bySlice[i] == null) {
        missing.add((i + 1) + "/" + count);
      }
    }
    if (!missing.isEmpty()) {
      throw new ExperimentDirectoryException("shard" + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing)
          + " missing; the merge needs all " + count + " slices");
    }
    long total = first.description.path("totalRuns").asLong();
    String header = null;
    for (ShardDir s : bySlice) {
      String own = checkFinished(s, total);
      if (header != null && !header.equals(own)) {
        throw new ExperimentDirectoryException(s.dir.resolve(BatchRunner.RUNS_CSV) + " has other columns than "
            + bySlice[0].dir.resolve(BatchRunner.RUNS_CSV) + "; were the shards run by different Liaison versions?");
      }
      header = own;
    }
    prepareOutput(out, read);
    ObjectNode description = first.description.deepCopy();
    description.remove(BatchRunner.SHARD);
    Files.writeString(out.resolve(BatchRunner.EXPERIMENT_JSON),
        JSON.writeValueAsString(description).replace("\r\n", "\n") + "\n", StandardCharsets.UTF_8);
    long failed = mergeRuns(bySlice, header, total, out.resolve(BatchRunner.RUNS_CSV));
    if (first.description.path("experiment").path("timeseriesEvery").asInt() > 0) {
      mergeSeries(bySlice, total, out.resolve(BatchRunner.TIMESERIES_CSV_GZ));
    }
    SummaryWriter.write(out);
    return new Outcome(total, failed, count);
  }

  private static ShardDir readShard(Path dir) throws ExperimentDirectoryException {
    Path file = dir.resolve(BatchRunner.EXPERIMENT_JSON);
    if (!Files.isRegularFile(file)) {
      throw new ExperimentDirectoryException(dir + " is not a Liaison experiment directory (no "
          + BatchRunner.EXPERIMENT_JSON + ")");
    }
    JsonNode node;
    try {
      node = JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new ExperimentDirectoryException(file + " cannot be read: " + e.getMessage());
    }
    JsonNode mark = node.path(BatchRunner.SHARD);
    if (!node.isObject() || !mark.isObject()) {
      throw new ExperimentDirectoryException(dir + " holds a whole experiment, not a shard (it was not run with "
          + "--shard I/N)");
    }
    Shard shard;
    try {
      shard = new Shard(mark.path("index").asInt(), mark.path("count").asInt());
    } catch (IllegalArgumentException e) {
      throw new ExperimentDirectoryException(file + ": shard: " + e.getMessage());
    }
    return new ShardDir(dir, shard, node.path("fingerprint").asText(""), (ObjectNode) node);
  }

  /** Checks that the shard holds exactly its slice's runs, in order; returns its header line. */
  private static String checkFinished(ShardDir s, long total) throws IOException, ExperimentDirectoryException {
    Path runs = s.dir.resolve(BatchRunner.RUNS_CSV);
    long expected = s.shard.size(total);
    if (!Files.isRegularFile(runs)) {
      throw new ExperimentDirectoryException(s.dir + " is not finished (no " + BatchRunner.RUNS_CSV
          + "); run its batch again to resume it");
    }
    long rows = 0;
    String header;
    try (BufferedReader reader = Files.newBufferedReader(runs, StandardCharsets.UTF_8)) {
      header = reader.readLine();
      String line;
      long id = s.shard.index() - 1;
      while ((line = reader.readLine()) != null) {
        if (rows >= expected || runId(line) != id) {
          throw new ExperimentDirectoryException(runs + ":" + (rows + 2) + ": not the run shard " + s.shard
              + " holds there; the shard directory was changed by hand");
        }
        rows++;
        id += s.shard.count();
      }
    }
    if (rows < expected || !endsWithLineEnd(runs)) {
      throw new ExperimentDirectoryException(s.dir + " is not finished (" + rows + " of " + expected
          + " runs); run its batch again to resume it");
    }
    return header;
  }

  private static boolean endsWithLineEnd(Path file) throws IOException {
    try (java.io.RandomAccessFile raf = new java.io.RandomAccessFile(file.toFile(), "r")) {
      if (raf.length() == 0) {
        return false;
      }
      raf.seek(raf.length() - 1);
      return raf.read() == '\n';
    }
  }

  private static long runId(String line) {
    int comma = line.indexOf(',');
    try {
      return Long.parseLong(comma < 0 ? line : line.substring(0, comma));
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static void prepareOutput(Path out, List<ShardDir> shards) throws IOException, ExperimentDirectoryException {
    for (ShardDir s : shards) {
      if (Files.exists(out) && Files.isSameFile(out, s.dir)) {
        throw new ExperimentDirectoryException("--out " + out + " is one of the shards; merge into a new directory");
      }
    }
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new ExperimentDirectoryException(out + " is a file; the output must be a directory");
    }
    if (Files.isDirectory(out)) {
      try (Stream<Path> entries = Files.list(out)) {
        if (entries.findAny().isPresent()) {
          throw new ExperimentDirectoryException(out + " is not empty; merge into a new or empty directory");
        }
      }
    }
    Files.createDirectories(out);
  }

  /** Interleaves the shards' rows back into run-id order (run {@code id} is in slice {@code id mod N}). */
  private static long mergeRuns(ShardDir[] shards, String header, long total, Path target) throws IOException {
    int count = shards.length;
    List<BufferedReader> readers = new ArrayList<>();
    long failed = 0;
    try (Writer out = new BufferedWriter(Files.newBufferedWriter(target, StandardCharsets.UTF_8), 1 << 16)) {
      for (ShardDir s : shards) {
        BufferedReader reader = Files.newBufferedReader(s.dir.resolve(BatchRunner.RUNS_CSV), StandardCharsets.UTF_8);
        readers.add(reader);
        reader.readLine();
      }
      out.write(header);
      out.write('\n');
      String okEnd = "," + RunsCsv.OK + "," + Csv.NA;
      for (long id = 0; id < total; id++) {
        String line = readers.get((int) (id % count)).readLine();
        if (!line.endsWith(okEnd)) {
          failed++;
        }
        out.write(line);
        out.write('\n');
      }
    } finally {
      closeAll(readers);
    }
    return failed;
  }

  /** One run's lines of a shard's time series. */
  private record SeriesRun(long runId, String text) {}

  /** Reads a shard's time series run by run (one gzip member per run, as the batch wrote them). */
  private static final class SeriesReader implements Closeable {
    private final BufferedReader reader;
    private String pending;
    private SeriesRun next;

    SeriesReader(Path file) throws IOException {
      reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file), 1 << 16),
          StandardCharsets.UTF_8), 1 << 16);
      reader.readLine();
      pending = reader.readLine();
      advance();
    }

    SeriesRun peek() {
      return next;
    }

    void advance() throws IOException {
      if (pending == null) {
        next = null;
        return;
      }
      long id = runId(pending);
      StringBuilder text = new StringBuilder();
      while (pending != null && runId(pending) == id) {
        text.append(pending).append('\n');
        pending = reader.readLine();
      }
      next = new SeriesRun(id, text.toString());
    }

    @Override
    public void close() throws IOException {
      reader.close();
    }
  }

  private static void mergeSeries(ShardDir[] shards, long total, Path target) throws IOException {
    int count = shards.length;
    List<SeriesReader> readers = new ArrayList<>();
    try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(target), 1 << 16)) {
      for (ShardDir s : shards) {
        readers.add(new SeriesReader(s.dir.resolve(BatchRunner.TIMESERIES_CSV_GZ)));
      }
      BatchRunner.gzipMember(out, "run_id,tick,indicator,value\n");
      for (long id = 0; id < total; id++) {
        SeriesReader reader = readers.get((int) (id % count));
        SeriesRun run = reader.peek();
        if (run != null && run.runId() == id) {
          BatchRunner.gzipMember(out, run.text());
          reader.advance();
        }
      }
    } finally {
      closeAll(readers);
    }
  }

  private static void closeAll(List<? extends Closeable> closeables) throws IOException {
    IOException first = null;
    for (Closeable c : closeables) {
      try {
        c.close();
      } catch (IOException e) {
        first = first == null ? e : first;
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
