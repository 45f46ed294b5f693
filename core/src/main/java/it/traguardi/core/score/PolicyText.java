package it.traguardi.core.score;

import it.traguardi.core.i18n.Message;
import it.traguardi.core.value.Limits;
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

    /** What reading a setting's value gives: the value, or the first problem with its column in the text. */
    public sealed interface SettingReading<T> {
        record Accepted<T>(T value) implements SettingReading<T> {
            public Accepted {
                Objects.requireNonNull(value, "value");
            }
        }

        record Refused<T>(int column, Message problem) implements SettingReading<T> {
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
                case Accepted<T> r -> r.value();
                case Refused<T> r -> throw new IllegalArgumentException(r.problem().key() + " " + r.problem().args()
                        + " at column " + r.column());
            };
        }
    }

    /** A span of the text, blanks stripped, with the 1-based column where it starts. */
    private record Span(String text, int column) {
        static Span of(String raw, int column) {
            var leading = raw.length() - raw.stripLeading().length();
            return new Span(raw.strip(), column + leading);
        }

        boolean is(String word) {
            return text.equalsIgnoreCase(word);
        }

        <T> SettingReading<T> refused(String key) {
            return new SettingReading.Refused<>(column, Message.of(key, text));
        }
    }

    private PolicyText() {
    }

    /** The value written for one setting, read as the change of that rule. */
    public static SettingReading<PolicyChange> read(Setting setting, String value) {
        var span = Span.of(Objects.requireNonNull(value, "value"), 1);
        return switch (setting) {
            case CAP -> map(flag(span), PolicyChange.Cap::new);
            case FLOOR -> map(floor(span), PolicyChange.FloorAt::new);
            case BANDS -> map(bands(span), PolicyChange.Bands::new);
            case LATE -> map(late(span), PolicyChange.Late::new);
            case MISSING -> map(missing(span), PolicyChange.MissingValues::new);
            case LIGHTS -> map(lights(span), PolicyChange.Lights::new);
            case PROVISIONAL -> map(provisional(span), PolicyChange.Provisional::new);
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
    public static SettingReading<ScoreBands> bands(String text) {
        return bands(Span.of(text, 1));
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
            case PolicyChange.MissingValues m -> "missing=" + m.missing().name();
            case PolicyChange.Lights l -> "lights=" + l.lights().achievedFrom().toPlainString() + ","
                    + l.lights().partlyFrom().toPlainString();
            case PolicyChange.Provisional p -> "provisional=" + p.below().toPlainString();
            case PolicyChange.Replace r -> "policy=" + String.join(";", write(new PolicyChange.Cap(r.policy().capAtFull())),
                    write(new PolicyChange.FloorAt(r.policy().floor())), write(new PolicyChange.Bands(r.policy().bands())),
                    write(new PolicyChange.Late(r.policy().lateCredit())), write(new PolicyChange.MissingValues(r.policy().missing())),
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

    private static SettingReading<Boolean> flag(Span span) {
        if (span.is("true") || span.is("false")) {
            return new SettingReading.Accepted<>(span.is("true"));
        }
        return span.refused("policy.text.flag");
    }

    private static SettingReading<Floor> floor(Span span) {
        if (span.is("none")) {
            return new SettingReading.Accepted<>(Floor.NONE);
        }
        return switch (number(span)) {
            case SettingReading.Accepted<BigDecimal> r when r.value().signum() > 0 ->
                    new SettingReading.Accepted<>(new Floor.Below(r.value()));
            case SettingReading.Accepted<BigDecimal> r -> span.refused("policy.text.floor");
            case SettingReading.Refused<BigDecimal> r -> refused(r);
        };
    }

    private static SettingReading<ScoreBands> bands(Span span) {
        if (span.is("none")) {
            return new SettingReading.Accepted<>(ScoreBands.continuous());
        }
        var spans = split(span, ',');
        return switch (numbers(spans)) {
            case SettingReading.Accepted<List<BigDecimal>> r -> {
                var t = r.value();
                for (int i = 0; i < t.size(); i++) {
                    if (t.get(i).signum() < 0 || i > 0 && t.get(i - 1).compareTo(t.get(i)) >= 0) {
                        yield spans.get(i).refused("policy.text.bands");
                    }
                }
                yield new SettingReading.Accepted<>(new ScoreBands(t));
            }
            case SettingReading.Refused<List<BigDecimal>> r -> refused(r);
        };
    }

    private static SettingReading<LateCredit> late(Span span) {
        if (span.is("none")) {
            return new SettingReading.Accepted<>(LateCredit.NONE);
        }
        var spans = split(span, ':');
        if (spans.size() != 2 || !(spans.get(0).is("day") || spans.get(0).is("week") || spans.get(0).is("fixed"))) {
            return span.refused("policy.text.late");
        }
        var kind = spans.get(0).text().toLowerCase(Locale.ROOT);
        var amount = spans.get(1);
        return switch (number(amount)) {
            case SettingReading.Accepted<BigDecimal> r when r.value().signum() < 0 ->
                    amount.refused("policy.text.late.negative");
            case SettingReading.Accepted<BigDecimal> r when kind.equals("fixed") && r.value().compareTo(Rounding.HUNDRED) > 0 ->
                    amount.refused("policy.text.late.fixed");
            case SettingReading.Accepted<BigDecimal> r -> new SettingReading.Accepted<>(switch (kind) {
                case "day" -> new LateCredit.PointsPerDay(r.value());
                case "week" -> new LateCredit.PointsPerWeek(r.value());
                default -> new LateCredit.Fixed(r.value());
            });
            case SettingReading.Refused<BigDecimal> r -> refused(r);
        };
    }

    private static SettingReading<MissingPolicy> missing(Span span) {
        if (span.is("exclude") || span.is(MissingPolicy.EXCLUDE_AND_RESCALE.name())) {
            return new SettingReading.Accepted<>(MissingPolicy.EXCLUDE_AND_RESCALE);
        }
        if (span.is("zero") || span.is(MissingPolicy.COUNT_AS_ZERO.name())) {
            return new SettingReading.Accepted<>(MissingPolicy.COUNT_AS_ZERO);
        }
        return span.refused("policy.text.missing");
    }

    private static SettingReading<TrafficLights> lights(Span span) {
        var spans = split(span, ',');
        if (spans.size() != 2) {
            return span.refused("policy.text.lights");
        }
        return switch (numbers(spans)) {
            case SettingReading.Accepted<List<BigDecimal>> r when r.value().get(1).signum() < 0
                    || r.value().get(1).compareTo(r.value().get(0)) > 0 -> spans.get(1).refused("policy.text.lights.order");
            case SettingReading.Accepted<List<BigDecimal>> r ->
                    new SettingReading.Accepted<>(new TrafficLights(r.value().get(0), r.value().get(1)));
            case SettingReading.Refused<List<BigDecimal>> r -> refused(r);
        };
    }

    private static SettingReading<BigDecimal> provisional(Span span) {
        return switch (number(span)) {
            case SettingReading.Accepted<BigDecimal> r when r.value().signum() < 0
                    || r.value().compareTo(Rounding.HUNDRED) > 0 -> span.refused("policy.text.provisional");
            case SettingReading.Accepted<BigDecimal> r -> r;
            case SettingReading.Refused<BigDecimal> r -> r;
        };
    }

    /** Every span as a number, or the problem of the first that is not one. */
    private static SettingReading<List<BigDecimal>> numbers(List<Span> spans) {
        var out = new ArrayList<BigDecimal>();
        for (var span : spans) {
            switch (number(span)) {
                case SettingReading.Accepted<BigDecimal> r -> out.add(r.value());
                case SettingReading.Refused<BigDecimal> r -> {
                    return refused(r);
                }
            }
        }
        return new SettingReading.Accepted<>(out);
    }

    private static <T, U> SettingReading<U> map(SettingReading<T> reading, Function<T, U> f) {
        return switch (reading) {
            case SettingReading.Accepted<T> r -> new SettingReading.Accepted<>(f.apply(r.value()));
            case SettingReading.Refused<T> r -> refused(r);
        };
    }

    /** The same problem, as the reading of another type. */
    private static <U> SettingReading<U> refused(SettingReading.Refused<?> refused) {
        return new SettingReading.Refused<>(refused.column(), refused.problem());
    }

    /** A number that the rules' columns ({@code numeric(7, 2)}) hold exactly, or the problem. */
    private static SettingReading<BigDecimal> number(Span span) {
        BigDecimal number;
        try {
            number = new BigDecimal(span.text());
        } catch (NumberFormatException e) {
            return span.refused("policy.text.number");
        }
        return Limits.ruleNumberProblem(number, span.text())
                .<SettingReading<BigDecimal>>map(problem -> new SettingReading.Refused<>(span.column(), problem))
                .orElseGet(() -> new SettingReading.Accepted<>(number));
    }

    private static List<Span> split(Span whole, char separator) {
        var out = new ArrayList<Span>();
        var text = whole.text();
        var start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == separator) {
                out.add(Span.of(text.substring(start, i), whole.column() + start));
                start = i + 1;
            }
        }
        return out;
    }
}
