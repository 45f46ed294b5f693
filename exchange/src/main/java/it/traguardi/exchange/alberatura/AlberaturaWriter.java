package it.traguardi.exchange.alberatura;

import it.traguardi.core.i18n.Message;
import it.traguardi.core.plan.Indicator;
import it.traguardi.core.plan.Plan;
import it.traguardi.core.plan.PlanNode;
import it.traguardi.core.plan.StrategicObjective;
import it.traguardi.core.value.ItalianFormat;
import it.traguardi.core.value.Weight;
import it.traguardi.exchange.SpreadsheetCell;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Writes a plan as an alberatura TSV in the 12-field layout, with the title and header lines of
 * the seed. A new section starts wherever the baseline years change, so a plan read from a file
 * with sections of different baseline years is written back with the same sections. Every cell
 * passes through {@link SpreadsheetCell#neutralise}, so that no code, title or algorithm opens as a
 * formula in a spreadsheet. A plan the layout cannot hold whole (targets of three years, baselines of
 * three years a section) is refused ({@link AlberaturaUnfitException}), never written with values left out.
 */
public final class AlberaturaWriter {

    private static final String HEADER = String.join("\t", "Ambito", "Obiettivo strategico",
            "Obiettivo Operativo / Indicatori OS", "Indicatori", "Argomento", "BASE LINE", "", "", "TARGET", "", "", "");

    private final Plan plan;
    private final StringBuilder out = new StringBuilder();
    private List<Integer> sectionYears;

    private AlberaturaWriter(Plan plan) {
        this.plan = plan;
    }

    /** The plan as an alberatura; {@link AlberaturaUnfitException} when the layout cannot hold all of it. */
    public static String write(Plan plan) {
        var unfit = unfit(plan);
        if (!unfit.isEmpty()) {
            throw new AlberaturaUnfitException(unfit);
        }
        return new AlberaturaWriter(plan).render();
    }

    /**
     * The values of the plan the 12-field layout could not hold: baselines of an objective's indicators
     * in more than three years, targets of a year not among the plan's latest three target years. Empty
     * when it holds all of them (a plan of more target years with no target in the earlier ones is
     * written with its latest three, as before).
     */
    static List<Message> unfit(Plan plan) {
        var out = new ArrayList<Message>();
        var targetYears = lastThree(plan.targetYears());
        for (var area : plan.areas()) {
            for (var os : area.objectives()) {
                var baselineYears = baselineYearsOf(os);
                if (baselineYears.size() > SectionLayout.YEARS_PER_GROUP) {
                    out.add(Message.of("alberatura.unfit.baseline-years", os.label(), baselineYears.size(),
                            years(List.copyOf(baselineYears))));
                }
            }
        }
        plan.indicators().forEach(indicator -> indicator.definition().targets().keySet().stream()
                .filter(year -> !targetYears.contains(year)).sorted()
                .forEach(year -> out.add(Message.of("alberatura.unfit.target-year", indicator.label(), year,
                        years(targetYears)))));
        return out;
    }

    /** The years in which the indicators of an OS, its own and its OOs', have a baseline. */
    private static TreeSet<Integer> baselineYearsOf(StrategicObjective os) {
        var years = new TreeSet<Integer>();
        os.indicators().forEach(i -> years.addAll(i.definition().baselines().keySet()));
        os.operationalObjectives().forEach(oo -> oo.indicators()
                .forEach(i -> years.addAll(i.definition().baselines().keySet())));
        return years;
    }

    private static String years(List<Integer> years) {
        return String.join(", ", years.stream().map(String::valueOf).toList());
    }

    private String render() {
        out.append("\n\n");
        for (var area : plan.areas()) {
            sectionFor(area.objectives().isEmpty() ? sectionYears : baselineYears(area.objectives().getFirst()));
            row(area, "");
            for (var os : area.objectives()) {
                sectionFor(baselineYears(os));
                row(os, "");
                marker(os.indicatorGroupWeight(), SectionLayout.INDICATORS_MARKER);
                os.indicators().forEach(this::indicator);
                marker(os.operationalGroupWeight(), SectionLayout.OPERATIONAL_MARKER);
                for (var oo : os.operationalObjectives()) {
                    row(oo, "");
                    oo.indicators().forEach(this::indicator);
                }
            }
        }
        return out.toString();
    }

    /**
     * The baseline years of the section an OS goes in: the current section's when they hold every
     * baseline year of its indicators (or it has none); else the years of its indicators, completed
     * from the plan's baseline years, latest first, since a section header names three years and one
     * left blank could not be read back.
     */
    private List<Integer> baselineYears(StrategicObjective os) {
        var years = baselineYearsOf(os);
        if (years.isEmpty() || sectionYears != null && sectionYears.containsAll(years)) {
            return sectionYears;
        }
        for (var year : plan.baselineYears().reversed()) {
            if (years.size() >= SectionLayout.YEARS_PER_GROUP) {
                break;
            }
            years.add(year);
        }
        return lastThree(List.copyOf(years));
    }

    private void sectionFor(List<Integer> years) {
        var wanted = years == null ? lastThree(plan.baselineYears()) : years;
        if (wanted.equals(sectionYears)) {
            return;
        }
        if (sectionYears != null) {
            out.append('\n');
        }
        sectionYears = wanted;
        out.append(SpreadsheetCell.neutralise(SectionLayout.TITLE_PREFIX + plan.entity() + "_" + plan.year())).append("\n\n");
        out.append(HEADER).append('\n');
        var yearCells = new ArrayList<String>(List.of("", "", "", "", ""));
        yearCells.addAll(padded(sectionYears, String::valueOf));
        yearCells.addAll(padded(lastThree(plan.targetYears()), String::valueOf));
        yearCells.add("");
        out.append(String.join("\t", yearCells)).append('\n');
    }

    private void row(PlanNode node, String algorithm) {
        line(node.weight(), node.label(), algorithm, List.of("", "", ""), List.of("", "", ""));
    }

    private void marker(Weight weight, String name) {
        line(weight, name, "", List.of("", "", ""), List.of("", "", ""));
    }

    private void indicator(Indicator indicator) {
        var d = indicator.definition();
        line(indicator.weight(), indicator.label(), d.algorithm(),
                cells(sectionYears, d.baselines(), ItalianFormat::format),
                cells(lastThree(plan.targetYears()), d.targetWritings(), Function.identity()));
    }

    private void line(Weight weight, String label, String algorithm, List<String> baselines, List<String> targets) {
        var cells = new ArrayList<String>(List.of(ItalianFormat.format(weight), label, "", algorithm, ""));
        cells.addAll(baselines);
        cells.addAll(targets);
        cells.add("");
        out.append(String.join("\t", cells.stream().map(SpreadsheetCell::neutralise).toList())).append('\n');
    }

    private static <V> List<String> cells(List<Integer> years, Map<Integer, V> byYear, Function<V, String> format) {
        return padded(years, y -> byYear.containsKey(y) ? format.apply(byYear.get(y)) : "");
    }

    private static List<String> padded(List<Integer> years, Function<Integer, String> cell) {
        var out = new ArrayList<String>();
        for (int i = 0; i < SectionLayout.YEARS_PER_GROUP; i++) {
            out.add(i < years.size() ? cell.apply(years.get(i)) : "");
        }
        return out;
    }

    private static List<Integer> lastThree(List<Integer> years) {
        return years.subList(Math.max(0, years.size() - SectionLayout.YEARS_PER_GROUP), years.size());
    }
}
