package it.traguardi.store;

import org.junit.jupiter.api.extension.RegisterExtension;

/** The full export's round trip between two H2 databases. */
class FullPlanTransferOnH2Test extends FullPlanTransferContract {

    @RegisterExtension
    static final TestDatabase SOURCE = TestDatabase.h2();

    @RegisterExtension
    static final TestDatabase TARGET = TestDatabase.h2();

    @Override
    Database sourceDatabase() {
        return SOURCE.get();
    }

    @Override
    Database targetDatabase() {
        return TARGET.get();
    }
}
