package it.traguardi.store;

import org.junit.jupiter.api.extension.RegisterExtension;

/** The value store contract on an embedded H2 file database, in a folder of its own. */
class ValueStoreOnH2Test extends ValueStoreContract {

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.h2();

    @Override
    Database database() {
        return DATABASE.get();
    }
}
