package it.traguardi.bench;

import it.traguardi.core.measure.Period;
import it.traguardi.core.measure.ValueRecord;
import it.traguardi.core.measure.ValueTarget;
import it.traguardi.core.value.Quantity;
import it.traguardi.core.value.Unit;
import it.traguardi.core.value.Value;
import it.traguardi.store.Database;
import it.traguardi.store.ValidationStore;
import it.traguardi.store.ValueStore;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the lock of a validated period costs a write of values: one value recorded (with its audit
 * entry) on the embedded database, for a plan with no validation, and for one whose 30 June
 * monitoring is validated (the year's final period, which is written, is not: the check looks and
 * lets it through). No budget is given; the difference is the check inside the transaction.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ValueRecordingBenchmark {

    private static final String ENTITY = "CCIAA di Modena";
    private static final int YEAR = 2022;

    /** Whether another period of the plan is validated. */
    @Param({"false", "true"})
    public boolean validated;

    private Path directory;
    private Database database;
    private ValueStore values;
    private long next;

    @Setup(Level.Trial)
    public void open() throws IOException {
        directory = Files.createTempDirectory("traguardi-recording");
        database = Database.open("jdbc:h2:file:" + directory.resolve("db"));
        values = new ValueStore(database.dataSource());
        if (validated) {
            new ValidationStore(database.dataSource()).validate(ENTITY, YEAR, new Period.Day(LocalDate.of(YEAR, 6, 30)),
                    "", BenchActor.BENCH);
        }
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        database.close();
        ScratchFolders.delete(directory);
    }

    /** One value of a measure for the year, a new measure each time (a first value, no correction). */
    @Benchmark
    public long recordOneValue() {
        var record = new ValueRecord(ValueTarget.measure("M" + next++), Period.of(YEAR),
                Value.of(new Quantity(BigDecimal.valueOf(next), Unit.COUNT)), Instant.now(), BenchActor.BENCH.name(), "");
        values.record(ENTITY, YEAR, List.of(record), BenchActor.BENCH);
        return next;
    }
}
