package it.traguardi.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Banca dati: a pooled connection to H2 (embedded, the default) or PostgreSQL, with the schema
 * brought up to date by Flyway when it is opened. The same SQL runs on both, because H2 is always
 * put in PostgreSQL mode.
 */
public final class Database implements AutoCloseable {

    /** The environment variable that names the database when no URL is given explicitly. */
    public static final String URL_VARIABLE = "TRAGUARDI_DB";

    /** The environment variable of the pool's size when none is given explicitly. */
    public static final String POOL_VARIABLE = "TRAGUARDI_DB_POOL";

    /** Connections in the pool when not configured: enough for a small office's traffic and the jobs. */
    public static final int DEFAULT_POOL = 8;

    /**
     * The bounds of the pool's size: at least one connection, and no more than PostgreSQL's default
     * {@code max_connections} (100), which several nodes share.
     */
    public static final int MIN_POOL = 1;
    public static final int MAX_POOL = 100;

    /** An H2 file under the working directory; H2 creates the folder on first use. */
    public static final String DEFAULT_URL = "jdbc:h2:file:./data/traguardi";

    /**
     * Makes H2 accept and answer the same SQL as PostgreSQL: the dialect, lower-case identifiers
     * as PostgreSQL folds them, and nulls sorted last in ascending order as PostgreSQL does.
     */
    static final String H2_COMPATIBILITY = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    /**
     * Lets several processes use one H2 file at once (H2's automatic mixed mode): the first opens
     * it and serves it on a local port guarded by a random key written in its lock file; the
     * others (a command run while {@code serve} is running) connect through it.
     */
    static final String H2_SHARED = ";AUTO_SERVER=TRUE";

    /**
     * Lets the PostgreSQL driver send a batch of inserts as multi-row inserts: saving a plan takes
     * about half the time. The store never reads per-row counts of a batch, which this option hides.
     */
    static final String POSTGRES_BATCHING = "reWriteBatchedInserts=true";

    /** Migrations of every database; then those of the one in use, in a folder named after it. */
    static final String PORTABLE_MIGRATIONS = "classpath:db/migration";

    private final HikariDataSource pool;
    private final DataSource dataSource;
    private final String product;
    private final int migrationsApplied;

    private Database(HikariDataSource pool) {
        this.pool = pool;
        try {
            this.product = product(pool);
            // PostgreSQL's row-level security reads the entity scope each connection carries
            this.dataSource = product.equals("postgresql") ? new ScopedDataSource(pool) : pool;
            this.migrationsApplied = migrate(dataSource, product);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /**
     * Opens the database at a JDBC URL (user and password may be in the URL) and migrates it.
     *
     * @throws DatabaseUnavailableException when no connection can be made, also when another process
     *     has kept the H2 file locked for {@link LockWait#PATIENCE}
     */
    public static Database open(String url) {
        return open(url, DEFAULT_POOL);
    }

    /**
     * Opens the database at a JDBC URL with a pool of at most {@code size} connections
     * ({@value #MIN_POOL} to {@value #MAX_POOL}) and migrates it.
     *
     * @throws DatabaseUnavailableException when no connection can be made, also when another process
     *     has kept the H2 file locked for {@link LockWait#PATIENCE}
     */
    public static Database open(String url, int size) {
        return open(url, size, LockWait.PATIENCE);
    }

    /** Opens the database, waiting at most {@code patience} while another process locks its H2 file. */
    static Database open(String url, int size, Duration patience) {
        if (size < MIN_POOL || size > MAX_POOL) {
            throw new IllegalArgumentException("pool of " + size + " connections, not " + MIN_POOL + "-" + MAX_POOL);
        }
        var config = new HikariConfig();
        config.setJdbcUrl(compatible(url));
        config.setPoolName("traguardi");
        config.setMaximumPoolSize(size);
        config.setAutoCommit(true);
        return new Database(LockWait.pool(config, url, patience));
    }

    /** Opens the database named by {@link #resolveUrl(String)}. */
    public static Database openConfigured(String explicitUrl) {
        return open(resolveUrl(explicitUrl));
    }

    /** Opens the database named by {@link #resolveUrl(String)} with a pool of {@code size} connections. */
    public static Database openConfigured(String explicitUrl, int size) {
        return open(resolveUrl(explicitUrl), size);
    }

    /** The size of the pool in use. */
    public int poolSize() {
        return pool.getMaximumPoolSize();
    }

    /** The explicit URL if given (not blank), else {@value #URL_VARIABLE}, else {@link #DEFAULT_URL}. */
    public static String resolveUrl(String explicitUrl) {
        return resolveUrl(explicitUrl, System.getenv());
    }

    static String resolveUrl(String explicitUrl, Map<String, String> environment) {
        return nonBlank(explicitUrl)
                .or(() -> nonBlank(environment.get(URL_VARIABLE)))
                .orElse(DEFAULT_URL);
    }

    /**
     * An H2 URL gets the PostgreSQL-compatibility settings unless it chooses a mode itself, and an
     * H2 file is shared between processes unless the URL chooses how the file is locked or served;
     * a PostgreSQL URL gets {@value #POSTGRES_BATCHING} unless it sets that option itself.
     */
    static String compatible(String url) {
        var upper = url.toUpperCase(Locale.ROOT);
        if (upper.startsWith("JDBC:H2:")) {
            var settings = new StringBuilder(url);
            if (!upper.contains(";MODE=")) {
                settings.append(H2_COMPATIBILITY);
            }
            if (isH2File(upper) && !upper.contains(";AUTO_SERVER=") && !upper.contains(";FILE_LOCK=")) {
                settings.append(H2_SHARED);
            }
            return settings.toString();
        }
        if (upper.startsWith("JDBC:POSTGRESQL:") && !upper.contains("REWRITEBATCHEDINSERTS")) {
            return url + (url.contains("?") ? "&" : "?") + POSTGRES_BATCHING;
        }
        return url;
    }

    /**
     * Whether an upper-cased H2 URL names a file opened in this process: {@code jdbc:h2:file:...}
     * or a bare path, not {@code mem:}, {@code tcp:}, {@code ssl:} or another protocol.
     */
    private static boolean isH2File(String upper) {
        var rest = upper.substring("JDBC:H2:".length());
        return rest.startsWith("FILE:") || !rest.matches("[A-Z]{2,}:.*");
    }

    /** Runs the pending Flyway migrations; returns how many were applied (0 when up to date). */
    public int migrate() {
        return migrate(dataSource, product);
    }

    /**
     * Migrations see every entity's rows whatever the calling thread's scope: a migration that
     * changes data must reach all of it, also where row-level security is forced on the owner.
     * Besides the portable ones, {@code db/postgresql} (row-level security, the audit trigger) or
     * {@code db/h2} (the audit trigger in Java) for the database in use.
     */
    private static int migrate(DataSource dataSource, String product) {
        var restricted = EntityScope.current();
        EntityScope.lift();
        try {
            return Flyway.configure()
                    .dataSource(dataSource)
                    .locations(PORTABLE_MIGRATIONS, "classpath:db/" + product)
                    .load()
                    .migrate()
                    .migrationsExecuted;
        } finally {
            restricted.ifPresent(EntityScope::restrictTo);
        }
    }

    /** {@code postgresql} or {@code h2}, from the server's own answer. */
    private static String product(DataSource dataSource) {
        try (var connection = dataSource.getConnection()) {
            var name = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            return name.contains("postgres") ? "postgresql" : name.contains("h2") ? "h2" : name;
        } catch (SQLException e) {
            throw new StoreException("learning which database it is", e);
        }
    }

    /** Whether the database is PostgreSQL (row-level security applies), not H2. */
    public boolean isPostgres() {
        return product.equals("postgresql");
    }

    /** How many migrations opening this database applied. */
    public int migrationsApplied() {
        return migrationsApplied;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        pool.close();
    }

    private static Optional<String> nonBlank(String text) {
        return Optional.ofNullable(text).map(String::strip).filter(t -> !t.isEmpty());
    }
}
