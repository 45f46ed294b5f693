package it.traguardi.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import it.traguardi.core.plan.NodeId;
import it.traguardi.core.plan.PlanNode;
import it.traguardi.exchange.DemoData;
import it.traguardi.web.EditedSeeds;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Uploading a corrected alberatura over the stored one (issue 7) over real HTTP: the preview and
 * the upload report how the nodes matched, a value stays with its indicator, the values of a node
 * gone stay readable under values/detached, and a busy plan is a 409, never a 500.
 */
class PlanReplacementApiTest extends ApiTestBase {

    private static final String PLAN = "/api/v1/plans/Modena/2022";

    private NodeId id301_51;

    @Override
    String urlOptions() {
        // a writer kept waiting by a lock gives up quickly, so the busy answer comes at once
        return ";LOCK_TIMEOUT=300";
    }

    @BeforeEach
    void recordAValueFor301_51() throws Exception {
        id301_51 = indicator("301.51").id();
        var answer = api.send("POST", PLAN + "/values", "application/json", """
                [{"code": "301.51", "period": "2022", "value": "1500", "reason": "dato di prova"}]"""
                .getBytes(StandardCharsets.UTF_8));
        assertThat(answer.status()).as(answer.response().body()).isEqualTo(201);
    }

    private PlanNode indicator(String code) {
        return store.load("Modena", 2022).orElseThrow().indicators().filter(i -> i.code().equals(code))
                .map(PlanNode.class::cast).findFirst().orElseThrow();
    }

    private static JsonNode change(JsonNode replacement, String code) {
        return StreamSupport.stream(replacement.get("changes").spliterator(), false)
                .filter(c -> c.get("code").asText().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void the_preview_of_the_seed_with_an_area_on_top_keeps_every_stored_node_and_stores_nothing() throws Exception {
        var answer = api.postTsv("/api/v1/plans/preview", EditedSeeds.withAreaOnTop());

        assertThat(answer.status()).isEqualTo(200);
        var replacement = answer.json().get("replacement");
        assertThat(answer.json().get("storedVersion").asInt()).isEqualTo(1);
        assertThat(replacement.get("storedVersion").asInt()).isEqualTo(1);
        // the seed's 127 nodes are all recognised by code and title; the area, its OS and indicator are new
        assertThat(replacement.get("counts").toString())
                .isEqualTo("{\"kept\":127,\"moved\":0,\"renamed\":0,\"uncertain\":0,\"new\":3,\"gone\":0}");
        assertThat(replacement.get("changes")).hasSize(3);
        var added = change(replacement, "901.51");
        assertThat(added.get("outcome").asText()).isEqualTo("new");
        assertThat(added.get("outcomeText").asText()).isEqualTo("nuovo");
        assertThat(added.get("idBefore").isNull()).isTrue();
        assertThat(added.get("idAfter").asInt()).isGreaterThan(127);
        assertThat(added.get("title").asText()).isEqualTo("Indicatore nuovo");
        assertThat(added.get("values").asInt()).isZero();
        assertThat(replacement.get("detachedValues").asInt()).isZero();
        assertThat(replacement.get("summary").asText()).contains("127 nodi invariati").contains("3 nuovi");
        assertThat(store.version("Modena", 2022)).contains(1);
    }

    @Test
    void uploading_the_seed_with_an_area_on_top_keeps_the_value_of_301_51_on_301_51() throws Exception {
        var answer = api.postTsv("/api/v1/plans?replace=true", EditedSeeds.withAreaOnTop(), "If-Match", "\"1\"");

        assertThat(answer.status()).as(answer.response().body()).isEqualTo(201);
        assertThat(answer.json().get("version").asInt()).isEqualTo(2);
        assertThat(answer.json().at("/replacement/storedVersion").asInt()).isEqualTo(1);
        assertThat(answer.json().at("/replacement/counts/kept").asInt()).isEqualTo(127);
        assertThat(answer.json().at("/replacement/counts/new").asInt()).isEqualTo(3);
        assertThat(indicator("301.51").id()).isEqualTo(id301_51);
        var values = api.get(PLAN + "/values?period=2022").json().get("values");
        assertThat(values).hasSize(1);
        assertThat(values.get(0).get("code").asText()).isEqualTo("301.51");
        assertThat(values.get(0).get("id").asInt()).isEqualTo(id301_51.value());
        assertThat(values.get(0).get("value").asText()).isEqualTo("1.500 N.");
        assertThat(api.get(PLAN + "/values/detached").json().get("nodes")).isEmpty();
    }

    @Test
    void a_new_plan_uploaded_has_no_replacement() throws Exception {
        var answer = api.postTsv("/api/v1/plans?entity=Parma", DemoData.modena2022());

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.json().get("replacement").isNull()).isTrue();
        assertThat(api.postTsv("/api/v1/plans/preview?entity=Rimini", DemoData.modena2022()).json().get("replacement")
                .isNull()).isTrue();
    }

    @Test
    void a_file_without_301_51_shows_it_gone_with_its_value_which_then_stays_readable_as_detached() throws Exception {
        var preview = api.postTsv("/api/v1/plans/preview?lang=en", EditedSeeds.without301_51()).json().get("replacement");

        assertThat(preview.get("counts").get("kept").asInt()).isEqualTo(126);
        assertThat(preview.get("counts").get("gone").asInt()).isEqualTo(1);
        var gone = change(preview, "301.51");
        assertThat(gone.get("outcome").asText()).isEqualTo("gone");
        assertThat(gone.get("outcomeText").asText()).isEqualTo("gone");
        assertThat(gone.get("idBefore").asInt()).isEqualTo(id301_51.value());
        assertThat(gone.get("idAfter").isNull()).isTrue();
        assertThat(gone.get("kind").asText()).isEqualTo("INDICATOR");
        assertThat(gone.get("title").asText()).isEqualTo(EditedSeeds.TITLE_301_51);
        assertThat(gone.get("values").asInt()).isEqualTo(1);
        assertThat(gone.get("comments").asInt()).isZero();
        assertThat(preview.get("detachedValues").asInt()).isEqualTo(1);
        assertThat(preview.get("detachedComments").asInt()).isZero();
        assertThat(preview.get("detachedSummary").asText()).startsWith("1 value and no comments of 1 node no longer in the plan");

        var upload = api.postTsv("/api/v1/plans?replace=true", EditedSeeds.without301_51(), "If-Match", "\"1\"");

        assertThat(upload.status()).isEqualTo(201);
        assertThat(upload.json().at("/replacement/detachedValues").asInt()).isEqualTo(1);
        var detached = api.get(PLAN + "/values/detached");
        assertThat(detached.status()).isEqualTo(200);
        var node = detached.json().get("nodes").get(0);
        assertThat(detached.json().get("nodes")).hasSize(1);
        assertThat(node.get("id").asInt()).isEqualTo(id301_51.value());
        assertThat(node.get("kind").asText()).isEqualTo("INDICATOR");
        assertThat(node.get("code").asText()).isEqualTo("301.51");
        assertThat(node.get("title").asText()).isEqualTo(EditedSeeds.TITLE_301_51);
        var value = node.get("values").get(0);
        assertThat(value.get("period").asText()).isEqualTo("2022");
        assertThat(value.get("value").asText()).isEqualTo("1.500 N.");
        assertThat(value.get("number").decimalValue()).isEqualByComparingTo("1500");
        assertThat(value.get("recordedBy").asText()).isEqualTo("anonimo");
        assertThat(value.get("reason").asText()).isEqualTo("dato di prova");
        assertThat(value.get("recordedAt").asText()).isNotBlank();
        assertThat(node.get("comments")).isEmpty();
        // no indicator of the plan carries the value any more
        assertThat(api.get(PLAN + "/values?period=2022").json().get("values")).isEmpty();
    }

    @Test
    void a_comment_on_a_node_gone_stays_readable_as_detached() throws Exception {
        var comment = api.send("POST", PLAN + "/nodes/" + id301_51.value() + "/comments", "application/json",
                "{\"text\": \"Dato da verificare\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(comment.status()).isEqualTo(201);

        assertThat(api.postTsv("/api/v1/plans?replace=true", EditedSeeds.without301_51(), "If-Match", "\"1\"").status())
                .isEqualTo(201);

        var node = api.get(PLAN + "/values/detached").json().get("nodes").get(0);
        assertThat(node.get("code").asText()).isEqualTo("301.51");
        assertThat(node.get("comments")).hasSize(1);
        assertThat(node.get("comments").get(0).get("text").asText()).isEqualTo("Dato da verificare");
        assertThat(node.get("comments").get(0).get("author").asText()).isEqualTo("anonimo");
    }

    @Test
    void the_detached_values_of_a_plan_not_stored_are_not_found() throws Exception {
        assertProblem(api.get("/api/v1/plans/Bologna/2022/values/detached"), 404, "not-found");
        assertProblem(api.get("/api/v1/plans/Modena/duemila/values/detached"), 400, "bad-request");
    }

    @Test
    void an_upload_over_the_version_a_preview_showed_is_refused_once_the_plan_changed_and_nothing_changes()
            throws Exception {
        var shown = api.postTsv("/api/v1/plans/preview", EditedSeeds.without301_51()).json().get("storedVersion").asInt();
        assertThat(api.postTsv("/api/v1/plans?replace=true", EditedSeeds.withAreaOnTop()).status()).isEqualTo(201);

        var answer = api.postTsv("/api/v1/plans?replace=true", EditedSeeds.without301_51(), "If-Match", "\"" + shown + "\"");

        assertProblem(answer, 412, "plan-changed");
        assertThat(store.version("Modena", 2022)).contains(2);
        assertThat(indicator("301.51").id()).isEqualTo(id301_51);
        assertThat(api.get(PLAN + "/values/detached").json().get("nodes")).isEmpty();
    }

    @Test
    void a_write_while_another_holds_the_plan_is_a_409_plan_busy_and_nothing_is_saved() throws Exception {
        try (var busy = server.holdBusy("Modena")) {
            var upload = api.postTsv("/api/v1/plans?replace=true", EditedSeeds.without301_51());
            var delete = api.delete(PLAN + "?lang=en");

            assertProblem(upload, 409, "plan-busy");
            assertThat(upload.json().get("detail").asText()).isEqualTo("Il piano di Modena per il 2022 era in modifica"
                    + " da un'altra operazione: nulla è stato salvato. Riprovare tra poco, rileggendo il piano.");
            assertProblem(delete, 409, "plan-busy");
            assertThat(delete.json().get("title").asText()).isEqualTo("Plan busy with another operation");
            assertThat(delete.json().get("detail").asText()).startsWith("The plan of Modena for 2022 was being changed");
            busy.rollback();
        }
        assertThat(store.version("Modena", 2022)).contains(1);
        assertThat(indicator("301.51").id()).isEqualTo(id301_51);
    }

    @Test
    void concurrent_uploads_of_the_same_plan_are_stored_or_refused_but_never_an_internal_error() throws Exception {
        var pool = Executors.newFixedThreadPool(6);
        try {
            var start = new CountDownLatch(1);
            var answers = new ArrayList<Future<ApiClient.Answer>>();
            for (int i = 0; i < 6; i++) {
                // half replace over version 1 (only one of them can), half replace whatever is stored
                var ifMatch = i % 2 == 0 ? "\"1\"" : "*";
                answers.add(pool.submit(() -> {
                    start.await();
                    return api.postTsv("/api/v1/plans?replace=true", EditedSeeds.withAreaOnTop(), "If-Match", ifMatch);
                }));
            }
            start.countDown();
            var stored = 0;
            for (var future : answers) {
                var answer = future.get(120, TimeUnit.SECONDS);
                assertThat(answer.status()).as(answer.response().body()).isIn(201, 409, 412);
                if (answer.status() == 201) {
                    stored++;
                } else {
                    assertThat(answer.json().get("type").asText()).isIn("/api/problems/plan-busy", "/api/problems/plan-changed");
                }
            }
            // every upload that answered 201 wrote one version; the others wrote nothing
            assertThat(stored).isPositive();
            assertThat(store.version("Modena", 2022)).contains(1 + stored);
            assertThat(indicator("301.51").id()).isEqualTo(id301_51);
        } finally {
            pool.shutdownNow();
            assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void the_openapi_document_describes_the_replacement_and_the_busy_answer() throws Exception {
        var document = api.get(ApiRoutes.OPENAPI).json();

        assertThat(document.at("/components/schemas/Preview/properties/replacement/oneOf/0/$ref").asText())
                .isEqualTo("#/components/schemas/Replacement");
        assertThat(document.at("/components/schemas/UploadResult/required").toString()).contains("replacement");
        var counts = document.at("/components/schemas/Replacement/properties/counts/required");
        assertThat(StreamSupport.stream(counts.spliterator(), false).map(JsonNode::asText).toList())
                .containsExactly("kept", "moved", "renamed", "uncertain", "new", "gone");
        for (var write : List.of("/paths/~1api~1v1~1plans/post", "/paths/~1api~1v1~1plans~1{entity}~1{year}/delete")) {
            assertThat(document.at(write + "/responses/409/description").asText()).as(write).contains("plan-busy");
        }
        assertThat(Set.of(document.at("/paths/~1api~1v1~1plans~1{entity}~1{year}~1values~1detached/get/responses")
                .fieldNames().next())).containsExactly("200");
    }
}
