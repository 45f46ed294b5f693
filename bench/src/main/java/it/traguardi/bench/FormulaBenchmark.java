package it.traguardi.bench;

import com.ezylang.evalex.EvaluationException;
import com.ezylang.evalex.Expression;
import com.ezylang.evalex.config.ExpressionConfiguration;
import com.ezylang.evalex.data.MapBasedDataAccessor;
import com.ezylang.evalex.data.EvaluationValue;
import com.ezylang.evalex.parser.ParseException;
import it.traguardi.core.formula.AlgorithmReading;
import it.traguardi.core.formula.CompiledFormula;
import it.traguardi.core.formula.Evaluation;
import it.traguardi.core.formula.Evaluator;
import it.traguardi.core.formula.Expr;
import it.traguardi.core.formula.MeasureValues;
import it.traguardi.core.formula.Reading;
import it.traguardi.core.plan.Plan;
import it.traguardi.exchange.DemoData;
import it.traguardi.exchange.ImportException;
import it.traguardi.exchange.alberatura.AlberaturaReader;
import it.traguardi.exchange.alberatura.Overrides;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Evaluating the seed's derived formulas (every formula {@link AlgorithmReading} derives from the seed's
 * algorithm texts), each parsed once, with our {@link CompiledFormula} (compiled once, as scoring keeps
 * it) and with EvalEx 3.6, on the same measure values. One operation evaluates every formula once.
 *
 * <p>EvalEx names cannot contain dots or brackets, so each measure code is written as an alias
 * ({@code m0}, {@code m1}, ...) in the EvalEx text; our formulas keep the codes. Both get the same
 * numbers: a pseudo-random value per measure, never zero (EvalEx throws on a division by zero where we
 * give N/D), the same on every run. EvalEx is configured with our division precision
 * ({@link Evaluator#DIVISION}); its {@code Expression} objects and their syntax trees are built once,
 * and each invocation sets the variables of the formula and evaluates it, as a caller reusing an
 * expression would ({@link #evalEx}). Our side reads the values of a period from one
 * {@link MeasureValues} made once; {@link #evalExSharedValues} gives EvalEx the same advantage: its
 * expressions read one data accessor holding every value, set once in setup, so that no variable is
 * set while measuring. Setup checks that all three give the same numbers; {@link FormulaCpuRun} runs the
 * same loops in CPU time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FormulaBenchmark {

    private static final long SEED = 20_220_101L;

    /** Our side: the parsed formulas and the values by measure code. */
    private List<Expr> formulas;
    private List<CompiledFormula> compiled;
    private MeasureValues values;

    /** EvalEx's side: the expressions, and for each the aliases it uses with their values. */
    private List<Expression> expressions;
    private List<String[]> aliases;
    private List<EvaluationValue[]> aliasValues;
    /** EvalEx's side again, every expression reading the same data accessor, which holds every value. */
    private List<Expression> sharedExpressions;

    @Setup(Level.Trial)
    public void prepare() throws ImportException, ParseException, EvaluationException {
        Plan plan = AlberaturaReader.read("seed", DemoData.modena2022(), Overrides.NONE).plan();
        formulas = plan.indicators()
                .map(indicator -> AlgorithmReading.read(indicator.definition().algorithm()))
                .filter(Reading.Derived.class::isInstance)
                .map(reading -> ((Reading.Derived) reading).formula())
                .toList();
        if (formulas.isEmpty()) {
            throw new IllegalStateException("the seed gives no derived formula");
        }
        compiled = formulas.stream().map(CompiledFormula::of).toList();

        var random = new SplittableRandom(SEED);
        var alias = new LinkedHashMap<String, String>();
        var byCode = new LinkedHashMap<String, BigDecimal>();
        for (var formula : formulas) {
            for (var code : formula.measures()) {
                if (!alias.containsKey(code)) {
                    alias.put(code, "m" + alias.size());
                    byCode.put(code, BigDecimal.valueOf(random.nextInt(1, 100_000)).movePointLeft(2));
                }
            }
        }
        values = MeasureValues.of(byCode);

        var configuration = ExpressionConfiguration.builder().mathContext(Evaluator.DIVISION).build();
        expressions = new ArrayList<>();
        aliases = new ArrayList<>();
        aliasValues = new ArrayList<>();
        for (var formula : formulas) {
            var expression = new Expression(evalEx(formula, alias), configuration);
            expression.getAbstractSyntaxTree(); // parsed once, here
            var codes = List.copyOf(formula.measures());
            expressions.add(expression);
            aliases.add(codes.stream().map(alias::get).toArray(String[]::new));
            aliasValues.add(codes.stream().map(c -> EvaluationValue.numberValue(byCode.get(c)))
                    .toArray(EvaluationValue[]::new));
        }
        sharedExpressions = shared(alias, byCode);
        check();
        System.out.printf("%n[formula] %d derived formulas (%d distinct), %d measures, operators %s; longest: %s%n",
                formulas.size(), formulas.stream().distinct().count(), alias.size(),
                expressions.stream().flatMap(e -> e.getExpressionString().chars()
                                .filter(c -> "+-*/".indexOf(c) >= 0).mapToObj(c -> String.valueOf((char) c)))
                        .collect(Collectors.groupingBy(o -> o, java.util.TreeMap::new, Collectors.counting())),
                expressions.stream().map(Expression::getExpressionString)
                        .max(java.util.Comparator.comparingInt(String::length)).orElseThrow());
    }

    /** EvalEx's expressions again, with one data accessor holding every alias's value (set here, once). */
    private List<Expression> shared(Map<String, String> alias, Map<String, BigDecimal> byCode) throws ParseException {
        var accessor = new MapBasedDataAccessor();
        alias.forEach((code, name) -> accessor.setData(name, EvaluationValue.numberValue(byCode.get(code))));
        var configuration = ExpressionConfiguration.builder().mathContext(Evaluator.DIVISION)
                .dataAccessorSupplier(() -> accessor).build();
        var out = new ArrayList<Expression>();
        for (var expression : expressions) {
            var again = new Expression(expression.getExpressionString(), configuration);
            again.getAbstractSyntaxTree();
            out.add(again);
        }
        return out;
    }

    /** Our compiled formulas on every formula. */
    @Benchmark
    public void traguardi(Blackhole blackhole) {
        for (var formula : compiled) {
            blackhole.consume(formula.evaluate(values));
        }
    }

    /** EvalEx on every formula, its values read from the one shared data accessor. */
    @Benchmark
    public void evalExSharedValues(Blackhole blackhole) throws EvaluationException, ParseException {
        for (var expression : sharedExpressions) {
            blackhole.consume(expression.evaluate());
        }
    }

    /** One operation of {@link #traguardi}, for {@link FormulaCpuRun}; the sum of hashes keeps every result used. */
    long traguardiOnce() {
        long sum = 0;
        for (var formula : compiled) {
            sum += formula.evaluate(values) instanceof Evaluation.Computed c ? c.number().hashCode() : 0;
        }
        return sum;
    }

    /** One operation of {@link #evalEx}, for {@link FormulaCpuRun}. */
    long evalExOnce() throws EvaluationException, ParseException {
        long sum = 0;
        for (int i = 0; i < expressions.size(); i++) {
            var expression = expressions.get(i);
            var names = aliases.get(i);
            var numbers = aliasValues.get(i);
            for (int j = 0; j < names.length; j++) {
                expression.with(names[j], numbers[j]);
            }
            sum += expression.evaluate().getNumberValue().hashCode();
        }
        return sum;
    }

    /** One operation of {@link #evalExSharedValues}, for {@link FormulaCpuRun}. */
    long evalExSharedOnce() throws EvaluationException, ParseException {
        long sum = 0;
        for (var expression : sharedExpressions) {
            sum += expression.evaluate().getNumberValue().hashCode();
        }
        return sum;
    }

    /** EvalEx on every formula: set the formula's variables, evaluate. */
    @Benchmark
    public void evalEx(Blackhole blackhole) throws EvaluationException, ParseException {
        for (int i = 0; i < expressions.size(); i++) {
            var expression = expressions.get(i);
            var names = aliases.get(i);
            var numbers = aliasValues.get(i);
            for (int j = 0; j < names.length; j++) {
                expression.with(names[j], numbers[j]);
            }
            blackhole.consume(expression.evaluate());
        }
    }

    /** All sides give the same number for every formula (to a part in 10^30). */
    private void check() throws EvaluationException, ParseException {
        var tolerance = new BigDecimal("1e-30");
        for (int i = 0; i < formulas.size(); i++) {
            var ours = switch (compiled.get(i).evaluate(values)) {
                case Evaluation.Computed value -> value.number();
                case Evaluation.NotAvailable notAvailable ->
                    throw new IllegalStateException("N/D: " + notAvailable.reasons());
            };
            var expression = expressions.get(i);
            for (int j = 0; j < aliases.get(i).length; j++) {
                expression.with(aliases.get(i)[j], aliasValues.get(i)[j]);
            }
            for (var theirs : List.of(expression.evaluate().getNumberValue(),
                    sharedExpressions.get(i).evaluate().getNumberValue())) {
                var difference = ours.subtract(theirs).abs();
                if (difference.compareTo(ours.abs().max(BigDecimal.ONE).multiply(tolerance)) > 0) {
                    throw new IllegalStateException(expression.getExpressionString() + ": " + ours + " vs " + theirs);
                }
            }
        }
    }

    /** The formula in EvalEx syntax, every measure written as its alias, every operation in parentheses. */
    static String evalEx(Expr expr, Map<String, String> alias) {
        return switch (expr) {
            case Expr.Literal number -> number.value().toPlainString();
            case Expr.Reference measure -> alias.get(measure.code());
            case Expr.Negate negate -> "(-" + evalEx(negate.operand(), alias) + ")";
            case Expr.Binary binary -> "(" + evalEx(binary.left(), alias) + " " + binary.operator().symbol() + " "
                    + evalEx(binary.right(), alias) + ")";
            case Expr.Call call -> call.function().name() + "("
                    + call.arguments().stream().map(a -> evalEx(a, alias)).collect(Collectors.joining(", ")) + ")";
            case Expr.Choice choice -> "IF(" + evalEx(choice.condition().left(), alias) + " "
                    + choice.condition().comparator().symbol() + " " + evalEx(choice.condition().right(), alias)
                    + ", " + evalEx(choice.whenTrue(), alias) + ", " + evalEx(choice.whenFalse(), alias) + ")";
        };
    }
}
