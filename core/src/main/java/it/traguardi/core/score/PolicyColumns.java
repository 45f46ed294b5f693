package it.traguardi.core.score;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Regole di misurazione as the columns of a plan's policy row keep them (the table {@code plan_policy},
 * the section {@code policy} of a full export): words for the kinds, plain numbers for the
 * thresholds. The one reading of such a row, so a row the import accepts is one the store can read
 * back: anything that does not make a {@link ScoringPolicy} is refused naming its column.
 */
public final class PolicyColumns {

    private PolicyColumns() {
    }

    /** A column whose value makes no scoring rule; {@link #column()} names it. */
    public static final class Refused extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        private final String column;
        private final String value;

        Refused(String column, Object value, RuntimeException cause) {
            super(column + ": " + value, cause);
            this.column = column;
            this.value = String.valueOf(value);
        }

        public String column() {
            return column;
        }

        public String value() {
            return value;
        }
    }

    /**
     * The rules of the row; {@code floor} and {@code lateAmount} may be null (no floor; no late credit
     * needs no amount), {@code bands} empty for continuous scores.
     */
    public static ScoringPolicy policy(boolean capAtFull, BigDecimal floor, String bands, String lateKind,
            BigDecimal lateAmount, String missing, BigDecimal achievedFrom, BigDecimal partlyFrom,
            BigDecimal provisionalBelow) {
        var theFloor = column("floor_percent", floor, () -> floor == null ? Floor.NONE : new Floor.Below(floor));
        var theBands = column("bands", bands, () -> bands.isEmpty() ? ScoreBands.continuous()
                : PolicyText.bands(bands).orElseThrow());
        var late = column("late_amount", lateAmount, () -> late(lateKind, lateAmount));
        var theMissing = column("missing", missing, () -> MissingPolicy.valueOf(missing));
        var lights = column("partly_from", partlyFrom, () -> new TrafficLights(achievedFrom, partlyFrom));
        return column("provisional_below", provisionalBelow, () -> new ScoringPolicy(capAtFull, theFloor, theBands,
                late, theMissing, lights, provisionalBelow));
    }

    private static LateCredit late(String kind, BigDecimal amount) {
        return switch (Objects.requireNonNull(kind, "late_kind")) {
            case "PER_DAY" -> new LateCredit.PointsPerDay(amount);
            case "PER_WEEK" -> new LateCredit.PointsPerWeek(amount);
            case "FIXED" -> new LateCredit.Fixed(amount);
            case "NONE" -> LateCredit.NONE;
            default -> throw new IllegalArgumentException("late_kind " + kind);
        };
    }

    private interface Part<T> {
        T make();
    }

    private static <T> T column(String column, Object value, Part<T> part) {
        try {
            return part.make();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new Refused(column, value, e);
        }
    }
}
