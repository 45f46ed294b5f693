package it.traguardi.core.measure;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardi.core.i18n.Message;
import it.traguardi.core.measure.ValueCodes.Resolution;
import it.traguardi.core.plan.Indicator;
import it.traguardi.core.formula.AlgorithmReading;
import it.traguardi.core.formula.Reading;
import it.traguardi.core.plan.IndicatorDefinition;
import it.traguardi.core.plan.NodeId;
import it.traguardi.core.plan.OperationalObjective;
import it.traguardi.core.plan.Plan;
import it.traguardi.core.plan.StrategicArea;
import it.traguardi.core.plan.StrategicObjective;
import it.traguardi.core.value.Unit;
import it.traguardi.core.value.Weight;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValueCodesTest {

    /** The same indicator code under the OS and under its OO, as the seed has (802.51 and 82B3.1). */
    private static Plan plan() {
        var underOs = indicator(3, "I.1", "Tempi di pagamento GG_Pag + GG_Ritardo", Unit.DAYS);
        var single = indicator(4, "I.2", "Soddisfazione", Unit.PERCENT);
        var underOo = indicator(6, "I.1", "Tempi di pagamento GG_Pag + GG_Ritardo", Unit.DAYS);
        var oo = new OperationalObjective(new NodeId(5), "OO1", "Operativo", Weight.FULL, List.of(underOo));
        var os = new StrategicObjective(new NodeId(2), "OS1", "Strategico", Weight.FULL, Weight.percent("50"),
                List.of(underOs, single), Weight.percent("50"), List.of(oo));
        return new Plan("CCIAA di Modena", 2022, List.of(), List.of(2022),
                List.of(new StrategicArea(new NodeId(1), "A1", "Ambito", Weight.FULL, List.of(os))));
    }

    private static Indicator indicator(int id, String code, String algorithm, Unit unit) {
        return new Indicator(new NodeId(id), code, "Indicatore " + id, Weight.percent("50"),
                IndicatorDefinition.of(algorithm, unit, Map.of(), Map.of()).withFormula(derived(algorithm)));
    }

    private final ValueCodes codes = new ValueCodes(plan(), List.of(new Measure("CO.5", "Controlli", Unit.COUNT, "", "")));

    @Test
    void a_code_of_one_indicator_names_it_with_its_unit() {
        assertThat(codes.resolve(" I.2 "))
                .isEqualTo(new Resolution.Found(ValueTarget.indicator(new NodeId(4)), Unit.PERCENT));
    }

    @Test
    void a_code_of_two_indicators_is_refused_and_lists_their_paths_and_ids() {
        var resolution = codes.resolve("I.1");

        assertThat(resolution).isInstanceOfSatisfying(Resolution.Unresolved.class, r -> {
            assertThat(r.reason().key()).isEqualTo("values.code.ambiguous");
            assertThat(r.reason().args().get(1).toString()).isEqualTo("A1/OS1/I.1 (#3), A1/OS1/OO1/I.1 (#6)");
        });
    }

    @Test
    void a_path_or_an_id_names_one_of_the_indicators_that_share_a_code() {
        assertThat(codes.resolve("A1/OS1/OO1/I.1"))
                .isEqualTo(new Resolution.Found(ValueTarget.indicator(new NodeId(6)), Unit.DAYS));
        assertThat(codes.resolve("#3")).isEqualTo(new Resolution.Found(ValueTarget.indicator(new NodeId(3)), Unit.DAYS));
    }

    @Test
    void an_indicator_is_found_by_its_id_and_an_objective_id_finds_none() {
        // 6 is the indicator under the OO; 5 is the OO itself
        assertThat(codes.indicator(new NodeId(6))).hasValueSatisfying(i -> assertThat(i.code()).isEqualTo("I.1"))
                .hasValueSatisfying(i -> assertThat(codes.pathOf(i)).isEqualTo("A1/OS1/OO1/I.1"));
        assertThat(codes.indicator(new NodeId(5))).isEmpty();
    }

    @Test
    void an_id_that_is_not_an_indicator_is_refused() {
        for (var code : List.of("#5", "#99", "#x", "#0")) {
            assertThat(codes.resolve(code)).as(code)
                    .isEqualTo(new Resolution.Unresolved(Message.of("values.code.no-indicator", code)));
        }
    }

    @Test
    void measures_come_from_the_catalog_and_from_the_formulas() {
        assertThat(codes.resolve("CO.5")).isEqualTo(new Resolution.Found(ValueTarget.measure("CO.5"), Unit.COUNT));
        assertThat(codes.resolve("GG_Ritardo"))
                .isEqualTo(new Resolution.Found(ValueTarget.measure("GG_Ritardo"), Unit.UNSPECIFIED));
    }

    @Test
    void an_unknown_code_is_refused() {
        assertThat(codes.resolve("ZZ_9")).isEqualTo(new Resolution.Unresolved(Message.of("values.code.unknown", "ZZ_9")));
        assertThat(codes.resolve("  ")).isEqualTo(new Resolution.Unresolved(Message.of("values.code.empty")));
    }

    /** The formula the importer derives from an algorithm text, as stored with the plan. */
    private static String derived(String algorithm) {
        return AlgorithmReading.read(algorithm) instanceof Reading.Derived d ? d.formulaText() : "";
    }
}
