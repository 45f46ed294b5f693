package it.traguardi.web.plan;

import it.traguardi.core.score.Coverage;
import it.traguardi.core.score.ResultFormat;
import it.traguardi.core.score.Score;
import it.traguardi.store.ScoreStamps;
import it.traguardi.web.result.Results;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Il grado di raggiungimento di ogni piano, for the home page: each plan is scored once per stamp
 * (its row and version, its year-end values, its rules; see {@link ScoreStamps}) and shown from
 * memory until the stamp changes. The stamps are read before anything is scored, so a score
 * computed from data newer than its stamp is only recomputed once more, never shown stale.
 */
final class OverallScores {

    /** A plan on the home page: entity, year, indicators, its overall achievement ("" when N/D) and what it stands on. */
    record Overall(String entity, int year, int indicators, String achievement, Coverage coverage) {
    }

    private record CachedOverall(ScoreStamps.Stamp stamp, Overall overall) {
    }

    private final Results results;
    private final ScoreStamps stamps;
    private final ConcurrentHashMap<String, CachedOverall> cache = new ConcurrentHashMap<>();

    OverallScores(Results results, ScoreStamps stamps) {
        this.results = results;
        this.stamps = stamps;
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
        var cached = cache.get(key(stamp));
        if (cached != null && cached.stamp().equals(stamp)) {
            return Optional.of(cached.overall());
        }
        // a plan deleted between the stamps and this load is left out until the next page
        return results.plans().load(stamp.entity(), stamp.year()).map(plan -> {
            var root = results.of(plan).tree().root();
            var overall = new Overall(plan.entity(), plan.year(), (int) plan.indicators().count(),
                    root.score() instanceof Score.Scored ? ResultFormat.achievement(root.score()) : "", root.coverage());
            cache.put(key(stamp), new CachedOverall(stamp, overall));
            return overall;
        });
    }

    private static String key(ScoreStamps.Stamp stamp) {
        return stamp.year() + ":" + stamp.entity();
    }
}
