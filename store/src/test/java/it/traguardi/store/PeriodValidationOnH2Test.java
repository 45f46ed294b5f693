package it.traguardi.store;

import org.junit.jupiter.api.extension.RegisterExtension;

/** The period validation contract on an embedded H2 file database. */
class PeriodValidationOnH2Test extends PeriodValidationContract {

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.h2();

    @Override
    Database database() {
        return DATABASE.get();
    }
}
