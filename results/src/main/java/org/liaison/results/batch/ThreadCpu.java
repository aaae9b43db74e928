package org.liaison.results.batch;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * CPU time of the current thread, for the batch's account of where its CPU time goes: unlike
 * wall-clock time, other processes on the machine do not inflate it.
 */
final class ThreadCpu {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final boolean SUPPORTED = supported();

  private ThreadCpu() {}

  private static boolean supported() {
    try {
      if (THREADS.isCurrentThreadCpuTimeSupported() && !THREADS.isThreadCpuTimeEnabled()) {
        THREADS.setThreadCpuTimeEnabled(true);
      }
      return THREADS.isCurrentThreadCpuTimeSupported() && THREADS.isThreadCpuTimeEnabled();
    } catch (UnsupportedOperationException | SecurityException e) {
      return false;
    }
  }

  /** The current thread's CPU time in nanoseconds, or -1 where it cannot be measured. */
  static long now() {
    return SUPPORTED ? THREADS.getCurrentThreadCpuTime() : -1;
  }

  /** Nanoseconds as seconds; NaN for -1 (not measured). */
  static double seconds(long nanos) {
    return nanos < 0 ? Double.NaN : nanos / 1e9;
  }

  /** CPU nanoseconds since {@code start} (a value of {@link #now()}), or -1. */
  static long since(long start) {
    return start < 0 ? -1 : THREADS.getCurrentThreadCpuTime() - start;
  }
}
