package it.traguardi.web.values;

import io.javalin.http.Context;
import it.traguardi.core.i18n.Messages;
import it.traguardi.core.value.ShownFormat;
import it.traguardi.store.DetachedRecords;
import it.traguardi.store.PlanStore;
import it.traguardi.web.Language;
import it.traguardi.web.Layout;
import it.traguardi.web.Templates;
import it.traguardi.web.PlanAddress;
import java.util.Locale;

/**
 * Valori non più collegati: what was recorded for indicators and objectives that the plan no
 * longer has (deleted by an editor, or not recognised when a corrected file replaced the plan).
 * Read only: these values count for no node, and none of them is ever moved to another node.
 */
public final class DetachedPages {

    /** Path under a plan's address. */
    public static final String PATH = "/valori/non-collegati";

    private final PlanStore plans;
    private final DetachedRecords detached;
    private final Templates templates;

    public DetachedPages(PlanStore plans, DetachedRecords detached, Templates templates) {
        this.plans = plans;
        this.detached = detached;
        this.templates = templates;
    }

    public void page(Context ctx) {
        var m = Language.of(ctx);
        var entity = ctx.pathParam("entity");
        var year = PlanAddress.year(ctx);
        PlanAddress.find(ctx, plans::version);
        var nodes = detached.of(entity, year).stream().map(node -> new DetachedPage.Node("nodo-" + node.id().value(),
                m.get("web.detached.node", node.label(), Integer.toString(node.id().value()),
                        m.get("node.kind." + node.kind().name().toLowerCase(Locale.ROOT))),
                node.label(),
                node.values().stream().map(r -> new DetachedPage.RecordRow(r.period().format(),
                        ShownFormat.of(r.value()), ShownFormat.moment(r.recordedAt()), r.recordedBy(), r.reason())).toList(),
                node.comments().stream().map(c -> new DetachedPage.CommentRow(ShownFormat.moment(c.createdAt()), c.author(),
                        c.text())).toList())).toList();
        var layout = Layout.of(ctx, m, m.get("web.detached.title", entity, Integer.toString(year)));
        templates.render(ctx, "values/detached.jte", new DetachedPage(layout, PlanAddress.href(entity, year), nodes));
    }

    /** The line the plan page shows when something is detached, empty otherwise. */
    public static String notice(DetachedRecords detached, String entity, int year, Messages m) {
        var nodes = detached.of(entity, year);
        if (nodes.isEmpty()) {
            return "";
        }
        return m.get("replace.detached", nodes.stream().mapToInt(n -> n.values().size()).sum(),
                nodes.stream().mapToInt(n -> n.comments().size()).sum(), nodes.size());
    }
}
