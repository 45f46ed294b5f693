package it.traguardi.exchange.alberatura;

import static it.traguardi.exchange.alberatura.Tsv.bare;
import static it.traguardi.exchange.alberatura.Tsv.goodIndicator;
import static it.traguardi.exchange.alberatura.Tsv.head;
import static it.traguardi.exchange.alberatura.Tsv.indicator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import it.traguardi.core.i18n.Messages;
import it.traguardi.core.plan.Plan;
import it.traguardi.core.value.ItalianFormat;
import it.traguardi.core.value.Unit;
import it.traguardi.exchange.ImportException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The level of each row and the tree they make, read through {@link AlberaturaReader}. Rows start at line 4. */
class TreeBuilderTest {

    private static final Messages IT = Messages.forLanguage("it");

    private static Plan plan(String... rows) throws Exception {
        return AlberaturaReader.read("prova.tsv", Tsv.text(head(), rows).getBytes(StandardCharsets.UTF_8),
                Overrides.NONE).plan();
    }

    private static List<String> problems(String... rows) {
        var e = catchThrowableOfType(ImportException.class, () -> plan(rows));
        assertThat(e).as("the import must be refused").isNotNull();
        return e.problems().stream().map(p -> p.render(IT)).toList();
    }

    @Test
    void an_objective_on_the_last_row_is_an_operational_objective_without_indicators() throws Exception {
        var plan = plan(bare("100,00%", "1 - Imprese"),
                bare("100,00%", "11 - Export"),
                bare("0,00%", "Indicatori"),
                bare("100,00%", "Obiettivi operativi"),
                bare("100,00%", "11.1 - Fiere"));

        var os = plan.areas().getFirst().objectives().getFirst();
        assertThat(os.operationalObjectives()).singleElement().satisfies(oo -> {
            assertThat(oo.code() + " " + oo.title()).isEqualTo("11.1 Fiere");
            assertThat(oo.indicators()).isEmpty();
        });
    }

    @Test
    void each_group_keeps_the_weight_of_its_own_marker_row() throws Exception {
        var plan = plan(bare("100,00%", "1 - Imprese"),
                bare("100,00%", "11 - Export"),
                bare("70,00%", "Indicatori"),
                goodIndicator("100,00%", "11.1 - Pratiche"),
                bare("30,00%", "Obiettivi operativi"),
                bare("100,00%", "11.2 - Fiere"),
                goodIndicator("100,00%", "11.2.1 - Fiere svolte"));

        var os = plan.areas().getFirst().objectives().getFirst();
        assertThat(ItalianFormat.format(os.indicatorGroupWeight())).isEqualTo("70,00%");
        assertThat(ItalianFormat.format(os.operationalGroupWeight())).isEqualTo("30,00%");
        assertThat(os.indicators()).extracting(i -> i.code()).containsExactly("11.1");
        assertThat(os.operationalObjectives().getFirst().indicators()).extracting(i -> i.code())
                .containsExactly("11.2.1");
    }

    @Test
    void an_indicator_takes_the_first_unit_its_targets_or_baselines_name() throws Exception {
        var plan = plan(bare("100,00%", "1 - Imprese"),
                bare("100,00%", "11 - Export"),
                bare("100,00%", "Indicatori"),
                // the 2022 target is N/D, which has no unit; the 2023 one has, and targets come before baselines
                indicator("50,00%", "11.1 - Pratiche", "N. pratiche", "3 %", "4 %", "5 %", "N/D", "≥ 7 N.", "≥ 8 N."),
                // no target has a unit: the first baseline with one gives it
                indicator("50,00%", "11.2 - Quota", "Quota", "N/D", "4 %", "5 %", "N/D", "N/D", "N/D"),
                bare("0,00%", "Obiettivi operativi"));

        assertThat(plan.indicators().map(i -> i.definition().unit())).containsExactly(Unit.COUNT, Unit.PERCENT);
    }

    @Test
    void a_strategic_objective_before_any_area_is_refused_with_its_line_and_title() {
        assertThat(problems(bare("100,00%", "11 - Export"),
                bare("100,00%", "Indicatori"),
                goodIndicator("100,00%", "11.1 - Pratiche"))).containsExactly(
                        "prova.tsv, riga 4, campo 2 («Obiettivo strategico»): obiettivo strategico «Export» prima di qualsiasi ambito",
                        "prova.tsv, riga 5, campo 2 («Obiettivo strategico»): riga «Indicatori» fuori da un obiettivo strategico",
                        "prova.tsv, riga 6, campo 2 («Obiettivo strategico»): indicatore «Pratiche» fuori da un gruppo «Indicatori» o da un"
                                + " obiettivo operativo");
    }

    @Test
    void an_operational_objective_in_the_indicators_group_is_refused() {
        assertThat(problems(bare("100,00%", "1 - Imprese"),
                bare("100,00%", "11 - Export"),
                bare("100,00%", "Indicatori"),
                bare("100,00%", "11.1 - Fiere"),
                goodIndicator("100,00%", "11.1.1 - Fiere svolte"))).containsExactly(
                        "prova.tsv, riga 7, campo 2 («Obiettivo strategico»): obiettivo operativo «Fiere» fuori dal gruppo «Obiettivi operativi»");
    }

    @Test
    void an_indicator_of_the_operational_group_needs_an_operational_objective_above_it() {
        assertThat(problems(bare("100,00%", "1 - Imprese"),
                bare("100,00%", "11 - Export"),
                bare("0,00%", "Indicatori"),
                bare("100,00%", "Obiettivi operativi"),
                goodIndicator("100,00%", "11.1.1 - Fiere svolte"))).containsExactly(
                        "prova.tsv, riga 8, campo 2 («Obiettivo strategico»): indicatore «Fiere svolte» fuori da un gruppo «Indicatori» o da"
                                + " un obiettivo operativo");
    }
}
