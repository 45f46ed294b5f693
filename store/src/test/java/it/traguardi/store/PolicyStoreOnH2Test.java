package it.traguardi.store;

import org.junit.jupiter.api.extension.RegisterExtension;

/** The policy store contract on an embedded H2 file database, in a folder of its own. */
class PolicyStoreOnH2Test extends PolicyStoreContract {

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.h2();

    @Override
    Database database() {
        return DATABASE.get();
    }
}
