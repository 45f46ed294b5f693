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
import it.traguardi.store.ValueStore;
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
    private final Templates templates;
    private final AccessGate gate;
    private final Clock clock = Clock.systemUTC();

    public IndicatorPages(Results results, CommentStore comments, ValueStore values, Templates templates,
            AccessGate gate) {
        this.gate = gate;
        this.results = results;
        this.comments = comments;
        this.values = values;
        this.templates = templates;
    }

    public void page(Context ctx) {
        render(ctx, located(ctx), "", "");
    }

    /** Adds a comment: blank or too long is refused with 422 and the page with the message. */
    public void comment(Context ctx) {
        var located = located(ctx);
        gate.requireNode(ctx, Action.COMMENT, located.result().plan(), located.node().id());
        var text = Optional.ofNullable(ctx.formParam("testo")).orElse("").strip();
        var problem = Comment.problem(text);
        if (problem.isPresent()) {
            ctx.status(422);
            render(ctx, located, text, Language.of(ctx).render(problem.get()));
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

    private void render(Context ctx, ScoredNode located, String text, String error) {
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
                text, error, AuditPages.href(plan.entity(), plan.year(), indicator.id())));
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
        var records = values.history(plan.entity(), plan.year(), ValueTarget.indicator(located.node().id()));
        return java.util.stream.IntStream.range(0, records.size()).mapToObj(i -> {
            var r = records.get(i);
            var lastOfPeriod = i == records.size() - 1 || !records.get(i + 1).period().equals(r.period());
            return new IndicatorPage.HistoryRow(r.period().format(), ResultFormat.actual(r.value()), ShownFormat.moment(r.recordedAt()),
                    r.recordedBy(), r.reason().isEmpty() ? m.get("web.indicator.none") : r.reason(), lastOfPeriod);
        }).toList();
    }

    private List<IndicatorPage.Comment> comments(ScoredNode located) {
        var plan = located.result().plan();
        return comments.of(plan.entity(), plan.year(), located.node().id()).stream()
                .map(c -> new IndicatorPage.Comment(c.text(), c.author(), ShownFormat.moment(c.createdAt()))).toList();
    }
}
