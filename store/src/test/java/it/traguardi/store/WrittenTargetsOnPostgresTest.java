package it.traguardi.store;

import org.junit.jupiter.api.extension.RegisterExtension;

/** The written targets contract on the real PostgreSQL server, in a schema made for this run and dropped after it. */
class WrittenTargetsOnPostgresTest extends WrittenTargetsContract {

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.postgres();

    @Override
    Database database() {
        return DATABASE.get();
    }
}
