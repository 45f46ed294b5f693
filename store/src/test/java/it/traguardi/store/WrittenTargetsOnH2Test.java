package it.traguardi.store;

import org.junit.jupiter.api.extension.RegisterExtension;

/** The written targets contract on an embedded H2 file database, in a folder of its own. */
class WrittenTargetsOnH2Test extends WrittenTargetsContract {

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.h2();

    @Override
    Database database() {
        return DATABASE.get();
    }
}
