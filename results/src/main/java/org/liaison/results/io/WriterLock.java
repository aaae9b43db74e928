package org.liaison.results.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * An operating-system lock on a file, held by the one command writing an output; a second
 * command (in this or another process) that tries for it is refused at once. The file is deleted
 * on release while still locked, and a command that locked a file just deleted this way notices
 * and tries again, so two commands never both believe they hold it. A file left by a killed
 * command holds no lock and is simply taken over.
 */
public final class WriterLock implements AutoCloseable {
  private final Path file;
  private final FileChannel channel;
  private final FileLock lock;

  private WriterLock(Path file, FileChannel channel, FileLock lock) {
    this.file = file;
    this.channel = channel;
    this.lock = lock;
  }

  /** The lock on the file (created if need be), or null when another command holds it. */
  public static WriterLock tryAcquire(Path file) throws IOException {
    for (int attempt = 0; attempt < 3; attempt++) {
      FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        channel.close();
        return null;
      }
      if (holdsFileAt(file, channel)) {
        return new WriterLock(file, channel, lock);
      }
      lock.release();
      channel.close();
    }
    return null;
  }

  /**
   * Whether the locked file is still the one at the path: a lock on a file already deleted
   * would exclude no one. A token written through the channel must be read back through the path.
   */
  private static boolean holdsFileAt(Path file, FileChannel channel) throws IOException {
    byte[] token = (ProcessHandle.current().pid() + ":" + Thread.currentThread().getId() + ":" + System.nanoTime())
        .getBytes(StandardCharsets.UTF_8);
    channel.truncate(0);
    channel.write(ByteBuffer.wrap(token), 0);
    channel.force(false);
    try {
      return Arrays.equals(token, Files.readAllBytes(file));
    } catch (NoSuchFileException e) {
      return false;
    }
  }

  /** Deletes the file and releases the lock. */
  @Override
  public void close() throws IOException {
    try {
      Files.deleteIfExists(file);
    } finally {
      try {
        lock.release();
      } finally {
        channel.close();
      }
    }
  }
}
