package it.traguardi.web.indicator;

import it.traguardi.web.access.Actors;
import it.traguardi.web.audit.AuditPages;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import it.traguardi.core.comment.Comment;
import it.traguardi.core.i18n.Messages;
import it.traguardi.core.measure.ValueTarget;
import it.traguardi.core.plan.Indicator;
import it.traguardi.core.plan.IndicatorDefinition;
import it.traguardi.core.score.ResultFormat;
import it.traguardi.core.score.Score;
import it.traguardi.core.value.ItalianFormat;
import it.traguardi.core.value.ShownFormat;
import it.traguardi.core.value.Target;
import it.traguardi.store.CommentStore;
import it.traguardi.store.ConfirmationStore;
import it.traguardi.store.ValidationStore;
import it.traguardi.store.ValueStore;
import it.traguardi.core.measure.Period;
import it.traguardi.core.validation.Remark;
import it.traguardi.core.value.InvalidValueException;
import it.traguardi.web.access.Resource;
import it.traguardi.web.validation.ConfirmationPages;
import it.traguardi.web.values.EntryPages;
import it.traguardi.web.Language;
import it.traguardi.web.Layout;
import it.traguardi.web.PlanAddress;
import it.traguardi.web.Templates;
import it.traguardi.web.access.AccessGate;
import it.traguardi.web.access.Action;
import it.traguardi.web.result.Results;
import it.traguardi.web.result.ScoredNode;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The indicator page and its comment form (POST, then back to the page; errors shown on the page). */
public final class IndicatorPages {


    private final Results results;
    private final CommentStore comments;
    private final ValueStore values;
    private final ValidationStore validations;
    private final ConfirmationStore confirmations;
    private final Templates templates;
    private final AccessGate gate;
    private final Clock clock = Clock.systemUTC();

    public IndicatorPages(Results results, CommentStore comments, ValueStore values, ValidationStore validations,
            ConfirmationStore confirmations, Templates templates, AccessGate gate) {
        this.gate = gate;
        this.validations = validations;
        this.confirmations = confirmations;
        this.results = results;
        this.comments = comments;
        this.values = values;
        this.templates = templates;
    }

    public void page(Context ctx) {
        render(ctx, located(ctx), "", "", Form.NONE);
    }

    /** The remark form as posted: its text and period, and the problem found, if any. */
    private record Form(String text, String period, String error) {
        static final Form NONE = new Form("", "", "");
    }

    /**
     * Adds the valutatore's remark (rilievo) on the indicator for a period: blank or too long is
     * refused with 422 and the page with the message; kept apart from the comments.
     */
    public void remark(Context ctx) {
        var located = located(ctx);
        var m = Language.of(ctx);
        var plan = located.result().plan();
        var text = Optional.ofNullable(ctx.formParam("rilievo")).orElse("").strip();
        var written = Optional.ofNullable(ctx.formParam("periodo")).orElse("");
        Period period;
        try {
            period = Period.parseIn(written, plan.year());
        } catch (InvalidValueException e) {
            ctx.status(422);
            render(ctx, located, "", "", new Form(text, written, m.render(e.problem())));
            return;
        }
        var problem = Remark.problem(text);
        if (problem.isPresent()) {
            ctx.status(422);
            render(ctx, located, "", "", new Form(text, written, m.render(problem.get())));
            return;
        }
        var author = Actors.of(ctx);
        validations.addRemark(plan.entity(), plan.year(), new Remark(located.node().id(), period, text, author.name(),
                Instant.now(clock)), author);
        ctx.redirect(ctx.path().replaceFirst("/rilievi$", "") + lang(ctx) + "#rilievi", io.javalin.http.HttpStatus.SEE_OTHER);
    }

    /** Adds a comment: blank or too long is refused with 422 and the page with the message. */
    public void comment(Context ctx) {
        var located = located(ctx);
        gate.requireNode(ctx, Action.COMMENT, located.result().plan(), located.node().id());
        var text = Optional.ofNullable(ctx.formParam("testo")).orElse("").strip();
        var problem = Comment.problem(text);
        if (problem.isPresent()) {
            ctx.status(422);
            render(ctx, located, text, Language.of(ctx).render(problem.get()), Form.NONE);
            return;
        }
        var plan = located.result().plan();
        var author = Actors.of(ctx);
        comments.add(plan.entity(), plan.year(), new Comment(located.node().id(), text, author.name(), Instant.now(clock)),
                author);
        ctx.redirect(ctx.path().replaceFirst("/commenti$", "") + lang(ctx) + "#commenti", io.javalin.http.HttpStatus.SEE_OTHER);
    }

    private static String lang(Context ctx) {
        return "en".equals(Language.of(ctx).locale().getLanguage()) ? "?lang=en" : "";
    }

    private ScoredNode located(Context ctx) {
        var located = results.node(ctx);
        if (!(located.node() instanceof Indicator)) {
            throw new NotFoundResponse();
        }
        return located;
    }

    private void render(Context ctx, ScoredNode located, String text, String error, Form remark) {
        var m = Language.of(ctx);
        var indicator = (Indicator) located.node();
        var result = located.result();
        var plan = result.plan();
        var actual = result.actuals().get(indicator.id());
        var layout = Layout.of(ctx, m, m.get("web.indicator.title", indicator.label()));
        var action = Results.nodeHref(plan.entity(), plan.year(), indicator) + "/commenti";
        templates.render(ctx, "indicator/indicator.jte", new IndicatorPage(layout, m.get("web.plan.title", plan.entity(),
                plan.year()), PlanAddress.href(plan.entity(), plan.year()), definition(indicator, m),
                years(indicator, plan.year(), actual == null ? "" : ResultFormat.actual(actual)), result(located, m),
                history(located, m), IndicatorChart.svg(indicator, plan.year(), actual, m), comments(located), action,
                text, error, AuditPages.href(plan.entity(), plan.year(), indicator.id()), remarks(located, m),
                new IndicatorPage.RemarkForm(gate.allows(ctx, Action.VALIDATE_PERIOD,
                        new Resource.Plan(plan.entity(), plan.year())), Results.nodeHref(plan.entity(), plan.year(),
                        indicator) + "/rilievi", remarkPeriods(plan.year(), remark.period(), m), remark.text(),
                        remark.error())));
    }

    private static IndicatorPage.Definition definition(Indicator indicator, Messages m) {
        var d = indicator.definition();
        var none = m.get("web.indicator.none");
        return new IndicatorPage.Definition(indicator.code(), indicator.title(), ItalianFormat.format(indicator.weight()),
                or(d.algorithm(), none), or(d.formula(), none), or(d.unit().symbol(), none), or(d.dataSource(), none),
                or(d.owner(), none));
    }

    private static String or(String text, String none) {
        return text.isEmpty() ? none : text;
    }

    private static List<IndicatorPage.YearRow> years(Indicator indicator, int planYear, String actual) {
        var d = indicator.definition();
        return IndicatorChart.years(indicator, planYear).stream().map(year -> new IndicatorPage.YearRow(year,
                d.baselines().containsKey(year) ? ShownFormat.of(d.baselines().get(year)) : "",
                d.targets().containsKey(year) ? ShownFormat.of(d.targets().get(year)) : "", written(d, year),
                year == planYear ? actual : "")).toList();
    }

    /** The target of a year as the plan wrote it, where that reads differently from what is shown; else empty. */
    private static String written(IndicatorDefinition d, int year) {
        return d.writtenTarget(year).filter(w -> !w.equals(ShownFormat.of(d.targets().get(year)))).orElse("");
    }

    private static IndicatorPage.Result result(ScoredNode located, Messages m) {
        var indicator = (Indicator) located.node();
        var plan = located.result().plan();
        var score = located.score();
        var reason = score.score() instanceof Score.NotAvailable n ? m.render(n.reason()) : "";
        return new IndicatorPage.Result(located.result().period().format(),
                ResultFormat.actual(located.result().actuals().get(indicator.id())),
                ShownFormat.of(indicator.definition().targetFor(plan.year()).orElse(Target.MISSING)),
                ResultFormat.achievement(score.score()), it.traguardi.web.result.Light.of(score.status(), m), reason);
    }

    private List<IndicatorPage.HistoryRow> history(ScoredNode located, Messages m) {
        var plan = located.result().plan();
        var target = ValueTarget.indicator(located.node().id());
        var records = values.history(plan.entity(), plan.year(), target);
        return java.util.stream.IntStream.range(0, records.size()).mapToObj(i -> {
            var r = records.get(i);
            var lastOfPeriod = i == records.size() - 1 || !records.get(i + 1).period().equals(r.period());
            // beside the value that counts: who confirmed it, or that a correction waits to be confirmed again
            var confirmed = lastOfPeriod ? Optional.ofNullable(confirmations.of(plan.entity(), plan.year(), r.period())
                    .get(target)).map(c -> ConfirmationPages.state(c, m)).orElse("") : "";
            return new IndicatorPage.HistoryRow(r.period().format(), ResultFormat.actual(r.value()), ShownFormat.moment(r.recordedAt()),
                    r.recordedBy(), r.reason().isEmpty() ? m.get("web.indicator.none") : r.reason(), lastOfPeriod,
                    confirmed);
        }).toList();
    }

    private List<IndicatorPage.Remark> remarks(ScoredNode located, Messages m) {
        var plan = located.result().plan();
        return validations.remarks(plan.entity(), plan.year(), located.node().id()).stream()
                .map(r -> new IndicatorPage.Remark(EntryPages.periodLabel(r.period(), m), r.text(), r.author(),
                        ShownFormat.moment(r.createdAt()))).toList();
    }

    private static List<IndicatorPage.Option> remarkPeriods(int year, String chosen, Messages m) {
        return List.of(Period.of(year), new Period.Day(java.time.LocalDate.of(year, java.time.Month.JUNE, 30))).stream()
                .map(p -> new IndicatorPage.Option(p.format(), EntryPages.periodLabel(p, m), p.format().equals(chosen)))
                .toList();
    }

    private List<IndicatorPage.Comment> comments(ScoredNode located) {
        var plan = located.result().plan();
        return comments.of(plan.entity(), plan.year(), located.node().id()).stream()
                .map(c -> new IndicatorPage.Comment(c.text(), c.author(), ShownFormat.moment(c.createdAt()))).toList();
    }
}
