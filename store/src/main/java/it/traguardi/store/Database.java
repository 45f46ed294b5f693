package it.traguardi.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
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

    /** An H2 file under the working directory; H2 creates the folder on first use. */
    public static final String DEFAULT_URL = "jdbc:h2:file:./data/traguardi";

    /**
     * Makes H2 accept and answer the same SQL as PostgreSQL: the dialect, lower-case identifiers
     * as PostgreSQL folds them, and nulls sorted last in ascending order as PostgreSQL does.
     */
    static final String H2_COMPATIBILITY = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    /**
     * Lets the PostgreSQL driver send a batch of inserts as multi-row inserts: saving a plan takes
     * about half the time. The store never reads per-row counts of a batch, which this option hides.
     */
    static final String POSTGRES_BATCHING = "reWriteBatchedInserts=true";

    private final HikariDataSource dataSource;
    private final int migrationsApplied;

    private Database(HikariDataSource dataSource) {
        this.dataSource = dataSource;
        try {
            this.migrationsApplied = migrate(dataSource);
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
    }

    /** Opens the database at a JDBC URL (user and password may be in the URL) and migrates it. */
    public static Database open(String url) {
        var config = new HikariConfig();
        config.setJdbcUrl(compatible(url));
        config.setPoolName("traguardi");
        config.setMaximumPoolSize(8);
        config.setAutoCommit(true);
        return new Database(new HikariDataSource(config));
    }

    /** Opens the database named by {@link #resolveUrl(String)}. */
    public static Database openConfigured(String explicitUrl) {
        return open(resolveUrl(explicitUrl));
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
     * An H2 URL gets the PostgreSQL-compatibility settings unless it chooses a mode itself; a
     * PostgreSQL URL gets {@value #POSTGRES_BATCHING} unless it sets that option itself.
     */
    static String compatible(String url) {
        var upper = url.toUpperCase(Locale.ROOT);
        if (upper.startsWith("JDBC:H2:") && !upper.contains(";MODE=")) {
            return url + H2_COMPATIBILITY;
        }
        if (upper.startsWith("JDBC:POSTGRESQL:") && !upper.contains("REWRITEBATCHEDINSERTS")) {
            return url + (url.contains("?") ? "&" : "?") + POSTGRES_BATCHING;
        }
        return url;
    }

    /** Runs the pending Flyway migrations; returns how many were applied (0 when up to date). */
    public int migrate() {
        return migrate(dataSource);
    }

    private static int migrate(DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate()
                .migrationsExecuted;
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
        dataSource.close();
    }

    private static Optional<String> nonBlank(String text) {
        return Optional.ofNullable(text).map(String::strip).filter(t -> !t.isEmpty());
    }
}
