package it.traguardi.core.score;

import it.traguardi.core.i18n.Message;
import it.traguardi.core.value.Weight;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Media ponderata: the score of a parent from its parts. A 0% part is left out and never
 * rescaled into anything; an N/D part is left out (its siblings' weights rescaled) or counted as
 * 0%, as its candidate says. The mean is Σ weight × achievement / Σ weight over the contributors,
 * computed exactly from the parts' exact (unrounded) achievements.
 */
final class WeightedMean {

    /** A part offered to the mean; {@code zeroWhenMissing} counts an N/D part as 0%. */
    record Candidate(Part part, Weight weight, Score score, boolean zeroWhenMissing) {
    }

    /** The parent's score and its explanation. */
    record Combined(Score score, Explanation explanation) {
    }

    private record Member(Candidate candidate, Achievement achievement, boolean countedAsZero) {
        BigDecimal weighted() {
            return candidate.weight().percent().multiply(achievement.exact());
        }
    }

    private WeightedMean() {
    }

    static Combined combine(List<Candidate> candidates) {
        var members = new ArrayList<Member>();
        var excluded = new ArrayList<Exclusion>();
        for (var c : candidates) {
            if (c.weight().isZero()) {
                excluded.add(new Exclusion(c.part(), c.weight(), Message.of("score.excluded.zeroWeight")));
                continue;
            }
            switch (c.score()) {
                case Score.Scored s -> members.add(new Member(c, s.achievement(), false));
                case Score.NotAvailable n when c.zeroWhenMissing() ->
                        members.add(new Member(c, Achievement.NONE, true));
                case Score.NotAvailable n ->
                        excluded.add(new Exclusion(c.part(), c.weight(), Message.of("score.excluded.notAvailable")));
            }
        }
        if (members.isEmpty()) {
            var reason = candidates.isEmpty() ? Score.notAvailable("score.node.empty")
                    : Score.notAvailable("score.node.noMeasurableChild", excluded.size());
            return new Combined(reason, new Explanation(List.of(), excluded));
        }
        return mean(members, excluded);
    }

    private static Combined mean(List<Member> members, List<Exclusion> excluded) {
        var total = members.stream().map(m -> m.candidate().weight().percent())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        var weightedSum = members.stream().map(Member::weighted).reduce(BigDecimal.ZERO, BigDecimal::add);
        var contributors = members.stream().map(m -> new Contribution(m.candidate().part(), m.candidate().weight(),
                Rounding.percentOf(m.candidate().weight().percent(), total), m.achievement(),
                Rounding.divide(m.weighted(), total), m.countedAsZero())).toList();
        return new Combined(Score.of(Rounding.divide(weightedSum, total)), new Explanation(contributors, excluded));
    }
}
