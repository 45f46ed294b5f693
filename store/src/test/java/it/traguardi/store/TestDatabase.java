package it.traguardi.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A database for one test class, opened before its tests and closed after them: an embedded H2
 * file database in a folder of its own, or the real PostgreSQL server in a schema made for the
 * run and dropped after it. Register with {@code @RegisterExtension static final TestDatabase}.
 */
public final class TestDatabase implements BeforeAllCallback, AfterAllCallback {

    private final boolean postgres;
    private Path folder;
    private PostgresSchema schema;
    private Database database;

    private TestDatabase(boolean postgres) {
        this.postgres = postgres;
    }

    public static TestDatabase h2() {
        return new TestDatabase(false);
    }

    public static TestDatabase postgres() {
        return new TestDatabase(true);
    }

    public Database get() {
        return database;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        if (postgres) {
            schema = PostgresSchema.create();
            database = Database.open(schema.url());
        } else {
            folder = Files.createTempDirectory("traguardi-store-test");
            database = Database.open("jdbc:h2:file:" + folder.resolve("traguardi"));
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        try {
            if (database != null) {
                database.close();
            }
        } finally {
            if (schema != null) {
                schema.close();
            }
            if (folder != null) {
                deleteTree(folder);
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
