package it.traguardi.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.traguardi.core.measure.Period;
import it.traguardi.core.measure.ValueRecord;
import it.traguardi.core.measure.ValueTarget;
import it.traguardi.core.plan.NodeId;
import it.traguardi.core.value.Quantity;
import it.traguardi.core.value.Unit;
import it.traguardi.core.value.Value;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every database must do for the value store: append-only history, latest wins, all or nothing. */
abstract class ValueStoreContract {

    static final String ENTITY = "CCIAA di Modena";
    static final int YEAR = 2022;
    static final ValueTarget MEASURE = ValueTarget.measure("D1.1_2");
    static final ValueTarget INDICATOR = ValueTarget.indicator(new NodeId(7));
    static final Period FINAL = Period.of(YEAR);
    static final Period JUNE = new Period.Day(LocalDate.of(YEAR, 6, 30));

    ValueStore store;

    abstract Database database();

    @BeforeEach
    void startEmpty() throws SQLException {
        try (var connection = database().dataSource().getConnection(); var statement = connection.createStatement()) {
            statement.executeUpdate("delete from entity");
        }
        store = new ValueStore(database().dataSource());
    }

    static Value number(String amount, Unit unit) {
        return Value.of(new Quantity(new BigDecimal(amount), unit));
    }

    static ValueRecord record(ValueTarget target, Period period, Value value, String at, String reason) {
        return new ValueRecord(target, period, value, Instant.parse(at), TestActors.TESTER.name(), reason);
    }

    @Test
    void recorded_values_of_every_kind_read_back_as_written() {
        var records = List.of(
                record(MEASURE, FINAL, number("1133", Unit.COUNT), "2023-01-10T10:00:00.123456Z", ""),
                record(INDICATOR, FINAL, number("97.09", Unit.PERCENT), "2023-01-10T10:00:00Z", "da relazione"),
                record(ValueTarget.measure("M2"), FINAL, new Value.Day(LocalDate.of(2022, 10, 31)),
                        "2023-01-10T10:00:00Z", ""),
                record(ValueTarget.measure("M3"), FINAL, new Value.Flag(true), "2023-01-10T10:00:00Z", ""),
                record(ValueTarget.measure("M4"), FINAL, Value.MISSING, "2023-01-10T10:00:00Z", ""));

        store.record(ENTITY, YEAR, records, TestActors.TESTER);

        for (var record : records) {
            assertThat(store.history(ENTITY, YEAR, record.target(), FINAL)).containsExactly(record);
        }
        assertThat(store.history(ENTITY, YEAR, INDICATOR, FINAL).getFirst().value().toString())
                .isEqualTo(records.get(1).value().toString());
    }

    @Test
    void a_number_with_as_many_decimals_as_the_store_keeps_reads_back_exactly() {
        // numeric(38, 12): twelve decimals are the most an amount keeps, so these are kept, not refused
        var precise = record(MEASURE, FINAL, number("-0.123456789012", Unit.PERCENT), "2023-01-10T10:00:00Z", "");

        store.record(ENTITY, YEAR, List.of(precise), TestActors.TESTER);

        assertThat(store.history(ENTITY, YEAR, MEASURE, FINAL)).containsExactly(precise);
        assertThat(store.latest(ENTITY, YEAR, FINAL).get(MEASURE).toString()).isEqualTo(precise.value().toString());
    }

    @Test
    void a_correction_adds_to_the_history_and_the_latest_value_counts() {
        var first = record(MEASURE, FINAL, number("10", Unit.COUNT), "2023-01-10T10:00:00Z", "");
        var correction = record(MEASURE, FINAL, number("12", Unit.COUNT), "2023-02-01T10:00:00Z", "errore di battitura");
        store.record(ENTITY, YEAR, List.of(first), TestActors.TESTER);
        store.record(ENTITY, YEAR, List.of(correction), TestActors.TESTER);

        assertThat(store.history(ENTITY, YEAR, MEASURE, FINAL)).containsExactly(first, correction);
        assertThat(store.latest(ENTITY, YEAR, FINAL)).isEqualTo(Map.of(MEASURE, number("12", Unit.COUNT)));
    }

    @Test
    void periods_are_kept_apart() {
        store.record(ENTITY, YEAR, List.of(
                record(MEASURE, JUNE, number("4", Unit.COUNT), "2022-07-01T10:00:00Z", ""),
                record(MEASURE, FINAL, number("10", Unit.COUNT), "2023-01-10T10:00:00Z", ""),
                record(INDICATOR, JUNE, number("50", Unit.PERCENT), "2022-07-01T10:00:00Z", "")), TestActors.TESTER);

        assertThat(store.latest(ENTITY, YEAR, JUNE)).isEqualTo(Map.of(
                MEASURE, number("4", Unit.COUNT), INDICATOR, number("50", Unit.PERCENT)));
        assertThat(store.latest(ENTITY, YEAR, FINAL)).isEqualTo(Map.of(MEASURE, number("10", Unit.COUNT)));
        assertThat(store.latest(ENTITY, 2023, FINAL)).isEmpty();
        assertThat(store.latest("CCIAA di Parma", YEAR, FINAL)).isEmpty();
    }

    @Test
    void the_periods_with_values_are_the_dated_ones_in_date_order_then_the_year() {
        var march = new Period.Day(LocalDate.of(YEAR, 3, 31));
        assertThat(store.periods(ENTITY, YEAR)).isEmpty();
        store.record(ENTITY, YEAR, List.of(
                record(MEASURE, FINAL, number("10", Unit.COUNT), "2023-01-10T10:00:00Z", ""),
                record(MEASURE, JUNE, number("4", Unit.COUNT), "2022-07-01T10:00:00Z", ""),
                record(INDICATOR, JUNE, number("50", Unit.PERCENT), "2022-07-01T10:00:00Z", ""),
                record(INDICATOR, march, number("20", Unit.PERCENT), "2022-04-01T10:00:00Z", "")), TestActors.TESTER);

        assertThat(store.periods(ENTITY, YEAR)).containsExactly(march, JUNE, FINAL);
        assertThat(store.periods(ENTITY, 2023)).isEmpty();
        assertThat(store.periods("CCIAA di Parma", YEAR)).isEmpty();
    }

    @Test
    void the_history_of_every_period_lists_dated_periods_first_then_the_year() {
        var finalValue = record(MEASURE, FINAL, number("10", Unit.COUNT), "2023-01-10T10:00:00Z", "");
        var june = record(MEASURE, JUNE, number("4", Unit.COUNT), "2022-07-01T10:00:00Z", "");
        var juneCorrected = record(MEASURE, JUNE, number("5", Unit.COUNT), "2022-07-02T10:00:00Z", "rettifica");
        var other = record(INDICATOR, JUNE, number("50", Unit.PERCENT), "2022-07-01T10:00:00Z", "");
        store.record(ENTITY, YEAR, List.of(finalValue, june, other), TestActors.TESTER);
        store.record(ENTITY, YEAR, List.of(juneCorrected), TestActors.TESTER);

        assertThat(store.history(ENTITY, YEAR, MEASURE)).containsExactly(june, juneCorrected, finalValue);
        assertThat(store.history(ENTITY, YEAR, INDICATOR)).containsExactly(other);
    }

    @Test
    void the_history_of_a_dated_period_holds_only_that_day_and_that_target() {
        var june = record(MEASURE, JUNE, number("4", Unit.COUNT), "2022-07-01T10:00:00Z", "");
        var juneCorrected = record(MEASURE, JUNE, number("5", Unit.COUNT), "2022-07-02T10:00:00Z", "rettifica");
        store.record(ENTITY, YEAR, List.of(june,
                record(MEASURE, FINAL, number("10", Unit.COUNT), "2023-01-10T10:00:00Z", ""),
                record(MEASURE, new Period.Day(LocalDate.of(YEAR, 3, 31)), number("2", Unit.COUNT),
                        "2022-04-01T10:00:00Z", ""),
                record(INDICATOR, JUNE, number("50", Unit.PERCENT), "2022-07-01T10:00:00Z", ""),
                juneCorrected), TestActors.TESTER);

        assertThat(store.history(ENTITY, YEAR, MEASURE, JUNE)).containsExactly(june, juneCorrected);
        assertThat(store.history(ENTITY, YEAR, INDICATOR, JUNE)).extracting(ValueRecord::value)
                .containsExactly(number("50", Unit.PERCENT));
    }

    @Test
    void the_recent_records_are_the_newest_of_every_target_and_period_newest_first() {
        var first = record(MEASURE, FINAL, number("1", Unit.COUNT), "2023-01-10T10:00:00Z", "");
        var second = record(INDICATOR, JUNE, number("2", Unit.COUNT), "2023-01-11T10:00:00Z", "");
        var third = record(MEASURE, FINAL, number("3", Unit.COUNT), "2023-01-12T10:00:00Z", "correzione");
        store.record(ENTITY, YEAR, List.of(first, second, third), TestActors.TESTER);
        store.record(ENTITY, YEAR + 1, List.of(record(MEASURE, FINAL, number("4", Unit.COUNT), "2023-01-13T10:00:00Z", "")), TestActors.TESTER);

        // the other year's record is newer but not of this plan; the oldest is beyond the limit
        assertThat(store.recent(ENTITY, YEAR, 2)).containsExactly(third, second);
    }

    @Test
    void a_batch_that_fails_records_nothing() {
        var tooLongReason = "x".repeat(3000);
        var batch = List.of(
                record(MEASURE, FINAL, number("10", Unit.COUNT), "2023-01-10T10:00:00Z", ""),
                record(INDICATOR, FINAL, number("1", Unit.COUNT), "2023-01-10T10:00:00Z", tooLongReason));

        assertThatThrownBy(() -> store.record(ENTITY, YEAR, batch, TestActors.TESTER)).isInstanceOf(StoreException.class);

        assertThat(store.latest(ENTITY, YEAR, FINAL)).isEmpty();
    }

    @Test
    void measures_are_saved_by_code_and_a_second_save_replaces_the_first() {
        var measures = new MeasureStore(database().dataSource());
        var first = new it.traguardi.core.measure.Measure("D1.1_2", "Imprese assistite", Unit.COUNT, "Registro", "Uff. A");
        var other = it.traguardi.core.measure.Measure.named("CO.5");
        measures.save(ENTITY, List.of(first, other), TestActors.TESTER);
        var changed = new it.traguardi.core.measure.Measure("D1.1_2", "Imprese", Unit.COUNT, "Registro", "Uff. B");

        measures.save(ENTITY, List.of(changed), TestActors.TESTER);

        assertThat(measures.list(ENTITY)).containsExactly(other, changed);
        assertThat(measures.list("CCIAA di Parma")).isEmpty();
    }
}
