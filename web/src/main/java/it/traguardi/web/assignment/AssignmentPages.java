package it.traguardi.web.assignment;

import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import it.traguardi.core.account.Assignment;
import it.traguardi.core.account.AssignmentText;
import it.traguardi.core.i18n.Message;
import it.traguardi.core.i18n.Messages;
import it.traguardi.core.measure.Measure;
import it.traguardi.core.measure.PlanMeasures;
import it.traguardi.core.plan.Plan;
import it.traguardi.store.AssignmentStore;
import it.traguardi.store.MeasureStore;
import it.traguardi.store.PlanStore;
import it.traguardi.web.Language;
import it.traguardi.web.Layout;
import it.traguardi.web.PlanAddress;
import it.traguardi.web.Templates;
import it.traguardi.web.access.Action;
import it.traguardi.web.access.Actors;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Incarichi di un piano, as a page ({@link Action#MANAGE_ASSIGNMENTS}: the pianificatore and the
 * amministratore): the assignments by person, a form that adds one and a button that removes each.
 * The form is read by {@link AssignmentText}, as the command line and the API read theirs; the
 * measure and the organisational unit are chosen from the plan's (its catalog and formulas, the
 * owners its indicators name), and anything else is refused under its field. Every change goes
 * through {@link AssignmentStore}, which records it in the audit trail with its author.
 */
public final class AssignmentPages {

    /** The page's address under the plan's. */
    public static final String PATH = "/incarichi";
    private static final String DONE = "esito";
    private static final String USER = "utente";
    private static final int MAX_LOGIN = 200;
    private static final List<String> OUTCOMES = List.of("aggiunto", "esisteva", "tolto", "mancava");

    private final PlanStore plans;
    private final MeasureStore measures;
    private final AssignmentStore assignments;
    private final Templates templates;

    public AssignmentPages(PlanStore plans, MeasureStore measures, AssignmentStore assignments, Templates templates) {
        this.plans = Objects.requireNonNull(plans, "plans");
        this.measures = Objects.requireNonNull(measures, "measures");
        this.assignments = Objects.requireNonNull(assignments, "assignments");
        this.templates = Objects.requireNonNull(templates, "templates");
    }

    public void register(RoutesConfig routes) {
        var base = "/piani/{entity}/{year}" + PATH;
        routes.get(base, this::page, Action.MANAGE_ASSIGNMENTS);
        routes.post(base, this::add, Action.MANAGE_ASSIGNMENTS);
        routes.post(base + "/rimuovi", this::remove, Action.MANAGE_ASSIGNMENTS);
    }

    private void page(Context ctx) {
        var plan = PlanAddress.find(ctx, plans::load);
        var m = Language.of(ctx);
        var outcome = ctx.queryParam(DONE);
        // after an addition the form keeps the person, to give them the next assignment
        var user = Objects.requireNonNullElse(ctx.queryParam(USER), "");
        var form = new AssignmentsPage.Form(user.length() <= MAX_LOGIN ? user : "", "", "", "", List.of(), List.of(),
                List.of(), List.of());
        render(ctx, m, plan, form, outcome != null && OUTCOMES.contains(outcome) ? m.get("web.assign.outcome." + outcome) : "");
    }

    private void add(Context ctx) {
        var plan = PlanAddress.find(ctx, plans::load);
        var m = Language.of(ctx);
        var user = field(ctx, "utente");
        var indicator = field(ctx, "indicatore");
        var measure = field(ctx, "misura");
        var owner = field(ctx, "unita");
        var reading = AssignmentText.read(plan, user, indicator, measure, owner);
        var problem = switch (reading) {
            // the command line's words name its option (--user); the page names no option
            case AssignmentText.Reading.Refused r -> new Problem(r.field(), r.problem().key().equals("assign.user.missing")
                    ? m.get("web.assign.user.missing") : m.render(r.problem()));
            case AssignmentText.Reading.Accepted a -> offered(plan, a.assignment().scope(), m);
        };
        if (problem != null || !(reading instanceof AssignmentText.Reading.Accepted accepted)) {
            var form = new AssignmentsPage.Form(user, indicator, measure, owner, only(problem, AssignmentText.Field.USER),
                    only(problem, AssignmentText.Field.INDICATOR), only(problem, AssignmentText.Field.MEASURE),
                    only(problem, AssignmentText.Field.OWNER));
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            render(ctx, m, plan, form, "");
            return;
        }
        var added = assignments.add(accepted.assignment(), Actors.of(ctx));
        done(ctx, plan, (added ? "aggiunto" : "esisteva") + "&" + USER + "=" + PlanAddress.encode(accepted.assignment().login()));
    }

    private void remove(Context ctx) {
        var plan = PlanAddress.find(ctx, plans::load);
        var m = Language.of(ctx);
        var user = field(ctx, "utente");
        var key = field(ctx, "chiave");
        Assignment.Scope scope;
        try {
            scope = switch (field(ctx, "tipo")) {
                case "indicatore" -> new Assignment.Scope.OfIndicator(PlanAddress.nodeId(key.replaceFirst("^#", ""))
                        .orElseThrow(() -> new BadRequestResponse(m.get("web.assign.bad-remove"))));
                case "misura" -> new Assignment.Scope.OfMeasure(key);
                case "unita" -> new Assignment.Scope.OfOwner(key);
                default -> throw new BadRequestResponse(m.get("web.assign.bad-remove"));
            };
            var removed = assignments.remove(new Assignment(plan.entity(), plan.year(), user, scope), Actors.of(ctx));
            done(ctx, plan, removed ? "tolto" : "mancava");
        } catch (IllegalArgumentException e) {
            // an empty login, code or unit: no assignment has one
            throw new BadRequestResponse(m.get("web.assign.bad-remove"));
        }
    }

    private static void done(Context ctx, Plan plan, String outcome) {
        ctx.redirect(PlanAddress.href(plan.entity(), plan.year()) + PATH + "?" + DONE + "=" + outcome, HttpStatus.SEE_OTHER);
    }

    /** The problem of a field, as the form shows it under that field. */
    private record Problem(AssignmentText.Field field, String message) {
    }

    private static List<String> only(Problem problem, AssignmentText.Field field) {
        return problem.field() == field ? List.of(problem.message()) : List.of();
    }

    /** A measure or unit the page did not offer (a form changed by hand) is refused under its field. */
    private Problem offered(Plan plan, Assignment.Scope scope, Messages m) {
        return switch (scope) {
            case Assignment.Scope.OfIndicator i -> null;
            case Assignment.Scope.OfMeasure s -> measureCodes(plan).contains(s.code()) ? null
                    : new Problem(AssignmentText.Field.MEASURE, m.render(Message.of("web.assign.measure.unknown", s.code())));
            case Assignment.Scope.OfOwner o -> owners(plan).contains(o.owner()) ? null
                    : new Problem(AssignmentText.Field.OWNER, m.render(Message.of("web.assign.owner.unknown", o.owner())));
        };
    }

    private void render(Context ctx, Messages m, Plan plan, AssignmentsPage.Form form, String notice) {
        var href = PlanAddress.href(plan.entity(), plan.year());
        var layout = Layout.of(ctx, m, m.get("web.assign.title", plan.entity(), plan.year()));
        var measureChoices = measureCodes(plan).stream()
                .map(code -> new AssignmentsPage.Choice(code, code, code.equals(form.measure()))).toList();
        var ownerChoices = owners(plan).stream()
                .map(o -> new AssignmentsPage.Choice(o, o, o.equals(form.owner()))).toList();
        templates.render(ctx, "assignment/assignments.jte", new AssignmentsPage(layout, href, href + PATH,
                people(plan, m), form, measureChoices, ownerChoices, notice));
    }

    /** The assignments by login, in the store's order (login, kind, key). */
    private List<AssignmentsPage.Person> people(Plan plan, Messages m) {
        Map<String, List<AssignmentsPage.Row>> byLogin = new TreeMap<>();
        for (var a : assignments.list(plan.entity(), plan.year())) {
            var rows = byLogin.computeIfAbsent(a.login(), k -> new ArrayList<>());
            rows.add(row(plan, a, m, "incarico-" + (byLogin.size()) + "-" + (rows.size() + 1)));
        }
        return byLogin.entrySet().stream().map(e -> new AssignmentsPage.Person(e.getKey(), e.getValue())).toList();
    }

    private static AssignmentsPage.Row row(Plan plan, Assignment a, Messages m, String id) {
        var described = AssignmentText.describe(plan, a.scope());
        return switch (a.scope()) {
            case Assignment.Scope.OfIndicator i -> new AssignmentsPage.Row(id, m.get("cli.assign.kind.indicator"),
                    plan.indicator(i.id()).map(n -> n.code() + " - " + n.title())
                            .orElse(m.get("web.assign.indicator.gone", described)), "indicatore", i.id().toString());
            case Assignment.Scope.OfMeasure s -> new AssignmentsPage.Row(id, m.get("cli.assign.kind.measure"), described,
                    "misura", s.code());
            case Assignment.Scope.OfOwner o -> new AssignmentsPage.Row(id, m.get("cli.assign.kind.owner"), described,
                    "unita", o.owner());
        };
    }

    /** The measures a value can be entered for: the entity's catalog and those the plan's formulas use. */
    private List<String> measureCodes(Plan plan) {
        var codes = new TreeSet<String>();
        measures.list(plan.entity()).stream().map(Measure::code).forEach(codes::add);
        PlanMeasures.of(plan).stream().map(Measure::code).forEach(codes::add);
        return List.copyOf(codes);
    }

    /** The organisational units the plan's indicators name as their owner. */
    private static List<String> owners(Plan plan) {
        return plan.indicators().map(i -> i.definition().owner()).filter(o -> !o.isEmpty()).distinct().sorted().toList();
    }

    private static String field(Context ctx, String name) {
        return Objects.requireNonNullElse(ctx.formParam(name), "");
    }
}
