package it.traguardi.core.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.traguardi.core.i18n.Message;
import it.traguardi.core.value.InvalidValueException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTest {

    @Test
    void a_year_is_the_final_measurement_and_formats_back_as_written() {
        var period = Period.parse("2022");

        assertThat(period).isEqualTo(new Period.Year(2022));
        assertThat(period.format()).isEqualTo("2022");
        assertThat(period.day()).isEmpty();
    }

    @Test
    void a_day_belongs_to_its_year() {
        var period = Period.parse(" 2022-06-30 ");

        assertThat(period).isEqualTo(new Period.Day(LocalDate.of(2022, 6, 30)));
        assertThat(period.year()).isEqualTo(2022);
        assertThat(period.format()).isEqualTo("2022-06-30");
    }

    @Test
    void anything_else_is_refused() {
        for (var text : new String[] {"22", "30-06-2022", "2022-02-30", "2022/06/30", "", "anno"}) {
            assertThatThrownBy(() -> Period.parse(text)).as(text).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void a_period_for_a_plan_is_read_within_the_plan_year() {
        assertThat(Period.parseIn(" 2022 ", 2022)).isEqualTo(new Period.Year(2022));
        assertThat(Period.parseIn("2022-06-30", 2022)).isEqualTo(new Period.Day(LocalDate.of(2022, 6, 30)));
    }

    @Test
    void a_period_for_a_plan_says_why_it_is_refused() {
        assertThatThrownBy(() -> Period.parseIn(" 30-06-2022 ", 2022)).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.problem()).isEqualTo(Message.of("values.period.invalid", "30-06-2022")));
        // a well-formed period of another year is not unreadable: it is outside the plan
        assertThatThrownBy(() -> Period.parseIn("2023-06-30", 2022)).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.problem()).isEqualTo(Message.of("values.period.outside", "2023-06-30", 2022)));
    }

    @Test
    void a_day_period_gives_its_day() {
        assertThat(Period.parse("2022-06-30").day()).contains(LocalDate.of(2022, 6, 30));
    }
}
