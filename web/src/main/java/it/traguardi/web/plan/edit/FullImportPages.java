package it.traguardi.web.plan.edit;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import it.traguardi.core.i18n.Messages;
import it.traguardi.core.transfer.FullPlan;
import it.traguardi.core.transfer.FullSection;
import it.traguardi.core.transfer.TransferException;
import it.traguardi.core.transfer.TransferProblem;
import it.traguardi.exchange.json.FullPlanReader;
import it.traguardi.exchange.spreadsheet.ImportFiles;
import it.traguardi.store.FullPlanStore;
import it.traguardi.web.Language;
import it.traguardi.web.Layout;
import it.traguardi.web.Templates;
import it.traguardi.web.Uploads;
import it.traguardi.web.access.AccessGate;
import it.traguardi.web.access.Action;
import it.traguardi.web.access.Actors;
import it.traguardi.web.access.Resource;
import java.util.List;
import java.util.stream.Stream;

/**
 * Importing a full export ({@code traguardi.full/1}, docs/full-export.md) in the browser, as
 * {@code traguardi import FILE.json [--replace] [--dry-run]} does: the file is read and checked
 * whole, then tried in a transaction that is rolled back (the dry run), and the preview shows what
 * would be stored, or each problem with its JSON path; the confirmation stores all of it or nothing.
 * The file waits for the confirmation in {@link PendingUploads}, as an alberatura does. Who may do it:
 * whoever may change the plan and read its audit trail, which the file carries (the rule of the API's
 * full export).
 */
public final class FullImportPages {

    static final String PATH = EditPaths.NEW + "/completo";
    private static final String REPLACE = "sostituisci";

    private final FullPlanStore store;
    private final Templates templates;
    private final PendingUploads uploads;
    private final AccessGate gate;

    public FullImportPages(FullPlanStore store, Templates templates, PendingUploads uploads, AccessGate gate) {
        this.store = store;
        this.templates = templates;
        this.uploads = uploads;
        this.gate = gate;
    }

    /** The routes: about the archive until the file names the plan, then checked on it. */
    public void register(RoutesConfig routes) {
        routes.post(PATH, this::preview, Action.EDIT_PLAN);
        routes.post(PATH + "/conferma", this::confirm, Action.EDIT_PLAN);
    }

    private void preview(Context ctx) {
        var m = Language.of(ctx);
        var upload = Uploads.of(ctx, "file").filter(u -> u.bytes().length > 0);
        boolean replace = "on".equals(ctx.formParam(REPLACE));
        if (upload.isEmpty()) {
            problems(ctx, "", List.of(new FullImportPage.Problem("", m.get("web.full.missing"))), 422);
            return;
        }
        var file = upload.get().name();
        var bytes = upload.get().bytes();
        if (ImportFiles.kind(file, bytes) != ImportFiles.Kind.JSON) {
            problems(ctx, file, List.of(new FullImportPage.Problem("", m.get("web.full.not-json", file))), 422);
            return;
        }
        try {
            var plan = FullPlanReader.read(bytes);
            allowed(ctx, plan);
            var outcome = store.write(plan, replace, true, Actors.of(ctx));
            switch (uploads.keep(file, bytes, plan.entity(), plan.year())) {
                case PendingUploads.Kept.Token kept -> show(ctx, file, plan, outcome.replaced(), kept.token(), replace);
                case PendingUploads.Kept.Full full -> problems(ctx, file, List.of(new FullImportPage.Problem("",
                        m.get("web.full.busy"))), 503);
            }
        } catch (TransferException e) {
            problems(ctx, file, rows(e.problems(), m), 422);
        }
    }

    private void confirm(Context ctx) {
        var m = Language.of(ctx);
        var token = EditPaths.field(ctx, "token");
        boolean replace = "on".equals(ctx.formParam(REPLACE));
        var kept = uploads.find(token);
        if (kept.isEmpty()) {
            problems(ctx, "", List.of(new FullImportPage.Problem("", m.get("web.edit.upload.expired"))), 410);
            return;
        }
        var file = kept.get().file();
        try {
            var plan = FullPlanReader.read(kept.get().bytes());
            allowed(ctx, plan);
            store.write(plan, replace, false, Actors.of(ctx));
            uploads.forget(token);
            ctx.redirect(EditPaths.plan(plan.entity(), plan.year()), HttpStatus.SEE_OTHER);
        } catch (TransferException e) {
            // stored by someone else since the preview, without the replace box ticked: said at its path
            problems(ctx, file, rows(e.problems(), m), 409);
        }
    }

    /** The file names the plan: the person must be able to change it and to read its audit trail. */
    private void allowed(Context ctx, FullPlan plan) {
        var resource = new Resource.Plan(plan.entity(), plan.year());
        gate.require(ctx, Action.EDIT_PLAN, resource);
        gate.require(ctx, Action.READ_AUDIT, resource);
    }

    private void show(Context ctx, String file, FullPlan plan, boolean replaces, String token, boolean replace) {
        var m = Language.of(ctx);
        var summary = m.get(replaces ? "web.full.summary.replace" : "web.full.summary.create", plan.entity(), plan.year());
        var sections = Stream.of(FullSection.values())
                .map(s -> new FullImportPage.Section(s.key(), plan.rows(s).size())).toList();
        templates.render(ctx.status(200), "plan/edit/full.jte", new FullImportPage(layout(ctx, m), file, List.of(),
                summary, sections, token, replace));
    }

    private void problems(Context ctx, String file, List<FullImportPage.Problem> problems, int status) {
        var m = Language.of(ctx);
        templates.render(ctx.status(status), "plan/edit/full.jte", new FullImportPage(layout(ctx, m), file, problems,
                "", List.of(), "", false));
    }

    /** Each problem of the file with its JSON path, as the command line prints it; a plan already there says how to replace it. */
    private static List<FullImportPage.Problem> rows(List<TransferProblem> problems, Messages m) {
        return problems.stream().map(p -> new FullImportPage.Problem(p.path(), p.message().key().equals("full.problem.exists")
                ? m.get("web.full.exists", p.message().args().toArray()) : m.render(p.message()))).toList();
    }

    private static Layout layout(Context ctx, Messages m) {
        return Layout.of(ctx, m, m.get("web.full.title"));
    }
}
