package it.traguardi.web;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import it.traguardi.store.PlanBusyException;
import it.traguardi.store.Stores;
import it.traguardi.web.access.AccessGate;
import it.traguardi.web.access.AccessPolicy;
import it.traguardi.web.access.RefusalLog;
import it.traguardi.web.api.ApiRoutes;
import it.traguardi.web.audit.AuditPages;
import it.traguardi.web.indicator.IndicatorPages;
import it.traguardi.web.objective.ObjectivePages;
import it.traguardi.web.plan.PlanPages;
import it.traguardi.web.result.Results;
import javax.sql.DataSource;
import it.traguardi.web.values.DetachedPages;
import it.traguardi.web.values.EntryPages;
import it.traguardi.web.values.PlanValues;
import it.traguardi.web.values.UploadPages;
import it.traguardi.web.plan.edit.EditablePlans;
import it.traguardi.web.plan.edit.PendingUploads;
import it.traguardi.web.plan.edit.PlanCreationPages;
import it.traguardi.web.plan.edit.PlanEditPages;
import java.time.Clock;

/** The HTTP server: one explicit route tree. */
public final class WebServer {

    private WebServer() {
    }

    /** Creates (without starting) the application on a database. */
    public static Javalin create(DataSource dataSource) {
        return create(dataSource, AccessPolicy.ALLOW_EVERYTHING);
    }

    /** Creates (without starting) the application on the program's stores. */
    public static Javalin create(Stores stores) {
        return create(stores, AccessPolicy.ALLOW_EVERYTHING, RequestLimits.DEFAULTS);
    }

    /** Creates (without starting) the application on a database, with the policy deciding who may do what. */
    public static Javalin create(DataSource dataSource, AccessPolicy policy) {
        return create(dataSource, policy, RequestLimits.DEFAULTS);
    }

    /** Creates (without starting) the application, with the limits on what one request may cost. */
    public static Javalin create(DataSource dataSource, AccessPolicy policy, RequestLimits limits) {
        return create(Stores.on(dataSource), policy, limits);
    }

    /**
     * Creates (without starting) the application on the program's stores: every page and API route
     * reads and writes through these same ones (one plan store, so one cache of plans).
     */
    public static Javalin create(Stores stores, AccessPolicy policy, RequestLimits limits) {
        var templates = new Templates();
        var results = new Results(stores.plans(), stores.results());
        var values = new PlanValues(stores);
        var plans = new PlanPages(results, stores.stamps(), values, stores.detached(), templates);
        var indicators = new IndicatorPages(results, stores.comments(), stores.values(), templates);
        var objectives = new ObjectivePages(results, templates);
        var entry = new EntryPages(values, templates);
        var upload = new UploadPages(values, templates);
        var detachedPages = new DetachedPages(stores.plans(), stores.detached(), templates);
        var auditPages = new AuditPages(stores.plans(), stores.audit(), templates);
        var editable = new EditablePlans(stores.plans(), stores.values(), stores.measures());
        var creation = new PlanCreationPages(editable, templates, new PendingUploads(Clock.systemUTC()));
        var editing = new PlanEditPages(editable, templates);
        return Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            limits.configure(cfg);
            // Bootstrap Italia and htmx (copied from npm by the build) and our own CSS, under /static.
            cfg.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/static";
                files.location = Location.CLASSPATH;
            });
            BodyCheck.install(cfg.routes, limits, templates);
            var gate = AccessGate.install(cfg.routes, policy, RefusalLog.to(stores.audit()));
            // a form's write that met another write of the same plan: 409, nothing saved (the API answers its own problem)
            cfg.routes.exception(PlanBusyException.class, (e, ctx) -> BusyPage.render(templates, e, ctx));
            // a page address that names nothing: a page with the way back, not a bare "Not Found"
            cfg.routes.error(404, ctx -> NotFoundPage.render(templates, stores.plans(), ctx));
            ApiRoutes.register(cfg.routes, stores, results, values, gate, editable);
            cfg.routes.get("/health", ctx -> ctx.contentType("application/json").result("{\"status\":\"ok\"}"));
            cfg.routes.get("/", plans::home);
            cfg.routes.get("/piani/{entity}/{year}", plans::tree);
            cfg.routes.get("/piani/{entity}/{year}/indicatori/{id}", indicators::page);
            cfg.routes.post("/piani/{entity}/{year}/indicatori/{id}/commenti", indicators::comment);
            cfg.routes.get("/piani/{entity}/{year}/obiettivi/{id}", objectives::objective);
            cfg.routes.get("/piani/{entity}/{year}/ambiti/{id}", objectives::area);
            cfg.routes.get("/piani/{entity}/{year}/valori", entry::page);
            cfg.routes.post("/piani/{entity}/{year}/valori", entry::save);
            cfg.routes.get("/piani/{entity}/{year}/valori/carica", upload::form);
            cfg.routes.post("/piani/{entity}/{year}/valori/carica", upload::preview);
            cfg.routes.post("/piani/{entity}/{year}/valori/carica/conferma", upload::confirm);
            cfg.routes.get("/piani/{entity}/{year}" + DetachedPages.PATH, detachedPages::page);
            cfg.routes.get("/piani/{entity}/{year}" + AuditPages.PATH, auditPages::page);
            cfg.routes.get("/piani/{entity}/{year}" + AuditPages.CSV_PATH, auditPages::csv);
            creation.register(cfg.routes, gate);
            editing.register(cfg.routes);
        });
    }
}
