package it.traguardi.store.account;

import it.traguardi.store.Database;
import it.traguardi.store.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The account stores' contract on an embedded H2 file database, in a folder of its own. */
class AccountsOnH2Test extends AccountsContract {

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.h2();

    @Override
    Database database() {
        return DATABASE.get();
    }
}
