package it.traguardi.core.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import it.traguardi.core.plan.Indicator;
import it.traguardi.core.plan.OperationalObjective;
import it.traguardi.core.value.Notation;
import it.traguardi.core.value.Quantity;
import it.traguardi.core.value.Target;
import it.traguardi.core.value.Unit;
import it.traguardi.core.value.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class ScoringPropertiesTest {

    /** A sibling: weight 1..100% and an actual 0..250 against ≥ 100, in hundredths. */
    private record Sibling(int weight, int actualHundredths) {
    }

    private static Gen<Sibling> siblings() {
        return integers().between(1, 100).zip(integers().between(0, 25_000), Sibling::new);
    }

    private static Gen<BigDecimal> amounts() {
        return integers().between(-100_000, 100_000).map(i -> BigDecimal.valueOf(i, 2));
    }

    private static Achievement exact(Score score) {
        return ((Score.Scored) score).achievement();
    }

    private static Indicator indicator(PlanFixture f, Sibling s) {
        return f.indicator(Integer.toString(s.weight()), "≥ 100 N.",
                BigDecimal.valueOf(s.actualHundredths(), 2).toPlainString().replace('.', ',') + " N.");
    }

    private static ScoreTree scoreOne(PlanFixture f, OperationalObjective oo, boolean cap) {
        return f.score(f.plan(f.area("100", f.strategic("100", oo))),
                ScoringPolicy.defaults().withCapAtFull(cap), PolicyOverrides.none());
    }

    @Test
    void a_parent_scores_between_its_lowest_and_its_highest_child() {
        qt().forAll(lists().of(siblings()).ofSizeBetween(1, 8), booleans().all()).checkAssert((list, cap) -> {
            var f = new PlanFixture();
            var oo = f.operational("100", list.stream().map(s -> indicator(f, s)).toArray(Indicator[]::new));
            var tree = scoreOne(f, oo, cap);
            var children = oo.indicators().stream().map(i -> exact(tree.find(i.id()).orElseThrow().score())).toList();
            var parent = exact(tree.find(oo.id()).orElseThrow().score());

            assertThat(parent).isBetween(Collections.min(children), Collections.max(children));
        });
    }

    @Test
    void reordering_siblings_changes_nothing() {
        qt().forAll(lists().of(siblings()).ofSizeBetween(1, 8), integers().all()).checkAssert((list, seed) -> {
            var shuffled = new ArrayList<>(list);
            Collections.shuffle(shuffled, new Random(seed));
            assertThat(objectiveScore(shuffled)).isEqualTo(objectiveScore(list));
        });
    }

    private static Achievement objectiveScore(List<Sibling> siblings) {
        var f = new PlanFixture();
        var oo = f.operational("100", siblings.stream().map(s -> indicator(f, s)).toArray(Indicator[]::new));
        return exact(scoreOne(f, oo, false).find(oo.id()).orElseThrow().score());
    }

    @Test
    void an_at_least_score_never_falls_when_the_actual_rises() {
        var policies = List.of(ScoringPolicy.defaults(), ScoringPolicy.defaults().withCapAtFull(false),
                ScoringPolicy.defaults().withFloor(Floor.below("60")),
                ScoringPolicy.defaults().withBands(ScoreBands.of("0", "70", "90", "100")));
        qt().forAll(amounts(), amounts(), amounts(), integers().between(0, policies.size() - 1))
                .checkAssert((target, first, second, p) -> {
                    var atLeast = new Target.AtLeast(new Quantity(target, Unit.COUNT), Notation.SYMBOL);
                    var lower = first.min(second);
                    var higher = first.max(second);
                    var policy = policies.get(p);
                    assertThat(exact(IndicatorScoring.score(atLeast, number(lower), policy)))
                            .isLessThanOrEqualTo(exact(IndicatorScoring.score(atLeast, number(higher), policy)));
                });
    }

    @Test
    void an_at_most_score_never_rises_when_the_actual_rises() {
        qt().forAll(amounts(), amounts(), amounts(), booleans().all()).checkAssert((target, first, second, cap) -> {
            var atMost = new Target.AtMost(new Quantity(target, Unit.DAYS), Notation.SYMBOL);
            var policy = ScoringPolicy.defaults().withCapAtFull(cap);
            var lower = IndicatorScoring.score(atMost, days(first.min(second)), policy);
            var higher = IndicatorScoring.score(atMost, days(first.max(second)), policy);
            assertThat(exact(lower)).isGreaterThanOrEqualTo(exact(higher));
        });
    }

    private static Value number(BigDecimal amount) {
        return Value.of(new Quantity(amount, Unit.COUNT));
    }

    private static Value days(BigDecimal amount) {
        return Value.of(new Quantity(amount, Unit.DAYS));
    }
}
