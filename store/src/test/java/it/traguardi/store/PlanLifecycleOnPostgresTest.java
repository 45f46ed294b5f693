package it.traguardi.store;

import org.junit.jupiter.api.extension.RegisterExtension;

/** The plan lifecycle contract on the real PostgreSQL server, in a schema of its own. */
class PlanLifecycleOnPostgresTest extends PlanLifecycleContract {

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.postgres();

    @Override
    Database database() {
        return DATABASE.get();
    }
}
