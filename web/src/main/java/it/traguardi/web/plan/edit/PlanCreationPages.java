package it.traguardi.web.plan.edit;

import it.traguardi.web.access.Actors;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import it.traguardi.core.i18n.Messages;
import it.traguardi.core.value.Limits;
import it.traguardi.exchange.ImportException;
import it.traguardi.exchange.ImportProblem;
import it.traguardi.exchange.alberatura.AlberaturaImport;
import it.traguardi.exchange.alberatura.Overrides;
import it.traguardi.exchange.spreadsheet.ImportFiles;
import it.traguardi.exchange.spreadsheet.PlanWorkbook;
import it.traguardi.web.Downloads;
import it.traguardi.store.PlanChangedException;
import it.traguardi.store.PlanExistsException;
import it.traguardi.store.PlanSummary;
import it.traguardi.web.Language;
import it.traguardi.web.Layout;
import it.traguardi.web.Templates;
import it.traguardi.web.UploadWording;
import it.traguardi.web.Uploads;
import it.traguardi.web.access.AccessGate;
import it.traguardi.web.access.Action;
import it.traguardi.web.access.Resource;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Starting a plan in the browser: empty, from an alberatura file (preview, then confirm: nothing
 * is stored before the confirmation; the file waits in the database, {@link PendingUploads}) or copied from a
 * stored plan to the next year. A file whose plan is already stored is a corrected reading of it:
 * the preview shows how its nodes match the stored ones, and the confirmation replaces the plan. The plan is known only from the form, so access is checked here
 * through the gate once it is.
 */
public final class PlanCreationPages {

    private final EditablePlans plans;
    private final Templates templates;
    private final PendingUploads uploads;
    private final AccessGate gate;

    public PlanCreationPages(EditablePlans plans, Templates templates, PendingUploads uploads, AccessGate gate) {
        this.gate = gate;
        this.plans = plans;
        this.templates = templates;
        this.uploads = uploads;
    }

    /** The routes, each with its action: about the archive, until the form or file names the plan. */
    public void register(RoutesConfig routes) {
        routes.get(EditPaths.NEW, ctx -> form(ctx, "", "", "", 200), Action.EDIT_PLAN);
        routes.post(EditPaths.NEW + "/vuoto", this::createEmpty, Action.EDIT_PLAN);
        routes.post(EditPaths.NEW + "/caricamento", this::preview, Action.EDIT_PLAN);
        // not under /piani/nuovo: two segments there are a plan's address (/piani/{entity}/{year})
        routes.get("/modelli/piano.xlsx", this::template, Action.EDIT_PLAN);
        routes.post(EditPaths.NEW + "/conferma", this::confirm, Action.EDIT_PLAN);
        routes.post(EditPaths.NEW + "/sostituzione", this::replace, Action.EDIT_PLAN);
        routes.post(EditPaths.NEW + "/copia", this::copy, Action.EDIT_PLAN);
    }

    private void form(Context ctx, String entity, String year, String error, int status) {
        var m = Language.of(ctx);
        // only the plans the person may copy: the copy is a new plan of the entity, a year later
        var sources = plans.list().stream()
                .filter(k -> gate.allows(ctx, Action.EDIT_PLAN, new Resource.Plan(k.entity(), k.year() + 1)))
                .sorted(Comparator.comparing(PlanSummary::entity).thenComparing(PlanSummary::year, Comparator.reverseOrder()))
                .map(k -> new CreatePage.Source(k.year() + ":" + k.entity(), m.get("web.edit.copy.option",
                        k.entity(), Integer.toString(k.year()), Integer.toString(k.year() + 1))))
                .toList();
        ctx.status(status);
        templates.render(ctx, "plan/edit/create.jte", new CreatePage(Layout.of(ctx, m, m.get("web.edit.create.title")),
                entity, year, error, sources));
    }

    private void createEmpty(Context ctx) {
        var m = Language.of(ctx);
        var entity = EditPaths.field(ctx, "ente");
        var yearText = EditPaths.field(ctx, "anno");
        var year = year(yearText);
        if (entity.isEmpty() || year == 0) {
            form(ctx, entity, yearText, m.get("web.edit.create.invalid"), 422);
            return;
        }
        var tooLong = Limits.Text.ENTITY.problem(entity);
        if (tooLong.isPresent()) {
            form(ctx, Limits.excerpt(entity), yearText, m.render(tooLong.get()), 422);
            return;
        }
        gate.require(ctx, Action.EDIT_PLAN, new Resource.Plan(entity, year));
        try {
            plans.create(entity, year, Actors.of(ctx));
            ctx.redirect(EditPaths.edit(entity, year), HttpStatus.SEE_OTHER);
        } catch (PlanExistsException e) {
            form(ctx, entity, yearText, m.get("web.edit.create.exists", entity, Integer.toString(year)), 409);
        }
    }

    private void preview(Context ctx) {
        var upload = Uploads.of(ctx, "file").filter(u -> u.bytes().length > 0);
        if (upload.isEmpty()) {
            form(ctx, "", "", Language.of(ctx).get("web.edit.upload.missing"), 422);
            return;
        }
        var file = upload.get().name();
        var bytes = upload.get().bytes();
        var entity = EditPaths.field(ctx, "ente");
        try {
            var read = read(file, bytes, entity);
            // the file names the plan: the person must be able to change that one before it is kept and shown
            gate.require(ctx, Action.EDIT_PLAN, new Resource.Plan(read.plan().entity(), read.plan().year()));
            switch (uploads.keep(file, bytes, read.plan().entity(), read.plan().year())) {
                case PendingUploads.Kept.Token kept -> showPreview(ctx, file, read, kept.token(), "", 200);
                case PendingUploads.Kept.Full full -> full(ctx, full);
            }
        } catch (ImportException e) {
            showProblems(ctx, file, e);
        }
    }

    /**
     * The preview of a valid file kept under {@code token}: the plan it creates, or, when one is
     * stored for its entity and year, how it would replace it (see {@link #replace}).
     */
    private void showPreview(Context ctx, String file, AlberaturaImport read, String token, String notice, int status) {
        var m = Language.of(ctx);
        var plan = read.plan();
        var next = plans.previewReplacement(plan).<PreviewPage.Next>map(r -> new PreviewPage.Replace(token,
                r.storedVersion(), r.summary(m), r.changes(m).stream().map(c -> new PreviewPage.ChangeRow(
                        m.get("replace.outcome." + c.outcome()), c.label(), c.detail())).toList(),
                r.detachedSummary(m))).orElseGet(() -> new PreviewPage.Create(token));
        ctx.status(status);
        templates.render(ctx, "plan/edit/preview.jte", new PreviewPage(Layout.of(ctx, m, m.get("web.edit.preview.title")),
                file, List.of(), plan.entity(), plan.year(), counts(read, m), read.warningCounts().stream().map(k -> new PreviewPage.Count(
                        m.get(k.kind().titleKey()), k.count())).toList(), read.groupedWarnings(m), next, notice));
    }

    private void showProblems(Context ctx, String file, ImportException e) {
        var m = Language.of(ctx);
        var problems = ImportProblem.grouped(e.problems().stream().map(UploadWording::form).toList(), m).stream().map(g -> new PreviewPage.FileProblem(
                g.first().file(), g.ranges(), g.first().fieldPlace(m),
                m.render(g.first().message()))).toList();
        ctx.status(422);
        templates.render(ctx, "plan/edit/preview.jte", new PreviewPage(Layout.of(ctx, m, m.get("web.edit.preview.title")),
                file, problems, "", 0, List.of(), List.of(), List.of(), new PreviewPage.Nothing(), ""));
    }

    /** No room to keep the file for the confirmation: 503, saying what is held and when to retry. */
    private void full(Context ctx, PendingUploads.Kept.Full full) {
        var m = Language.of(ctx);
        var minutes = Math.max(1, full.retryAfter().toMinutes() + 1);
        ctx.header("Retry-After", Long.toString(minutes * 60));
        form(ctx, "", "", m.get("web.edit.upload.full", megabytes(full.heldBytes()), megabytes(full.maxBytes()),
                full.files(), full.maxFiles(), minutes), 503);
    }

    private static long megabytes(long bytes) {
        return (bytes + 1024 * 1024 - 1) / (1024 * 1024);
    }

    /** A file kept since its preview, read again: what the confirmation of a new or a replacing plan works on. */
    private record KeptFile(String token, String file, AlberaturaImport read) {
    }

    /**
     * The file kept under the form's token, read again; when it has expired (or can no longer be
     * read) the person is told so (410) and nothing else happens.
     */
    private Optional<KeptFile> kept(Context ctx) {
        var token = EditPaths.field(ctx, "token");
        var upload = uploads.find(token);
        try {
            if (upload.isPresent()) {
                var file = upload.get().file();
                var read = read(file, upload.get().bytes(), upload.get().entity());
                // bound to the plan it previewed: the same file read again names the same plan
                if (read.plan().entity().equals(upload.get().entity()) && read.plan().year() == upload.get().year()) {
                    return Optional.of(new KeptFile(token, file, read));
                }
            }
        } catch (ImportException e) {
            // a kept file was valid at its preview; if it no longer reads, it is as good as expired
        }
        form(ctx, "", "", Language.of(ctx).get("web.edit.upload.expired"), 410);
        return Optional.empty();
    }

    private void confirm(Context ctx) {
        var m = Language.of(ctx);
        var kept = kept(ctx);
        if (kept.isEmpty()) {
            return;
        }
        var plan = kept.get().read().plan();
        gate.require(ctx, Action.EDIT_PLAN, new Resource.Plan(plan.entity(), plan.year()));
        try {
            plans.createFrom(plan, Actors.of(ctx));
        } catch (PlanExistsException e) {
            // stored by someone else since the preview: show how the file would replace it instead
            showPreview(ctx, kept.get().file(), kept.get().read(), kept.get().token(),
                    m.get("web.edit.create.exists-now", plan.entity(), Integer.toString(plan.year())), 409);
            return;
        }
        uploads.forget(kept.get().token());
        ctx.redirect(EditPaths.plan(plan.entity(), plan.year()), HttpStatus.SEE_OTHER);
    }

    /**
     * Replaces the stored plan with the previewed file, as a new reading of it (nodes matched, values
     * kept with the nodes recognised), only over the version the preview compared with. A plan
     * changed meanwhile is not touched: the preview is shown again against the plan stored now.
     */
    private void replace(Context ctx) {
        var m = Language.of(ctx);
        var kept = kept(ctx);
        if (kept.isEmpty()) {
            return;
        }
        var version = EditPaths.version(ctx);
        var plan = kept.get().read().plan();
        gate.require(ctx, Action.EDIT_PLAN, new Resource.Plan(plan.entity(), plan.year()));
        try {
            plans.replaceReading(plan, version, Actors.of(ctx));
        } catch (PlanChangedException e) {
            showPreview(ctx, kept.get().file(), kept.get().read(), kept.get().token(), m.get("web.edit.replace.stale",
                    plan.entity(), Integer.toString(plan.year()), Integer.toString(version)), 409);
            return;
        }
        uploads.forget(kept.get().token());
        ctx.redirect(EditPaths.plan(plan.entity(), plan.year()) + "?esito=sostituito", HttpStatus.SEE_OTHER);
    }

    private void copy(Context ctx) {
        var m = Language.of(ctx);
        var source = EditPaths.field(ctx, "origine");
        var colon = source.indexOf(':');
        var year = colon < 0 ? 0 : year(source.substring(0, colon));
        if (year == 0) {
            form(ctx, "", "", m.get("web.edit.copy.missing"), 422);
            return;
        }
        var entity = source.substring(colon + 1);
        gate.require(ctx, Action.READ, new Resource.Plan(entity, year));
        gate.require(ctx, Action.EDIT_PLAN, new Resource.Plan(entity, year + 1));
        try {
            var copied = plans.copy(entity, year, Actors.of(ctx));
            if (copied.isEmpty()) {
                form(ctx, "", "", m.get("web.edit.copy.missing"), 404);
                return;
            }
            ctx.redirect(EditPaths.plan(entity, year + 1), HttpStatus.SEE_OTHER);
        } catch (PlanExistsException e) {
            form(ctx, entity, Integer.toString(year + 1), m.get("web.edit.create.exists", entity,
                    Integer.toString(year + 1)), 409);
        }
    }

    private static AlberaturaImport read(String file, byte[] bytes, String entity) throws ImportException {
        return ImportFiles.plan(file == null || file.isBlank() ? "alberatura.tsv" : file, bytes,
                new Overrides(entity.isEmpty() ? null : entity, null));
    }

    /**
     * The empty XLSX template of a new plan, with the entity and year asked for ({@code ?ente=&anno=})
     * when they are ones a plan may have (else left for the office to write).
     */
    private void template(Context ctx) {
        var entity = Objects.requireNonNullElse(ctx.queryParam("ente"), "").strip();
        var year = year(Objects.requireNonNullElse(ctx.queryParam("anno"), ""));
        boolean named = !entity.isEmpty() && Limits.Text.ENTITY.problem(entity).isEmpty();
        Downloads.xlsx(ctx, "modello-piano.xlsx", PlanWorkbook.blank(named ? entity : null, year == 0 ? null : year));
    }

    private static List<PreviewPage.Count> counts(AlberaturaImport read, Messages m) {
        var plan = read.plan();
        return List.of(new PreviewPage.Count(m.get("web.edit.count.areas"), plan.areas().size()),
                new PreviewPage.Count(m.get("web.edit.count.strategic"), plan.strategicObjectives().count()),
                new PreviewPage.Count(m.get("web.edit.count.operational"), plan.operationalObjectives().count()),
                new PreviewPage.Count(m.get("web.edit.count.indicators"), plan.indicators().count()));
    }

    private static int year(String text) {
        try {
            var year = Integer.parseInt(text.strip());
            return Limits.plausibleYear(year) ? year : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
