package it.traguardi.core.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import it.traguardi.core.SeedFile;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ItalianFormatTest {

    private static final Pattern DATA_ROW_WEIGHT = Pattern.compile("\\d{1,3},\\d{2}%");

    // ---- every value form of the seed ----

    static Stream<Arguments> seedValues() {
        return Stream.of(
                arguments("13.147.300.000 €", number("13147300000", Unit.EURO)),
                arguments("67,00 %", number("67.00", Unit.PERCENT)),
                arguments("1,44 N.", number("1.44", Unit.COUNT)),
                arguments("-20,14 gg", number("-20.14", Unit.DAYS)),
                arguments("941 N.", number("941", Unit.COUNT)),
                arguments("1.760.390 N.", number("1760390", Unit.COUNT)),
                arguments("25-12-2020", new Value.Day(LocalDate.of(2020, 12, 25))),
                arguments("N/D", Value.MISSING));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seedValues")
    void a_seed_value_parses_to_its_typed_value(String text, Value expected) {
        assertThat(ItalianFormat.parseValue(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seedValues")
    void a_seed_value_is_formatted_back_as_written(String text, Value ignored) {
        assertThat(ItalianFormat.format(ItalianFormat.parseValue(text))).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"SI, true", "Sì, true", "si, true", "NO, false", "no, false"})
    void a_yes_no_value_in_the_alberatura_is_a_flag(String text, boolean yes) {
        assertThat(ItalianFormat.parseValue(text)).isEqualTo(new Value.Flag(yes));
    }

    @Test
    void the_scale_of_a_number_is_kept_as_written() {
        var value = (Value.Amount) ItalianFormat.parseValue("67,00 %");
        assertThat(value.quantity().amount().scale()).isEqualTo(2);
        assertThat(value.quantity().amount()).isNotEqualTo(new BigDecimal("67"));
    }

    static Stream<Arguments> seedTargets() {
        return Stream.of(
                arguments("≤ 3 gg", new Target.AtMost(quantity("3", Unit.DAYS), Notation.SYMBOL)),
                arguments("≤ 3,20 gg", new Target.AtMost(quantity("3.20", Unit.DAYS), Notation.SYMBOL)),
                arguments("≤ -18 gg", new Target.AtMost(quantity("-18", Unit.DAYS), Notation.SYMBOL)),
                arguments("<= 3 gg", new Target.AtMost(quantity("3", Unit.DAYS), Notation.ASCII)),
                arguments(">= 1.800 N.", new Target.AtLeast(quantity("1800", Unit.COUNT), Notation.ASCII)),
                arguments("≥ 12,00 %", new Target.AtLeast(quantity("12.00", Unit.PERCENT), Notation.SYMBOL)),
                arguments("≥ 13.200.000.000 €",
                        new Target.AtLeast(quantity("13200000000", Unit.EURO), Notation.SYMBOL)),
                arguments("Entro 31-12-2022", new Target.Deadline(LocalDate.of(2022, 12, 31))),
                arguments("N/D", Target.MISSING));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seedTargets")
    void a_seed_target_parses_to_its_kind_threshold_and_notation(String text, Target expected) {
        assertThat(ItalianFormat.parseTarget(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seedTargets")
    void a_seed_target_is_formatted_back_as_written(String text, Target ignored) {
        assertThat(ItalianFormat.format(ItalianFormat.parseTarget(text))).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        33,34%  | 33.34
        33,33%  | 33.33
        0,00%   | 0.00
        100,00% | 100.00
        5,00%   | 5.00
        """)
    void a_weight_parses_to_its_percent_with_two_decimals_and_formats_back(String text, BigDecimal percent) {
        var weight = ItalianFormat.parseWeight(text);
        assertThat(weight.percent()).isEqualTo(percent);
        assertThat(ItalianFormat.format(weight)).isEqualTo(text);
    }

    @Test
    void a_zero_weight_marks_monitoring_only() {
        assertThat(ItalianFormat.parseWeight("0,00%").isZero()).isTrue();
        assertThat(ItalianFormat.parseWeight("0,01%").isZero()).isFalse();
    }

    // ---- every cell of the seed file ----

    @Test
    void every_value_cell_of_the_seed_round_trips_exactly() {
        var cells = seedCells();
        // The seed has 147 data rows (49 of 11 fields, 98 of 12), each with a weight; 282 of their baseline
        // cells and 150 of their target cells are filled in. Counted apart from this code with
        // awk -F'\t' on the file: (NF==11||NF==12) && $1 ~ /^[0-9]+,[0-9][0-9]%$/, then the non-blank $6..$11.
        assertThat(cells).as("cells read from the seed").hasSize(579);
        assertThat(cells).filteredOn(c -> c.column().equals("weight")).hasSize(147);
        assertThat(cells).filteredOn(c -> c.column().equals("baseline")).hasSize(282);
        assertThat(cells).filteredOn(c -> c.column().equals("target")).hasSize(150);
        var failures = new ArrayList<String>();
        for (var cell : cells) {
            try {
                var back = cell.roundTrip().apply(cell.text());
                if (!back.equals(cell.text())) {
                    failures.add(cell + " -> " + back);
                }
            } catch (RuntimeException e) {
                failures.add(cell + " -> " + e);
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void the_seed_has_every_kind_of_cell() {
        var cells = seedCells();
        assertThat(cells).extracting(Cell::column).contains("weight", "baseline", "target");
        assertThat(cells.stream().filter(c -> c.column().equals("baseline"))
                .<Class<?>>map(c -> ItalianFormat.parseValue(c.text()).getClass()).distinct())
                .contains(Value.Amount.class, Value.Day.class, Value.Missing.class);
        assertThat(cells.stream().filter(c -> c.column().equals("target"))
                .<Class<?>>map(c -> ItalianFormat.parseTarget(c.text()).getClass()).distinct())
                .contains(Target.AtLeast.class, Target.AtMost.class, Target.Deadline.class);
    }

    private record Cell(int line, int field, String column, String text) {
        Function<String, String> roundTrip() {
            return switch (column) {
                case "weight" -> t -> ItalianFormat.format(ItalianFormat.parseWeight(t));
                case "baseline" -> t -> ItalianFormat.format(ItalianFormat.parseValue(t));
                default -> t -> ItalianFormat.format(ItalianFormat.parseTarget(t));
            };
        }
    }

    /** Weights (field 1) of data rows; baselines (fields 6-8) and targets (fields 9-11) of 11- and 12-field rows. */
    private static List<Cell> seedCells() {
        var lines = SeedFile.lines();
        var cells = new ArrayList<Cell>();
        for (int i = 0; i < lines.size(); i++) {
            var fields = lines.get(i).split("\t", -1);
            if ((fields.length != 11 && fields.length != 12) || !DATA_ROW_WEIGHT.matcher(fields[0]).matches()) {
                continue;
            }
            cells.add(new Cell(i + 1, 1, "weight", fields[0]));
            for (int f = 6; f <= 11; f++) {
                var text = fields[f - 1];
                if (!text.isBlank()) {
                    cells.add(new Cell(i + 1, f, f <= 8 ? "baseline" : "target", text));
                }
            }
        }
        return cells;
    }

    // ---- bad input ----

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
        33,3x%           | weight.invalid
        101,00%          | weight.range
        -5,00%           | weight.invalid
        33,333%          | weight.invalid
        """)
    void an_unreadable_weight_is_refused_with_its_message_key(String text, String key) {
        assertThatThrownBy(() -> ItalianFormat.parseWeight(text))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.problem().key()).isEqualTo(key));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
        => 5 N.          | target.operator.unknown
        >> 5 N.          | target.operator.unknown
        Entro 31-02-2022 | value.date.invalid
        Entro 31/13/2022 | value.date.invalid
        Entro domani     | value.date.format
        Entro 31/12-2022 | value.date.format
        ≥ 12 kg          | value.number.invalid
        ≥ 1,2,3 N.       | value.number.invalid
        ≥ 1.23 N.        | value.number.invalid
        forse            | target.invalid
        Entrata 2022     | target.invalid
        tra 10 gg e 20 N. | target.range.invalid
        tra 20 e 10 N.   | target.range.invalid
        """)
    void an_unreadable_target_is_refused_with_its_message_key(String text, String key) {
        assertThatThrownBy(() -> ItalianFormat.parseTarget(text))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.problem().key()).isEqualTo(key));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
        12 kg            | value.number.invalid
        1,2,3 N.         | value.number.invalid
        1.23 N.          | value.number.invalid
        1.2345 N.        | value.number.invalid
        31-02-2022       | value.date.invalid
        941              | value.unit.missing
        """)
    void an_unreadable_value_is_refused_with_its_message_key(String text, String key) {
        assertThatThrownBy(() -> ItalianFormat.parseValue(text))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.problem().key()).isEqualTo(key));
    }

    @Test
    void an_unknown_operator_is_named_in_the_message() {
        assertThatThrownBy(() -> ItalianFormat.parseTarget("=> 5 N."))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.problem().args()).containsExactly("=>"));
    }

    // ---- entered values ----

    static Stream<Arguments> enteredValues() {
        return Stream.of(
                arguments("1.133", Unit.COUNT, number("1133", Unit.COUNT)),
                arguments("97,09", Unit.PERCENT, number("97.09", Unit.PERCENT)),
                arguments("97.09", Unit.PERCENT, number("97.09", Unit.PERCENT)),
                arguments("-20,14", Unit.DAYS, number("-20.14", Unit.DAYS)),
                arguments("-20,14 gg", Unit.UNSPECIFIED, number("-20.14", Unit.DAYS)),
                arguments("12", Unit.UNSPECIFIED, number("12", Unit.COUNT)),
                arguments("31-10-2022", Unit.DATE, new Value.Day(LocalDate.of(2022, 10, 31))),
                arguments("2022-10-31", Unit.DATE, new Value.Day(LocalDate.of(2022, 10, 31))),
                arguments("SI", Unit.YES_NO, new Value.Flag(true)),
                arguments("NO", Unit.YES_NO, new Value.Flag(false)),
                arguments("N/D", Unit.COUNT, Value.MISSING));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("enteredValues")
    void an_entered_value_is_read_in_italian_or_plain_form(String text, Unit unit, Value expected) {
        assertThat(ItalianFormat.parseEntered(text, unit)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        2022-02-30 | value.date.invalid
        31-02-2022 | value.date.invalid
        1,2,3      | value.number.invalid
        12 kg      | value.number.invalid
        """)
    void an_unreadable_entered_value_is_refused_with_its_message_key(String text, String key) {
        assertThatThrownBy(() -> ItalianFormat.parseEntered(text, Unit.COUNT))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.problem().key()).isEqualTo(key));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "'1.133',       1133",
        "'97,09',       97.09",
        "'97.09',       97.09",
        "'-20,14',      -20.14",
        "'1.760.390',   1760390",
        "'1.234,5',     1234.5",
        "'0',           0",
    })
    void a_lenient_number_reads_italian_and_plain_decimals(String text, BigDecimal expected) {
        assertThat(ItalianFormat.parseNumberLenient(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource({"'1,2,3'", "'abc'", "'1.2.3'", "''"})
    void a_lenient_number_still_refuses_what_is_no_number(String text) {
        assertThatThrownBy(() -> ItalianFormat.parseNumberLenient(text))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.problem().key()).isEqualTo("value.number.invalid"));
    }

    // ---- formatting numbers ----

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "0,            '0'",
        "0.00,         '0,00'",
        "7,            '7'",
        "999,          '999'",
        "1000,         '1.000'",
        "1234,         '1.234'",
        "12345,        '12.345'",
        "123456,       '123.456'",
        "1234567,      '1.234.567'",
        "1234567.891,  '1.234.567,891'",
        "-20.14,       '-20,14'",
        "-1234.50,     '-1.234,50'",
        "-18,          '-18'",
        "-0.5,         '-0,5'",
        "13147300000,  '13.147.300.000'",
    })
    void a_number_is_formatted_with_italian_grouping_and_decimal_mark(BigDecimal number, String expected) {
        assertThat(ItalianFormat.formatNumber(number)).isEqualTo(expected);
    }

    @Test
    void a_range_reads_with_or_without_the_unit_after_its_low_end_and_may_be_a_single_point() {
        var range = new Target.Between(quantity("10", Unit.COUNT), quantity("20", Unit.COUNT));

        assertThat(ItalianFormat.parseTarget("tra 10 e 20 N.")).isEqualTo(range);
        assertThat(ItalianFormat.parseTarget("tra 10 N. e 20 N.")).isEqualTo(range);
        assertThat(ItalianFormat.parseTarget("tra 5 e 5 gg"))
                .isEqualTo(new Target.Between(quantity("5", Unit.DAYS), quantity("5", Unit.DAYS)));
        assertThat(ItalianFormat.format(range)).isEqualTo("tra 10 e 20 N.");
    }

    @Test
    void flags_and_milestones_are_written_si_and_no() {
        assertThat(ItalianFormat.format(new Value.Flag(true))).isEqualTo("SI");
        assertThat(ItalianFormat.format(new Value.Flag(false))).isEqualTo("NO");
        assertThat(ItalianFormat.format(new Target.Milestone(true))).isEqualTo("SI");
        assertThat(ItalianFormat.format(new Target.Milestone(false))).isEqualTo("NO");
        assertThat(ItalianFormat.parseTarget(ItalianFormat.format(new Target.Milestone(false))))
                .isEqualTo(new Target.Milestone(false));
    }

    @Test
    void weights_are_ordered_by_their_percent() {
        var third = ItalianFormat.parseWeight("33,33%");
        var more = ItalianFormat.parseWeight("33,34%");

        assertThat(third.compareTo(more)).isNegative();
        assertThat(more.compareTo(third)).isPositive();
        assertThat(third.compareTo(Weight.percent("33.330"))).isZero();
    }

    private static Value number(String amount, Unit unit) {
        return Value.of(quantity(amount, unit));
    }

    private static Quantity quantity(String amount, Unit unit) {
        return new Quantity(new BigDecimal(amount), unit);
    }

    @Test
    void a_negative_count_is_refused_as_a_baseline_and_as_an_entered_value_but_negative_days_and_percentages_are_read() {
        assertThatThrownBy(() -> ItalianFormat.parseValue("-3 N."))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.problem().key()).isEqualTo("value.count.negative"));
        assertThatThrownBy(() -> ItalianFormat.parseEntered("-3", Unit.COUNT))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.problem().args()).containsExactly("-3"));
        assertThat(ItalianFormat.parseValue("-20,14 gg")).isEqualTo(Value.of(new Quantity(new BigDecimal("-20.14"), Unit.DAYS)));
        assertThat(ItalianFormat.parseEntered("-2,5", Unit.PERCENT))
                .isEqualTo(Value.of(new Quantity(new BigDecimal("-2.5"), Unit.PERCENT)));
        // a count of zero is a count
        assertThat(ItalianFormat.parseEntered("0", Unit.COUNT)).isEqualTo(Value.of(new Quantity(BigDecimal.ZERO, Unit.COUNT)));
    }
}
