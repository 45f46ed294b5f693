package it.traguardi.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import it.traguardi.store.FullPlanStore;
import it.traguardi.store.EditSnapshots;
import it.traguardi.store.IndicatorAcrossEntities;
import it.traguardi.store.PendingUploadStore;
import it.traguardi.store.PeriodLockedException;
import it.traguardi.store.PlanBusyException;
import it.traguardi.store.PlanFrozenException;
import it.traguardi.store.Housekeeping;
import it.traguardi.store.StoreException;
import it.traguardi.store.Stores;
import it.traguardi.store.account.PendingSignOns;
import it.traguardi.web.access.AccessGate;
import it.traguardi.web.access.AccessPolicy;
import it.traguardi.web.access.Action;
import it.traguardi.web.access.AdministratorPolicy;
import it.traguardi.web.access.Authentication;
import it.traguardi.web.access.RefusalLog;
import it.traguardi.web.access.Requester;
import it.traguardi.web.access.RolePolicy;
import it.traguardi.web.account.AccountPages;
import it.traguardi.web.account.SignInPages;
import it.traguardi.web.account.SingleSignOn;
import it.traguardi.web.account.SingleSignOnPages;
import it.traguardi.web.account.SingleSignOnSettings;
import it.traguardi.web.account.SingleSignOnUnavailableException;
import it.traguardi.web.api.ApiRoutes;
import it.traguardi.web.assignment.AssignmentPages;
import it.traguardi.web.audit.AuditPages;
import it.traguardi.web.compare.ComparisonPages;
import it.traguardi.web.compare.EntityComparison;
import it.traguardi.web.indicator.IndicatorPages;
import it.traguardi.web.objective.ObjectivePages;
import it.traguardi.web.plan.PlanPages;
import it.traguardi.web.plan.edit.EditablePlans;
import it.traguardi.web.plan.edit.FullImportPages;
import it.traguardi.web.plan.edit.PendingUploads;
import it.traguardi.web.plan.edit.PlanCreationPages;
import it.traguardi.web.plan.edit.PlanEditPages;
import it.traguardi.web.plan.lifecycle.LifecyclePages;
import it.traguardi.web.report.RenderSlots;
import it.traguardi.web.report.ReportPages;
import it.traguardi.web.report.StoredReports;
import it.traguardi.web.result.Results;
import it.traguardi.web.result.ShownPlans;
import it.traguardi.web.security.CsrfCheck;
import it.traguardi.web.security.SecurityHeaders;
import it.traguardi.web.security.TrustedProxies;
import it.traguardi.web.validation.ConfirmationPages;
import it.traguardi.web.validation.ValidationPages;
import it.traguardi.web.values.DetachedPages;
import it.traguardi.web.values.EntryPages;
import it.traguardi.web.values.PlanValues;
import it.traguardi.web.values.UploadPages;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;

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

    /**
     * Creates (without starting) the application as {@code serve} runs it: the roles per entity
     * decide ({@link RolePolicy}), and while the installation has no administrator every change is
     * refused with how to create one ({@link AdministratorPolicy}).
     */
    public static Javalin serving(Stores stores) {
        return serving(stores, Optional.empty());
    }

    /**
     * As {@link #serving(Stores)}, with single sign-on through the identity provider when one is
     * given ({@link #singleSignOn} finds it at start).
     */
    public static Javalin serving(Stores stores, Optional<SingleSignOn> singleSignOn) {
        return serving(stores, singleSignOn, TrustedProxies.NONE);
    }

    /**
     * As {@link #serving(Stores, Optional)}, behind the load balancers {@code proxies}: the address of
     * a request they forward is the client's their {@code X-Forwarded-For} tells, for the audit trail
     * and the sign-in throttle.
     */
    public static Javalin serving(Stores stores, Optional<SingleSignOn> singleSignOn, TrustedProxies proxies) {
        return create(stores, new AdministratorPolicy(stores.accounts().users(), RolePolicy.of(stores.plans().lifecycle())),
                RequestLimits.DEFAULTS, AccessGate.signedIn(new Authentication(stores.accounts())), singleSignOn,
                proxies);
    }

    /**
     * Finds the identity provider of the settings (OpenID Connect discovery and its signing keys),
     * for {@link #serving(Stores, Optional)}.
     *
     * @throws SingleSignOnUnavailableException when it cannot be reached or is not a usable provider
     */
    public static SingleSignOn singleSignOn(SingleSignOnSettings settings) throws SingleSignOnUnavailableException {
        return SingleSignOn.discover(settings);
    }

    /**
     * Starts {@code serve}'s housekeeping timer on the database: expired sessions, uploads and
     * sign-ons removed once every {@link Housekeeping#EVERY} across all the nodes of the database.
     */
    public static HousekeepingTimer startHousekeeping(DataSource dataSource) {
        return HousekeepingTimer.start(new Housekeeping(dataSource, Clock.systemUTC(), Housekeeping.thisNode()));
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
        return create(stores, policy, limits, AccessGate.signedIn(new Authentication(stores.accounts())));
    }

    /**
     * Creates (without starting) the application, with {@code requesters} saying who asks: in
     * production {@link AccessGate#signedIn} (API token or session cookie); tests drive it to act as any person.
     */
    public static Javalin create(Stores stores, AccessPolicy policy, RequestLimits limits,
            Function<Context, Requester> requesters) {
        return create(stores, policy, limits, requesters, Optional.empty());
    }

    /** As above, with single sign-on through the identity provider when one is given. */
    public static Javalin create(Stores stores, AccessPolicy policy, RequestLimits limits,
            Function<Context, Requester> requesters, Optional<SingleSignOn> singleSignOn) {
        return create(stores, policy, limits, requesters, singleSignOn, TrustedProxies.NONE);
    }

    /** As above, believing the client's address that the trusted {@code proxies} forward. */
    public static Javalin create(Stores stores, AccessPolicy policy, RequestLimits limits,
            Function<Context, Requester> requesters, Optional<SingleSignOn> singleSignOn, TrustedProxies proxies) {
        var templates = new Templates();
        var refusals = RefusalLog.to(stores.audit());
        var gate = AccessGate.of(policy, requesters, stores.assignments(), templates, refusals);
        var shown = new ShownPlans(stores.plans().lifecycle(), gate);
        var results = new Results(stores.plans(), stores.results(), shown);
        var lifecycle = new LifecyclePages(shown, templates, gate);
        var values = new PlanValues(stores);
        var reports = new StoredReports(stores.results(), stores.comments(), stores.values(),
                new RenderSlots(limits.renderings()));
        var plans = new PlanPages(results, stores.stamps(), values, stores.detached(), templates, gate);
        var indicators = new IndicatorPages(results, stores.comments(), stores.values(), stores.validations(),
                stores.confirmations(), templates, gate);
        var validation = new ValidationPages(values, stores.validations(), templates);
        var confirmation = new ConfirmationPages(values, stores.confirmations(), templates, gate);
        var objectives = new ObjectivePages(results, stores.validations(), templates);
        var entry = new EntryPages(values, templates, gate);
        var upload = new UploadPages(values, templates, gate);
        var detachedPages = new DetachedPages(stores.plans(), stores.detached(), templates);
        var auditPages = new AuditPages(stores.plans(), stores.audit(), templates);
        var comparison = new EntityComparison(new IndicatorAcrossEntities(stores.dataSource()), gate);
        var comparisonPages = new ComparisonPages(comparison, templates);
        var editable = new EditablePlans(stores.plans(), stores.values(), stores.measures(),
                new EditSnapshots(stores.dataSource()));
        // one place where uploaded plans wait for their confirmation, whatever their kind
        var pending = new PendingUploads(new PendingUploadStore(stores.dataSource()), Clock.systemUTC());
        var creation = new PlanCreationPages(editable, templates, pending, gate);
        var fullImport = new FullImportPages(new FullPlanStore(stores.dataSource()), templates, pending, gate);
        var editing = new PlanEditPages(editable, templates);
        var signIn = new SignInPages(stores.accounts(), templates, singleSignOn.map(SingleSignOn::label).orElse(""));
        var signOn = new SingleSignOnPages(singleSignOn, stores.accounts(),
                new PendingSignOns(stores.dataSource(), Clock.systemUTC()), templates, refusals);
        var account = new AccountPages(stores.accounts(), templates, Clock.systemUTC());
        var assignmentPages = new AssignmentPages(stores.plans(), stores.measures(), stores.assignments(), templates);
        var reportPages = new ReportPages(shown, reports, templates);
        return Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            // ctx.ip(), which sessions, the sign-in throttle and the audit trail read: the client, also behind a proxy
            cfg.contextResolver.ip = proxies::clientAddress;
            limits.configure(cfg);
            // Bootstrap Italia and htmx (copied from npm by the build) and our own CSS, under /static.
            cfg.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/static";
                files.location = Location.CLASSPATH;
            });
            SecurityHeaders.install(cfg.routes);
            BodyCheck.install(cfg.routes, limits, templates);
            CsrfCheck.install(cfg.routes, templates);
            gate.install(cfg.routes);
            // a form's write that met another write of the same plan: 409, nothing saved (the API answers its own problem)
            cfg.routes.exception(PlanBusyException.class, (e, ctx) -> BusyPage.render(templates, e, ctx));
            // a form's write of values for a validated period: 409, nothing saved, who validated it and when
            cfg.routes.exception(PeriodLockedException.class, (e, ctx) -> LockedPage.render(templates, e, ctx));
            // a change the plan's state refuses (approved: a revision is needed; closed): 409, nothing saved
            cfg.routes.exception(PlanFrozenException.class, (e, ctx) -> FrozenPage.render(templates, e, ctx));
            // the database too busy to give a connection in time: 503 and try again (any other failure: a 500 page)
            cfg.routes.exception(StoreException.class, (e, ctx) -> UnavailablePage.render(templates, e, ctx));
            // a page address that names nothing: a page with the way back, not a bare "Not Found"
            cfg.routes.error(404, ctx -> NotFoundPage.render(templates, stores.plans(), ctx));
            ApiRoutes.register(cfg.routes, stores, results, values, gate, editable, reports, comparison);
            // every route declares its one action where it is registered (the gate refuses a route without)
            cfg.routes.get("/", plans::home, Action.READ);
            cfg.routes.get("/piani/{entity}/{year}", plans::tree, Action.READ);
            // about the archive (no entity in the path): every row is checked against the requester in EntityComparison
            cfg.routes.get(ComparisonPages.PATH, comparisonPages::page, Action.READ);
            cfg.routes.get("/piani/{entity}/{year}/indicatori/{id}", indicators::page, Action.READ);
            cfg.routes.post("/piani/{entity}/{year}/indicatori/{id}/commenti", indicators::comment, Action.COMMENT);
            cfg.routes.post("/piani/{entity}/{year}/indicatori/{id}/rilievi", indicators::remark, Action.VALIDATE_PERIOD);
            cfg.routes.get("/piani/{entity}/{year}" + ValidationPages.PATH, validation::page, Action.VALIDATE_PERIOD);
            cfg.routes.post("/piani/{entity}/{year}" + ValidationPages.PATH, validation::validate, Action.VALIDATE_PERIOD);
            cfg.routes.post("/piani/{entity}/{year}" + ValidationPages.PATH + "/riapri", validation::reopen,
                    Action.VALIDATE_PERIOD);
            cfg.routes.get("/piani/{entity}/{year}" + ConfirmationPages.PATH, confirmation::page, Action.CONFIRM_VALUES);
            cfg.routes.post("/piani/{entity}/{year}" + ConfirmationPages.PATH, confirmation::confirm, Action.CONFIRM_VALUES);
            cfg.routes.get("/piani/{entity}/{year}/obiettivi/{id}", objectives::objective, Action.READ);
            cfg.routes.get("/piani/{entity}/{year}/ambiti/{id}", objectives::area, Action.READ);
            cfg.routes.get("/piani/{entity}/{year}/valori", entry::page, Action.ENTER_VALUES);
            cfg.routes.post("/piani/{entity}/{year}/valori", entry::save, Action.ENTER_VALUES);
            cfg.routes.get("/piani/{entity}/{year}/valori/carica", upload::form, Action.ENTER_VALUES);
            cfg.routes.get("/piani/{entity}/{year}/valori/modello.xlsx", upload::template, Action.ENTER_VALUES);
            cfg.routes.post("/piani/{entity}/{year}/valori/carica", upload::preview, Action.ENTER_VALUES);
            cfg.routes.post("/piani/{entity}/{year}/valori/carica/conferma", upload::confirm, Action.ENTER_VALUES);
            cfg.routes.get("/piani/{entity}/{year}" + DetachedPages.PATH, detachedPages::page, Action.READ);
            cfg.routes.get("/piani/{entity}/{year}" + AuditPages.PATH, auditPages::page, Action.READ_AUDIT);
            cfg.routes.get("/piani/{entity}/{year}" + AuditPages.CSV_PATH, auditPages::csv, Action.READ_AUDIT);
            creation.register(cfg.routes);
            fullImport.register(cfg.routes);
            lifecycle.register(cfg.routes);
            editing.register(cfg.routes);
            signIn.register(cfg.routes);
            signOn.register(cfg.routes);
            account.register(cfg.routes);
            assignmentPages.register(cfg.routes);
            reportPages.register(cfg.routes);
        });
    }
}
