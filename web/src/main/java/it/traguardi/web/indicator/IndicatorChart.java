package it.traguardi.web.indicator;

import it.traguardi.core.i18n.Messages;
import it.traguardi.core.plan.Indicator;
import it.traguardi.core.value.ItalianFormat;
import it.traguardi.core.value.Target;
import it.traguardi.core.value.Value;
import it.traguardi.web.chart.LineChart;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The indicator's numbers over the years: baselines, targets (their threshold; ranges, deadlines and
 * milestones have no single number) and the actual of the plan year, as a chart and as table rows.
 */
final class IndicatorChart {

    private IndicatorChart() {
    }

    static List<Integer> years(Indicator indicator, int planYear) {
        var years = new TreeSet<Integer>(indicator.definition().baselines().keySet());
        years.addAll(indicator.definition().targets().keySet());
        years.add(planYear);
        return List.copyOf(years);
    }

    static String svg(Indicator indicator, int planYear, Value actual, Messages m) {
        var d = indicator.definition();
        var baselines = new TreeMap<Integer, BigDecimal>();
        d.baselines().forEach((year, value) -> number(value).ifPresent(n -> baselines.put(year, n)));
        var targets = new TreeMap<Integer, BigDecimal>();
        d.targets().forEach((year, target) -> threshold(target).ifPresent(n -> targets.put(year, n)));
        var actuals = new TreeMap<Integer, BigDecimal>();
        number(actual).ifPresent(n -> actuals.put(planYear, n));
        var series = new ArrayList<LineChart.Series>();
        series.add(new LineChart.Series(m.get("web.indicator.baseline"), "baseline", baselines));
        series.add(new LineChart.Series(m.get("web.indicator.target"), "target", targets));
        series.add(new LineChart.Series(m.get("web.indicator.actual"), "actual", actuals));
        var unit = d.unit().symbol();
        return LineChart.svg("chart-indicator", m.get("web.indicator.chart.title", indicator.label()),
                m.get("web.indicator.chart.desc", unit), years(indicator, planYear), series,
                n -> tick(n) + " " + unit);
    }

    /**
     * An axis label short enough for the margin: millions and billions as {@code mln} and
     * {@code mld} with one decimal, whole numbers above 100, two decimals below.
     */
    static String tick(BigDecimal n) {
        var abs = n.abs();
        if (abs.compareTo(BILLION) >= 0) {
            return ItalianFormat.formatNumber(n.divide(BILLION).setScale(1, RoundingMode.HALF_UP)) + " mld";
        }
        if (abs.compareTo(MILLION) >= 0) {
            return ItalianFormat.formatNumber(n.divide(MILLION).setScale(1, RoundingMode.HALF_UP)) + " mln";
        }
        return ItalianFormat.formatNumber(n.setScale(abs.compareTo(HUNDRED) >= 0 ? 0 : 2, RoundingMode.HALF_UP));
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000);

    private static Optional<BigDecimal> number(Value value) {
        return value instanceof Value.Amount n ? Optional.of(n.quantity().amount()) : Optional.empty();
    }

    private static Optional<BigDecimal> threshold(Target target) {
        return switch (target) {
            case Target.AtLeast t -> Optional.of(t.threshold().amount());
            case Target.AtMost t -> Optional.of(t.threshold().amount());
            case Target.Exactly t -> Optional.of(t.value().amount());
            case Target.Between t -> Optional.empty();
            case Target.Deadline t -> Optional.empty();
            case Target.Milestone t -> Optional.empty();
            case Target.Missing t -> Optional.empty();
        };
    }
}
