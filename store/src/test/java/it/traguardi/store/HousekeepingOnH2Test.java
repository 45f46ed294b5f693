package it.traguardi.store;

import org.junit.jupiter.api.extension.RegisterExtension;

/** The housekeeping contract on an embedded H2 file database. */
class HousekeepingOnH2Test extends HousekeepingContract {

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.h2();

    @Override
    Database database() {
        return DATABASE.get();
    }
}
