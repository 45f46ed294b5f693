package it.traguardi.web.plan;

import it.traguardi.core.plan.Plan;
import it.traguardi.core.plan.PlanNode;
import it.traguardi.core.score.Coverage;
import it.traguardi.core.score.ResultFormat;
import it.traguardi.core.score.Score;
import it.traguardi.core.score.ScoreTree;
import it.traguardi.store.ScoreStamps;
import it.traguardi.web.result.Light;
import it.traguardi.web.result.Results;
import it.traguardi.web.values.PlanValues;
import it.traguardi.web.values.ValueChange;
import it.traguardi.web.values.WaitingValues;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Il grado di raggiungimento di ogni piano, for the home page: each plan is scored once per stamp
 * (its row and version, its year-end values, its rules; see {@link ScoreStamps}) and shown from
 * memory until the stamp changes. The stamps are read before anything is scored, so a score
 * computed from data newer than its stamp is only recomputed once more, never shown stale. The
 * dashboard of the plan (areas, indicators at risk, values waiting for the next monitoring, the latest values) is
 * computed with it and kept under the same stamp, which also counts the values of every period.
 */
final class OverallScores {

    /**
     * A plan on the home page: entity, year, indicators, its overall achievement ("" when N/D), what
     * it stands on, the achievement of each area, and its indicators at risk (not achieved or only
     * partly) in the plan's order, what still waits for its next monitoring, and the values last recorded.
     */
    record Overall(String entity, int year, int indicators, String achievement, Coverage coverage,
            List<HomePage.NodeLink> areas, List<HomePage.NodeLink> atRisk, WaitingValues waiting,
            List<ValueChange> changes) {
        Overall {
            areas = List.copyOf(areas);
            atRisk = List.copyOf(atRisk);
            changes = List.copyOf(changes);
        }
    }

    private record CachedOverall(ScoreStamps.Stamp stamp, Overall overall) {
    }

    /** The days of the monitoring calendar are the entities' own, in Italy. */
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");

    /** How many of the values last recorded the dashboard lists. */
    static final int CHANGES_SHOWN = 5;

    private final Results results;
    private final ScoreStamps stamps;
    private final PlanValues values;
    private final ConcurrentHashMap<String, CachedOverall> cache = new ConcurrentHashMap<>();

    OverallScores(Results results, ScoreStamps stamps, PlanValues values) {
        this.results = results;
        this.stamps = stamps;
        this.values = values;
    }

    /** Every stored plan, by entity and then newest year first. */
    List<Overall> all() {
        var current = stamps.all();
        var keys = current.stream().map(OverallScores::key).collect(Collectors.toSet());
        cache.keySet().retainAll(keys);
        return current.stream().map(this::overall).flatMap(Optional::stream)
                .sorted(Comparator.comparing(Overall::entity).thenComparing(Overall::year, Comparator.reverseOrder()))
                .toList();
    }

    private Optional<Overall> overall(ScoreStamps.Stamp stamp) {
        var today = LocalDate.now(ROME);
        var cached = cache.get(key(stamp));
        // the stamp counts the values of every period; the next monitoring moves with the calendar
        if (cached != null && cached.stamp().equals(stamp)
                && cached.overall().waiting().period().equals(WaitingValues.next(stamp.year(), today))) {
            return Optional.of(cached.overall());
        }
        // a plan deleted between the stamps and this load is left out until the next page; the
        // dashboard is one for everyone, so it shows the version in force (the latest approved),
        // never the working draft of a revision (a plan never approved: its current version)
        return results.plans().lifecycle().shown(stamp.entity(), stamp.year(), false).map(plan -> {
            var tree = results.of(plan).tree();
            var root = tree.root();
            var areas = plan.areas().stream().map(a -> link(plan, a, tree)).toList();
            var atRisk = plan.indicators().filter(i -> Light.atRisk(tree.find(i.id()).orElseThrow().status()))
                    .map(i -> link(plan, i, tree)).toList();
            var overall = new Overall(plan.entity(), plan.year(), (int) plan.indicators().count(),
                    root.score() instanceof Score.Scored ? ResultFormat.achievement(root.score()) : "", root.coverage(),
                    areas, atRisk, WaitingValues.of(values, plan, today),
                    ValueChange.latest(values, plan, CHANGES_SHOWN));
            cache.put(key(stamp), new CachedOverall(stamp, overall));
            return overall;
        });
    }

    private static HomePage.NodeLink link(Plan plan, PlanNode node, ScoreTree tree) {
        return new HomePage.NodeLink(node.label(), Results.nodeHref(plan.entity(), plan.year(), node),
                ResultFormat.achievement(tree.find(node.id()).orElseThrow().score()));
    }

    private static String key(ScoreStamps.Stamp stamp) {
        return stamp.year() + ":" + stamp.entity();
    }
}
