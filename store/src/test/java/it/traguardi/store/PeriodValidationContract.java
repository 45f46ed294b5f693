package it.traguardi.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.traguardi.core.audit.ChangeKind;
import it.traguardi.core.measure.Period;
import it.traguardi.core.measure.ValueRecord;
import it.traguardi.core.measure.ValueTarget;
import it.traguardi.core.plan.NodeId;
import it.traguardi.core.validation.PeriodValidation;
import it.traguardi.core.validation.Remark;
import it.traguardi.core.value.Quantity;
import it.traguardi.core.value.Unit;
import it.traguardi.core.value.Value;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every database must do for the validation of a period: a validated period refuses every
 * value, a reopening with a reason lets values in again, confirmations go stale with a correction,
 * remarks are kept apart from comments, and no value slips in after a validation under concurrency.
 */
abstract class PeriodValidationContract {

    static final String ENTITY = SamplePlans.ENTITY;
    static final int YEAR = SamplePlans.YEAR;
    static final Period FINAL = Period.of(YEAR);
    static final Period JUNE = new Period.Day(LocalDate.of(YEAR, 6, 30));
    static final Actor OIV = new Actor("oiv.modena", "10.0.0.9");
    static final Actor DIRIGENTE = new Actor("responsabile.modena", "10.0.0.8");
    static final ValueTarget INDICATOR = ValueTarget.indicator(new NodeId(3));
    static final ValueTarget MEASURE = ValueTarget.measure("D1.1_2");

    Stores stores;

    abstract Database database();

    @BeforeEach
    void startEmpty() throws SQLException {
        try (var connection = database().dataSource().getConnection(); var statement = connection.createStatement()) {
            statement.executeUpdate("delete from entity");
        }
        AuditTrailContract.pastTheAuditTrigger(database(), "delete from audit_entry",
                "update audit_chain set last_sequence = 0, last_hash = '" + AuditHash.GENESIS + "'");
        stores = Stores.on(database().dataSource());
    }

    static ValueRecord value(ValueTarget target, Period period, String amount, String reason) {
        return new ValueRecord(target, period, Value.of(new Quantity(new BigDecimal(amount), Unit.COUNT)),
                Instant.now(), "ignorato", reason);
    }

    List<ChangeKind> kinds() {
        return stores.audit().list(AuditFilter.EVERYTHING, 0, 10_000, false).stream().map(e -> e.change().kind()).toList();
    }

    @Test
    void a_validated_period_refuses_new_values_and_corrections_naming_who_validated_it() {
        stores.values().record(ENTITY, YEAR, List.of(value(INDICATOR, FINAL, "10", "")), TestActors.TESTER);

        var validation = stores.validations().validate(ENTITY, YEAR, FINAL, "Dati verificati a campione", OIV);

        assertThat(validation.locks()).isTrue();
        assertThat(stores.validations().standing(ENTITY, YEAR, FINAL)).contains(validation);
        for (var batch : List.of(List.of(value(INDICATOR, FINAL, "11", "rettifica")),
                List.of(value(MEASURE, FINAL, "5", "")),
                // one row of another period does not carry a locked one through: nothing of the batch is kept
                List.of(value(MEASURE, JUNE, "2", ""), value(MEASURE, FINAL, "5", "")))) {
            assertThatThrownBy(() -> stores.values().record(ENTITY, YEAR, batch, TestActors.TESTER))
                    .isInstanceOfSatisfying(PeriodLockedException.class, e -> {
                        assertThat(e.validation().validatedBy()).isEqualTo("oiv.modena");
                        assertThat(e.reason().key()).isEqualTo("period.locked");
                        assertThat(e.reason().args()).containsExactly(String.valueOf(YEAR), "oiv.modena",
                                it.traguardi.core.value.ShownFormat.moment(validation.validatedAt()));
                    });
        }
        assertThat(stores.values().latest(ENTITY, YEAR, FINAL)).containsOnlyKeys(INDICATOR);
        assertThat(stores.values().latest(ENTITY, YEAR, JUNE)).isEmpty();
        // the period of 30 June is not validated: it still takes values
        stores.values().record(ENTITY, YEAR, List.of(value(MEASURE, JUNE, "2", "")), TestActors.TESTER);
        assertThat(stores.values().latest(ENTITY, YEAR, JUNE)).containsOnlyKeys(MEASURE);
    }

    @Test
    void a_second_validation_is_refused_and_a_reopening_with_a_reason_lets_values_in_again() {
        stores.validations().validate(ENTITY, YEAR, JUNE, "", OIV);

        assertThatThrownBy(() -> stores.validations().validate(ENTITY, YEAR, JUNE, "di nuovo", TestActors.TESTER))
                .isInstanceOf(PeriodLockedException.class);
        assertThatThrownBy(() -> stores.validations().reopen(ENTITY, YEAR, JUNE, "  ", OIV))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(stores.validations().reopen(ENTITY, YEAR, FINAL, "non validato", OIV)).isEmpty();

        var reopened = stores.validations().reopen(ENTITY, YEAR, JUNE, "Errore nel dato di D1.1_2", OIV).orElseThrow();

        assertThat(reopened.state()).isInstanceOfSatisfying(PeriodValidation.Reopened.class, r -> {
            assertThat(r.by()).isEqualTo("oiv.modena");
            assertThat(r.reason()).isEqualTo("Errore nel dato di D1.1_2");
        });
        assertThat(stores.validations().standing(ENTITY, YEAR, JUNE)).isEmpty();
        stores.values().record(ENTITY, YEAR, List.of(value(MEASURE, JUNE, "3", "")), TestActors.TESTER);
        var again = stores.validations().validate(ENTITY, YEAR, JUNE, "seconda validazione", OIV);
        // the history keeps both: the reopened one first
        assertThat(stores.validations().list(ENTITY, YEAR)).extracting(PeriodValidation::remarks, PeriodValidation::locks)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("", false),
                        org.assertj.core.groups.Tuple.tuple("seconda validazione", true));
        assertThat(stores.validations().locked(ENTITY, YEAR)).containsExactly(java.util.Map.entry(JUNE, again));
        assertThat(kinds()).containsExactly(ChangeKind.PERIOD_VALIDATED, ChangeKind.PERIOD_REOPENED,
                ChangeKind.VALUE_RECORDED, ChangeKind.PERIOD_VALIDATED);
        var reopening = stores.audit().list(AuditFilter.EVERYTHING.withKind(ChangeKind.PERIOD_REOPENED), 0, 10, false);
        assertThat(reopening.getFirst().change().reason()).isEqualTo("Errore nel dato di D1.1_2");
        assertThat(reopening.getFirst().actor()).isEqualTo(OIV);
        assertThat(stores.audit().verify()).isEqualTo(new ChainCheck.Intact(4));
    }

    @Test
    void a_confirmed_value_goes_stale_when_corrected_and_is_confirmed_again() {
        stores.values().record(ENTITY, YEAR, List.of(value(INDICATOR, FINAL, "10", ""), value(MEASURE, JUNE, "1", "")),
                TestActors.TESTER);

        // a target without a value of the period is passed over
        var first = stores.confirmations().confirm(ENTITY, YEAR, FINAL, List.of(INDICATOR, MEASURE), DIRIGENTE);

        assertThat(first).containsExactly(INDICATOR);
        var confirmed = stores.confirmations().of(ENTITY, YEAR, FINAL).get(INDICATOR);
        assertThat(confirmed.confirmedBy()).isEqualTo("responsabile.modena");
        assertThat(confirmed.current()).isTrue();
        assertThat(stores.confirmations().confirm(ENTITY, YEAR, FINAL, List.of(INDICATOR), DIRIGENTE)).isEmpty();

        stores.values().record(ENTITY, YEAR, List.of(value(INDICATOR, FINAL, "12", "rettifica")), TestActors.TESTER);

        assertThat(stores.confirmations().of(ENTITY, YEAR, FINAL).get(INDICATOR).current()).isFalse();
        assertThat(stores.confirmations().confirm(ENTITY, YEAR, FINAL, List.of(INDICATOR), DIRIGENTE)).containsExactly(INDICATOR);
        assertThat(stores.confirmations().of(ENTITY, YEAR, FINAL).get(INDICATOR).current()).isTrue();
        assertThat(stores.confirmations().of(ENTITY, YEAR, JUNE)).isEmpty();
        assertThat(kinds()).containsExactly(ChangeKind.VALUE_RECORDED, ChangeKind.VALUE_RECORDED,
                ChangeKind.VALUES_CONFIRMED, ChangeKind.VALUE_CORRECTED, ChangeKind.VALUES_CONFIRMED);
    }

    @Test
    void remarks_are_kept_with_their_period_apart_from_comments() {
        var remark = new Remark(new NodeId(3), JUNE, "Fonte del dato non documentata", "oiv.modena",
                Instant.parse("2022-07-10T09:00:00Z"));

        stores.validations().addRemark(ENTITY, YEAR, remark, OIV);

        assertThat(stores.validations().remarks(ENTITY, YEAR, new NodeId(3))).containsExactly(remark);
        assertThat(stores.validations().remarks(ENTITY, YEAR, new NodeId(4))).isEmpty();
        assertThat(stores.comments().of(ENTITY, YEAR, new NodeId(3))).isEmpty();
        var entry = stores.audit().list(AuditFilter.EVERYTHING, 0, 10, false).getFirst();
        assertThat(entry.change().kind()).isEqualTo(ChangeKind.REMARK_ADDED);
        assertThat(entry.change().after()).contains("Fonte del dato non documentata");
    }

    @Test
    void deleting_the_plan_archives_its_validations_so_a_new_plan_of_the_year_is_not_locked() {
        stores.plans().save(SamplePlans.sample(), false, TestActors.TESTER);
        stores.validations().validate(ENTITY, YEAR, FINAL, "", OIV);
        stores.validations().addRemark(ENTITY, YEAR, new Remark(new NodeId(3), FINAL, "rilievo", "oiv", Instant.now()), OIV);

        stores.plans().delete(ENTITY, YEAR, TestActors.TESTER);
        stores.plans().save(SamplePlans.sample(), false, TestActors.TESTER);

        assertThat(stores.validations().list(ENTITY, YEAR)).isEmpty();
        assertThat(stores.validations().remarks(ENTITY, YEAR, new NodeId(3))).isEmpty();
        stores.values().record(ENTITY, YEAR, List.of(value(MEASURE, FINAL, "1", "")), TestActors.TESTER);
        assertThat(stores.values().latest(ENTITY, YEAR, FINAL)).containsOnlyKeys(MEASURE);
    }

    /**
     * Ten clients record values of the period over and over while the valutatore validates it:
     * every value is recorded before the validation (its audit entry comes first in the chain) or
     * refused, none is recorded after, no accepted value is lost, and each client is refused from
     * the validation on.
     */
    @Test
    void validating_while_ten_clients_record_values_lets_none_in_after_the_validation() throws Exception {
        var clients = 10;
        var start = new CountDownLatch(clients);
        var accepted = Collections.synchronizedList(new ArrayList<String>());
        var pool = Executors.newFixedThreadPool(clients + 1);
        try {
            var futures = new ArrayList<Future<Integer>>();
            for (int c = 0; c < clients; c++) {
                var code = "M" + c;
                futures.add(pool.submit(() -> {
                    start.countDown();
                    for (int n = 1; ; n++) {
                        var amount = Integer.toString(n);
                        try {
                            stores.values().record(ENTITY, YEAR, List.of(value(ValueTarget.measure(code), FINAL, amount,
                                    n == 1 ? "" : "nuova rilevazione")), TestActors.TESTER);
                            accepted.add(code + "=" + amount);
                        } catch (PeriodLockedException refused) {
                            return n;
                        }
                    }
                }));
            }
            start.await();
            var validation = pool.submit(() -> stores.validations().validate(ENTITY, YEAR, FINAL, "", OIV)).get();
            // after the validation returned, a new value is refused at once
            assertThatThrownBy(() -> stores.values().record(ENTITY, YEAR, List.of(value(MEASURE, FINAL, "1", "")),
                    TestActors.TESTER)).isInstanceOf(PeriodLockedException.class);
            for (var future : futures) {
                assertThat(future.get()).isPositive();
            }
            var entries = stores.audit().list(AuditFilter.EVERYTHING, 0, 100_000, false);
            var validated = entries.stream().filter(e -> e.change().kind() == ChangeKind.PERIOD_VALIDATED).toList();
            assertThat(validated).singleElement().extracting(e -> e.actor().name()).isEqualTo(validation.validatedBy());
            var valueEntries = entries.stream().filter(e -> e.change().kind() == ChangeKind.VALUE_RECORDED
                    || e.change().kind() == ChangeKind.VALUE_CORRECTED).toList();
            // every accepted value, and only those, has its entry, all before the validation's
            assertThat(valueEntries).hasSize(accepted.size());
            assertThat(valueEntries).allSatisfy(e -> assertThat(e.sequence()).isLessThan(validated.getFirst().sequence()));
            var stored = new HashSet<String>();
            for (int c = 0; c < clients; c++) {
                for (var r : stores.values().history(ENTITY, YEAR, ValueTarget.measure("M" + c), FINAL)) {
                    stored.add("M" + c + "=" + ((Value.Amount) r.value()).quantity().amount().toPlainString());
                }
            }
            assertThat(stored).isEqualTo(new HashSet<>(accepted));
            assertThat(stores.audit().verify()).isEqualTo(new ChainCheck.Intact(entries.size()));
        } finally {
            pool.shutdownNow();
        }
    }
}
