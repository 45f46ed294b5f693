package it.traguardi.store.backup;

import it.traguardi.store.Database;
import it.traguardi.store.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The backup contract between two schemas of the real PostgreSQL server. */
class DatabaseBackupOnPostgresTest extends DatabaseBackupContract {

    @RegisterExtension
    static final TestDatabase SOURCE = TestDatabase.postgres();
    @RegisterExtension
    static final TestDatabase TARGET = TestDatabase.postgres();

    @Override
    Database source() {
        return SOURCE.get();
    }

    @Override
    Database target() {
        return TARGET.get();
    }
}
