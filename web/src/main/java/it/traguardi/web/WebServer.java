package it.traguardi.web;

import io.javalin.Javalin;
import it.traguardi.store.PlanStore;
import it.traguardi.web.plan.PlanPages;

/** The HTTP server: one explicit route tree. */
public final class WebServer {

    private WebServer() {
    }

    /** Creates (without starting) the application on a store. */
    public static Javalin create(PlanStore store) {
        var plans = new PlanPages(store);
        return Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.routes.get("/health", ctx -> ctx.contentType("application/json").result("{\"status\":\"ok\"}"));
            cfg.routes.get("/", plans::home);
            cfg.routes.get("/piani/{entity}/{year}", plans::tree);
        });
    }
}
