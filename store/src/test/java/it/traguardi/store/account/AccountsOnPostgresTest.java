package it.traguardi.store.account;

import it.traguardi.store.Database;
import it.traguardi.store.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The account stores' contract on the real PostgreSQL server, in a schema made for this run and dropped after it. */
class AccountsOnPostgresTest extends AccountsContract {

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.postgres();

    @Override
    Database database() {
        return DATABASE.get();
    }
}
