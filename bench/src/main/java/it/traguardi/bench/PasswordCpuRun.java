package it.traguardi.bench;

import com.password4j.Argon2Function;
import com.password4j.types.Argon2;
import it.traguardi.store.account.PasswordHashing;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

/**
 * The CPU time of one Argon2id password check, measured on the calling thread ({@code ThreadMXBean}),
 * which a busy machine disturbs much less than wall-clock time: password4j 1.8.4 (the implementation
 * used before) and Bouncy Castle's {@code Argon2BytesGenerator} (through {@link PasswordHashing}),
 * each at OWASP's three equivalent parameter sets (19 MiB t=2, 46 MiB t=1, 12 MiB t=3, one lane).
 * Every check verifies a hash made by password4j, with the right password. The two take turns, round
 * after round, so that a burst of load on the machine falls on both; the median round counts.
 *
 * <p>Arguments (optional): checks to warm up (20), checks a round (10), rounds (5).
 */
public final class PasswordCpuRun {

    private static final String PASSWORD = "cavallo batteria graffetta";
    private static final int[][] OWASP = {{19456, 2}, {47104, 1}, {12288, 3}};

    private PasswordCpuRun() {
    }

    public static void main(String[] args) throws Exception {
        var warmup = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        var measured = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        var rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        System.out.printf("[password] load average before: %s", Files.readString(Path.of("/proc/loadavg")));
        for (var set : OWASP) {
            var password4j = Argon2Function.getInstance(set[0], set[1], 1, 32, Argon2.ID);
            var old = password4j.hash(PASSWORD).getResult();
            BooleanSupplier byPassword4j = () -> password4j.check(PASSWORD, old);
            // Bouncy Castle through PasswordHashing.verify, which checks a hash with the parameters it carries
            BooleanSupplier byBouncyCastle = () -> PasswordHashing.verify(PASSWORD, old);
            measure(byPassword4j, warmup);
            measure(byBouncyCastle, warmup);
            var first = new double[rounds][];
            var second = new double[rounds][];
            for (int r = 0; r < rounds; r++) {
                first[r] = measure(byPassword4j, measured);
                second[r] = measure(byBouncyCastle, measured);
            }
            report("password4j", set, median(first));
            report("bouncycastle", set, median(second));
        }
        System.out.printf("[password] load average after: %s", Files.readString(Path.of("/proc/loadavg")));
    }

    /** The round with the median CPU time. */
    private static double[] median(double[][] rounds) {
        var sorted = rounds.clone();
        java.util.Arrays.sort(sorted, java.util.Comparator.comparingDouble(r -> r[0]));
        return sorted[sorted.length / 2];
    }

    /** CPU and wall milliseconds per check. */
    private static double[] measure(BooleanSupplier check, int measured) {
        var threads = ManagementFactory.getThreadMXBean();
        var cpu = threads.getCurrentThreadCpuTime();
        var wall = System.nanoTime();
        for (int i = 0; i < measured; i++) {
            require(check.getAsBoolean());
        }
        return new double[] {(threads.getCurrentThreadCpuTime() - cpu) / 1e6 / measured,
                (System.nanoTime() - wall) / 1e6 / measured};
    }

    private static void require(boolean verified) {
        if (!verified) {
            throw new IllegalStateException("a right password did not verify");
        }
    }

    private static void report(String implementation, int[] set, double[] millis) {
        System.out.printf("[password] %-12s m=%d,t=%d,p=1: %.1f ms CPU a check (wall %.1f ms)%n", implementation, set[0],
                set[1], millis[0], millis[1]);
    }
}
