package it.traguardi.report;

import it.traguardi.core.i18n.Message;
import it.traguardi.core.i18n.Messages;
import it.traguardi.report.model.Report;
import it.traguardi.report.model.ReportKind;

/** The one way to a report of any kind: what the command line (and later the pages) call. */
public final class Reports {

    private Reports() {
    }

    /**
     * A report of the plan as a whole; a {@linkplain ReportKind#SCHEDA scheda} names its objective
     * ({@link #scheda}), so asked for here it is refused.
     *
     * @throws ReportException when the report cannot be made from what was asked
     */
    public static Report build(ReportKind kind, ReportSource source, Messages m) {
        return switch (kind) {
            case ALBERATURA -> AlberaturaReport.of(source, m);
            case MONITORAGGIO -> MonitoraggioReport.of(source, m);
            case RELAZIONE -> RelazioneReport.of(source, m);
            case SCHEDA -> throw new ReportException(Message.of("report.objective.required"));
        };
    }

    /** The scheda of one objective, named by code or {@code #id}. */
    public static Report scheda(ReportSource source, String objective, Messages m) {
        return SchedaReport.of(source, objective, m);
    }
}
