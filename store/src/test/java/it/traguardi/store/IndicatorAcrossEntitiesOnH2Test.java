package it.traguardi.store;

import org.junit.jupiter.api.extension.RegisterExtension;

/** The comparison across entities on an embedded H2 file database, in a folder of its own. */
class IndicatorAcrossEntitiesOnH2Test extends IndicatorAcrossEntitiesContract {

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.h2();

    @Override
    Database database() {
        return DATABASE.get();
    }
}
