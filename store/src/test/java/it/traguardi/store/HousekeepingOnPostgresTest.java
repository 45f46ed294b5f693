package it.traguardi.store;

import org.junit.jupiter.api.extension.RegisterExtension;

/** The housekeeping contract on the real PostgreSQL server, in a schema made for this run. */
class HousekeepingOnPostgresTest extends HousekeepingContract {

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.postgres();

    @Override
    Database database() {
        return DATABASE.get();
    }
}
