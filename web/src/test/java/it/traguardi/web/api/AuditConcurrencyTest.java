package it.traguardi.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardi.core.audit.ChangeKind;
import it.traguardi.core.i18n.Message;
import it.traguardi.core.measure.Period;
import it.traguardi.core.measure.ValueTarget;
import it.traguardi.core.value.ItalianFormat;
import it.traguardi.store.AuditFilter;
import it.traguardi.store.AuditTrail;
import it.traguardi.store.ChainCheck;
import it.traguardi.store.ValueStore;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Twenty clients correcting the same value at the same moment over real HTTP: no correction is
 * lost, each accepted one leaves exactly one audit entry, numbered one after the other in one
 * chain, and the chain verifies; a row then altered with SQL makes it fail, naming that entry.
 */
class AuditConcurrencyTest extends ApiTestBase {

    private static final int CLIENTS = 20;
    private static final String VALUES = "/api/v1/plans/Modena/2022/values";

    private int post(int value) throws Exception {
        var json = "[{\"code\": \"D1.1_10\", \"period\": \"2022\", \"value\": \"" + value
                + "\", \"reason\": \"correzione del cliente " + value + "\"}]";
        return api.send("POST", VALUES, "application/json", json.getBytes(StandardCharsets.UTF_8)).status();
    }

    @Test
    void twenty_parallel_corrections_are_all_kept_each_with_one_entry_in_one_chain() throws Exception {
        assertThat(post(1000)).isEqualTo(201);
        var start = new CountDownLatch(1);
        var tasks = new ArrayList<Callable<Integer>>();
        for (int i = 1; i <= CLIENTS; i++) {
            var value = 1000 + i;
            tasks.add(() -> {
                start.await();
                return post(value);
            });
        }
        List<Integer> statuses;
        try (var pool = Executors.newFixedThreadPool(CLIENTS)) {
            var futures = tasks.stream().map(pool::submit).toList();
            start.countDown();
            statuses = new ArrayList<>();
            for (var future : futures) {
                statuses.add(future.get());
            }
        }
        assertThat(statuses).containsOnly(201);

        // no correction lost: the first value and the twenty corrections, each of them
        var history = new ValueStore(database.dataSource())
                .history("Modena", 2022, ValueTarget.measure("D1.1_10"), Period.of(2022));
        assertThat(history).extracting(r -> ItalianFormat.format(r.value())).containsExactlyInAnyOrderElementsOf(
                IntStream.rangeClosed(1000, 1000 + CLIENTS)
                        .mapToObj(v -> ItalianFormat.formatNumber(BigDecimal.valueOf(v)) + " N.").toList());

        var audit = new AuditTrail(database.dataSource());
        var corrections = audit.list(AuditFilter.EVERYTHING.withPlan("Modena", 2022)
                .withKind(ChangeKind.VALUE_CORRECTED), 0, 100, false);
        assertThat(corrections).hasSize(CLIENTS);
        // one entry per accepted correction, each telling the value it wrote, and a value it followed
        assertThat(corrections).extracting(e -> e.change().after()).containsExactlyInAnyOrderElementsOf(
                IntStream.rangeClosed(1001, 1000 + CLIENTS).mapToObj(v -> "{\"valore\":\""
                        + ItalianFormat.formatNumber(BigDecimal.valueOf(v)) + " N.\"}").toList());
        assertThat(corrections).allSatisfy(e -> assertThat(e.change().before()).startsWith("{\"valore\":\"1."));
        // numbered without gaps: the chain head moved once per entry
        assertThat(corrections.getLast().sequence() - corrections.getFirst().sequence()).isEqualTo(CLIENTS - 1);
        var total = audit.count(AuditFilter.EVERYTHING);
        assertThat(audit.verify()).isEqualTo(new ChainCheck.Intact(total));

        var altered = corrections.get(7).sequence();
        try (var connection = database.dataSource().getConnection(); var statement = connection.createStatement()) {
            // the database refuses the update (db/h2/V015_2): someone who may drop its trigger first does
            statement.execute("drop trigger audit_entry_append_only");
            statement.executeUpdate("update audit_entry set reason = 'un altro motivo' where sequence_number = " + altered);
        }
        assertThat(audit.verify()).isEqualTo(new ChainCheck.Broken(altered, Message.of("audit.verify.content", altered)));
    }
}
