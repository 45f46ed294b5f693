package it.traguardi.core.measure;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardi.core.value.Quantity;
import it.traguardi.core.value.Unit;
import it.traguardi.core.value.Value;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValueRecordTest {

    private static ValueRecord at(String instant, String amount) {
        return new ValueRecord(ValueTarget.measure("D1.1_2"), Period.of(2022),
                Value.of(new Quantity(new BigDecimal(amount), Unit.COUNT)), Instant.parse(instant), "sistema", "");
    }

    @Test
    void the_latest_record_of_a_history_counts() {
        var first = at("2023-01-10T10:00:00Z", "10");
        var correction = at("2023-02-01T10:00:00Z", "12");

        assertThat(ValueRecord.latest(List.of(first, correction))).contains(correction);
        assertThat(ValueRecord.latest(List.of(correction, first))).contains(correction);
    }

    @Test
    void of_two_records_at_the_same_instant_the_later_in_the_list_counts() {
        var first = at("2023-01-10T10:00:00Z", "10");
        var second = at("2023-01-10T10:00:00Z", "11");

        assertThat(ValueRecord.latest(List.of(first, second))).contains(second);
    }

    @Test
    void an_empty_history_has_no_value() {
        assertThat(ValueRecord.latest(List.of())).isEmpty();
    }
}
