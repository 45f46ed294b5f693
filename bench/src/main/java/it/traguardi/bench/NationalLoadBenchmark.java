package it.traguardi.bench;

import it.traguardi.core.check.Finding;
import it.traguardi.core.check.PlanCheck;
import it.traguardi.core.measure.Actuals;
import it.traguardi.core.measure.ValueTarget;
import it.traguardi.core.score.ScoreTree;
import it.traguardi.core.score.Scoring;
import it.traguardi.core.value.Value;
import it.traguardi.store.Database;
import it.traguardi.store.PlanStore;
import it.traguardi.store.PolicyStore;
import it.traguardi.store.ValueStore;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;
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
 * Issue 3's budget: the {@link NationalDataset} (100 entities × 3 years × 200 indicators, two periods)
 * loads and scores in under 5 s on the embedded database. One shot = into a fresh, migrated H2 file
 * database: save the 300 plans, record their values (one batch per plan and period), then for every
 * plan and both periods read the latest values, compute the indicators' actuals, load the policy and
 * score. Opening and migrating the database is not timed. Each shot prints its time per phase, in
 * wall-clock and in CPU time of the benchmark's thread (the embedded database works on the caller's
 * thread, so that is nearly all the work, and a busy machine disturbs it much less).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class NationalLoadBenchmark {

    /** The phases of a shot, in order. */
    enum Phase { SAVE_PLANS, RECORD_VALUES, LATEST, ACTUALS, POLICY, SCORE }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private List<NationalDataset.Entry> dataset;
    private Path directory;
    private Database database;
    private EnumMap<Phase, Long> nanos;
    private EnumMap<Phase, Long> cpuNanos;

    @Setup(Level.Trial)
    public void generate() {
        dataset = NationalDataset.generate();
        var values = dataset.stream().flatMap(e -> e.values().values().stream()).mapToInt(List::size).sum();
        System.out.printf("%n[national] %d plans, %d indicators, %d value records%n", dataset.size(),
                dataset.stream().mapToLong(e -> e.plan().indicators().count()).sum(), values);
        var first = dataset.getFirst();
        System.out.printf("[national] findings of the first plan by kind: %s%n", PlanCheck.check(first.plan()).stream()
                .collect(Collectors.groupingBy(Finding::kind, TreeMap::new, Collectors.counting())));
        first.values().forEach((period, records) -> {
            var latest = new java.util.HashMap<ValueTarget, Value>();
            records.forEach(r -> latest.put(r.target(), r.value()));
            System.out.printf("[national] first plan, %s: %d actuals, %d of them N/D%n", period.format(),
                    Actuals.of(first.plan(), latest).size(),
                    Actuals.of(first.plan(), latest).values().stream().filter(Value.Missing.class::isInstance).count());
        });
    }

    @Setup(Level.Iteration)
    public void open() throws IOException {
        directory = Files.createTempDirectory("traguardi-national");
        database = Database.open("jdbc:h2:file:" + directory.resolve("db"));
        nanos = new EnumMap<>(Phase.class);
        cpuNanos = new EnumMap<>(Phase.class);
    }

    @TearDown(Level.Iteration)
    public void close() throws IOException {
        var phases = new StringBuilder();
        nanos.forEach((phase, time) -> phases.append(" %s %d ms (CPU %d ms)".formatted(phase, time / 1_000_000,
                cpuNanos.get(phase) / 1_000_000)));
        System.out.printf("%n[national] phases:%s; CPU in all %d ms%n", phases,
                cpuNanos.values().stream().mapToLong(Long::longValue).sum() / 1_000_000);
        database.close();
        ScratchFolders.delete(directory);
    }

    /** The whole load and scoring of the national data set. */
    @Benchmark
    public void loadAndScore(Blackhole blackhole) {
        var plans = new PlanStore(database.dataSource());
        var values = new ValueStore(database.dataSource());
        var policies = new PolicyStore(database.dataSource());
        timed(Phase.SAVE_PLANS, () -> {
            dataset.forEach(entry -> plans.save(entry.plan(), false, BenchActor.BENCH));
            return null;
        });
        timed(Phase.RECORD_VALUES, () -> {
            dataset.forEach(entry -> entry.values().forEach((period, records) ->
                    values.record(entry.plan().entity(), entry.plan().year(), records, BenchActor.BENCH)));
            return null;
        });
        for (var entry : dataset) {
            var plan = entry.plan();
            for (var period : NationalDataset.periods(plan.year())) {
                var latest = timed(Phase.LATEST, () -> values.latest(plan.entity(), plan.year(), period));
                var actuals = timed(Phase.ACTUALS, () -> Actuals.of(plan, latest));
                var rules = timed(Phase.POLICY, () -> policies.load(plan.entity(), plan.year()));
                ScoreTree tree = timed(Phase.SCORE, () -> Scoring.score(plan, plan.year(), actuals, rules.policy(),
                        rules.overrides()));
                blackhole.consume(tree);
            }
        }
    }

    private <T> T timed(Phase phase, Supplier<T> work) {
        var start = System.nanoTime();
        var cpu = THREADS.getCurrentThreadCpuTime();
        var result = work.get();
        cpuNanos.merge(phase, THREADS.getCurrentThreadCpuTime() - cpu, Long::sum);
        nanos.merge(phase, System.nanoTime() - start, Long::sum);
        return result;
    }
}
