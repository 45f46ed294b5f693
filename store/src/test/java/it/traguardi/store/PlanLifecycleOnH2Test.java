package it.traguardi.store;

import org.junit.jupiter.api.extension.RegisterExtension;

/** The plan lifecycle contract on an embedded H2 file database. */
class PlanLifecycleOnH2Test extends PlanLifecycleContract {

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.h2();

    @Override
    Database database() {
        return DATABASE.get();
    }
}
