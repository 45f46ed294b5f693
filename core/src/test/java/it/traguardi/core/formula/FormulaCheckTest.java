package it.traguardi.core.formula;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardi.core.i18n.Message;
import it.traguardi.core.value.Unit;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class FormulaCheckTest {

    private static final MeasureCatalog CATALOG = new MeasureCatalog(Map.of(
            "EUR1", Unit.EURO, "EUR2", Unit.EURO, "GG", Unit.DAYS, "N1", Unit.COUNT, "N2", Unit.COUNT,
            "PCT", Unit.PERCENT, "DATA", Unit.DATE, "SI_NO", Unit.YES_NO, "X", Unit.UNSPECIFIED));

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            EUR1 + EUR2            | €
            EUR1 - 100             | €
            EUR1 / EUR2            | plain
            N1 / N2 * 100          | plain
            GG / N1                | gg
            EUR1 * 2               | €
            N1 * EUR1              | €
            GG * EUR1              | unknown
            GG * EUR1 / EUR2       | unknown
            -abs(GG)               | gg
            round(PCT; 2)          | %
            max(EUR1; EUR2; 0)     | €
            if(GG > 30; GG; 30)    | gg
            X + EUR1               | €
            X * 2                  | unknown
            100 / 4                | plain
            N1                     | N.
            X + 1                  | unknown
            1 + 2                  | plain
            """)
    void consistent_units_pass_and_give_the_formula_its_unit(String formula, String unit) {
        var report = FormulaCheck.check(parse(formula), CATALOG);

        assertThat(report.problems()).isEmpty();
        assertThat(report.passed()).isTrue();
        assertThat(describe(report.dimension())).isEqualTo(unit);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            EUR1 + GG              | formula.check.unit-mismatch | EUR1 + GG         | €, gg
            min(PCT; N1)           | formula.check.unit-mismatch | min(PCT; N1)      | %, N.
            if(GG > EUR1; 1; 2)    | formula.check.unit-mismatch | if(GG > EUR1; 1; 2) | gg, €
            if(GG > 1; GG; EUR1)   | formula.check.unit-mismatch | if(GG > 1; GG; EUR1) | gg, €
            """)
    void values_in_different_units_cannot_be_added_or_compared(String formula, String key, String part,
            String units) {
        var report = FormulaCheck.check(parse(formula), CATALOG);

        assertThat(report.problems()).containsExactly(Message.of(key, part, units));
    }

    @Test
    void a_sum_of_different_units_has_no_unit_but_a_mismatch_in_a_condition_leaves_the_branches_unit() {
        assertThat(FormulaCheck.check(parse("EUR1 + GG"), CATALOG).dimension()).isEqualTo(new Dimension.Unknown());
        assertThat(FormulaCheck.check(parse("if(GG > EUR1; 1; 2)"), CATALOG).dimension()).isEqualTo(new Dimension.Plain());
    }

    @Test
    void unknown_and_non_numeric_measures_are_reported_once_each_in_order() {
        var report = FormulaCheck.check(parse("D9 + DATA * SI_NO + D9 + D8"), CATALOG);

        assertThat(report.problems()).containsExactly(
                Message.of("formula.check.unknown-measure", "D9"),
                Message.of("formula.check.not-numeric", "DATA"),
                Message.of("formula.check.not-numeric", "SI_NO"),
                Message.of("formula.check.unknown-measure", "D8"));
        assertThat(report.passed()).isFalse();
    }

    @Test
    void a_date_or_yes_no_measure_alone_is_a_formula_for_a_deadline_or_milestone() {
        assertThat(FormulaCheck.check(parse("DATA"), CATALOG).passed()).isTrue();
        assertThat(FormulaCheck.check(parse("SI_NO"), CATALOG).passed()).isTrue();
        assertThat(FormulaCheck.check(parse("DATA + 1"), CATALOG).problems())
                .containsExactly(Message.of("formula.check.not-numeric", "DATA"));
    }

    @Test
    void an_unknown_measure_measures_nothing_known() {
        assertThat(FormulaCheck.check(parse("D9"), CATALOG).dimension()).isEqualTo(new Dimension.Unknown());
        assertThat(FormulaCheck.check(parse("D9 + 1"), CATALOG).dimension()).isEqualTo(new Dimension.Unknown());
    }

    @Test
    void a_formula_is_checked_up_to_4000_characters_of_canonical_text() {
        var longest = "A".repeat(4000);
        var catalog = new MeasureCatalog(Map.of(longest, Unit.COUNT));

        assertThat(FormulaCheck.check(new Expr.Reference(longest), catalog))
                .isEqualTo(new FormulaCheck.Report(java.util.List.of(), new Dimension.Of(Unit.COUNT)));
        assertThat(FormulaCheck.check(new Expr.Reference(longest + "A"), catalog)).isEqualTo(new FormulaCheck.Report(
                java.util.List.of(Message.of("formula.check.too-long", 4000, 4001)), new Dimension.Unknown()));
    }

    @Test
    void measures_are_listed_once_in_order_of_appearance() {
        assertThat(parse("if(B > 0; A / B; [N. X]) + A + min(C; B)").measures())
                .containsExactly("B", "A", "N. X", "C");
        assertThat(parse("1 + 2").measures()).isEmpty();
    }

    private static String describe(Dimension dimension) {
        return switch (dimension) {
            case Dimension.Of of -> of.unit().symbol();
            case Dimension.Plain plain -> "plain";
            case Dimension.Unknown unknown -> "unknown";
        };
    }

    private static Expr parse(String formula) {
        return switch (Parser.parse(formula)) {
            case ParseResult.Parsed parsed -> parsed.expr();
            case ParseResult.Rejected rejected -> throw new AssertionError(rejected.problems());
        };
    }
}
