package it.traguardi.store;

import org.junit.jupiter.api.extension.RegisterExtension;

/** The comparison across entities on the real PostgreSQL server, in a schema made for this run and dropped after it. */
class IndicatorAcrossEntitiesOnPostgresTest extends IndicatorAcrossEntitiesContract {

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.postgres();

    @Override
    Database database() {
        return DATABASE.get();
    }
}
