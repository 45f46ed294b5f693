package it.traguardi.store;

import org.junit.jupiter.api.extension.RegisterExtension;

/** The assignment store contract on an embedded H2 file database, in a folder of its own. */
class AssignmentStoreOnH2Test extends AssignmentStoreContract {

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.h2();

    @Override
    Database database() {
        return DATABASE.get();
    }
}
