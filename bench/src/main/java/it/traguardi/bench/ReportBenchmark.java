package it.traguardi.bench;

import it.traguardi.core.i18n.Messages;
import it.traguardi.core.measure.Period;
import it.traguardi.core.measure.Snapshot;
import it.traguardi.core.measure.ValueTarget;
import it.traguardi.core.plan.Plan;
import it.traguardi.core.score.PolicyOverrides;
import it.traguardi.core.score.ScoringPolicy;
import it.traguardi.core.value.Value;
import it.traguardi.exchange.DemoData;
import it.traguardi.exchange.ImportException;
import it.traguardi.exchange.alberatura.AlberaturaReader;
import it.traguardi.exchange.alberatura.Overrides;
import it.traguardi.report.ReportSource;
import it.traguardi.report.Reports;
import it.traguardi.report.model.ReportKind;
import it.traguardi.report.render.PdfReport;
import it.traguardi.report.render.XlsxReport;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
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
 * Budgets of issue 11: the Relazione of the seed with values, warm, to PDF (PDF/UA-1 + PDF/A-2u,
 * fonts embedded) in under 1 s and to XLSX in under 300 ms, and the Relazione of a plan of 2,500
 * indicators to PDF in under 10 s ({@link #largeRelazionePdf}). Each measured call builds the report
 * model from the scored plan and renders it; the values are those of {@link ScoringBenchmark}
 * (one per indicator, about one in ten N/D, the same on every run).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ReportBenchmark {

    private static final long SEED = 20_220_101L;
    private static final Messages ITALIAN = new Messages(Messages.ITALIAN);

    private ReportSource source;

    @Setup(Level.Trial)
    public void read() throws ImportException {
        Plan plan = AlberaturaReader.read("seed", DemoData.modena2022(), Overrides.NONE).plan();
        source = sourceOf(plan, new SplittableRandom(SEED));
    }

    /** The report source of the plan at year end, with one generated value an indicator. */
    static ReportSource sourceOf(Plan plan, SplittableRandom random) {
        var latest = new HashMap<ValueTarget, Value>();
        ScoringBenchmark.actuals(plan, random).forEach((id, value) -> latest.put(ValueTarget.indicator(id), value));
        var period = Period.of(plan.year());
        var snapshot = Snapshot.of(plan, period, ScoringPolicy.defaults(), PolicyOverrides.none(), latest);
        return new ReportSource(plan, period, snapshot.tree(), snapshot.actuals(), Map.of(), Map.of());
    }

    /** The Relazione of the seed with values as PDF. */
    @Benchmark
    public byte[] relazionePdf() {
        return PdfReport.render(Reports.build(ReportKind.RELAZIONE, source, ITALIAN), ITALIAN);
    }

    /**
     * A plan of 2,500 indicators (the {@link NationalDataset}'s shape with 50 areas), with one value an
     * indicator, as the third budget asks: its Relazione to PDF in under 10 s.
     */
    @State(Scope.Benchmark)
    public static class LargePlan {

        private ReportSource source;

        @Setup(Level.Trial)
        public void generate() {
            var random = new SplittableRandom(SEED);
            var plan = NationalDataset.plan("Camera di commercio grande", 2026, 50, random);
            source = sourceOf(plan, random);
            System.out.printf("%n[report] large plan: %d indicators%n", plan.indicators().count());
        }
    }

    /** The Relazione of a plan of 2,500 indicators as PDF. */
    @Benchmark
    @Warmup(iterations = 2, time = 1)
    @Measurement(iterations = 3, time = 1)
    public byte[] largeRelazionePdf(LargePlan large) {
        return PdfReport.render(Reports.build(ReportKind.RELAZIONE, large.source, ITALIAN), ITALIAN);
    }

    /** The Relazione of the seed with values as XLSX. */
    @Benchmark
    public byte[] relazioneXlsx() {
        return XlsxReport.render(Reports.build(ReportKind.RELAZIONE, source, ITALIAN));
    }
}
