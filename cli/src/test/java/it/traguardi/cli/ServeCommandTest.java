package it.traguardi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardi.store.Database;
import it.traguardi.store.PlanStore;
import it.traguardi.store.PlanSummary;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What serve does before it listens; the blocking wait itself is not run here. */
class ServeCommandTest {

    @TempDir
    Path dir;

    @Test
    void an_empty_database_gets_the_demo_plan() throws Exception {
        try (var database = Database.open("jdbc:h2:file:" + dir.resolve("db").toAbsolutePath())) {
            var store = new PlanStore(database.dataSource());
            assertThat(store.list()).isEmpty();

            ServeCommand.loadDemo(store);

            assertThat(store.list()).singleElement().satisfies(p -> {
                assertThat(p.entity()).isEqualTo("Modena");
                assertThat(p.year()).isEqualTo(2022);
                assertThat(p.indicators()).isEqualTo(94);
            });
            // created (1), approved (2), published (3): the demo is read by anyone, as a published plan is
            assertThat(store.list()).extracting(PlanSummary::version).containsExactly(3);
            var status = store.lifecycle().status("Modena", 2022).orElseThrow();
            assertThat(status.lifecycle().state()).isEqualTo(it.traguardi.core.lifecycle.PlanState.PUBLISHED);
            assertThat(status.approved()).singleElement()
                    .satisfies(v -> assertThat(v.act().text()).isEqualTo("n. 12 (dimostrativa) del 31-01-2022"));
            assertThat(store.lifecycle().isPublic("Modena", 2022)).isTrue();
        }
    }
}
