package it.traguardi.store;

import org.junit.jupiter.api.extension.RegisterExtension;

/** The pending-work contract on an embedded H2 file database, in a folder of its own. */
class PendingWorkOnH2Test extends PendingWorkContract {

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.h2();

    @Override
    Database database() {
        return DATABASE.get();
    }
}
