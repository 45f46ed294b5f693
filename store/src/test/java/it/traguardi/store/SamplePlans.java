package it.traguardi.store;

import it.traguardi.core.plan.Indicator;
import it.traguardi.core.plan.IndicatorDefinition;
import it.traguardi.core.plan.NodeId;
import it.traguardi.core.plan.OperationalObjective;
import it.traguardi.core.plan.Plan;
import it.traguardi.core.plan.StrategicArea;
import it.traguardi.core.plan.StrategicObjective;
import it.traguardi.core.value.Notation;
import it.traguardi.core.value.Quantity;
import it.traguardi.core.value.Target;
import it.traguardi.core.value.Unit;
import it.traguardi.core.value.Value;
import it.traguardi.core.value.Weight;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Plans built in code for the store tests: every kind of value and target, N/D, empty and
 * duplicate codes, numbers with 0 and 2 decimals, negative numbers and large euro amounts.
 */
final class SamplePlans {

    static final String ENTITY = "CCIAA di Modena";
    static final int YEAR = 2022;

    private SamplePlans() {
    }

    /** The reference plan: 2 areas, 3 OS, 2 OO, 7 indicators. */
    static Plan sample() {
        return sample(ENTITY, YEAR);
    }

    static Plan sample(String entity, int year) {
        var competitiveness = new StrategicArea(new NodeId(1), "1", "Competitivita' delle imprese", w("60"), List.of(
                new StrategicObjective(new NodeId(2), "11", "Sostenere la digitalizzazione", w("66.67"),
                        w("50"), List.of(indicator(3, "11.1", "Imprese assistite", "66.67", everyNumber())),
                        w("50"), List.of(
                                operational(4, "701.C1.1", "Punto impresa digitale", "50",
                                        indicator(5, "", "Indicatore senza codice", "100", datesAndFlags())),
                                operational(6, "701.C1.1", "Stesso codice, altro obiettivo", "50",
                                        indicator(7, "42.D4.1.2", "Tempi di pagamento", "0", negativeDays())))),
                new StrategicObjective(new NodeId(8), "12", "Semplificare", w("33.33"),
                        w("100"), List.of(indicator(9, "42.D4.1.2", "Stesso codice, altro indicatore", "100",
                                everyNotAvailable())),
                        w("0"), List.of())));
        var efficiency = new StrategicArea(new NodeId(10), "", "Efficienza dell'ente", w("40"), List.of(
                new StrategicObjective(new NodeId(11), "C1.1.07", "Valorizzare il patrimonio", w("100"),
                        w("0"), List.of(indicator(12, "EC27", "Nessun valore", "0", nothing())),
                        w("100"), List.of(operational(13, "71 Controlli Servizi", "Controlli", "100",
                                indicator(14, "82B3.1", "Proventi", "100", euros()))))));
        return new Plan(entity, year, List.of(2019, 2020, 2021), List.of(2022, 2023, 2024),
                List.of(competitiveness, efficiency));
    }

    /** A plan of about {@code indicatorsPerObjective * 20} nodes, shaped like the seed. */
    static Plan large(String entity, int year, int indicatorsPerObjective) {
        var ids = new int[] {0};
        var areas = new ArrayList<StrategicArea>();
        for (int a = 1; a <= 3; a++) {
            var objectives = new ArrayList<StrategicObjective>();
            for (int s = 1; s <= 3; s++) {
                var osId = new NodeId(++ids[0] + 1);
                var ownIndicators = indicators(ids, indicatorsPerObjective);
                var operationals = new ArrayList<OperationalObjective>();
                for (int o = 1; o <= 2; o++) {
                    var ooId = new NodeId(++ids[0] + 1);
                    operationals.add(new OperationalObjective(ooId, a + "." + s + "." + o, "OO " + ooId,
                            w("50"), indicators(ids, indicatorsPerObjective)));
                }
                objectives.add(new StrategicObjective(osId, a + "." + s, "OS " + osId, w(s == 3 ? "33.34" : "33.33"),
                        w("50"), ownIndicators, w("50"), operationals));
            }
            areas.add(new StrategicArea(new NodeId(++ids[0] + 1), String.valueOf(a), "Ambito " + a,
                    w(a == 3 ? "33.34" : "33.33"), objectives));
        }
        return new Plan(entity, year, List.of(2019, 2020, 2021), List.of(2022, 2023, 2024), areas);
    }

    /** The same plan with a title too long for its column on its very last indicator. */
    static Plan withOverlongTitleAtTheEnd() {
        return withLastIndicator(new Indicator(new NodeId(14), "82B3.1", "x".repeat(2001), w("100"), euros()));
    }

    /** The sample plan with its very last indicator swapped for another. */
    private static Plan withLastIndicator(Indicator bad) {
        var plan = sample();
        var last = plan.areas().get(1);
        var os = last.objectives().get(0);
        var oo = os.operationalObjectives().get(0);
        var area = new StrategicArea(last.id(), last.code(), last.title(), last.weight(), List.of(
                new StrategicObjective(os.id(), os.code(), os.title(), os.weight(), os.indicatorGroupWeight(),
                        os.indicators(), os.operationalGroupWeight(), List.of(
                                new OperationalObjective(oo.id(), oo.code(), oo.title(), oo.weight(), List.of(bad))))));
        return new Plan(plan.entity(), plan.year(), plan.baselineYears(), plan.targetYears(),
                List.of(plan.areas().get(0), area));
    }

    /** A plan whose last indicator reuses the node id of the first area. */
    static Plan withDuplicateNodeId() {
        return withLastIndicator(new Indicator(new NodeId(1), "82B3.1", "Proventi", w("100"), euros()));
    }

    /** A plan whose last indicator has a target with more decimals than the store keeps. */
    static Plan withTooManyDecimals() {
        var definition = IndicatorDefinition.of("", Unit.PERCENT, Map.of(),
                Map.of(2022, new Target.Exactly(q("0.1234567890123", Unit.PERCENT))));
        return withLastIndicator(new Indicator(new NodeId(14), "82B3.1", "Proventi", w("100"), definition));
    }

    static int nodeCount(Plan plan) {
        return plan.nodes().size();
    }

    private static List<Indicator> indicators(int[] ids, int count) {
        var out = new ArrayList<Indicator>();
        for (int i = 1; i <= count; i++) {
            var id = ++ids[0] + 1;
            var definition = i % 2 == 0 ? everyNumber() : datesAndFlags();
            out.add(new Indicator(new NodeId(id), "I." + id, "Indicatore " + id, w(i == 1 ? "100" : "0"), definition));
        }
        return out;
    }

    // ---- definitions ----

    private static IndicatorDefinition everyNumber() {
        return new IndicatorDefinition("Numero imprese assistite: D1.1_2 + D1.1_1 + D1.1_3", Unit.PERCENT,
                new TreeMap<>(Map.of(2019, number("67.00", Unit.PERCENT), 2020, number("1", Unit.PERCENT),
                        2021, number("1.44", Unit.PERCENT))),
                new TreeMap<>(Map.of(
                        2022, new Target.AtLeast(q("67.00", Unit.PERCENT), Notation.SYMBOL),
                        2023, new Target.AtLeast(q("70", Unit.PERCENT), Notation.ASCII),
                        2024, new Target.Between(q("60", Unit.PERCENT), q("80.50", Unit.PERCENT)))),
                "Registro imprese", "Area promozione");
    }

    private static IndicatorDefinition datesAndFlags() {
        return new IndicatorDefinition("Attivazione del servizio entro la scadenza", Unit.DATE,
                new TreeMap<>(Map.of(2019, new Value.Day(LocalDate.of(2020, 12, 25)), 2020, new Value.Flag(true),
                        2021, new Value.Flag(false))),
                new TreeMap<>(Map.of(2022, new Target.Deadline(LocalDate.of(2022, 12, 31)),
                        2023, new Target.Milestone(true), 2024, new Target.Milestone(false))),
                "", "Segreteria generale");
    }

    private static IndicatorDefinition negativeDays() {
        return new IndicatorDefinition("GG_Canc_Prot / N_Canc_Prot_Evase", Unit.DAYS,
                new TreeMap<>(Map.of(2020, number("-20.14", Unit.DAYS), 2021, Value.MISSING)),
                new TreeMap<>(Map.of(2022, new Target.AtMost(q("-18", Unit.DAYS), Notation.SYMBOL),
                        2023, new Target.AtMost(q("3.20", Unit.DAYS), Notation.ASCII),
                        2024, new Target.Exactly(q("0", Unit.DAYS)))),
                "Contabilita'", "Ragioneria", "GG_Canc_Prot / N_Canc_Prot_Evase");
    }

    private static IndicatorDefinition everyNotAvailable() {
        return new IndicatorDefinition("formula illeggibile ((", Unit.UNSPECIFIED,
                new TreeMap<>(Map.of(2019, Value.MISSING, 2020, Value.MISSING, 2021, Value.MISSING)),
                new TreeMap<>(Map.of(2022, Target.MISSING, 2023, Target.MISSING, 2024, Target.MISSING)), "", "");
    }

    private static IndicatorDefinition nothing() {
        return IndicatorDefinition.of("", Unit.COUNT, Map.of(), Map.of());
    }

    private static IndicatorDefinition euros() {
        return new IndicatorDefinition("Proventi correnti", Unit.EURO,
                new TreeMap<>(Map.of(2020, number("1.3E+10", Unit.EURO), 2021, number("13147300000", Unit.EURO))),
                new TreeMap<>(Map.of(2022, new Target.AtLeast(q("13147300000.50", Unit.EURO), Notation.SYMBOL),
                        2023, new Target.Exactly(q("941", Unit.COUNT)), 2024, Target.MISSING)),
                "Bilancio", "Ragioneria");
    }

    // ---- small builders ----

    private static Indicator indicator(int id, String code, String title, String weight,
            IndicatorDefinition definition) {
        return new Indicator(new NodeId(id), code, title, w(weight), definition);
    }

    private static OperationalObjective operational(int id, String code, String title, String weight,
            Indicator indicator) {
        return new OperationalObjective(new NodeId(id), code, title, w(weight), List.of(indicator));
    }

    private static Weight w(String percent) {
        return Weight.percent(percent);
    }

    private static Quantity q(String amount, Unit unit) {
        return new Quantity(new BigDecimal(amount), unit);
    }

    private static Value number(String amount, Unit unit) {
        return Value.of(q(amount, unit));
    }
}
