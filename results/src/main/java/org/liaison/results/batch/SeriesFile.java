package org.liaison.results.batch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Reads {@code timeseries.csv.gz} member by member, as a batch writes it: a header member, then
 * one gzip member per run with the lines of that run only, runs in increasing order.
 *
 * <p>It tells a member cut off by an interruption (the file ends inside it, or only zero bytes
 * follow, as a file system may leave after a crash) from damage in the middle of the file (a
 * member that does not decompress, fails its checksum or holds lines of another form while more
 * follows). The first can be repaired by cutting the file; the second cannot, and is reported
 * with the byte and the decompressed line where it lies.
 */
final class SeriesFile {
  /** The first line of the decompressed series. */
  static final String HEADER = "run_id,tick,indicator,value";

  /** A complete member: where it ends in the file and whose series it holds (-1 for the header). */
  record Member(long end, long runId) {}

  /** Told of each complete member in order. */
  interface Visitor {
    void member(Member member) throws IOException, ExperimentDirectoryException;
  }

  private final Path file;
  private final InputStream in;
  private final byte[] buffer = new byte[1 << 16];
  private int position;
  private int limit;
  /** File offset of buffer[0]. */
  private long base;
  private long line;

  private SeriesFile(Path file, InputStream in) {
    this.file = file;
    this.in = in;
  }

  /**
   * Visits every complete member and returns the offset after the last one: the length to cut
   * the file to when an interrupted member follows, or the file's length when none does.
   *
   * @throws ExperimentDirectoryException for damage that is not a cut-off last member
   */
  static long scan(Path file, Visitor visitor) throws IOException, ExperimentDirectoryException {
    try (InputStream in = Files.newInputStream(file)) {
      return new SeriesFile(file, in).scan(visitor);
    }
  }

  private long scan(Visitor visitor) throws IOException, ExperimentDirectoryException {
    long goodEnd = 0;
    long lastRun = -2;
    while (available(1)) {
      long start = base + position;
      String text;
      try {
        text = member();
      } catch (Cut e) {
        return goodEnd;
      } catch (Damage e) {
        if (base + position == start && restIsZero()) {
          return goodEnd;
        }
        throw damaged(start, e.getMessage());
      }
      long runId = runOf(text, start, lastRun);
      lastRun = runId;
      goodEnd = base + position;
      visitor.member(new Member(goodEnd, runId));
    }
    return goodEnd;
  }

  private ExperimentDirectoryException damaged(long offset, String what) {
    return new ExperimentDirectoryException(file + ": damaged at byte " + offset + " (after line " + line
        + " of the decompressed series): " + what + "; the series of the runs after it are lost, so the "
        + "experiment cannot be resumed; start it again with --overwrite or choose another output directory");
  }

  /** Checks a member's lines and returns its run, or -1 for the header member. */
  private long runOf(String text, long offset, long lastRun) throws ExperimentDirectoryException {
    String[] lines = text.split("\n", -1);
    if (lines.length < 2 || !lines[lines.length - 1].isEmpty()) {
      throw damaged(offset, "a record that does not end with a line end");
    }
    if (lastRun == -2) {
      if (lines.length != 2 || !lines[0].equals(HEADER)) {
        throw damaged(offset, "the first record is not the header '" + HEADER + "'");
      }
      line++;
      return -1;
    }
    long run = -1;
    for (int i = 0; i < lines.length - 1; i++) {
      String[] fields = lines[i].split(",", -1);
      long id = fields.length == 4 ? parse(fields[0]) : -1;
      if (id < 0 || parse(fields[1]) < 0) {
        throw damaged(offset, "line " + (line + i + 1) + " is not 'run_id,tick,indicator,value'");
      }
      if (i == 0) {
        run = id;
      } else if (id != run) {
        throw damaged(offset, "line " + (line + i + 1) + " is of run " + id + " in the record of run " + run);
      }
    }
    if (run <= lastRun) {
      throw damaged(offset, "the record of run " + run + " follows that of run " + lastRun
          + "; runs are written in increasing order, each once");
    }
    line += lines.length - 1;
    return run;
  }

  private static long parse(String field) {
    try {
      return Long.parseLong(field);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** The file ends inside a member. */
  private static final class Cut extends Exception {
    private static final long serialVersionUID = 1L;
  }

  /** A member that is not what the batch writes. */
  private static final class Damage extends Exception {
    private static final long serialVersionUID = 1L;

    Damage(String message) {
      super(message);
    }
  }

  /** Decompresses one member (as GZIPOutputStream writes it: no optional header fields). */
  private String member() throws IOException, Cut, Damage {
    if (!available(10)) {
      throw new Cut();
    }
    if ((buffer[position] & 0xff) != 0x1f || (buffer[position + 1] & 0xff) != 0x8b || buffer[position + 2] != 8) {
      throw new Damage("not the start of a gzip record");
    }
    if (buffer[position + 3] != 0) {
      throw new Damage("a gzip record with header fields the batch never writes");
    }
    position += 10;
    Inflater inflater = new Inflater(true);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    byte[] chunk = new byte[1 << 16];
    CRC32 crc = new CRC32();
    try {
      while (!inflater.finished()) {
        if (inflater.needsInput()) {
          if (!available(1)) {
            throw new Cut();
          }
          inflater.setInput(buffer, position, limit - position);
          position = limit;
        }
        int n = inflater.inflate(chunk);
        if (n == 0 && inflater.needsDictionary()) {
          throw new Damage("compressed data that needs a dictionary");
        }
        crc.update(chunk, 0, n);
        out.write(chunk, 0, n);
      }
      position -= inflater.getRemaining();
    } catch (DataFormatException e) {
      throw new Damage("compressed data that does not decompress (" + e.getMessage() + ")");
    } finally {
      inflater.end();
    }
    if (!available(8)) {
      throw new Cut();
    }
    long storedCrc = littleEndian(position);
    long storedSize = littleEndian(position + 4);
    position += 8;
    if (storedCrc != crc.getValue() || storedSize != (out.size() & 0xffffffffL)) {
      throw new Damage("a record whose checksum does not match its content");
    }
    try {
      CharBuffer text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(out.toByteArray()));
      return text.toString();
    } catch (CharacterCodingException e) {
      throw new Damage("a record that is not UTF-8 text");
    }
  }

  private long littleEndian(int at) {
    return (buffer[at] & 0xffL) | (buffer[at + 1] & 0xffL) << 8 | (buffer[at + 2] & 0xffL) << 16
        | (buffer[at + 3] & 0xffL) << 24;
  }

  /** Whether n more bytes can be had at position, reading (and compacting the buffer) as needed. */
  private boolean available(int n) throws IOException {
    if (limit - position >= n) {
      return true;
    }
    if (position > 0) {
      System.arraycopy(buffer, position, buffer, 0, limit - position);
      base += position;
      limit -= position;
      position = 0;
    }
    while (limit < n) {
      int read = in.read(buffer, limit, buffer.length - limit);
      if (read < 0) {
        return false;
      }
      limit += read;
    }
    return true;
  }

  /** Whether every byte from the position to the end of the file is zero. */
  private boolean restIsZero() throws IOException {
    for (int i = position; i < limit; i++) {
      if (buffer[i] != 0) {
        return false;
      }
    }
    int b;
    while ((b = in.read()) >= 0) {
      if (b != 0) {
        return false;
      }
    }
    return true;
  }
}
