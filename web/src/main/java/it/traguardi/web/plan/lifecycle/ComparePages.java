package it.traguardi.web.plan.lifecycle;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import it.traguardi.core.i18n.Messages;
import it.traguardi.core.lifecycle.VersionChoice;
import it.traguardi.core.lifecycle.VersionComparison;
import it.traguardi.store.PlanStatus;
import it.traguardi.web.Language;
import it.traguardi.web.Layout;
import it.traguardi.web.PlanAddress;
import it.traguardi.web.Templates;
import it.traguardi.web.access.AccessGate;
import it.traguardi.web.result.ShownPlans;
import java.util.ArrayList;
import java.util.List;

/**
 * The comparison of two versions of a plan ({@code ?da=1&a=2}): each approved version by its
 * number, and, to the people of the entity, the current one ({@code corrente}, the working version
 * under revision). By default the first approved version against the latest one shown to the
 * reader. A version that does not exist is 404.
 */
final class ComparePages {

    static final String PATH = "/confronto";
    private static final String CURRENT = "corrente";

    private final ShownPlans shown;
    private final Templates templates;
    private final AccessGate gate;

    ComparePages(ShownPlans shown, Templates templates, AccessGate gate) {
        this.shown = shown;
        this.templates = templates;
        this.gate = gate;
    }

    void page(Context ctx) {
        var m = Language.of(ctx);
        var status = PlanAddress.find(ctx, shown.lifecycle()::status);
        var insider = gate.insider(ctx, status.entity(), status.year());
        var values = choices(status, insider);
        var from = chosen(ctx, "da", values, values.getFirst());
        var to = chosen(ctx, "a", values, values.getLast());
        var before = read(status, from);
        var after = read(status, to);
        var rows = VersionComparison.between(before, after).stream().map(c -> new ComparePage.Row(m.get(c.kind().key()),
                c.label(), c.fields().stream().map(f -> new ComparePage.Field(f.name(), f.before(), f.after())).toList()))
                .toList();
        var href = PlanAddress.href(status.entity(), status.year());
        var layout = Layout.of(ctx, m, m.get("web.compare.title", status.entity(), Integer.toString(status.year())));
        var options = values.stream().map(v -> new ComparePage.Option(v, label(v, m), v.equals(from), v.equals(to))).toList();
        templates.render(ctx, "plan/lifecycle/compare.jte", new ComparePage(layout, href, href + LifecyclePages.PATH,
                href + PATH, options, label(from, m), label(to, m), rows));
    }

    /** The versions a reader may compare: every approved one, and the current one to the people of the entity. */
    private static List<String> choices(PlanStatus status, boolean insider) {
        var out = new ArrayList<String>();
        status.approved().forEach(v -> out.add(Integer.toString(v.number())));
        if (insider || out.isEmpty()) {
            out.add(CURRENT);
        }
        return out;
    }

    /** The version a parameter names, among the choices; absent: the default; anything else: 404. */
    private static String chosen(Context ctx, String parameter, List<String> values, String otherwise) {
        var text = ctx.queryParam(parameter);
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        var t = text.strip();
        if (!values.contains(t)) {
            throw new NotFoundResponse();
        }
        return t;
    }

    private it.traguardi.core.plan.Plan read(PlanStatus status, String value) {
        var choice = value.equals(CURRENT) ? VersionChoice.CURRENT : new VersionChoice.Numbered(Integer.parseInt(value));
        return shown.lifecycle().read(status.entity(), status.year(), choice).orElseThrow(NotFoundResponse::new);
    }

    private static String label(String value, Messages m) {
        return value.equals(CURRENT) ? m.get("web.compare.current") : m.get("web.compare.version", value);
    }
}
