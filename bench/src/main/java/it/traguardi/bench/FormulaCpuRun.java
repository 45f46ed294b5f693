package it.traguardi.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;

/**
 * {@link FormulaBenchmark}'s three loops in CPU time of the calling thread ({@code ThreadMXBean}), which
 * a machine loaded by other work disturbs much less than wall-clock time: our compiled formulas, EvalEx
 * setting each expression's variables, EvalEx reading one shared data accessor. The three take turns,
 * round after round, so that a burst of load falls on all; the median round of each counts, and the
 * ratios are of medians.
 *
 * <p>Arguments (optional): operations to warm up each (200,000), operations a round (50,000), rounds (15).
 */
public final class FormulaCpuRun {

    private static final String[] NAMES = {"traguardi", "evalEx", "evalExSharedValues"};

    private FormulaCpuRun() {
    }

    public static void main(String[] args) throws Exception {
        var warmup = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        var measured = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
        var rounds = args.length > 2 ? Integer.parseInt(args[2]) : 15;
        var benchmark = new FormulaBenchmark();
        benchmark.prepare();
        Callable<?>[] sides = {benchmark::traguardiOnce, benchmark::evalExOnce, benchmark::evalExSharedOnce};
        System.out.printf("[formula-cpu] load average before: %s", Files.readString(Path.of("/proc/loadavg")));
        for (var side : sides) {
            measure(side, warmup);
        }
        var micros = new double[sides.length][rounds];
        for (int r = 0; r < rounds; r++) {
            for (int s = 0; s < sides.length; s++) {
                micros[s][r] = measure(sides[s], measured);
            }
        }
        var medians = new double[sides.length];
        for (int s = 0; s < sides.length; s++) {
            var sorted = micros[s].clone();
            Arrays.sort(sorted);
            medians[s] = sorted[rounds / 2];
            System.out.printf("[formula-cpu] %-19s median %.3f µs CPU an operation (rounds %.3f .. %.3f)%n",
                    NAMES[s], medians[s], sorted[0], sorted[rounds - 1]);
        }
        System.out.printf("[formula-cpu] ratio evalEx / traguardi %.2f×, evalExSharedValues / traguardi %.2f×%n",
                medians[1] / medians[0], medians[2] / medians[0]);
        System.out.printf("[formula-cpu] load average after: %s", Files.readString(Path.of("/proc/loadavg")));
    }

    /** CPU microseconds per operation; the results' hashes are summed and printed so none is skipped. */
    private static double measure(Callable<?> operation, int operations) throws Exception {
        var threads = ManagementFactory.getThreadMXBean();
        var cpu = threads.getCurrentThreadCpuTime();
        long sink = 0;
        for (int i = 0; i < operations; i++) {
            sink += (Long) operation.call();
        }
        var micros = (threads.getCurrentThreadCpuTime() - cpu) / 1e3 / operations;
        if (sink == 42) {
            System.out.println("[formula-cpu] (an unlikely sum)");
        }
        return micros;
    }
}
