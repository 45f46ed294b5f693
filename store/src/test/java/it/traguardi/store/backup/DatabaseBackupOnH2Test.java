package it.traguardi.store.backup;

import it.traguardi.store.Database;
import it.traguardi.store.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The backup contract between two embedded H2 file databases. */
class DatabaseBackupOnH2Test extends DatabaseBackupContract {

    @RegisterExtension
    static final TestDatabase SOURCE = TestDatabase.h2();
    @RegisterExtension
    static final TestDatabase TARGET = TestDatabase.h2();

    @Override
    Database source() {
        return SOURCE.get();
    }

    @Override
    Database target() {
        return TARGET.get();
    }
}
