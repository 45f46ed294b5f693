package it.traguardi.core.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The notations of docs/notations.md, one row per row of its tables: what each is read as (its
 * export, which shows kind, threshold, scale, unit and operator notation) and whether the reading
 * comes with a warning. {@link NotationsDocTest} checks that the document has the same rows.
 */
class NotationsTest {

    /** Written as, read as (formatted back), with a warning. */
    static List<Arguments> accepted() {
        return List.of(
                arguments("≥ 1.000 N.", "≥ 1.000 N.", false),
                arguments(">= 90%", ">= 90 %", false),
                arguments("> 90%", ">= 90 %", true),
                arguments("≤ 3,20 gg", "≤ 3,20 gg", false),
                arguments("<= 10 gg.", "<= 10 gg", false),
                arguments("< 10 gg", "<= 10 gg", true),
                arguments("= 5 N.", "= 5 N.", false),
                arguments("almeno 90%", "≥ 90 %", false),
                arguments("almeno il 90%", "≥ 90 %", false),
                arguments("non inferiore a 1.000 N", "≥ 1.000 N.", false),
                arguments("non inferiore al 65%", "≥ 65 %", false),
                arguments("non superiore a 10 gg", "≤ 10 gg", false),
                arguments("non superiore al 5%", "≤ 5 %", false),
                arguments("tra 10 e 20 N.", "tra 10 e 20 N.", false),
                arguments("tra 80% e 90%", "tra 80 e 90 %", false),
                arguments(">= 82,5%", ">= 82,5 %", false),
                arguments("≥ 13.147.300.000,50 €", "≥ 13.147.300.000,50 €", false),
                arguments("≥\u00A090\u00A0%", "≥ 90 %", false),
                arguments(">= 2.355", ">= 2.355 N.", true),
                arguments("= 1,00", "= 1,00 N.", true),
                arguments("65%", "≥ 65 %", true),
                arguments("0%", "≥ 0 %", true),
                arguments("≥ 1.500%", "≥ 1.500 %", true),
                arguments("Entro 31-12-2022", "Entro 31-12-2022", false),
                arguments("Entro 31/12/2012", "Entro 31-12-2012", false),
                arguments("entro il 30/06/2022", "Entro 30-06-2022", false),
                arguments("entro il 31.12.2022", "Entro 31-12-2022", false),
                arguments("entro il 30 giugno 2022", "Entro 30-06-2022", false),
                arguments("Entro il 1° Luglio 2023", "Entro 01-07-2023", false),
                arguments("SI", "SI", false),
                arguments("Sì", "SI", false),
                arguments("no", "NO", false),
                arguments("N/D", "N/D", false));
    }

    /** Refused, with the message key that says why. */
    static List<Arguments> refused() {
        return List.of(
                arguments("circa 50", "target.invalid"),
                arguments("=> 5 N.", "target.operator.unknown"),
                arguments("≥ 12 kg", "value.number.invalid"),
                arguments("≥ 82.5%", "value.number.invalid"),
                arguments("Entro 31/02/2022", "value.date.invalid"),
                arguments("entro il 30 giugnio 2022", "value.date.format"),
                arguments("tra 20 e 10", "target.range.invalid"),
                arguments("tra 10% e 20 gg", "target.range.invalid"));
    }

    /** An entered value, the indicator's unit, read as (formatted back). */
    static List<Arguments> enteredValues() {
        return List.of(
                arguments("1.133", Unit.COUNT, "1.133 N."),
                arguments("97,09", Unit.PERCENT, "97,09 %"),
                arguments("97.09", Unit.PERCENT, "97,09 %"),
                arguments("65%", Unit.PERCENT, "65 %"),
                arguments("10 gg.", Unit.DAYS, "10 gg"),
                arguments("-20,14", Unit.DAYS, "-20,14 gg"),
                arguments("1.133\u00A0N.", Unit.COUNT, "1.133 N."),
                arguments("31/10/2022", Unit.DATE, "31-10-2022"),
                arguments("31-10-2022", Unit.DATE, "31-10-2022"),
                arguments("2022-10-31", Unit.DATE, "31-10-2022"),
                arguments("Sì", Unit.YES_NO, "SI"),
                arguments("NO", Unit.YES_NO, "NO"),
                arguments("N/D", Unit.COUNT, "N/D"));
    }

    /** Entered values refused, with the message key that says why. */
    static List<Arguments> refusedValues() {
        return List.of(
                arguments("abc", "value.number.invalid"),
                arguments("12 kg", "value.number.invalid"),
                arguments("31/02/2022", "value.date.invalid"),
                arguments("1,2,3", "value.number.invalid"),
                arguments("-5", "value.count.negative"));
    }

    @ParameterizedTest(name = "{0} ({1}) -> {2}")
    @MethodSource("enteredValues")
    void an_entered_value_is_read_as_the_table_says(String written, Unit unit, String readAs) {
        assertThat(ItalianFormat.format(ItalianFormat.parseEntered(written, unit))).isEqualTo(readAs);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("refusedValues")
    void an_entered_value_that_cannot_be_understood_is_refused_with_its_reason(String written, String key) {
        assertThatThrownBy(() -> ItalianFormat.parseEntered(written, Unit.COUNT))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.problem().key()).isEqualTo(key));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("accepted")
    void a_notation_is_read_as_the_table_says(String written, String readAs, boolean warns) {
        var reading = ItalianFormat.readTarget(written);
        assertThat(ItalianFormat.format(reading.value())).isEqualTo(readAs);
        assertThat(reading.warnings()).as("warnings of %s", written).hasSize(warns ? 1 : 0);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("accepted")
    void what_a_notation_is_read_as_reads_back_the_same(String written, String readAs, boolean warns) {
        assertThat(ItalianFormat.parseTarget(readAs)).isEqualTo(ItalianFormat.parseTarget(written));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("refused")
    void a_notation_that_cannot_be_understood_is_refused_with_its_reason(String written, String key) {
        assertThatThrownBy(() -> ItalianFormat.parseTarget(written))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.problem().key()).isEqualTo(key));
    }

    @Test
    void a_strict_comparison_is_scored_as_the_inclusive_one_and_says_so() {
        var reading = ItalianFormat.readTarget("> 90%");
        assertThat(reading.value()).isEqualTo(new Target.AtLeast(
                new Quantity(new BigDecimal("90"), Unit.PERCENT), Notation.ASCII));
        assertThat(reading.warnings().getFirst().key()).isEqualTo("target.read.strict");
        assertThat(reading.warnings().getFirst().args()).containsExactly("> 90%", ">", "≥ 90%");
    }

    @Test
    void an_ambiguous_percentage_is_read_as_thousands_and_the_warning_names_it() {
        var reading = ItalianFormat.readTarget("≥ 1.500%");
        // The Italian reading: the dot groups thousands, so 1.500 is 1500, not 1.5.
        assertThat(((Target.AtLeast) reading.value()).threshold().amount()).isEqualByComparingTo("1500");
        assertThat(reading.warnings().getFirst().key()).isEqualTo("target.read.ambiguous");
        assertThat(reading.warnings().getFirst().args()).containsExactly("≥ 1.500%", "1.500", "1.500", "1,500");
    }

    @Test
    void a_thousands_dot_in_a_count_is_no_ambiguity() {
        assertThat(ItalianFormat.readTarget("≥ 1.500 N.").warnings()).isEmpty();
    }

    @Test
    void a_number_without_unit_is_a_count_and_the_warning_says_so() {
        var reading = ItalianFormat.readTarget(">= 2.355");
        assertThat(reading.value().unit()).isEqualTo(Unit.COUNT);
        assertThat(reading.warnings().getFirst().key()).isEqualTo("target.read.no-unit");
    }

    @Test
    void a_number_without_operator_is_an_at_least_target_and_the_warning_shows_the_reading() {
        var reading = ItalianFormat.readTarget("65%");
        assertThat(reading.value()).isInstanceOf(Target.AtLeast.class);
        assertThat(reading.warnings().getFirst().args()).containsExactly("65%", "≥ 65%");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        non superiore al 5%   | AtMost
        NON INFERIORE AL 5%   | AtLeast
        Almeno 5%             | AtLeast
        ENTRO IL 30 GIUGNO 2022 | Deadline
        """)
    void words_are_read_in_any_case(String written, String kind) {
        assertThat(ItalianFormat.parseTarget(written).getClass().getSimpleName()).isEqualTo(kind);
    }

    @Test
    void a_no_break_space_around_a_target_is_stripped_like_a_space() {
        assertThat(ItalianFormat.parseTarget("\u00A0≥ 90 %\u202F")).isEqualTo(ItalianFormat.parseTarget("≥ 90 %"));
    }

    @Test
    void a_narrow_no_break_space_counts_as_a_space() {
        assertThat(ItalianFormat.parseTarget("almeno\u202F1.000\u202FN."))
                .isEqualTo(ItalianFormat.parseTarget("almeno 1.000 N."));
    }
}
