package it.traguardi.cli;

import it.traguardi.exchange.DemoData;
import it.traguardi.exchange.alberatura.AlberaturaReader;
import it.traguardi.exchange.alberatura.Overrides;
import it.traguardi.core.lifecycle.ApprovingAct;
import it.traguardi.core.i18n.Messages;
import it.traguardi.core.lifecycle.Transition;
import it.traguardi.store.PlanBusyException;
import it.traguardi.store.PlanExistsException;
import it.traguardi.store.PlanStore;
import it.traguardi.store.StoreException;
import java.time.LocalDate;
import it.traguardi.store.Stores;
import it.traguardi.web.WebServer;
import it.traguardi.web.security.TrustedProxies;
import it.traguardi.web.account.SingleSignOn;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code traguardi serve}: the HTTP server; on an empty database it first loads the demo plan. Only
 * an installation administrator changes anything (everyone reads); while there is none, it says how
 * to create one and refuses every change. With an OpenID Connect issuer ({@link SignOnOptions}) the
 * sign-in page also offers single sign-on, and a provider that cannot be used stops it at start.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false)
final class ServeCommand implements Callable<Integer> {

    @ParentCommand
    Cli cli;

    @Option(names = "--port", defaultValue = "8080", paramLabel = "PORTA", descriptionKey = "serve.port")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "HOST", descriptionKey = "serve.host")
    String host;

    @Option(names = "--no-demo", descriptionKey = "serve.no-demo")
    boolean noDemo;

    @Option(names = "--trusted-proxy", paramLabel = "IP", defaultValue = "${env:TRAGUARDI_TRUSTED_PROXIES}",
            descriptionKey = "serve.trusted-proxy")
    String trustedProxies;

    @Mixin
    SignOnOptions signOn;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var m = cli.messages();
        var settings = signOn.settings(cli, spec.commandLine(), System.getenv());
        var proxies = proxies(m);
        PortInUse.check(host, port);
        // the identity provider is asked before anything is opened: one that cannot be used stops serve (69)
        var singleSignOn = settings.isPresent() ? Optional.of(WebServer.singleSignOn(settings.get()))
                : Optional.<SingleSignOn>empty();
        var database = cli.openDatabase();
        // one of each store for the whole server, the demo loaded through the same plan store
        var stores = Stores.on(database.dataSource());
        if (!noDemo && stores.plans().list().isEmpty() && loadDemo(stores.plans())) {
            cli.out().println(m.get("cli.serve.demo"));
        }
        if (!stores.accounts().users().anyAdministrator()) {
            // the policy asks the database on every change, so creating one ends this without a restart
            cli.out().println(m.get("cli.serve.no-admin"));
        }
        singleSignOn.ifPresent(sso -> cli.out().println(m.get("cli.serve.oidc.ready", sso.label(),
                settings.orElseThrow().issuer(), SingleSignOn.RETURN_PATH)));
        var app = WebServer.serving(stores, singleSignOn, proxies);
        try {
            app.start(host, port);
        } catch (RuntimeException e) {
            app.stop();
            database.close();
            if (PortInUse.isBindFailure(e)) {
                throw new PortInUse(host, port, e);
            }
            throw e;
        }
        // expired sessions, uploads and sign-ons removed on a timer, once across the nodes of the database
        var housekeeping = WebServer.startHousekeeping(database.dataSource());
        var stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            housekeeping.close();
            app.stop();
            database.close();
            stopped.countDown();
        }));
        cli.out().println(m.get("cli.serve.started", "http://" + host + ":" + app.port() + "/"));
        cli.out().flush();
        stopped.await();
        return ExitCode.DONE;
    }

    /** The load balancers whose X-Forwarded-For is believed: a comma-separated list of IP addresses. */
    private TrustedProxies proxies(Messages m) {
        if (trustedProxies == null || trustedProxies.isBlank()) {
            return TrustedProxies.NONE;
        }
        try {
            return TrustedProxies.parse(trustedProxies);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), m.get("cli.serve.trusted-proxy", trustedProxies));
        }
    }

    /** The act the demo plan is approved by: it is a demonstration, and says so. */
    static final ApprovingAct DEMO_ACT = new ApprovingAct("12 (dimostrativa)", LocalDate.of(2022, 1, 31));

    /**
     * Loads the demo plan approved (by {@link #DEMO_ACT}) and published, so that anyone opening the
     * home page reads it as they would a real published plan; changing it takes a revision. Returns
     * false, loading nothing, when another node on the same database stored a plan at the same
     * moment (both found the database empty; the other's save won).
     */
    static boolean loadDemo(PlanStore store) throws Exception {
        var demo = AlberaturaReader.read(DemoData.MODENA_2022, DemoData.modena2022(), Overrides.NONE).plan();
        var author = CommandLineAuthor.current();
        try {
            store.save(demo, false, author);
        } catch (StoreException | PlanExistsException | PlanBusyException e) {
            // the plan exists, or its entity row was inserted by the other save (a unique key refused ours)
            if (store.list().isEmpty()) {
                throw e;
            }
            return false;
        }
        var lifecycle = store.lifecycle();
        var version = lifecycle.status(demo.entity(), demo.year()).orElseThrow().version();
        lifecycle.change(demo.entity(), demo.year(), new Transition.Approve(DEMO_ACT), version, author);
        lifecycle.change(demo.entity(), demo.year(), new Transition.Publish(), version + 1, author);
        return true;
    }
}
