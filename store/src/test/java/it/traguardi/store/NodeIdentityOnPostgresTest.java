package it.traguardi.store;

import org.junit.jupiter.api.extension.RegisterExtension;

/** The node identity contract on the real PostgreSQL server, in a schema made for this run and dropped after it. */
class NodeIdentityOnPostgresTest extends NodeIdentityContract {

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.postgres();

    @Override
    Database database() {
        return DATABASE.get();
    }
}
