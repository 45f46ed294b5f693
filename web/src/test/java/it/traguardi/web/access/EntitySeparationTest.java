package it.traguardi.web.access;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardi.core.account.Role;
import it.traguardi.core.measure.Period;
import it.traguardi.core.plan.Plan;
import it.traguardi.exchange.DemoData;
import it.traguardi.exchange.alberatura.AlberaturaReader;
import it.traguardi.exchange.alberatura.Overrides;
import it.traguardi.store.ValueStore;
import it.traguardi.web.RunningServer;
import it.traguardi.web.TestActors;
import it.traguardi.web.access.Personas.Persona;
import it.traguardi.web.api.ApiClient;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Separation between entities: Modena's and Parma's plans of 2022, unpublished
 * ({@link PublishedPlans#NONE}). A person of Parma reads and changes nothing of Modena through the
 * pages, the API and the uploads (whose plan comes from the file), and the lists show them only
 * Parma's plans.
 */
class EntitySeparationTest {

    @RegisterExtension
    static final RunningServer SERVER = RunningServer.withSeed().withAccessPolicy(new RolePolicy(PublishedPlans.NONE))
            .withRequesters(Personas.REQUESTERS);

    private static final Persona PARMA_PLANNER = Personas.of(Personas.B, Role.PIANIFICATORE);
    private static final String REFUSED_READ =
            "Il tuo ruolo non consente di consultare questo contenuto nel piano di Modena per il 2022.";

    @BeforeAll
    static void storeParma() throws Exception {
        var seed = AlberaturaReader.read(DemoData.MODENA_2022, DemoData.modena2022(), Overrides.NONE).plan();
        SERVER.store().save(new Plan("Parma", seed.year(), seed.baselineYears(), seed.targetYears(), seed.areas(),
                seed.lastIssuedId()), false, TestActors.TESTER);
    }

    private static HttpResponse<String> page(Persona persona, String path) throws Exception {
        return SERVER.get(path, persona.header());
    }

    private static ApiClient.Answer api(Persona persona, String method, String path, String json) throws Exception {
        return new ApiClient(SERVER.port()).send(method, path, "application/json",
                json.getBytes(StandardCharsets.UTF_8), persona.header());
    }

    @Test
    void a_person_of_parma_opens_no_page_of_modena_and_their_own_ones() throws Exception {
        for (var path : new String[] {"/piani/Modena/2022", "/piani/Modena/2022/indicatori/6",
                "/piani/Modena/2022/obiettivi/5", "/piani/Modena/2022/valori", "/piani/Modena/2022/modifica"}) {
            var refused = page(PARMA_PLANNER, path);
            assertThat(refused.statusCode()).as(path).isEqualTo(403);
            assertThat(refused.body()).as(path).contains("<h1>Accesso negato</h1>").doesNotContain("/accesso?dopo=");
        }
        assertThat(page(PARMA_PLANNER, "/piani/Modena/2022").body()).contains(REFUSED_READ);
        assertThat(page(PARMA_PLANNER, "/piani/Parma/2022").statusCode()).isEqualTo(200);
        assertThat(page(PARMA_PLANNER, "/piani/Parma/2022/modifica").statusCode()).isEqualTo(200);
    }

    @Test
    void a_person_of_parma_reads_and_changes_nothing_of_modena_through_the_api() throws Exception {
        for (var path : new String[] {"/api/v1/plans/Modena/2022", "/api/v1/plans/Modena/2022/scores",
                "/api/v1/plans/Modena/2022/values", "/api/v1/plans/Modena/2022/nodes/6/comments"}) {
            var refused = api(PARMA_PLANNER, "GET", path, "");
            assertThat(refused.status()).as(path).isEqualTo(403);
            assertThat(refused.json().get("type").asText()).isEqualTo("/api/problems/forbidden");
            assertThat(refused.json().get("detail").asText()).isEqualTo(REFUSED_READ);
        }
        assertThat(api(PARMA_PLANNER, "DELETE", "/api/v1/plans/Modena/2022", "").status()).isEqualTo(403);
        assertThat(api(PARMA_PLANNER, "POST", "/api/v1/plans/Modena/2022/values",
                "[{\"code\": \"D1.1_10\", \"period\": \"2022\", \"value\": \"880\"}]").status()).isEqualTo(403);
        assertThat(api(PARMA_PLANNER, "POST", "/api/v1/plans/Modena/2022/nodes/6/comments", "{\"text\": \"no\"}").status())
                .isEqualTo(403);

        assertThat(SERVER.store().version("Modena", 2022)).contains(1);
        assertThat(new ValueStore(SERVER.database().dataSource()).latest("Modena", 2022, Period.of(2022))).isEmpty();
        assertThat(api(PARMA_PLANNER, "GET", "/api/v1/plans/Parma/2022", "").status()).isEqualTo(200);
    }

    @Test
    void an_upload_is_refused_on_the_entity_its_file_names() throws Exception {
        var client = new ApiClient(SERVER.port());
        // the file is Modena's plan: uploading it as a correction of Modena's is Modena's planners' business
        var api = client.postTsv("/api/v1/plans?replace=true", DemoData.modena2022(), PARMA_PLANNER.header());
        var preview = client.postTsv("/api/v1/plans/preview", DemoData.modena2022(), PARMA_PLANNER.header());
        var form = SERVER.postFile("/piani/nuovo/caricamento", "file", "alberatura.tsv", DemoData.modena2022(),
                PARMA_PLANNER.header());
        var values = SERVER.postForm("/piani/Modena/2022/valori/carica/conferma", "nome=valori.csv&contenuto="
                + URLEncoder.encode("code;period;value\nD1.1_10;2022;880\n", StandardCharsets.UTF_8), PARMA_PLANNER.header());

        assertThat(api.status()).isEqualTo(403);
        assertThat(api.json().get("detail").asText())
                .isEqualTo("Il tuo ruolo non consente di modificare il piano nel piano di Modena per il 2022.");
        assertThat(preview.status()).isEqualTo(403);
        assertThat(form.statusCode()).isEqualTo(403);
        assertThat(form.body()).contains("Il tuo ruolo non consente di modificare il piano nel piano di Modena per il 2022.");
        assertThat(values.statusCode()).isEqualTo(403);
        assertThat(SERVER.store().version("Modena", 2022)).contains(1);
        assertThat(new ValueStore(SERVER.database().dataSource()).latest("Modena", 2022, Period.of(2022))).isEmpty();
    }

    @Test
    void the_lists_show_each_person_only_the_plans_they_may_read() throws Exception {
        var home = page(PARMA_PLANNER, "/").body();
        var list = api(PARMA_PLANNER, "GET", "/api/v1/plans", "").json().get("plans");
        var anonymous = api(Personas.ANONYMOUS, "GET", "/api/v1/plans", "").json().get("plans");
        var admin = api(Personas.ADMIN, "GET", "/api/v1/plans", "").json().get("plans");
        var copySources = page(PARMA_PLANNER, "/piani/nuovo").body();

        assertThat(home).contains("href=\"/piani/Parma/2022\"").doesNotContain("/piani/Modena/2022");
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("entity").asText()).isEqualTo("Parma");
        // nothing is published yet: someone not signed in sees no plan; the administrator sees both
        assertThat(anonymous).isEmpty();
        assertThat(admin).hasSize(2);
        assertThat(copySources).contains("2022:Parma").doesNotContain("2022:Modena");
    }

    @Test
    void someone_not_signed_in_is_offered_to_sign_in_and_the_api_answers_401() throws Exception {
        var refused = page(Personas.ANONYMOUS, "/piani/Modena/2022/valori?periodo=2022");
        var api = api(Personas.ANONYMOUS, "GET", "/api/v1/plans/Modena/2022", "");

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("Per inserire valori occorre accedere con un utente che ne abbia il ruolo.")
                .contains("href=\"/accesso?dopo=%2Fpiani%2FModena%2F2022%2Fvalori%3Fperiodo%3D2022\"");
        assertThat(api.status()).isEqualTo(401);
        assertThat(api.header("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(api.json().get("title").asText()).isEqualTo("Accesso richiesto");
    }
}
