package it.traguardi.bench;

import it.traguardi.core.account.Grant;
import it.traguardi.core.account.Role;
import it.traguardi.store.Database;
import it.traguardi.store.Stores;
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
 * What a signed-in request costs more than the public's, measured apart from the page: the
 * session cookie looked up ({@code Sessions.resolve}: one query, and at most once a minute an
 * update of when it was last seen) and the account's roles read ({@code UserStore.grants}: one
 * query), as {@code Authentication} does once per request, on an H2 file database. Compare with the
 * CPU time of one plan-tree page ({@code WebLoadRun --signed-in}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SessionLookupBenchmark {

    private Path directory;
    private Database database;
    private Stores stores;
    private String secret;

    @Setup(Level.Trial)
    public void prepare() throws IOException {
        directory = Files.createTempDirectory("traguardi-session");
        database = Database.open("jdbc:h2:file:" + directory.resolve("db").toAbsolutePath());
        stores = Stores.on(database.dataSource());
        var users = stores.accounts().users();
        var planner = users.add(SignedInComparison.PLANNER, "Pianificatore di Modena", false, SignedInComparison.PASSWORD, BenchActor.BENCH);
        users.grant(planner.id(), new Grant("Modena", Role.PIANIFICATORE), BenchActor.BENCH);
        secret = stores.accounts().sessions().open(planner.id(), "127.0.0.1");
        if (!signedIn().equals(List.of(new Grant("Modena", Role.PIANIFICATORE)))) {
            throw new IllegalStateException("the session does not name the pianificatore");
        }
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        database.close();
        ScratchFolders.delete(directory);
    }

    /** The session's account and its roles, as one signed-in request looks them up. */
    @Benchmark
    public List<Grant> signedIn() {
        var user = stores.accounts().sessions().resolve(secret).orElseThrow();
        return stores.accounts().users().grants(user.id());
    }
}
