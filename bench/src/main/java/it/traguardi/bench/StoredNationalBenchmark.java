package it.traguardi.bench;

import it.traguardi.core.measure.Actuals;
import it.traguardi.core.score.Scoring;
import it.traguardi.store.Database;
import it.traguardi.store.PlanStore;
import it.traguardi.store.PolicyStore;
import it.traguardi.store.ValueStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The {@link NationalDataset} once stored, read back and scored: the other half of
 * {@link NationalLoadBenchmark}'s shot, from the database alone. The set is written once into a fresh
 * H2 file database by the store's own writers (not timed); then one operation reads every one of the
 * 300 plans through a new {@link PlanStore} (its plan cache empty, so every plan comes from the
 * database), and for both periods of each its latest values, the indicators' actuals, its scoring
 * rules, and scores it: 600 score trees. {@link #readAndScoreWarm} does the same through one store kept
 * from operation to operation, as a running server reads its plans: each plan is then taken from the
 * store's cache once its row is seen to have the version it was read at.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 10)
@Fork(1)
public class StoredNationalBenchmark {

    private List<NationalDataset.Entry> dataset;
    private Path directory;
    private Database database;
    private PlanStore warm;

    @Setup(Level.Trial)
    public void store() throws IOException {
        dataset = NationalDataset.generate();
        directory = Files.createTempDirectory("traguardi-stored-national");
        database = Database.open("jdbc:h2:file:" + directory.resolve("db"));
        var plans = new PlanStore(database.dataSource());
        var values = new ValueStore(database.dataSource());
        dataset.forEach(entry -> {
            plans.save(entry.plan(), false, BenchActor.BENCH);
            entry.values().forEach((period, records) ->
                    values.record(entry.plan().entity(), entry.plan().year(), records, BenchActor.BENCH));
        });
        warm = new PlanStore(database.dataSource());
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        database.close();
        ScratchFolders.delete(directory);
    }

    /** Every stored plan read, and scored at both periods from its stored values and rules. */
    @Benchmark
    public void readAndScore(Blackhole blackhole) {
        score(new PlanStore(database.dataSource()), blackhole);
    }

    /** The same through the store kept: the plans come from its cache after the first operation. */
    @Benchmark
    public void readAndScoreWarm(Blackhole blackhole) {
        score(warm, blackhole);
    }

    private void score(PlanStore plans, Blackhole blackhole) {
        var values = new ValueStore(database.dataSource());
        var policies = new PolicyStore(database.dataSource());
        for (var entry : dataset) {
            var plan = plans.load(entry.plan().entity(), entry.plan().year()).orElseThrow();
            for (var period : NationalDataset.periods(plan.year())) {
                var actuals = Actuals.of(plan, values.latest(plan.entity(), plan.year(), period));
                var rules = policies.load(plan.entity(), plan.year());
                blackhole.consume(Scoring.score(plan, plan.year(), actuals, rules.policy(), rules.overrides()));
            }
        }
    }
}
