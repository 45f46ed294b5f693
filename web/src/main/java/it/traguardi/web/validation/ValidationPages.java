package it.traguardi.web.validation;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import it.traguardi.core.i18n.Messages;
import it.traguardi.core.measure.Period;
import it.traguardi.core.plan.Plan;
import it.traguardi.core.validation.PeriodValidation;
import it.traguardi.core.value.InvalidValueException;
import it.traguardi.core.value.ShownFormat;
import it.traguardi.store.PeriodLockedException;
import it.traguardi.store.ValidationStore;
import it.traguardi.web.Language;
import it.traguardi.web.Layout;
import it.traguardi.web.PlanAddress;
import it.traguardi.web.Templates;
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
 * Validazione del periodo: the valutatore's page of a plan's periods, the validation of one (with
 * optional remarks) and its reopening (with a required reason). A validated period refuses every
 * value until reopened (docs/domain.md, Validation of a period).
 */
public final class ValidationPages {

    /** The page's path under a plan's address. */
    public static final String PATH = "/validazione";

    private final PlanValues values;
    private final ValidationStore validations;
    private final Templates templates;

    public ValidationPages(PlanValues values, ValidationStore validations, Templates templates) {
        this.values = values;
        this.validations = validations;
        this.templates = templates;
    }

    public void page(Context ctx) {
        var m = Language.of(ctx);
        var plan = PlanAddress.find(ctx, values::plan);
        var done = ctx.queryParam("fatto");
        var notice = "validato".equals(done) ? m.get("web.validation.done")
                : "riaperto".equals(done) ? m.get("web.validation.reopened") : "";
        render(ctx, m, plan, notice, "", "");
    }

    /** Validates the period posted, with its remarks; a period already validated is refused with 409 and who validated it. */
    public void validate(Context ctx) {
        var m = Language.of(ctx);
        var plan = PlanAddress.find(ctx, values::plan);
        var period = period(ctx, plan, m);
        var remarks = Objects.requireNonNullElse(ctx.formParam("rilievi"), "").strip();
        var problem = PeriodValidation.remarksProblem(remarks);
        if (problem.isPresent()) {
            render(ctx.status(HttpStatus.UNPROCESSABLE_CONTENT), m, plan, "", m.render(problem.get()), remarks);
            return;
        }
        try {
            validations.validate(plan.entity(), plan.year(), period, remarks, Actors.of(ctx));
        } catch (PeriodLockedException e) {
            render(ctx.status(HttpStatus.CONFLICT), m, plan, "", m.get("web.validation.already",
                    e.validation().validatedBy(), ShownFormat.moment(e.validation().validatedAt())), remarks);
            return;
        }
        ctx.redirect(href(plan) + "?fatto=validato", HttpStatus.SEE_OTHER);
    }

    /** Reopens the period posted; the reason is required (422 without), a period not validated is 409. */
    public void reopen(Context ctx) {
        var m = Language.of(ctx);
        var plan = PlanAddress.find(ctx, values::plan);
        var period = period(ctx, plan, m);
        var reason = Objects.requireNonNullElse(ctx.formParam("motivo"), "").strip();
        var problem = PeriodValidation.reasonProblem(reason);
        if (problem.isPresent()) {
            render(ctx.status(HttpStatus.UNPROCESSABLE_CONTENT), m, plan, "", m.render(problem.get()), "");
            return;
        }
        if (validations.reopen(plan.entity(), plan.year(), period, reason, Actors.of(ctx)).isEmpty()) {
            render(ctx.status(HttpStatus.CONFLICT), m, plan, "",
                    m.get("web.validation.not-validated", EntryPages.periodLabel(period, m)), "");
            return;
        }
        ctx.redirect(href(plan) + "?fatto=riaperto", HttpStatus.SEE_OTHER);
    }

    /** The address of the page for a plan. */
    public static String href(Plan plan) {
        return PlanAddress.href(plan.entity(), plan.year()) + PATH;
    }

    private static Period period(Context ctx, Plan plan, Messages m) {
        try {
            return Period.parseIn(Objects.requireNonNullElse(ctx.formParam("periodo"), ""), plan.year());
        } catch (InvalidValueException e) {
            throw new BadRequestResponse(m.render(e.problem()));
        }
    }

    private void render(Context ctx, Messages m, Plan plan, String notice, String error, String remarks) {
        var history = validations.list(plan.entity(), plan.year());
        var periods = new LinkedHashSet<Period>(List.of(Period.of(plan.year()),
                new Period.Day(LocalDate.of(plan.year(), Month.JUNE, 30))));
        history.forEach(v -> periods.add(v.period()));
        var rows = new ArrayList<ValidationPage.PeriodRow>();
        var open = new ArrayList<ValidationPage.Option>();
        for (var period : periods) {
            var label = EntryPages.periodLabel(period, m);
            var mine = history.stream().filter(v -> v.period().equals(period)).toList();
            var standing = mine.stream().filter(PeriodValidation::locks).findFirst();
            var state = standing.map(v -> m.render(v.refusal())).orElse(m.get("web.validation.open"));
            var past = mine.stream().filter(v -> !v.locks()).map(v -> reopened(v, m)).toList();
            rows.add(new ValidationPage.PeriodRow("periodo-" + period.format(), label, period.format(), state,
                    standing.map(PeriodValidation::remarks).orElse(""), past, standing.isPresent()));
            if (standing.isEmpty()) {
                open.add(new ValidationPage.Option(period.format(), label));
            }
        }
        var layout = Layout.of(ctx, m, m.get("web.validation.title", plan.entity(), plan.year()));
        templates.render(ctx, "validation/periods.jte", new ValidationPage(layout,
                PlanAddress.href(plan.entity(), plan.year()), href(plan), href(plan) + "/riapri", rows, open, notice, error,
                remarks));
    }

    private static String reopened(PeriodValidation v, Messages m) {
        var r = (PeriodValidation.Reopened) v.state();
        return m.get("web.validation.history", v.validatedBy(), ShownFormat.moment(v.validatedAt()), r.by(),
                ShownFormat.moment(r.at()), r.reason());
    }
}
