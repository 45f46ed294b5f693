package it.traguardi.bench;

import it.traguardi.core.i18n.Messages;
import it.traguardi.report.Reports;
import it.traguardi.report.model.ReportKind;
import it.traguardi.report.render.PdfReport;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * The CPU time of the Relazione of a generated plan to PDF, measured on the calling thread
 * ({@code ThreadMXBean}), which a busy machine disturbs much less than wall-clock time: building the
 * report model, then rendering it (PDF/UA-1 + PDF/A-2u). The plan is the {@link NationalDataset}'s
 * shape with the given number of areas (50 indicators each: 50 areas give the 2,500 indicators of
 * {@link ReportBenchmark#largeRelazionePdf}), one value an indicator.
 *
 * <p>Arguments (optional): areas (50), renderings (3).
 */
public final class ReportCpuRun {

    private ReportCpuRun() {
    }

    public static void main(String[] args) throws Exception {
        var areas = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        var runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        var random = new SplittableRandom(20_220_101L);
        var plan = NationalDataset.plan("Camera di commercio grande", 2026, areas, random);
        var source = ReportBenchmark.sourceOf(plan, random);
        var italian = new Messages(Messages.ITALIAN);
        var threads = ManagementFactory.getThreadMXBean();
        System.out.printf("[report] load average before: %s", Files.readString(Path.of("/proc/loadavg")));
        for (int i = 0; i < runs; i++) {
            var start = System.nanoTime();
            var cpu = threads.getCurrentThreadCpuTime();
            var report = Reports.build(ReportKind.RELAZIONE, source, italian);
            var built = threads.getCurrentThreadCpuTime();
            var pdf = PdfReport.render(report, italian);
            var rendered = threads.getCurrentThreadCpuTime();
            System.out.printf("[report] %d indicators: model %d ms CPU, PDF %d ms CPU, wall %d ms, %,d bytes%n",
                    plan.indicators().count(), (built - cpu) / 1_000_000, (rendered - built) / 1_000_000,
                    (System.nanoTime() - start) / 1_000_000, pdf.length);
        }
        System.out.printf("[report] load average after: %s", Files.readString(Path.of("/proc/loadavg")));
    }
}
