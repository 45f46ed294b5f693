package it.traguardi.web;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import it.traguardi.store.MeasureStore;
import it.traguardi.store.PlanStore;
import it.traguardi.store.ValueStore;
import it.traguardi.web.access.AccessGate;
import it.traguardi.web.access.AccessPolicy;
import it.traguardi.web.api.ApiRoutes;
import it.traguardi.web.plan.PlanPages;
import it.traguardi.web.plan.edit.EditablePlans;
import it.traguardi.web.plan.edit.PendingUploads;
import it.traguardi.web.plan.edit.PlanCreationPages;
import it.traguardi.web.plan.edit.PlanEditPages;
import java.time.Clock;

/** The HTTP server: one explicit route tree. */
public final class WebServer {

    private WebServer() {
    }

    /** Creates (without starting) the application on a store. */
    public static Javalin create(PlanStore store) {
        return create(store, AccessPolicy.ALLOW_EVERYTHING);
    }

    /** Creates (without starting) the application on a store, with the policy deciding who may do what. */
    public static Javalin create(PlanStore store, AccessPolicy policy) {
        var pages = new Pages();
        var plans = new PlanPages(store, pages);
        var editable = new EditablePlans(store, new ValueStore(store.dataSource()), new MeasureStore(store.dataSource()));
        var creation = new PlanCreationPages(editable, pages, new PendingUploads(Clock.systemUTC()));
        var editing = new PlanEditPages(editable, pages);
        return Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            // Bootstrap Italia and htmx (copied from npm by the build) and our own CSS, under /static.
            cfg.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/static";
                files.location = Location.CLASSPATH;
            });
            var gate = AccessGate.install(cfg.routes, policy);
            ApiRoutes.register(cfg.routes, store, gate, editable);
            cfg.routes.get("/health", ctx -> ctx.contentType("application/json").result("{\"status\":\"ok\"}"));
            cfg.routes.get("/", plans::home);
            cfg.routes.get("/piani/{entity}/{year}", plans::tree);
            creation.register(cfg.routes, gate);
            editing.register(cfg.routes);
        });
    }
}
