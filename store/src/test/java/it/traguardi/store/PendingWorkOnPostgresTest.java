package it.traguardi.store;

import org.junit.jupiter.api.extension.RegisterExtension;

/** The pending-work contract on the real PostgreSQL server, in a schema made for this run and dropped after it. */
class PendingWorkOnPostgresTest extends PendingWorkContract {

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.postgres();

    @Override
    Database database() {
        return DATABASE.get();
    }
}
