package it.traguardi.bench;

import com.password4j.Argon2Function;
import com.password4j.types.Argon2;
import it.traguardi.store.account.PasswordHashing;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One password check at sign-in: Argon2id with the parameters {@link PasswordHashing} stores (19 MiB,
 * 2 passes, 1 lane), against a hash made once in setup. This is the cost every sign-in pays, the
 * right and the wrong password alike (a wrong login pays it against a dummy hash); the budget is
 * under 100 ms. {@code verifyWithPassword4j} is the same check by password4j, the implementation
 * {@link PasswordHashing} used before Bouncy Castle's (see also {@link PasswordCpuRun}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PasswordBenchmark {

    private static final String PASSWORD = "cavallo batteria graffetta";
    private static final Argon2Function PASSWORD4J = Argon2Function.getInstance(19456, 2, 1, 32, Argon2.ID);
    private String hash;

    @Setup(Level.Trial)
    public void prepare() {
        hash = PasswordHashing.hash(PASSWORD);
        if (!PasswordHashing.verify(PASSWORD, hash) || PasswordHashing.verify(PASSWORD + "!", hash)) {
            throw new IllegalStateException("the hash does not check as it should");
        }
    }

    @Benchmark
    public boolean verifyRightPassword() {
        return PasswordHashing.verify(PASSWORD, hash);
    }

    @Benchmark
    public boolean verifyWrongPassword() {
        return PasswordHashing.verify("sbagliata ma lunga", hash);
    }

    @Benchmark
    public boolean verifyWithPassword4j() {
        return PASSWORD4J.check(PASSWORD, hash);
    }
}
