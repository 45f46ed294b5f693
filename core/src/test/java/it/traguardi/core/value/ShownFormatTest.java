package it.traguardi.core.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShownFormatTest {

    @ParameterizedTest(name = "{0} is shown {1}")
    @CsvSource(delimiter = '|', textBlock = """
        >= 90,00 %            | ≥ 90,00%
        ≥ 90,00 %             | ≥ 90,00%
        <= 10 gg.             | ≤ 10 gg
        almeno 1.000 N.       | ≥ 1.000 N.
        non superiore al 5%   | ≤ 5%
        = 1,00 %              | = 1,00%
        tra 10 e 20 %         | tra 10 e 20%
        Entro 31/12/2022      | Entro 31-12-2022
        SI                    | SI
        N/D                   | N/D
        """)
    void every_comparison_reads_with_the_symbols_and_a_percentage_keeps_its_sign_by_the_number(String written, String shown) {
        assertThat(ShownFormat.of(ItalianFormat.parseTarget(written))).isEqualTo(shown);
    }

    @Test
    void the_file_form_keeps_the_plans_own_notation() {
        // what the interface shows as "≥ 90,00%" is exported as the plan wrote it
        assertThat(ItalianFormat.format(ItalianFormat.parseTarget(">= 90,00 %"))).isEqualTo(">= 90,00 %");
    }

    @Test
    void values_read_as_people_write_them() {
        assertThat(ShownFormat.of(Value.of(new Quantity(new BigDecimal("97.09"), Unit.PERCENT)))).isEqualTo("97,09%");
        assertThat(ShownFormat.of(Value.of(new Quantity(new BigDecimal("-20.14"), Unit.DAYS)))).isEqualTo("-20,14 gg");
        assertThat(ShownFormat.of(Value.of(new Quantity(new BigDecimal("1133"), Unit.COUNT)))).isEqualTo("1.133 N.");
        assertThat(ShownFormat.of(new Value.Day(LocalDate.of(2022, 10, 31)))).isEqualTo("31-10-2022");
        assertThat(ShownFormat.of(Value.MISSING)).isEqualTo("N/D");
        assertThat(ShownFormat.percent(new BigDecimal("92.82"))).isEqualTo("92,82%");
    }

    @Test
    void a_moment_is_written_in_italian_time_with_the_dashes_of_a_typed_date() {
        // 31 December 2022, 13:05:09 UTC is 14:05:09 in Italy (winter time); 30 June 12:00 UTC is 14:00 (summer time)
        var winter = java.time.Instant.parse("2022-12-31T13:05:09Z");
        assertThat(ShownFormat.moment(winter)).isEqualTo("31-12-2022 14:05");
        assertThat(ShownFormat.exactMoment(winter)).isEqualTo("31-12-2022 14:05:09");
        assertThat(ShownFormat.day(java.time.Instant.parse("2022-06-30T23:30:00Z"))).isEqualTo("01-07-2022");
        assertThat(ShownFormat.moment(java.time.Instant.parse("2022-06-30T12:00:00Z"))).isEqualTo("30-06-2022 14:00");
    }
}
