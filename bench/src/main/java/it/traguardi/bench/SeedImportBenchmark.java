package it.traguardi.bench;

import it.traguardi.core.check.Finding;
import it.traguardi.core.check.PlanCheck;
import it.traguardi.core.plan.Plan;
import it.traguardi.exchange.DemoData;
import it.traguardi.exchange.ImportException;
import it.traguardi.exchange.alberatura.AlberaturaImport;
import it.traguardi.exchange.alberatura.AlberaturaReader;
import it.traguardi.exchange.alberatura.Overrides;
import it.traguardi.store.Database;
import it.traguardi.store.PlanStore;
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

/**
 * Issue 2's budgets: importing the seed into the embedded database (read the file, build the plan,
 * store it, replacing the previous copy) under 200 ms warm; {@code check} on it under 50 ms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SeedImportBenchmark {

    private byte[] seed;
    private Plan plan;
    private Path directory;
    private Database database;
    private PlanStore store;

    @Setup(Level.Trial)
    public void open() throws IOException, ImportException {
        seed = DemoData.modena2022();
        plan = AlberaturaReader.read("seed", seed, Overrides.NONE).plan();
        directory = Files.createTempDirectory("traguardi-bench");
        database = Database.open("jdbc:h2:file:" + directory.resolve("db"));
        store = new PlanStore(database.dataSource());
        store.save(plan, false, BenchActor.BENCH);
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        database.close();
        ScratchFolders.delete(directory);
    }

    /** What {@code traguardi import --replace} does after the JVM is warm: read, check, store. */
    @Benchmark
    public Plan importSeedIntoEmbeddedDatabase() throws ImportException {
        AlberaturaImport read = AlberaturaReader.read("seed", seed, Overrides.NONE);
        store.save(read.plan(), true, BenchActor.BENCH);
        return read.plan();
    }

    /** Reading alone, without the database. */
    @Benchmark
    public AlberaturaImport readSeed() throws ImportException {
        return AlberaturaReader.read("seed", seed, Overrides.NONE);
    }

    /** What {@code traguardi check} computes once the plan is loaded. */
    @Benchmark
    public List<Finding> checkSeed() {
        return PlanCheck.check(plan);
    }

    /** What {@code traguardi check} loads first. */
    @Benchmark
    public Plan loadSeed() {
        return store.load(plan.entity(), plan.year()).orElseThrow();
    }
}
