package it.traguardi.exchange.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import it.traguardi.core.i18n.Message;
import it.traguardi.core.measure.Period;
import it.traguardi.core.measure.ValueEntry;
import it.traguardi.core.measure.ValueTarget;
import it.traguardi.core.plan.Plan;
import it.traguardi.exchange.DemoData;
import it.traguardi.exchange.alberatura.AlberaturaReader;
import it.traguardi.exchange.alberatura.Overrides;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ValuesCsvTest {

    private ValueEntry entry;

    // read afresh for each test (not @BeforeAll): PIT credits what a @BeforeAll runs to one test only,
    // so mutants there would escape the assertions of the others
    @BeforeEach
    void modena() throws Exception {
        Plan plan = AlberaturaReader.read("seed", DemoData.modena2022(), Overrides.NONE).plan();
        entry = ValueEntry.forPlan(plan, List.of(), Instant.parse("2022-07-01T10:00:00Z"));
    }

    @Test
    void a_clean_file_gives_one_record_per_row_and_skips_blank_lines() {
        // D1.1_10 is the formula of 31.D1.1.1 (>= 800 N.): 880 and 800 both reach it, so no reason is needed
        var reading = ValuesCsv.read(List.of("code;period;value", "D1.1_10;2022;880", "", "\"D1.1_10\";2022-06-30;\"800\""),
                entry);

        assertThat(reading.clean()).isTrue();
        assertThat(reading.records()).extracting(r -> r.target(), r -> r.period())
                .containsExactly(tuple(ValueTarget.measure("D1.1_10"), Period.parse("2022")),
                        tuple(ValueTarget.measure("D1.1_10"), Period.parse("2022-06-30")));
    }

    @Test
    void every_bad_row_is_reported_with_its_line_and_field() {
        var reading = ValuesCsv.read(List.of("code;period;value", "D1.1_10;2022;880", "NOPE;2021;abc", "D1.1_10;2022"),
                entry);

        assertThat(reading.records()).hasSize(1);
        assertThat(reading.problems()).extracting(ValuesCsv.LineProblem::line, ValuesCsv.LineProblem::field)
                .containsExactly(tuple(3, "code"),
                        tuple(3, "period"),
                        tuple(3, "value"),
                        tuple(4, ""));
    }

    @Test
    void a_file_without_the_header_is_refused_at_line_one() {
        var reading = ValuesCsv.read(List.of("D1.1_10;2022;880"), entry);

        assertThat(reading.records()).isEmpty();
        assertThat(reading.problems()).containsExactly(
                new ValuesCsv.LineProblem(1, "", Message.of("values.import.header", ValuesCsv.HEADER)));
    }

    @Test
    void a_file_with_the_reason_column_gives_each_record_its_reason() {
        var reading = ValuesCsv.read(List.of("code;period;value;reason", "D1.1_10;2022;880;",
                "D1.1_10;2022-06-30;400;\"a metà anno; fiere rinviate\"", "31.D1.2.4;2022;12,00;nuovo portale"), entry);

        assertThat(reading.problems()).isEmpty();
        assertThat(reading.records()).extracting(r -> r.reason())
                .containsExactly("", "a metà anno; fiere rinviate", "nuovo portale");
    }

    @Test
    void a_row_that_misses_its_target_without_a_reason_is_refused_with_its_line_and_field() {
        // 400 of >= 800 N. (31.D1.1.1) is 50%; 12,00 of >= 15,00 % (31.D1.2.4) is 80%: both short
        var plain = ValuesCsv.read(List.of("code;period;value", "D1.1_10;2022;880", "D1.1_10;2022-06-30;400"), entry);
        var withReason = ValuesCsv.read(List.of("code;period;value;reason", "31.D1.2.4;2022;12,00;  ",
                "D1.1_10;2022;880;"), entry);

        assertThat(plain.problems()).containsExactly(
                new ValuesCsv.LineProblem(3, "reason", Message.of("values.reason.required", "31.D1.1.1")));
        assertThat(plain.records()).hasSize(1);
        assertThat(withReason.problems()).containsExactly(
                new ValuesCsv.LineProblem(2, "reason", Message.of("values.reason.required", "31.D1.2.4")));
    }

    @Test
    void a_row_of_a_file_with_the_reason_column_needs_all_four_fields() {
        var reading = ValuesCsv.read(List.of("code;period;value;reason", "D1.1_10;2022;880"), entry);

        assertThat(reading.records()).isEmpty();
        assertThat(reading.problems()).containsExactly(
                new ValuesCsv.LineProblem(2, "", Message.of("values.import.columns", 3)));
    }

    @Test
    void a_file_without_lines_or_with_blank_lines_only_is_refused_as_empty_at_line_one() {
        var problem = new ValuesCsv.LineProblem(1, "", Message.of("values.import.empty"));
        for (var lines : List.of(List.<String>of(), List.of("", "  ", "\t"))) {
            var reading = ValuesCsv.read(lines, entry);
            assertThat(reading.records()).isEmpty();
            assertThat(reading.problems()).containsExactly(problem);
            assertThat(reading.clean()).isFalse();
        }
        assertThat(problem.wholeLine()).isTrue();
    }

    @Test
    void a_problem_of_one_field_is_not_about_the_whole_line_and_makes_the_reading_unclean() {
        var reading = ValuesCsv.read(List.of("code;period;value", "NOPE;2022;880"), entry);

        assertThat(reading.clean()).isFalse();
        assertThat(reading.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("code");
            assertThat(p.wholeLine()).isFalse();
        });
    }

    @Test
    void a_field_of_two_quotes_is_an_empty_quoted_field() {
        var reading = ValuesCsv.read(List.of("code;period;value;reason", "D1.1_10;2022;880;\"\""), entry);

        assertThat(reading.problems()).isEmpty();
        assertThat(reading.records()).extracting(r -> r.reason()).containsExactly("");
    }
}
