package it.traguardi.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The plan store contract on an embedded H2 file database, in a folder of its own. */
class PlanStoreOnH2Test extends PlanStoreContract {

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.h2();

    @Override
    Database database() {
        return DATABASE.get();
    }

    /**
     * H2 gives up waiting for a lock after its lock timeout; PostgreSQL, as the store opens it,
     * waits as long as the other transaction lasts, so this refusal is met there only through
     * deadlocks and serialization failures, which no test can bring about on demand.
     */
    @Test
    void a_write_that_waits_too_long_for_another_writer_of_the_plan_is_refused_as_busy_and_changes_nothing()
            throws SQLException {
        var plan = SamplePlans.sample();
        store.save(plan, false, TestActors.TESTER);
        try (var other = database().dataSource().getConnection()) {
            other.setAutoCommit(false);
            // another writer of this entity's plans, holding the lock every writer queues on
            try (var lock = other.prepareStatement("select id from entity where name = ? for update")) {
                lock.setString(1, plan.entity());
                lock.executeQuery().close();
            }

            assertThatThrownBy(() -> store.save(SamplePlans.large(plan.entity(), plan.year(), 1), true, TestActors.TESTER))
                    .isInstanceOfSatisfying(PlanBusyException.class, e -> {
                        assertThat(e.entity()).isEqualTo(plan.entity());
                        assertThat(e.year()).isEqualTo(plan.year());
                        assertThat(e.getCause()).isInstanceOf(StoreException.class);
                    });
            assertThatThrownBy(() -> store.delete(plan.entity(), plan.year(), TestActors.TESTER))
                    .isInstanceOf(PlanBusyException.class);
            other.rollback();
        }

        assertThat(store.loadVersioned(plan.entity(), plan.year())).contains(new Versioned(plan, 1));
    }
}
