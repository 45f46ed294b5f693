package it.traguardi.core.score;

import it.traguardi.core.value.Quantity;
import it.traguardi.core.value.Target;
import it.traguardi.core.value.Unit;
import it.traguardi.core.value.Value;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.function.BinaryOperator;

/**
 * Misurazione dell'indicatore: the degree of achievement of one actual value against one target,
 * under a policy. Numeric rules are in {@link TargetRules}; here are the checks and the non-numeric
 * kinds:
 *
 * <ul>
 *   <li>no target, or no actual value: N/D with the reason;
 *   <li>an actual of another unit than the target (a date against a number, % against gg): N/D;
 *   <li>{@code Entro d}: a completion date on or before d is 100%; after d, the policy's
 *       {@link LateCredit} (0% by default). A "no" flag means not completed: 0%. A "yes" flag
 *       without a date is N/D: whether it was on time cannot be told, and the OIV needs the date;
 *   <li>yes/no milestone: 100% when the flag equals what was expected, else 0%. A completion date
 *       counts as "yes" (the milestone was reached on that day).
 * </ul>
 *
 * Every score then goes through {@link ScoringPolicy#settle}.
 */
public final class IndicatorScoring {

    private IndicatorScoring() {
    }

    public static Score score(Target target, Value actual, ScoringPolicy policy) {
        if (target instanceof Target.Missing) {
            return Score.notAvailable("score.target.missing");
        }
        if (actual instanceof Value.Missing) {
            return Score.notAvailable("score.actual.missing");
        }
        return switch (target) {
            case Target.AtLeast t -> numeric(t.threshold(), actual, policy, TargetRules::atLeast);
            case Target.AtMost t -> numeric(t.threshold(), actual, policy, TargetRules::atMost);
            case Target.Exactly t -> numeric(t.value(), actual, policy, TargetRules::exactly);
            case Target.Between t -> numeric(t.low(), actual, policy,
                    (low, a) -> TargetRules.between(low, t.high().amount(), a));
            case Target.Deadline t -> deadline(t.date(), actual, policy);
            case Target.Milestone t -> milestone(t.expected(), actual, policy);
            case Target.Missing t -> Score.notAvailable("score.target.missing");
        };
    }

    /** Scores a number by {@code rule(target amount, actual amount)} when its unit is the target's. */
    private static Score numeric(Quantity target, Value actual, ScoringPolicy policy, BinaryOperator<BigDecimal> rule) {
        if (actual instanceof Value.Amount n && n.quantity().unit() == target.unit()) {
            return settled(policy, rule.apply(target.amount(), n.quantity().amount()));
        }
        return mismatch(actual.unit(), target.unit());
    }

    private static Score deadline(LocalDate deadline, Value actual, ScoringPolicy policy) {
        return switch (actual) {
            case Value.Day d when !d.date().isAfter(deadline) -> settled(policy, Rounding.HUNDRED);
            case Value.Day d -> settled(policy, late(deadline, d.date(), policy));
            case Value.Flag f when f.yes() -> Score.notAvailable("score.deadline.dateMissing");
            case Value.Flag f -> settled(policy, BigDecimal.ZERO);
            case Value.Amount n -> mismatch(n.unit(), Unit.DATE);
            case Value.Missing m -> Score.notAvailable("score.actual.missing");
        };
    }

    private static BigDecimal late(LocalDate deadline, LocalDate completed, ScoringPolicy policy) {
        return policy.lateCredit().credit(ChronoUnit.DAYS.between(deadline, completed));
    }

    private static Score milestone(boolean expected, Value actual, ScoringPolicy policy) {
        return switch (actual) {
            case Value.Flag f -> settled(policy, f.yes() == expected ? Rounding.HUNDRED : BigDecimal.ZERO);
            case Value.Day d -> settled(policy, expected ? Rounding.HUNDRED : BigDecimal.ZERO);
            case Value.Amount n -> mismatch(n.unit(), Unit.YES_NO);
            case Value.Missing m -> Score.notAvailable("score.actual.missing");
        };
    }

    private static Score settled(ScoringPolicy policy, BigDecimal raw) {
        return Score.of(policy.settle(raw));
    }

    private static Score mismatch(Unit actual, Unit target) {
        return Score.notAvailable("score.unit.mismatch", actual.name(), target.name());
    }
}
