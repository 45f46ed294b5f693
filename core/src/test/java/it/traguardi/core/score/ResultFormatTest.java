package it.traguardi.core.score;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardi.core.i18n.Message;
import it.traguardi.core.plan.Indicator;
import it.traguardi.core.plan.IndicatorDefinition;
import it.traguardi.core.plan.NodeId;
import it.traguardi.core.value.ItalianFormat;
import it.traguardi.core.value.Quantity;
import it.traguardi.core.value.Unit;
import it.traguardi.core.value.Value;
import it.traguardi.core.value.Weight;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResultFormatTest {

    @Test
    void a_computed_actual_is_shown_with_two_decimals_at_most_rounded_half_up() {
        // 2/3 of 100 computed by a formula: 66,666... reads 66,67
        var computed = Value.of(new Quantity(new BigDecimal("66.6666666667"), Unit.PERCENT));

        assertThat(ResultFormat.actual(computed)).isEqualTo("66,67%");
    }

    @Test
    void an_entered_actual_keeps_its_own_decimals() {
        assertThat(ResultFormat.actual(ItalianFormat.parseEntered("67,00", Unit.PERCENT))).isEqualTo("67,00%");
        assertThat(ResultFormat.actual(ItalianFormat.parseEntered("1.133", Unit.COUNT))).isEqualTo("1.133 N.");
    }

    @Test
    void no_actual_and_an_unavailable_score_read_n_d() {
        assertThat(ResultFormat.actual(null)).isEqualTo("N/D");
        assertThat(ResultFormat.achievement(new Score.NotAvailable(Message.of("score.no-target")))).isEqualTo("N/D");
    }

    @Test
    void a_percentage_is_an_italian_number_with_its_sign() {
        assertThat(ResultFormat.percent(new BigDecimal("97.09"))).isEqualTo("97,09%");
    }

    @Test
    void a_target_reads_with_the_symbols_whatever_its_notation_and_a_year_without_one_reads_n_d() {
        var indicator = new Indicator(new NodeId(1), "I1", "Imprese",
                Weight.FULL, IndicatorDefinition.of("", Unit.COUNT,
                        Map.of(), Map.of(2022, ItalianFormat.parseTarget(">= 1.000 N."))));

        // written ">=" in the plan: people read "≥" (the file keeps ">=", see ItalianFormatTest)
        assertThat(ResultFormat.target(indicator, 2022)).isEqualTo("≥ 1.000 N.");
        assertThat(ResultFormat.target(indicator, 2023)).isEqualTo("N/D");
    }
}
