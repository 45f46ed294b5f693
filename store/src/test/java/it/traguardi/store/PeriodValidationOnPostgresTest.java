package it.traguardi.store;

import org.junit.jupiter.api.extension.RegisterExtension;

/** The period validation contract on the real PostgreSQL server. */
class PeriodValidationOnPostgresTest extends PeriodValidationContract {

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.postgres();

    @Override
    Database database() {
        return DATABASE.get();
    }
}
