/**
 * The parallel efficiency the machine itself gives: the same fixed arithmetic, first on one thread,
 * then on every processor at once, each thread doing what the single one did. The work touches no
 * memory, shares nothing between threads and is compiled before it is timed, so on processors that
 * do not slow each other both take the same time and the efficiency is 1. On a virtual machine whose
 * processors share a physical core, or whose host is busy, it is lower: no program can scale better
 * than this on that machine at that moment, the engine's runs included.
 *
 * <p>Run as a single source file: {@code java batch-spark/MachineCeiling.java [THREADS]}. Prints one
 * line: {@code machine ceiling: THREADS threads, 1 thread W1 s, THREADS threads WP s, efficiency E}.
 */
public final class MachineCeiling {

    private static final long ITERATIONS = 600_000_000L;

    private static volatile long sink;

    private MachineCeiling() {
    }

    /** Eight independent chains, so that the processor runs several at once, as compiled code does. */
    static long arithmetic(long iterations) {
        long a = 1, b = 2, c = 3, d = 4, e = 5, f = 6, g = 7, h = 8;
        for (long i = 0; i < iterations; i++) {
            a = a * 31 + i;
            b = b * 37 + i;
            c = c * 41 + i;
            d = d * 43 + i;
            e = e ^ (e << 1) + i;
            f = f + (f >>> 3) + i;
            g = g * 47 + i;
            h = h * 53 + i;
        }
        return a + b + c + d + e + f + g + h;
    }

    /** Wall seconds for {@code threads} threads each doing the fixed work at once. */
    static double wallSeconds(int threads) throws InterruptedException {
        Thread[] workers = new Thread[threads];
        long start = System.nanoTime();
        for (int i = 0; i < threads; i++) {
            workers[i] = new Thread(() -> sink = arithmetic(ITERATIONS));
            workers[i].start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        return (System.nanoTime() - start) / 1e9;
    }

    public static void main(String[] args) throws InterruptedException {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : Runtime.getRuntime().availableProcessors();
        for (int i = 0; i < 3; i++) {
            sink = arithmetic(ITERATIONS / 20);
        }
        double one = wallSeconds(1);
        double all = wallSeconds(threads);
        System.out.printf("machine ceiling: %d threads, 1 thread %.2f s, %d threads %.2f s, efficiency %.2f%n",
                threads, one, threads, all, one / all);
    }
}
