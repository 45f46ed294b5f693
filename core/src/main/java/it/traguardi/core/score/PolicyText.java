package it.traguardi.core.score;

import it.traguardi.core.i18n.Message;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Regole scritte: the one grammar of the scoring rules as text, read from a person ({@code traguardi
 * policy set --late week:10}) and written to and read from the database ({@code late=week:10}).
 *
 * <pre>
 * cap     = true | false
 * floor   = none | N                  N &gt; 0 (percent)
 * bands   = none | N {, N}            N &gt;= 0, strictly ascending
 * late    = none | (day|week|fixed):N N &gt;= 0; fixed at most 100
 * missing = exclude | zero            also EXCLUDE_AND_RESCALE | COUNT_AS_ZERO, as stored
 * lights  = N , N                     achieved, partly: 0 &lt;= partly &lt;= achieved
 * provisional = N                     0 &lt;= N &lt;= 100 (percent of a node's weight measured)
 * change  = setting=value | policy=change{;change}
 * </pre>
 *
 * Words are read in any case and blanks around numbers are ignored. Numbers are plain ({@code 62.5}).
 * A value that breaks the grammar gives its 1-based column in the value and the reason as a message.
 */
public final class PolicyText {

    /** One rule of the policy, by the word that names it. */
    public enum Setting {
        CAP, FLOOR, BANDS, LATE, MISSING, LIGHTS, PROVISIONAL;

        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** What reading a value gives: the value, or the first problem with its column in the text. */
    public sealed interface Reading<T> {
        record Read<T>(T value) implements Reading<T> {
            public Read {
                Objects.requireNonNull(value, "value");
            }
        }

        record Refused<T>(int column, Message problem) implements Reading<T> {
            public Refused {
                if (column < 1) {
                    throw new IllegalArgumentException("column is 1-based: " + column);
                }
                Objects.requireNonNull(problem, "problem");
            }
        }

        /** The value, where a refusal is a fault (a text read back from where it was written). */
        default T orElseThrow() {
            return switch (this) {
                case Read<T> r -> r.value();
                case Refused<T> r -> throw new IllegalArgumentException(r.problem().key() + " " + r.problem().args()
                        + " at column " + r.column());
            };
        }
    }

    /** A piece of the text, blanks stripped, with the 1-based column where it starts. */
    private record Part(String text, int column) {
        static Part of(String raw, int column) {
            var leading = raw.length() - raw.stripLeading().length();
            return new Part(raw.strip(), column + leading);
        }

        boolean is(String word) {
            return text.equalsIgnoreCase(word);
        }

        <T> Reading<T> refused(String key) {
            return new Reading.Refused<>(column, Message.of(key, text));
        }
    }

    private PolicyText() {
    }

    /** The value written for one setting, read as the change of that rule. */
    public static Reading<PolicyChange> read(Setting setting, String value) {
        var part = Part.of(Objects.requireNonNull(value, "value"), 1);
        return switch (setting) {
            case CAP -> map(flag(part), PolicyChange.Cap::new);
            case FLOOR -> map(floor(part), PolicyChange.FloorAt::new);
            case BANDS -> map(bands(part), PolicyChange.Bands::new);
            case LATE -> map(late(part), PolicyChange.Late::new);
            case MISSING -> map(missing(part), PolicyChange.Missing::new);
            case LIGHTS -> map(lights(part), PolicyChange.Lights::new);
            case PROVISIONAL -> map(provisional(part), PolicyChange.Provisional::new);
        };
    }

    /** A change as {@link #write} wrote it; a text it did not write is refused with IllegalArgumentException. */
    public static PolicyChange readChange(String text) {
        var at = text.indexOf('=');
        var name = at < 0 ? text : text.substring(0, at);
        var value = text.substring(at + 1);
        if (name.equals("policy")) {
            var policy = ScoringPolicy.defaults();
            for (var change : value.split(";")) {
                policy = readChange(change).applyTo(policy);
            }
            return new PolicyChange.Replace(policy);
        }
        var setting = Arrays.stream(Setting.values()).filter(s -> s.word().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown policy setting: " + text));
        try {
            return read(setting, value).orElseThrow();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a policy change: " + text, e);
        }
    }

    /** Band thresholds as {@link #thresholds} writes them, or {@code none}. */
    public static Reading<ScoreBands> bands(String text) {
        return bands(Part.of(text, 1));
    }

    /** {@code cap=true}, {@code late=day:5}, ..., or {@code policy=} followed by all seven joined by {@code ;}. */
    public static String write(PolicyChange change) {
        return switch (change) {
            case PolicyChange.Cap c -> "cap=" + c.atFull();
            case PolicyChange.FloorAt f -> "floor=" + switch (f.floor()) {
                case Floor.None n -> "none";
                case Floor.Below b -> b.percent().toPlainString();
            };
            case PolicyChange.Bands b -> "bands=" + (b.bands().isContinuous() ? "none" : thresholds(b.bands()));
            case PolicyChange.Late l -> "late=" + late(l.credit());
            case PolicyChange.Missing m -> "missing=" + m.missing().name();
            case PolicyChange.Lights l -> "lights=" + l.lights().achievedFrom().toPlainString() + ","
                    + l.lights().partlyFrom().toPlainString();
            case PolicyChange.Provisional p -> "provisional=" + p.below().toPlainString();
            case PolicyChange.Replace r -> "policy=" + String.join(";", write(new PolicyChange.Cap(r.policy().capAtFull())),
                    write(new PolicyChange.FloorAt(r.policy().floor())), write(new PolicyChange.Bands(r.policy().bands())),
                    write(new PolicyChange.Late(r.policy().lateCredit())), write(new PolicyChange.Missing(r.policy().missing())),
                    write(new PolicyChange.Lights(r.policy().lights())),
                    write(new PolicyChange.Provisional(r.policy().provisionalBelow())));
        };
    }

    /** The thresholds joined by commas, {@code 0,70,90,100}; empty for continuous scores. */
    public static String thresholds(ScoreBands bands) {
        return bands.thresholds().stream().map(BigDecimal::toPlainString).collect(Collectors.joining(","));
    }

    private static String late(LateCredit credit) {
        return switch (credit) {
            case LateCredit.None n -> "none";
            case LateCredit.PointsPerDay p -> "day:" + p.points().toPlainString();
            case LateCredit.PointsPerWeek p -> "week:" + p.points().toPlainString();
            case LateCredit.Fixed f -> "fixed:" + f.percent().toPlainString();
        };
    }

    private static Reading<Boolean> flag(Part part) {
        if (part.is("true") || part.is("false")) {
            return new Reading.Read<>(part.is("true"));
        }
        return part.refused("policy.text.flag");
    }

    private static Reading<Floor> floor(Part part) {
        if (part.is("none")) {
            return new Reading.Read<>(Floor.NONE);
        }
        return switch (number(part)) {
            case Reading.Read<BigDecimal> r when r.value().signum() > 0 -> new Reading.Read<>(new Floor.Below(r.value()));
            case Reading.Read<BigDecimal> r -> part.refused("policy.text.floor");
            case Reading.Refused<BigDecimal> r -> refused(r);
        };
    }

    private static Reading<ScoreBands> bands(Part part) {
        if (part.is("none")) {
            return new Reading.Read<>(ScoreBands.continuous());
        }
        var parts = split(part, ',');
        return switch (numbers(parts)) {
            case Reading.Read<List<BigDecimal>> r -> {
                var t = r.value();
                for (int i = 0; i < t.size(); i++) {
                    if (t.get(i).signum() < 0 || i > 0 && t.get(i - 1).compareTo(t.get(i)) >= 0) {
                        yield parts.get(i).refused("policy.text.bands");
                    }
                }
                yield new Reading.Read<>(new ScoreBands(t));
            }
            case Reading.Refused<List<BigDecimal>> r -> refused(r);
        };
    }

    private static Reading<LateCredit> late(Part part) {
        if (part.is("none")) {
            return new Reading.Read<>(LateCredit.NONE);
        }
        var parts = split(part, ':');
        if (parts.size() != 2 || !(parts.get(0).is("day") || parts.get(0).is("week") || parts.get(0).is("fixed"))) {
            return part.refused("policy.text.late");
        }
        var kind = parts.get(0).text().toLowerCase(Locale.ROOT);
        var amount = parts.get(1);
        return switch (number(amount)) {
            case Reading.Read<BigDecimal> r when r.value().signum() < 0 -> amount.refused("policy.text.late.negative");
            case Reading.Read<BigDecimal> r when kind.equals("fixed") && r.value().compareTo(Rounding.HUNDRED) > 0 ->
                    amount.refused("policy.text.late.fixed");
            case Reading.Read<BigDecimal> r -> new Reading.Read<>(switch (kind) {
                case "day" -> new LateCredit.PointsPerDay(r.value());
                case "week" -> new LateCredit.PointsPerWeek(r.value());
                default -> new LateCredit.Fixed(r.value());
            });
            case Reading.Refused<BigDecimal> r -> refused(r);
        };
    }

    private static Reading<MissingPolicy> missing(Part part) {
        if (part.is("exclude") || part.is(MissingPolicy.EXCLUDE_AND_RESCALE.name())) {
            return new Reading.Read<>(MissingPolicy.EXCLUDE_AND_RESCALE);
        }
        if (part.is("zero") || part.is(MissingPolicy.COUNT_AS_ZERO.name())) {
            return new Reading.Read<>(MissingPolicy.COUNT_AS_ZERO);
        }
        return part.refused("policy.text.missing");
    }

    private static Reading<TrafficLights> lights(Part part) {
        var parts = split(part, ',');
        if (parts.size() != 2) {
            return part.refused("policy.text.lights");
        }
        return switch (numbers(parts)) {
            case Reading.Read<List<BigDecimal>> r when r.value().get(1).signum() < 0
                    || r.value().get(1).compareTo(r.value().get(0)) > 0 -> parts.get(1).refused("policy.text.lights.order");
            case Reading.Read<List<BigDecimal>> r -> new Reading.Read<>(new TrafficLights(r.value().get(0), r.value().get(1)));
            case Reading.Refused<List<BigDecimal>> r -> refused(r);
        };
    }

    private static Reading<BigDecimal> provisional(Part part) {
        return switch (number(part)) {
            case Reading.Read<BigDecimal> r when r.value().signum() < 0 || r.value().compareTo(Rounding.HUNDRED) > 0 ->
                    part.refused("policy.text.provisional");
            case Reading.Read<BigDecimal> r -> r;
            case Reading.Refused<BigDecimal> r -> r;
        };
    }

    /** Every part as a number, or the problem of the first that is not one. */
    private static Reading<List<BigDecimal>> numbers(List<Part> parts) {
        var out = new ArrayList<BigDecimal>();
        for (var part : parts) {
            switch (number(part)) {
                case Reading.Read<BigDecimal> r -> out.add(r.value());
                case Reading.Refused<BigDecimal> r -> {
                    return refused(r);
                }
            }
        }
        return new Reading.Read<>(out);
    }

    private static <T, U> Reading<U> map(Reading<T> reading, Function<T, U> f) {
        return switch (reading) {
            case Reading.Read<T> r -> new Reading.Read<>(f.apply(r.value()));
            case Reading.Refused<T> r -> refused(r);
        };
    }

    /** The same problem, as the reading of another type. */
    private static <U> Reading<U> refused(Reading.Refused<?> refused) {
        return new Reading.Refused<>(refused.column(), refused.problem());
    }

    private static Reading<BigDecimal> number(Part part) {
        try {
            return new Reading.Read<>(new BigDecimal(part.text()));
        } catch (NumberFormatException e) {
            return part.refused("policy.text.number");
        }
    }

    private static List<Part> split(Part whole, char separator) {
        var out = new ArrayList<Part>();
        var text = whole.text();
        var start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == separator) {
                out.add(Part.of(text.substring(start, i), whole.column() + start));
                start = i + 1;
            }
        }
        return out;
    }
}
