package it.traguardi.store;

import org.junit.jupiter.api.extension.RegisterExtension;

/** The full export's round trip between two Postgres databases. */
class FullPlanTransferOnPostgresTest extends FullPlanTransferContract {

    @RegisterExtension
    static final TestDatabase SOURCE = TestDatabase.postgres();

    @RegisterExtension
    static final TestDatabase TARGET = TestDatabase.postgres();

    @Override
    Database sourceDatabase() {
        return SOURCE.get();
    }

    @Override
    Database targetDatabase() {
        return TARGET.get();
    }
}
