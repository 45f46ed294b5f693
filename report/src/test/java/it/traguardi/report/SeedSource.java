package it.traguardi.report;

import it.traguardi.core.comment.Comment;
import it.traguardi.core.measure.Period;
import it.traguardi.core.measure.Snapshot;
import it.traguardi.core.measure.ValueRecord;
import it.traguardi.core.measure.ValueTarget;
import it.traguardi.core.plan.Indicator;
import it.traguardi.core.plan.NodeId;
import it.traguardi.core.plan.Plan;
import it.traguardi.core.score.PolicyOverrides;
import it.traguardi.core.score.ScoringPolicy;
import it.traguardi.core.value.Value;
import it.traguardi.exchange.DemoData;
import it.traguardi.exchange.ImportException;
import it.traguardi.exchange.alberatura.AlberaturaReader;
import it.traguardi.exchange.alberatura.Overrides;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The seed (Modena 2022) with values, as a report reads it: every indicator that has a baseline gets
 * its latest baseline as its 2022 actual (real figures of the plan, so some targets are met and some
 * missed), entered by {@code referente}; the first indicator is corrected once with a reason, and
 * every indicator left short of its target carries the reason its owner gave. Two comments.
 */
public final class SeedSource {

    public static final Instant FIRST = Instant.parse("2023-01-20T09:00:00Z");
    public static final Instant CORRECTED = Instant.parse("2023-02-03T10:30:00Z");

    private SeedSource() {
    }

    public static Plan plan() {
        try {
            return AlberaturaReader.read("seed", DemoData.modena2022(), Overrides.NONE).plan();
        } catch (ImportException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ReportSource withValues() {
        var plan = plan();
        var period = Period.of(plan.year());
        var history = new LinkedHashMap<NodeId, List<ValueRecord>>();
        var latest = new HashMap<ValueTarget, Value>();
        var indicators = plan.indicators().toList();
        for (var indicator : indicators) {
            var baselines = indicator.definition().baselines();
            if (baselines.isEmpty()) {
                continue;
            }
            var value = baselines.get(baselines.lastKey());
            var record = new ValueRecord(ValueTarget.indicator(indicator.id()), period, value, FIRST, "referente",
                    "Dato di consuntivo dal sistema di " + indicator.code());
            history.computeIfAbsent(indicator.id(), k -> new ArrayList<>()).add(record);
            latest.put(record.target(), value);
        }
        var first = indicators.getFirst();
        var correction = new ValueRecord(ValueTarget.indicator(first.id()), period,
                latest.get(ValueTarget.indicator(first.id())), CORRECTED, "pianificatore", "Rettifica dopo verifica");
        history.computeIfAbsent(first.id(), k -> new ArrayList<>()).add(correction);
        var snapshot = Snapshot.of(plan, period, ScoringPolicy.defaults(), PolicyOverrides.none(), latest);
        return new ReportSource(plan, period, snapshot.tree(), snapshot.actuals(), comments(plan, indicators),
                history);
    }

    private static Map<NodeId, List<Comment>> comments(Plan plan, List<Indicator> indicators) {
        var os = plan.strategicObjectives().findFirst().orElseThrow();
        return Map.of(os.id(), List.of(new Comment(os.id(), "Obiettivo seguito dall'ufficio estero", "dirigente", FIRST)),
                indicators.get(1).id(), List.of(new Comment(indicators.get(1).id(),
                        "Valore in calo per la chiusura di due bandi", "referente", CORRECTED)));
    }
}
