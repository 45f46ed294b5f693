package it.traguardi.bench;

import it.traguardi.core.plan.Indicator;
import it.traguardi.core.plan.NodeId;
import it.traguardi.core.plan.Plan;
import it.traguardi.core.score.PolicyOverrides;
import it.traguardi.core.score.ScoreTree;
import it.traguardi.core.score.Scoring;
import it.traguardi.core.score.ScoringPolicy;
import it.traguardi.core.value.Quantity;
import it.traguardi.core.value.Target;
import it.traguardi.core.value.Unit;
import it.traguardi.core.value.Value;
import it.traguardi.exchange.DemoData;
import it.traguardi.exchange.ImportException;
import it.traguardi.exchange.alberatura.AlberaturaReader;
import it.traguardi.exchange.alberatura.Overrides;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Budget: scoring the seed plan for its year, warm, under 1 ms. Every indicator has a generated actual
 * value that fits its target (a number in the target's unit for ≥, ≤, =, range; a date for a deadline;
 * Si'/No for a milestone), with about one in ten N/D; the values are pseudo-random but the same on
 * every run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ScoringBenchmark {

    private static final long SEED = 20_220_101L;

    private Plan plan;
    private Map<NodeId, Value> actuals;

    @Setup(Level.Trial)
    public void read() throws ImportException {
        plan = AlberaturaReader.read("seed", DemoData.modena2022(), Overrides.NONE).plan();
        actuals = actuals(plan, new SplittableRandom(SEED));
        System.out.printf("%n[scoring] %d indicators, actual values by kind: %s%n", plan.indicators().count(),
                actuals.values().stream().collect(Collectors.groupingBy(v -> v.getClass().getSimpleName(),
                        TreeMap::new, Collectors.counting())));
    }

    /** The whole score tree of the seed for its year under the default policy. */
    @Benchmark
    public ScoreTree scoreSeed() {
        return Scoring.score(plan, plan.year(), actuals, ScoringPolicy.defaults(), PolicyOverrides.none());
    }

    /** One actual value per indicator, in the order of the alberatura. */
    static Map<NodeId, Value> actuals(Plan plan, SplittableRandom random) {
        var out = new LinkedHashMap<NodeId, Value>();
        plan.indicators().forEach(indicator -> out.put(indicator.id(), actual(plan, indicator, random)));
        return out;
    }

    private static Value actual(Plan plan, Indicator indicator, SplittableRandom random) {
        if (random.nextInt(10) == 0) {
            return Value.MISSING;
        }
        var target = indicator.definition().targetFor(plan.year()).orElse(Target.MISSING);
        return switch (target) {
            case Target.AtLeast t -> near(t.threshold(), random);
            case Target.AtMost t -> near(t.threshold(), random);
            case Target.Exactly t -> near(t.value(), random);
            case Target.Between t -> within(t.low(), t.high(), random);
            case Target.Deadline t -> new Value.Day(t.date().plusDays(random.nextInt(-90, 61)));
            case Target.Milestone t -> new Value.Flag(random.nextInt(4) != 0);
            case Target.Missing t -> indicator.definition().unit().numeric()
                    ? Value.of(new Quantity(amount(random.nextDouble(0, 100)), indicator.definition().unit()))
                    : Value.MISSING;
        };
    }

    /** A number between half and one and a half times {@code around}, in its unit (0 to 100 around 0). */
    private static Value near(Quantity around, SplittableRandom random) {
        var amount = around.amount().signum() == 0
                ? amount(random.nextDouble(0, 100))
                : around.amount().multiply(amount(random.nextDouble(0.5, 1.5)));
        return Value.of(new Quantity(amount.setScale(2, RoundingMode.HALF_UP), around.unit()));
    }

    /** A number in the range {@code [low, high]} widened by a fifth of its width on each side. */
    private static Value within(Quantity low, Quantity high, SplittableRandom random) {
        var width = high.amount().subtract(low.amount());
        var amount = low.amount().add(width.multiply(amount(random.nextDouble(-0.2, 1.2))));
        return Value.of(new Quantity(amount.setScale(2, RoundingMode.HALF_UP), low.unit()));
    }

    private static BigDecimal amount(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }
}
