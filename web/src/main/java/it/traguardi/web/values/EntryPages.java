package it.traguardi.web.values;

import it.traguardi.store.PeriodLockedException;
import it.traguardi.web.access.Actors;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import it.traguardi.core.i18n.Messages;
import it.traguardi.core.measure.Period;
import it.traguardi.core.measure.Snapshot;
import it.traguardi.core.measure.ValueEntry;
import it.traguardi.core.plan.Plan;
import it.traguardi.core.score.Score;
import it.traguardi.core.value.InvalidValueException;
import it.traguardi.core.value.ItalianFormat;
import it.traguardi.web.Language;
import it.traguardi.web.Layout;
import it.traguardi.web.PlanAddress;
import it.traguardi.web.Templates;
import it.traguardi.web.access.AccessGate;
import it.traguardi.web.access.Action;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Inserimento dei valori: the entry page of a plan and period, and the post of one row. With htmx
 * the row answers in place and the summary is swapped out of band; without JavaScript the post
 * redirects back to the page (or shows it again with the row's problems).
 */
public final class EntryPages {

    static final String PERIOD = "periodo";
    private static final String SAVED = "salvato";

    private final PlanValues values;
    private final Templates templates;
    private final AccessGate gate;

    public EntryPages(PlanValues values, Templates templates, AccessGate gate) {
        this.gate = gate;
        this.values = values;
        this.templates = templates;
    }

    public void page(Context ctx) {
        var m = Language.of(ctx);
        var plan = plan(ctx, values);
        var period = period(plan, Objects.requireNonNullElse(ctx.queryParam(PERIOD), Integer.toString(plan.year())), m);
        var notice = notice(ctx, m);
        render(ctx, m, plan, values.at(plan, period), null, null, notice);
    }

    /** What the page says after a post without JavaScript: the value saved, or the file loaded. */
    private static String notice(Context ctx, Messages m) {
        var saved = ctx.queryParam(SAVED);
        var loaded = ctx.queryParam("caricati");
        if (saved != null) {
            return m.get("web.entry.saved", saved);
        }
        // The count comes back in the address: anything but a plain number shows no notice.
        return loaded == null || !loaded.matches("[0-9]{1,9}") ? ""
                : m.get("web.entry.upload.done", Integer.parseInt(loaded), Objects.requireNonNullElse(ctx.queryParam("file"), ""));
    }

    public void save(Context ctx) {
        var m = Language.of(ctx);
        var plan = plan(ctx, values);
        var period = period(plan, Objects.requireNonNullElse(ctx.formParam(PERIOD), ""), m);
        var rows = new EntryRows(plan, values.catalog(plan));
        var spec = rows.find(ctx.formParam("codice")).orElseThrow(() -> new BadRequestResponse(m.get("web.entry.no-row")));
        var before = values.at(plan, period);
        var value = Objects.requireNonNullElse(ctx.formParam("valore"), "");
        var reason = Objects.requireNonNullElse(ctx.formParam("commento"), "").strip();
        var posted = check(ctx, m, plan, before, spec, value, reason);
        var after = posted.saved() ? values.at(plan, period) : before;
        if (ctx.header("HX-Request") != null) {
            var links = links(plan, period);
            templates.render(ctx, "values/row.jte", new EntryPage.RowAnswer(Layout.of(ctx, m, ""), links,
                    EntryRows.row(spec, after, m, posted), summary(after, m)));
        } else if (posted.saved()) {
            ctx.redirect(links(plan, period).entry() + "&" + SAVED + "=" + PlanAddress.encode(spec.label()) + "#" + spec.id(),
                    HttpStatus.SEE_OTHER);
        } else {
            // a validated period refuses the value: 409, with who validated it and when on the row
            render(ctx.status(posted.locked() ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_CONTENT), m, plan, before,
                    spec, posted, "");
        }
    }

    /** Checks the posted value; records it when it is readable and, if it misses a target, has a reason (ValueEntry). */
    private EntryRows.Posted check(Context ctx, Messages m, Plan plan, Snapshot before, EntryRows.Spec spec, String value,
            String reason) {
        var problems = new ArrayList<ValueEntry.FieldProblem>();
        var record = values.entry(plan, Actors.of(ctx)).read(spec.code(), before.period().format(), value, reason, problems);
        if (record.isPresent()) {
            gate.requireRows(ctx, Action.ENTER_VALUES, plan, List.of(record.get().target()));
            try {
                values.record(plan, List.of(record.get()), Actors.of(ctx));
            } catch (PeriodLockedException e) {
                return new EntryRows.Posted(value, reason, List.of(m.render(e.reason())), false, true);
            }
            return new EntryRows.Posted(value, reason, List.of(), true, false);
        }
        return new EntryRows.Posted(value, reason, problems.stream().map(p -> m.render(p.problem())).toList(), false,
                false);
    }

    private void render(Context ctx, Messages m, Plan plan, Snapshot snapshot, EntryRows.Spec posted,
            EntryRows.Posted answer, String notice) {
        var pending = new ArrayList<EntryRow>();
        var done = new ArrayList<EntryRow>();
        // a referente sees only the rows within their assignments; a pianificatore every row
        var only = gate.onlyAssigned(ctx, Action.ENTER_VALUES, plan);
        for (var spec : new EntryRows(plan, values.catalog(plan)).all()) {
            if (only.isPresent() && !only.get().covers(plan, spec.target())) {
                continue;
            }
            var row = EntryRows.row(spec, snapshot, m, spec.equals(posted) ? answer : null);
            (row.hasValue() ? done : pending).add(row);
        }
        var layout = Layout.of(ctx, m, m.get("web.entry.title", plan.entity(), plan.year()));
        var locked = values.validation(plan, snapshot.period()).map(v -> m.render(v.refusal())).orElse("");
        var scope = only.map(a -> a.scopes().isEmpty() ? m.get("web.entry.assigned.none")
                : m.get("web.entry.assigned.only", a.scopes().size())).orElse("");
        templates.render(ctx, "values/entry.jte", new EntryPage(layout, links(plan, snapshot.period()),
                periods(plan, snapshot.period(), m), summary(snapshot, m), pending, done, notice, locked, scope,
                only.isPresent() && pending.isEmpty() && done.isEmpty()));
    }

    static EntryPage.Summary summary(Snapshot snapshot, Messages m) {
        var root = snapshot.tree().root();
        int indicators = (int) snapshot.plan().indicators().count();
        int scored = (int) snapshot.plan().indicators()
                .filter(i -> snapshot.score(i).score() instanceof Score.Scored).count();
        return new EntryPage.Summary(ScoreView.of(m.get("web.entry.summary.overall"), root, m),
                periodLabel(snapshot.period(), m), scored, indicators);
    }

    private static List<EntryPage.PeriodOption> periods(Plan plan, Period current, Messages m) {
        var options = new ArrayList<Period>(List.of(Period.of(plan.year()),
                new Period.Day(LocalDate.of(plan.year(), Month.JUNE, 30))));
        if (!options.contains(current)) {
            options.add(current);
        }
        return options.stream().map(p -> new EntryPage.PeriodOption(p.format(), periodLabel(p, m), p.equals(current)))
                .toList();
    }

    /** The period as the pages name it: the year-end or the monitoring of a day. */
    public static String periodLabel(Period period, Messages m) {
        return switch (period) {
            case Period.Year y -> m.get("web.entry.period.year", Integer.toString(y.year()));
            case Period.Day d -> m.get("web.entry.period.day", ItalianFormat.formatDate(d.date()));
        };
    }

    static EntryPage.Links links(Plan plan, Period period) {
        var base = PlanAddress.href(plan.entity(), plan.year());
        var query = "?" + PERIOD + "=" + period.format();
        return new EntryPage.Links(base, base + "/valori", base + "/valori" + query, base + "/valori/carica" + query, period.format());
    }

    static Plan plan(Context ctx, PlanValues values) {
        return PlanAddress.find(ctx, values::plan);
    }

    /** The period asked for, in the plan's year; anything else is a bad request. */
    static Period period(Plan plan, String text, Messages m) {
        try {
            return Period.parseIn(text, plan.year());
        } catch (InvalidValueException e) {
            throw new BadRequestResponse(m.render(e.problem()));
        }
    }
}
