package it.traguardi.web.validation;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import it.traguardi.core.i18n.Messages;
import it.traguardi.core.measure.Period;
import it.traguardi.core.measure.ValueTarget;
import it.traguardi.core.plan.Plan;
import it.traguardi.core.plan.PlanNode;
import it.traguardi.core.validation.Confirmation;
import it.traguardi.core.value.InvalidValueException;
import it.traguardi.core.value.ShownFormat;
import it.traguardi.store.ConfirmationStore;
import it.traguardi.web.Language;
import it.traguardi.web.Layout;
import it.traguardi.web.PlanAddress;
import it.traguardi.web.Templates;
import it.traguardi.web.access.AccessGate;
import it.traguardi.web.access.Action;
import it.traguardi.web.access.Actors;
import it.traguardi.web.values.EntryPages;
import it.traguardi.web.values.PlanValues;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * Conferma dei valori: the responsabile's page of the values of a period on the rows assigned to
 * them, and the post that confirms them all. A value corrected after its confirmation shows as
 * waiting to be confirmed again.
 */
public final class ConfirmationPages {

    /** The page's path under a plan's address. */
    public static final String PATH = "/conferme";

    private final PlanValues values;
    private final ConfirmationStore confirmations;
    private final Templates templates;
    private final AccessGate gate;

    public ConfirmationPages(PlanValues values, ConfirmationStore confirmations, Templates templates, AccessGate gate) {
        this.values = values;
        this.confirmations = confirmations;
        this.templates = templates;
        this.gate = gate;
    }

    public void page(Context ctx) {
        var m = Language.of(ctx);
        var plan = PlanAddress.find(ctx, values::plan);
        var period = period(plan, Objects.requireNonNullElse(ctx.queryParam("periodo"), Integer.toString(plan.year())), m);
        var done = ctx.queryParam("confermati");
        var notice = done == null || !done.matches("[0-9]{1,9}") ? "" : m.get("web.confirm.done", Integer.parseInt(done));
        var mine = mine(ctx, plan, period);
        var state = values.confirmations(plan, period);
        var latest = values.latest(plan, period);
        var rows = mine.stream().map(t -> row(plan, t, ShownFormat.of(latest.get(t)), state.get(t), m)).toList();
        var waiting = (int) rows.stream().filter(r -> !r.confirmed()).count();
        var layout = Layout.of(ctx, m, m.get("web.confirm.title", plan.entity(), plan.year()));
        templates.render(ctx, "validation/confirm.jte", new ConfirmationPage(layout,
                PlanAddress.href(plan.entity(), plan.year()), href(plan), period.format(), periods(plan, period, m), rows,
                waiting, notice));
    }

    /** Confirms every value of the period on the person's rows; back to the page with how many were confirmed. */
    public void confirm(Context ctx) {
        var m = Language.of(ctx);
        var plan = PlanAddress.find(ctx, values::plan);
        var period = period(plan, Objects.requireNonNullElse(ctx.formParam("periodo"), ""), m);
        var done = confirmations.confirm(plan.entity(), plan.year(), period, mine(ctx, plan, period), Actors.of(ctx));
        ctx.redirect(href(plan) + "?periodo=" + period.format() + "&confermati=" + done.size(), HttpStatus.SEE_OTHER);
    }

    /** The values of the period, on the plan's nodes, that the person may confirm. */
    private List<ValueTarget> mine(Context ctx, Plan plan, Period period) {
        var targets = values.latest(plan, period).keySet().stream()
                .filter(t -> !(t instanceof ValueTarget.OfIndicator i) || plan.indicator(i.id()).isPresent()).toList();
        return gate.allowedRows(ctx, Action.CONFIRM_VALUES, plan, targets);
    }

    private static ConfirmationPage.Row row(Plan plan, ValueTarget target, String value, Confirmation confirmation,
            Messages m) {
        var label = switch (target) {
            case ValueTarget.OfMeasure measure -> measure.code();
            case ValueTarget.OfIndicator i -> plan.indicator(i.id()).map(PlanNode::label).orElse(i.id().toString());
        };
        return new ConfirmationPage.Row(label, value, state(confirmation, m),
                confirmation != null && confirmation.current());
    }

    /** "confermato da X il ...", "da riconfermare" after a correction, or "da confermare". */
    public static String state(Confirmation confirmation, Messages m) {
        if (confirmation == null) {
            return m.get("web.confirm.state.none");
        }
        var when = ShownFormat.moment(confirmation.confirmedAt());
        return confirmation.current() ? m.get("web.confirm.state.current", confirmation.confirmedBy(), when)
                : m.get("web.confirm.state.stale", confirmation.confirmedBy(), when);
    }

    /** The address of the page for a plan. */
    public static String href(Plan plan) {
        return PlanAddress.href(plan.entity(), plan.year()) + PATH;
    }

    private static List<ConfirmationPage.PeriodOption> periods(Plan plan, Period current, Messages m) {
        var options = new LinkedHashSet<Period>(List.of(Period.of(plan.year()),
                new Period.Day(LocalDate.of(plan.year(), Month.JUNE, 30)), current));
        return new ArrayList<>(options).stream().map(p -> new ConfirmationPage.PeriodOption(p.format(),
                EntryPages.periodLabel(p, m), p.equals(current))).toList();
    }

    private static Period period(Plan plan, String text, Messages m) {
        try {
            return Period.parseIn(text, plan.year());
        } catch (InvalidValueException e) {
            throw new BadRequestResponse(m.render(e.problem()));
        }
    }
}
