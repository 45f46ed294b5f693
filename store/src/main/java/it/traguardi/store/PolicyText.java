package it.traguardi.store;

import it.traguardi.core.score.Floor;
import it.traguardi.core.score.LateCredit;
import it.traguardi.core.score.MissingPolicy;
import it.traguardi.core.score.PolicyChange;
import it.traguardi.core.score.ScoreBands;
import it.traguardi.core.score.ScoringPolicy;
import it.traguardi.core.score.TrafficLights;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The written form of a per-indicator policy change, as stored in {@code policy_override}:
 * {@code cap=true}, {@code floor=60|none}, {@code bands=0,70,90,100|none}, {@code late=none|day:5|
 * week:10|fixed:50}, {@code missing=EXCLUDE_AND_RESCALE}, {@code lights=90,70}, or {@code policy=}
 * all six joined by {@code ;}.
 */
final class PolicyText {

    private PolicyText() {
    }

    static String write(PolicyChange change) {
        return switch (change) {
            case PolicyChange.Cap c -> "cap=" + c.atFull();
            case PolicyChange.FloorAt f -> "floor=" + floor(f.floor());
            case PolicyChange.Bands b -> "bands=" + bands(b.bands());
            case PolicyChange.Late l -> "late=" + late(l.credit());
            case PolicyChange.Missing m -> "missing=" + m.missing().name();
            case PolicyChange.Lights l -> "lights=" + l.lights().achievedFrom().toPlainString() + ","
                    + l.lights().partlyFrom().toPlainString();
            case PolicyChange.Replace r -> "policy=" + String.join(";", write(new PolicyChange.Cap(r.policy().capAtFull())),
                    write(new PolicyChange.FloorAt(r.policy().floor())), write(new PolicyChange.Bands(r.policy().bands())),
                    write(new PolicyChange.Late(r.policy().lateCredit())), write(new PolicyChange.Missing(r.policy().missing())),
                    write(new PolicyChange.Lights(r.policy().lights())));
        };
    }

    static PolicyChange read(String text) {
        var at = text.indexOf('=');
        var name = text.substring(0, at);
        var value = text.substring(at + 1);
        return switch (name) {
            case "cap" -> new PolicyChange.Cap(Boolean.parseBoolean(value));
            case "floor" -> new PolicyChange.FloorAt(value.equals("none") ? Floor.NONE : Floor.below(value));
            case "bands" -> new PolicyChange.Bands(value.equals("none") ? ScoreBands.continuous()
                    : ScoreBands.of(value.split(",")));
            case "late" -> new PolicyChange.Late(late(value));
            case "missing" -> new PolicyChange.Missing(MissingPolicy.valueOf(value));
            case "lights" -> new PolicyChange.Lights(new TrafficLights(new BigDecimal(value.split(",")[0]),
                    new BigDecimal(value.split(",")[1])));
            case "policy" -> new PolicyChange.Replace(policy(value));
            default -> throw new IllegalStateException("unknown policy change in the database: " + text);
        };
    }

    private static ScoringPolicy policy(String text) {
        var policy = ScoringPolicy.defaults();
        for (var part : text.split(";")) {
            policy = read(part).applyTo(policy);
        }
        return policy;
    }

    static String floor(Floor floor) {
        return switch (floor) {
            case Floor.None n -> "none";
            case Floor.Below b -> b.percent().toPlainString();
        };
    }

    static String bands(ScoreBands bands) {
        return bands.isContinuous() ? "none"
                : bands.thresholds().stream().map(BigDecimal::toPlainString).collect(Collectors.joining(","));
    }

    static String late(LateCredit credit) {
        return switch (credit) {
            case LateCredit.None n -> "none";
            case LateCredit.PointsPerDay p -> "day:" + p.points().toPlainString();
            case LateCredit.PointsPerWeek p -> "week:" + p.points().toPlainString();
            case LateCredit.Fixed f -> "fixed:" + f.percent().toPlainString();
        };
    }

    static LateCredit late(String text) {
        if (text.equals("none")) {
            return LateCredit.NONE;
        }
        var parts = text.split(":");
        var amount = new BigDecimal(parts[1]);
        return switch (parts[0]) {
            case "day" -> new LateCredit.PointsPerDay(amount);
            case "week" -> new LateCredit.PointsPerWeek(amount);
            case "fixed" -> new LateCredit.Fixed(amount);
            default -> throw new IllegalStateException("unknown late credit in the database: " + text);
        };
    }

    static ScoreBands bandsOf(String text) {
        return text.isEmpty() ? ScoreBands.continuous() : ScoreBands.of(Arrays.stream(text.split(",")).toArray(String[]::new));
    }
}
