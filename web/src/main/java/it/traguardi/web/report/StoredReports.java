package it.traguardi.web.report;

import it.traguardi.core.comment.Comment;
import it.traguardi.core.i18n.Message;
import it.traguardi.core.i18n.Messages;
import it.traguardi.core.measure.Period;
import it.traguardi.core.measure.ValueRecord;
import it.traguardi.core.measure.ValueTarget;
import it.traguardi.core.plan.Indicator;
import it.traguardi.core.plan.NodeId;
import it.traguardi.core.plan.Plan;
import it.traguardi.core.value.InvalidValueException;
import it.traguardi.report.ReportException;
import it.traguardi.report.ReportSource;
import it.traguardi.report.Reports;
import it.traguardi.report.model.Report;
import it.traguardi.report.model.ReportKind;
import it.traguardi.store.CommentStore;
import it.traguardi.store.PlanResults;
import it.traguardi.store.ValueStore;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads what a report of a plan is made of from the stores (scores at the period, comments,
 * histories, as the command line's {@code report} does) and builds its one model; what cannot make
 * a report is refused ({@link ReportRefusedException}) before anything is rendered. Files are
 * made in the {@link RenderSlots slots}, for the pages and the API alike.
 */
public final class StoredReports {

    private final PlanResults results;
    private final CommentStore comments;
    private final ValueStore values;
    private final RenderSlots slots;

    public StoredReports(PlanResults results, CommentStore comments, ValueStore values, RenderSlots slots) {
        this.results = results;
        this.comments = comments;
        this.values = values;
        this.slots = slots;
    }

    /** A report as a file: its safe name and its bytes. */
    public record File(String name, byte[] bytes) {
    }

    /**
     * The file of a report of the plan at the period asked for (else the latest with values), made
     * in a slot; empty when every slot stayed busy.
     *
     * @throws ReportRefusedException when the report cannot be made from what was asked
     */
    public Optional<File> file(Plan plan, ReportKind kind, ReportFormat format, Optional<String> period,
            Optional<String> objective, Messages m) {
        var at = period(plan, kind, period, periods(plan));
        return slots.run(() -> {
            var report = make(plan, kind, at, objective, m);
            return new File(ReportFiles.name(report, objective, format), format.render(report, m));
        });
    }

    /** The periods of the plan's year with a value recorded: the dated ones in order, then the year. */
    List<Period> periods(Plan plan) {
        return values.periods(plan.entity(), plan.year());
    }

    /**
     * The period a report is made at: the one asked for, else the latest with values (the year-end
     * when it has some); an alberatura is the plan's, always at its year. A monitoraggio or relazione
     * of a period with no value would be a table of N/D, so it is refused.
     */
    Period period(Plan plan, ReportKind kind, Optional<String> asked, List<Period> withValues) {
        if (kind == ReportKind.ALBERATURA) {
            return Period.of(plan.year());
        }
        Period at;
        try {
            at = asked.isPresent() ? Period.parseIn(asked.get(), plan.year())
                    : withValues.isEmpty() ? Period.of(plan.year()) : withValues.getLast();
        } catch (InvalidValueException e) {
            throw new ReportRefusedException(400, e.problem());
        }
        if (needsValues(kind) && !withValues.contains(at)) {
            throw new ReportRefusedException(404, withValues.isEmpty()
                    ? Message.of("web.report.no-values.any", plan.entity(), plan.year())
                    : Message.of("web.report.no-values", at.format(), plan.entity(), plan.year()));
        }
        return at;
    }

    private static boolean needsValues(ReportKind kind) {
        return kind == ReportKind.MONITORAGGIO || kind == ReportKind.RELAZIONE;
    }

    /** The report of the plan at the period; a scheda names its objective. */
    Report make(Plan plan, ReportKind kind, Period at, Optional<String> objective, Messages m) {
        if (plan.areas().isEmpty()) {
            throw new ReportRefusedException(404, Message.of("web.report.empty", plan.entity(), plan.year()));
        }
        var snapshot = results.snapshot(plan, at);
        var source = new ReportSource(plan, at, snapshot.tree(), snapshot.actuals(), comments(plan), history(plan, kind));
        try {
            return kind == ReportKind.SCHEDA
                    ? Reports.scheda(source, objective.orElseThrow(() -> new ReportRefusedException(400,
                            Message.of("web.report.objective.required"))), m)
                    : Reports.build(kind, source, m);
        } catch (ReportException e) {
            throw new ReportRefusedException(404, e.problem());
        }
    }

    private Map<NodeId, List<Comment>> comments(Plan plan) {
        return plan.nodes().stream().collect(Collectors.toMap(n -> n.id(),
                n -> comments.of(plan.entity(), plan.year(), n.id()), (a, b) -> a));
    }

    /** The values entered for each indicator, every period: the reasons of monitoring and the scheda's history. */
    private Map<NodeId, List<ValueRecord>> history(Plan plan, ReportKind kind) {
        if (kind == ReportKind.ALBERATURA || kind == ReportKind.RELAZIONE) {
            return Map.of();
        }
        return plan.indicators().collect(Collectors.toMap(Indicator::id,
                i -> values.history(plan.entity(), plan.year(), ValueTarget.indicator(i.id())), (a, b) -> a));
    }
}
