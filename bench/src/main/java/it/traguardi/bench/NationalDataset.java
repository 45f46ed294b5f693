package it.traguardi.bench;

import it.traguardi.core.measure.Period;
import it.traguardi.core.measure.ValueRecord;
import it.traguardi.core.measure.ValueTarget;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Issue 3's generated national data set: {@value #ENTITIES} entities, {@value #YEARS} plan years each,
 * {@value #INDICATORS} indicators per plan, actual values for two periods (30 June and the year).
 * Deterministic: the same plans and values on every run.
 *
 * <p>Each plan: 4 areas (25% each) × 3 strategic objectives (33,34 / 33,33 / 33,33) × (an indicator
 * group of 2 indicators, 40%, and an operational group of 4 objectives, 60%); the 48 operational
 * objectives have 3 or 4 indicators, 200 indicators in all, sibling weights summing to 100,00. The
 * indicators cycle through four kinds: ≥ % over a ratio of two measures, ≤ days (negative thresholds)
 * over a difference of two measures, a deadline, and ≥ count entered directly; so half have a formula.
 * The algorithm text of a formula indicator is its formula (measure codes such as {@code M001a}), so the
 * plan check reads it. Values: every measure and every direct indicator, about one in twenty N/D.
 */
public final class NationalDataset {

    public static final int ENTITIES = 100;
    public static final int YEARS = 3;
    public static final int FIRST_YEAR = 2024;
    public static final int INDICATORS = 200;
    /** The code every generated plan gives its payment-timeliness indicator (the second, a ≤ days formula). */
    public static final String PAYMENT_TIMELINESS = "1.1.b";
    /** The title of that indicator, alike in every plan: the one the cross-entity comparison asks about. */
    public static final String PAYMENT_TIMELINESS_TITLE = "Tempestività dei pagamenti";

    private static final int AREAS = 4;
    private static final int OBJECTIVES_PER_AREA = 3;
    private static final int OPERATIONAL_PER_OBJECTIVE = 4;
    private static final int OBJECTIVE_INDICATORS = 2;
    private static final Instant RECORDED_AT = Instant.parse("2026-01-15T09:00:00Z");

    /** One entity's plan for one year with its values for the two periods. */
    public record Entry(Plan plan, Map<Period, List<ValueRecord>> values) {
    }

    private NationalDataset() {
    }

    /** Every plan with its values: entity by entity, year by year. */
    public static List<Entry> generate() {
        var out = new ArrayList<Entry>(ENTITIES * YEARS);
        for (int e = 1; e <= ENTITIES; e++) {
            for (int year = FIRST_YEAR; year < FIRST_YEAR + YEARS; year++) {
                out.add(entry(entity(e), e, year));
            }
        }
        return out;
    }

    /** The plan of the {@code number}-th entity (from 1), named {@code entity}, for a year, with its values. */
    static Entry entry(String entity, int number, int year) {
        var random = new SplittableRandom(number * 10_000L + year);
        var plan = plan(entity, year, random);
        return new Entry(plan, values(plan, random));
    }

    public static String entity(int number) {
        return "Comune %03d".formatted(number);
    }

    /** The two periods of a plan year: the monitoring at 30 June and the year. */
    public static List<Period> periods(int year) {
        return List.of(new Period.Day(LocalDate.of(year, 6, 30)), Period.of(year));
    }

    static Plan plan(String entity, int year, SplittableRandom random) {
        return plan(entity, year, AREAS, random);
    }

    /** A plan shaped like the others with {@code areas} areas of 50 indicators each (50 areas: 2,500 indicators). */
    public static Plan plan(String entity, int year, int areaCount, SplittableRandom random) {
        var ids = new int[] {0};
        var indicatorNumber = new int[] {0};
        var operationalNumber = 0;
        var areas = new ArrayList<StrategicArea>();
        for (int a = 1; a <= areaCount; a++) {
            var areaId = next(ids);
            var objectives = new ArrayList<StrategicObjective>();
            for (int o = 1; o <= OBJECTIVES_PER_AREA; o++) {
                var code = a + "." + o;
                var objectiveId = next(ids);
                var own = indicators(code, OBJECTIVE_INDICATORS, year, ids, indicatorNumber, random);
                var operational = new ArrayList<OperationalObjective>();
                for (int p = 1; p <= OPERATIONAL_PER_OBJECTIVE; p++) {
                    var ooCode = code + "." + p;
                    var ooId = next(ids);
                    var count = operationalNumber++ % 3 == 0 ? 3 : 4;
                    operational.add(new OperationalObjective(ooId, ooCode, "Obiettivo operativo " + ooCode,
                            share(p, OPERATIONAL_PER_OBJECTIVE),
                            indicators(ooCode, count, year, ids, indicatorNumber, random)));
                }
                objectives.add(new StrategicObjective(objectiveId, code, "Obiettivo strategico " + code,
                        share(o, OBJECTIVES_PER_AREA), Weight.percent("40"), own, Weight.percent("60"),
                        operational));
            }
            areas.add(new StrategicArea(areaId, "A" + a, "Ambito strategico " + a, share(a, areaCount), objectives));
        }
        return new Plan(entity, year, List.of(year - 1), List.of(year, year + 1, year + 2), areas);
    }

    private static NodeId next(int[] ids) {
        return new NodeId(++ids[0]);
    }

    /** The {@code index}-th (from 1) of {@code count} sibling weights summing to 100,00: the first take the cents left over. */
    static Weight share(int index, int count) {
        var cents = 10_000 / count + (index <= 10_000 % count ? 1 : 0);
        return new Weight(BigDecimal.valueOf(cents, 2));
    }

    private static List<Indicator> indicators(String parent, int count, int year, int[] ids, int[] number,
            SplittableRandom random) {
        var out = new ArrayList<Indicator>();
        for (int i = 1; i <= count; i++) {
            var n = ++number[0];
            out.add(new Indicator(next(ids), parent + "." + (char) ('a' + i - 1),
                    n == 2 ? PAYMENT_TIMELINESS_TITLE : "Indicatore " + n,
                    share(i, count), definition(n, year, random)));
        }
        return out;
    }

    private static IndicatorDefinition definition(int n, int year, SplittableRandom random) {
        var targets = new HashMap<Integer, Target>();
        return switch (n % 4) {
            case 1 -> {
                for (int y = year; y < year + 3; y++) {
                    targets.put(y, new Target.AtLeast(percent(random.nextInt(50, 96)), Notation.SYMBOL));
                }
                var formula = measure(n, 'a') + " / " + measure(n, 'b') + " * 100";
                yield IndicatorDefinition.of(formula, Unit.PERCENT,
                        Map.of(year - 1, Value.of(percent(random.nextInt(40, 90)))), targets).withFormula(formula);
            }
            case 2 -> {
                for (int y = year; y < year + 3; y++) {
                    targets.put(y, new Target.AtMost(days(random.nextInt(-15, 31)), Notation.SYMBOL));
                }
                var formula = measure(n, 'a') + " - " + measure(n, 'b');
                yield IndicatorDefinition.of(formula, Unit.DAYS,
                        Map.of(year - 1, Value.of(days(random.nextInt(-10, 40)))), targets).withFormula(formula);
            }
            case 3 -> {
                for (int y = year; y < year + 3; y++) {
                    targets.put(y, new Target.Deadline(LocalDate.of(y, 1, 1).plusDays(random.nextInt(90, 360))));
                }
                yield IndicatorDefinition.of("Data di completamento", Unit.DATE, Map.of(), targets);
            }
            default -> {
                for (int y = year; y < year + 3; y++) {
                    targets.put(y, new Target.AtLeast(count(random.nextInt(10, 500)), Notation.ASCII));
                }
                yield IndicatorDefinition.of("Numero di interventi", Unit.COUNT,
                        Map.of(year - 1, Value.of(count(random.nextInt(5, 400)))), targets);
            }
        };
    }

    static String measure(int indicator, char which) {
        return "M%03d%c".formatted(indicator, which);
    }

    /** For each period: the values of the measures of the formulas and of the indicators without one. */
    static Map<Period, List<ValueRecord>> values(Plan plan, SplittableRandom random) {
        var out = new java.util.LinkedHashMap<Period, List<ValueRecord>>();
        for (var period : periods(plan.year())) {
            var records = new ArrayList<ValueRecord>();
            var number = 0;
            for (var indicator : plan.indicators().toList()) {
                var n = ++number;
                switch (n % 4) {
                    case 1 -> {
                        var received = random.nextInt(100, 1_000);
                        records.add(record(ValueTarget.measure(measure(n, 'a')), period,
                                number(random.nextInt(received / 3, received + 1), Unit.COUNT, random)));
                        records.add(record(ValueTarget.measure(measure(n, 'b')), period,
                                number(received, Unit.COUNT, random)));
                    }
                    case 2 -> {
                        var due = random.nextInt(0, 60);
                        records.add(record(ValueTarget.measure(measure(n, 'a')), period,
                                number(due + random.nextInt(-20, 40), Unit.DAYS, random)));
                        records.add(record(ValueTarget.measure(measure(n, 'b')), period,
                                number(due, Unit.DAYS, random)));
                    }
                    case 3 -> records.add(record(ValueTarget.indicator(indicator.id()), period,
                            missing(random) ? Value.MISSING
                                    : new Value.Day(LocalDate.of(plan.year(), 1, 1).plusDays(random.nextInt(60, 400)))));
                    default -> records.add(record(ValueTarget.indicator(indicator.id()), period,
                            number(random.nextInt(0, 600), Unit.COUNT, random)));
                }
            }
            out.put(period, records);
        }
        return out;
    }

    private static ValueRecord record(ValueTarget target, Period period, Value value) {
        return new ValueRecord(target, period, value, RECORDED_AT, ValueRecord.SYSTEM, "");
    }

    private static Value number(int amount, Unit unit, SplittableRandom random) {
        return missing(random) ? Value.MISSING : Value.of(new Quantity(BigDecimal.valueOf(amount), unit));
    }

    private static boolean missing(SplittableRandom random) {
        return random.nextInt(20) == 0;
    }

    private static Quantity percent(int amount) {
        return new Quantity(BigDecimal.valueOf(amount).setScale(2), Unit.PERCENT);
    }

    private static Quantity days(int amount) {
        return new Quantity(BigDecimal.valueOf(amount), Unit.DAYS);
    }

    private static Quantity count(int amount) {
        return new Quantity(BigDecimal.valueOf(amount), Unit.COUNT);
    }
}
