package it.traguardi.web.access;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.router.Endpoint;
import io.javalin.security.Roles;
import it.traguardi.core.account.Role;
import it.traguardi.store.account.Accounts;
import it.traguardi.web.RunningServer;
import it.traguardi.web.TestActors;
import it.traguardi.web.access.Personas.Persona;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Who may call what: every route the running server registered (asked of Javalin, not listed by
 * hand) is called over HTTP by every person of {@link Personas} (the installation administrator,
 * someone not signed in, the five roles in Modena and the five in Parma), and each answer must be
 * what {@link #EXPECTED} says: allowed (any answer but 401 and 403; never 500) or denied (401 from
 * the API to someone not signed in, else 403). A route without a line in the table fails the test.
 *
 * <p>The plans are unpublished here ({@link PublishedPlans#NONE}): the strict case, in which only
 * the people of Modena read Modena's plans. Every call names the year 2099, which has no plan, so
 * an allowed call changes nothing (the handler answers 404 or 422) and the order of calls does not
 * matter.
 */
class AuthorizationMatrixTest {

    @RegisterExtension
    static final RunningServer SERVER = RunningServer.withSeed().withAccessPolicy(new RolePolicy(PublishedPlans.NONE));

    /** Each signed-in person's personal API token: real accounts, grants and tokens in the server's database. */
    private static final Map<String, String> TOKENS = new HashMap<>();

    private static final Set<String> EVERYONE = names(Personas.ALL.stream());
    private static final Set<String> SIGNED_IN = names(Personas.ALL.stream().filter(p -> p != Personas.ANONYMOUS));
    private static final Set<String> MODENA = people(Role.values());
    private static final Set<String> VALUES = people(Role.PIANIFICATORE, Role.REFERENTE);
    private static final Set<String> COMMENTS = people(Role.PIANIFICATORE, Role.REFERENTE, Role.RESPONSABILE);
    private static final Set<String> PLANNERS = people(Role.PIANIFICATORE);
    private static final Set<String> ASSIGNERS = people(Role.PIANIFICATORE, Role.AMMINISTRATORE);
    private static final Set<String> VALIDATORS = people(Role.VALUTATORE);
    private static final Set<String> CONFIRMERS = people(Role.RESPONSABILE);
    /** Starting a plan is asked about the archive: a planner of any entity; the plan's own entity is asked once known. */
    private static final Set<String> ANY_PLANNER = names(Stream.of(Personas.ADMIN,
            Personas.of(Personas.A, Role.PIANIFICATORE), Personas.of(Personas.B, Role.PIANIFICATORE)));

    /** Every route, as "METHOD path" the way it was registered, and who may call it about Modena. */
    private static final Map<String, Set<String>> EXPECTED = Map.ofEntries(
            entry("GET /health", EVERYONE),
            // signing in and one's own account pages: open to anyone (someone not signed in is sent to sign in)
            entry("GET /accesso", EVERYONE),
            entry("POST /accesso", EVERYONE),
            // single sign-on: not configured here, so not found for everyone (allowed, never denied)
            entry("GET /accesso/oidc", EVERYONE),
            entry("GET /accesso/oidc/ritorno", EVERYONE),
            entry("POST /esci", EVERYONE),
            entry("GET /account", EVERYONE),
            entry("POST /account/password", EVERYONE),
            entry("POST /account/token", EVERYONE),
            entry("POST /account/token/{id}/revoca", EVERYONE),
            entry("GET /api/v1/account", SIGNED_IN),
            entry("GET /", EVERYONE),
            entry("GET /api/openapi.json", EVERYONE),
            entry("GET /api/*", EVERYONE),
            entry("POST /api/*", EVERYONE),
            entry("PUT /api/*", EVERYONE),
            entry("PATCH /api/*", EVERYONE),
            entry("DELETE /api/*", EVERYONE),
            // pages
            entry("GET /piani/{entity}/{year}", MODENA),
            entry("GET /piani/{entity}/{year}/indicatori/{id}", MODENA),
            entry("POST /piani/{entity}/{year}/indicatori/{id}/commenti", COMMENTS),
            entry("POST /piani/{entity}/{year}/indicatori/{id}/rilievi", VALIDATORS),
            entry("GET /piani/{entity}/{year}/validazione", VALIDATORS),
            entry("POST /piani/{entity}/{year}/validazione", VALIDATORS),
            entry("POST /piani/{entity}/{year}/validazione/riapri", VALIDATORS),
            entry("GET /piani/{entity}/{year}/conferme", CONFIRMERS),
            entry("POST /piani/{entity}/{year}/conferme", CONFIRMERS),
            entry("GET /piani/{entity}/{year}/obiettivi/{id}", MODENA),
            entry("GET /piani/{entity}/{year}/ambiti/{id}", MODENA),
            entry("GET /piani/{entity}/{year}/valori", VALUES),
            entry("POST /piani/{entity}/{year}/valori", VALUES),
            entry("GET /piani/{entity}/{year}/valori/carica", VALUES),
            entry("POST /piani/{entity}/{year}/valori/carica", VALUES),
            entry("POST /piani/{entity}/{year}/valori/carica/conferma", VALUES),
            entry("GET /piani/{entity}/{year}/valori/modello.xlsx", VALUES),
            entry("GET /piani/{entity}/{year}/valori/non-collegati", MODENA),
            // the audit trail: the people of the entity, never the public (who changed what, from where)
            entry("GET /piani/{entity}/{year}/registro", MODENA),
            entry("GET /piani/{entity}/{year}/registro.csv", MODENA),
            entry("GET /api/v1/plans/{entity}/{year}/audit", MODENA),
            // the full export carries who recorded, commented and validated what: read as the audit trail is
            entry("GET /api/v1/plans/{entity}/{year}/export/full", MODENA),
            entry("GET /piani/nuovo", ANY_PLANNER),
            entry("POST /piani/nuovo/vuoto", ANY_PLANNER),
            entry("POST /piani/nuovo/caricamento", ANY_PLANNER),
            entry("GET /modelli/piano.xlsx", ANY_PLANNER),
            entry("POST /piani/nuovo/conferma", ANY_PLANNER),
            entry("POST /piani/nuovo/sostituzione", ANY_PLANNER),
            entry("POST /piani/nuovo/copia", ANY_PLANNER),
            // a full export names its plan: the page then asks for the plan's change and its audit trail
            entry("POST /piani/nuovo/completo", ANY_PLANNER),
            entry("POST /piani/nuovo/completo/conferma", ANY_PLANNER),
            entry("GET /piani/{entity}/{year}/modifica", PLANNERS),
            entry("GET /piani/{entity}/{year}/modifica/nodi/{id}", PLANNERS),
            entry("POST /piani/{entity}/{year}/modifica/nodi/{id}", PLANNERS),
            entry("POST /piani/{entity}/{year}/modifica/nodi/{id}/sposta", PLANNERS),
            entry("POST /piani/{entity}/{year}/modifica/nodi/{id}/elimina", PLANNERS),
            entry("GET /piani/{entity}/{year}/modifica/gruppi/{group}", PLANNERS),
            entry("POST /piani/{entity}/{year}/modifica/gruppi/{group}", PLANNERS),
            entry("POST /piani/{entity}/{year}/modifica/gruppi/{group}/nuovo", PLANNERS),
            entry("POST /piani/{entity}/{year}/modifica/formula", PLANNERS),
            // the lifecycle: read as the plan is; its transitions by the planners
            entry("GET /piani/{entity}/{year}/ciclo-di-vita", MODENA),
            entry("POST /piani/{entity}/{year}/ciclo-di-vita", PLANNERS),
            entry("GET /piani/{entity}/{year}/confronto", MODENA),
            // the reports and their files: read as the plan is
            entry("GET /piani/{entity}/{year}/report", MODENA),
            entry("GET /piani/{entity}/{year}/report/{report}", MODENA),
            // API
            entry("GET /api/v1/plans", EVERYONE),
            entry("POST /api/v1/plans", ANY_PLANNER),
            entry("POST /api/v1/plans/preview", ANY_PLANNER),
            entry("GET /api/v1/plans/{entity}/{year}", MODENA),
            entry("DELETE /api/v1/plans/{entity}/{year}", PLANNERS),
            entry("GET /api/v1/plans/{entity}/{year}/checks", MODENA),
            entry("GET /api/v1/plans/{entity}/{year}/scores", MODENA),
            entry("GET /api/v1/plans/{entity}/{year}/nodes/{id}", MODENA),
            entry("GET /api/v1/plans/{entity}/{year}/nodes/{id}/comments", MODENA),
            entry("POST /api/v1/plans/{entity}/{year}/nodes/{id}/comments", COMMENTS),
            entry("GET /api/v1/plans/{entity}/{year}/values", MODENA),
            entry("POST /api/v1/plans/{entity}/{year}/values", VALUES),
            entry("GET /api/v1/plans/{entity}/{year}/values/history", MODENA),
            entry("GET /api/v1/plans/{entity}/{year}/values/detached", MODENA),
            entry("POST /api/v1/plans/{entity}/{year}/values/preview", VALUES),
            entry("GET /api/v1/plans/{entity}/{year}/values/template", VALUES),
            entry("GET /api/v1/plans/{entity}/{year}/template", MODENA),
            entry("POST /api/v1/plans/{entity}/{year}/copy", PLANNERS),
            entry("POST /api/v1/plans/{entity}/{year}/nodes", PLANNERS),
            entry("PUT /api/v1/plans/{entity}/{year}/nodes/{id}", PLANNERS),
            entry("DELETE /api/v1/plans/{entity}/{year}/nodes/{id}", PLANNERS),
            entry("PUT /api/v1/plans/{entity}/{year}/groups/{parentId}/weights", PLANNERS),
            entry("POST /api/v1/plans/{entity}/{year}/formula/check", PLANNERS),
            entry("GET /api/v1/plans/{entity}/{year}/assignments", ASSIGNERS),
            entry("POST /api/v1/plans/{entity}/{year}/assignments", ASSIGNERS),
            entry("DELETE /api/v1/plans/{entity}/{year}/assignments", ASSIGNERS),
            entry("GET /api/v1/plans/{entity}/{year}/periods", MODENA),
            entry("POST /api/v1/plans/{entity}/{year}/periods/{period}/validation", VALIDATORS),
            entry("POST /api/v1/plans/{entity}/{year}/periods/{period}/reopening", VALIDATORS),
            entry("GET /api/v1/plans/{entity}/{year}/values/confirmations", MODENA),
            entry("POST /api/v1/plans/{entity}/{year}/values/confirmations", CONFIRMERS),
            entry("GET /api/v1/plans/{entity}/{year}/nodes/{id}/remarks", MODENA),
            entry("POST /api/v1/plans/{entity}/{year}/nodes/{id}/remarks", VALIDATORS),
            entry("GET /piani/{entity}/{year}/incarichi", ASSIGNERS),
            entry("POST /piani/{entity}/{year}/incarichi", ASSIGNERS),
            entry("POST /piani/{entity}/{year}/incarichi/rimuovi", ASSIGNERS),
            entry("GET /api/v1/plans/{entity}/{year}/lifecycle", MODENA),
            entry("POST /api/v1/plans/{entity}/{year}/lifecycle", PLANNERS),
            entry("GET /api/v1/plans/{entity}/{year}/compare", MODENA),
            entry("GET /api/v1/plans/{entity}/{year}/reports/{name}", MODENA),
            // the comparison across entities: about the archive, every row checked on its own
            entry("GET /confronto-enti", EVERYONE),
            entry("GET /api/v1/indicators/{code}/entities", EVERYONE));

    /** The installation administrator and the people of Modena holding one of the roles. */
    private static Set<String> people(Role... roles) {
        return names(Stream.concat(Stream.of(Personas.ADMIN),
                Arrays.stream(roles).map(role -> Personas.of(Personas.A, role))));
    }

    /** Every person of the table as a real account with their grants, and a token to call as them. */
    @BeforeAll
    static void signUp() {
        var accounts = Accounts.on(SERVER.database().dataSource(), Clock.systemUTC());
        for (var persona : Personas.ALL) {
            if (persona.requester() instanceof Requester.Account account) {
                var user = accounts.users().add(account.login(), persona.name(), account.administrator(), "parola segreta lunga", TestActors.TESTER);
                account.grants().forEach(grant -> accounts.users().grant(user.id(), grant, TestActors.TESTER));
                TOKENS.put(persona.name(), accounts.tokens().create(user.id(), "matrice", 1, TestActors.TESTER));
            }
        }
    }

    private static Set<String> names(Stream<Persona> personas) {
        return personas.map(Persona::name).collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<Endpoint> registered() {
        // the routes, not the gate and the other handlers that run before them ("BEFORE *")
        return SERVER.app().unsafe.internalRouter.allHttpHandlers().stream().map(parsed -> parsed.endpoint)
                .filter(e -> e.method.isHttpMethod()).toList();
    }

    private static String key(Endpoint endpoint) {
        return endpoint.method.name() + " " + endpoint.path;
    }

    @Test
    void every_registered_route_has_a_line_in_the_table_and_every_line_a_route() {
        var routes = registered().stream().map(AuthorizationMatrixTest::key).toList();

        assertThat(routes).doesNotHaveDuplicates();
        assertThat(new TreeSet<>(EXPECTED.keySet())).isEqualTo(new TreeSet<>(routes));
    }

    @Test
    void every_registered_route_declares_exactly_one_action() {
        var undeclared = registered().stream().filter(e -> {
            var roles = e.metadata(Roles.class);
            return roles == null || roles.getRoles().stream().filter(Action.class::isInstance).count() != 1;
        }).map(AuthorizationMatrixTest::key).toList();

        assertThat(undeclared).isEmpty();
    }

    @Test
    void every_person_is_allowed_or_denied_each_route_as_the_table_says() throws Exception {
        var wrong = new ArrayList<String>();
        for (var endpoint : registered()) {
            var allowed = EXPECTED.getOrDefault(key(endpoint), Set.of());
            for (var persona : Personas.ALL) {
                var answer = call(endpoint, persona);
                var expected = allowed.contains(persona.name());
                var seen = answer.denied() ? "denied" : "allowed";
                if (expected == answer.denied() || answer.status() == 500 || !answer.wellFormed()) {
                    wrong.add(key(endpoint) + " by " + persona.name() + ": " + seen + " (" + answer.status() + "), expected "
                            + (expected ? "allowed" : "denied"));
                }
            }
        }

        assertThat(wrong).isEmpty();
    }

    /**
     * An answer: denied is 401 or 403, as problem+json from the API (401 only to someone not
     * signed in) and as a page elsewhere.
     */
    private record Answer(int status, boolean denied, boolean wellFormed) {
    }

    private static Answer call(Endpoint endpoint, Persona persona) throws Exception {
        // a token id that is nobody's: revoking token 1 would end the administrator's own token mid-table
        var path = endpoint.path.replace("/account/token/{id}", "/account/token/0").replace("{entity}", Personas.A).replace("{year}", "2099").replace("{id}", "1")
                .replace("{group}", "1").replace("{parentId}", "1").replace("{period}", "2099").replace("{report}", "relazione.pdf").replace("{name}", "relazione").replace("{code}", "1.1.b").replace("*", "nessuna");
        var api = path.startsWith("/api/");
        var body = api ? "{}" : "";
        var request = HttpRequest.newBuilder(SERVER.uri(path));
        if (TOKENS.containsKey(persona.name())) {
            request.header("Authorization", "Bearer " + TOKENS.get(persona.name()));
        }
        request.header("Content-Type", api ? "application/json" : "application/x-www-form-urlencoded")
                .method(endpoint.method.name(), HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        var response = SERVER.send(request);
        var status = response.statusCode();
        var denied = status == 401 || status == 403;
        var type = response.headers().firstValue("Content-Type").orElse("");
        var anonymous = persona.requester() instanceof Requester.Anonymous;
        var wellFormed = !denied || (api
                ? type.startsWith("application/problem+json") && status == (anonymous ? 401 : 403)
                : type.startsWith("text/html") && status == 403
                        && response.body().contains("/accesso?dopo=") == anonymous);
        return new Answer(status, denied, wellFormed);
    }
}
