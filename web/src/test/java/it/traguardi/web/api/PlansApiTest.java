package it.traguardi.web.api;

import it.traguardi.web.TestActors;
import static org.assertj.core.api.Assertions.assertThat;

import it.traguardi.exchange.DemoData;
import it.traguardi.web.EditedSeeds;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The plan resources over real HTTP: list, read, upload, preview, delete, with versions. */
class PlansApiTest extends ApiTestBase {

    private static final byte[] BROKEN = EditedSeeds.utf8(EditedSeeds.replacingFirst(
            EditedSeeds.replacingFirst("33,33%\t1 - ", "33,3x%\t1 - "), "33,34%\t301 - ", "trenta\t301 - "));

    @Test
    void the_list_has_every_stored_plan_with_counts_and_version() throws Exception {
        var answer = api.get("/api/v1/plans");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.type()).startsWith("application/json");
        var plan = answer.json().get("plans").get(0);
        assertThat(plan.get("entity").asText()).isEqualTo("Modena");
        assertThat(plan.get("year").asInt()).isEqualTo(2022);
        assertThat(plan.get("version").asInt()).isEqualTo(1);
        assertThat(plan.get("indicators").asInt()).isEqualTo(94);
        assertThat(plan.get("href").asText()).isEqualTo("/api/v1/plans/Modena/2022");
    }

    @Test
    void a_plan_is_its_json_tree_with_the_version_as_etag() throws Exception {
        var answer = api.get("/api/v1/plans/Modena/2022");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.type()).startsWith("application/json");
        assertThat(answer.header("ETag")).isEqualTo("\"1\"");
        assertThat(answer.json().get("schema").asText()).isEqualTo("traguardi.plan/1");
        assertThat(answer.json().get("version").asInt()).isEqualTo(1);
        // the seed's three strategic areas (SeedImportTest)
        assertThat(answer.json().get("areas").size()).isEqualTo(3);
    }

    @Test
    void an_unknown_plan_is_a_404_problem_in_the_request_language() throws Exception {
        var italian = api.get("/api/v1/plans/Bologna/2022");
        var english = api.get("/api/v1/plans/Bologna/2022", "Accept-Language", "en-GB,en;q=0.9");

        assertProblem(italian, 404, "not-found");
        assertThat(italian.json().get("detail").asText()).isEqualTo("Nessun piano di Bologna per il 2022.");
        assertThat(english.json().get("detail").asText()).isEqualTo("No plan of Bologna for 2022.");
        assertThat(english.json().get("title").asText()).isEqualTo("Not found");
    }

    @Test
    void a_year_that_is_not_a_number_is_a_400_problem() throws Exception {
        assertProblem(api.get("/api/v1/plans/Modena/duemila"), 400, "bad-request");
        assertProblem(api.delete("/api/v1/plans/Modena/22"), 400, "bad-request");
    }

    @Test
    void uploading_a_new_plan_creates_it_with_location_and_etag() throws Exception {
        var answer = api.postTsv("/api/v1/plans?entity=Reggio%20Emilia&year=2023", DemoData.modena2022());

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.type()).startsWith("application/json");
        assertThat(answer.header("Location")).isEqualTo("/api/v1/plans/Reggio%20Emilia/2023");
        assertThat(answer.header("ETag")).isEqualTo("\"1\"");
        assertThat(answer.json().get("indicators").asInt()).isEqualTo(94);
        assertThat(api.get(answer.header("Location")).status()).isEqualTo(200);
    }

    @Test
    void uploading_over_a_stored_plan_without_replace_is_a_409_conflict() throws Exception {
        var answer = api.postTsv("/api/v1/plans", DemoData.modena2022());

        assertProblem(answer, 409, "plan-exists");
        assertThat(answer.json().get("currentVersion").asInt()).isEqualTo(1);
        assertThat(store.version("Modena", 2022)).contains(1);
    }

    @Test
    void replacing_with_the_current_etag_writes_the_next_version() throws Exception {
        var etag = api.get("/api/v1/plans/Modena/2022").header("ETag");

        var answer = api.postTsv("/api/v1/plans?replace=true", DemoData.modena2022(), "If-Match", etag);

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.header("ETag")).isEqualTo("\"2\"");
    }

    @Test
    void replacing_with_a_stale_etag_is_refused_with_412_and_the_current_version() throws Exception {
        var etag = api.get("/api/v1/plans/Modena/2022").header("ETag");
        api.postTsv("/api/v1/plans?replace=true", DemoData.modena2022());

        var answer = api.postTsv("/api/v1/plans?replace=true", DemoData.modena2022(), "If-Match", etag);

        assertProblem(answer, 412, "plan-changed");
        assertThat(answer.json().get("currentVersion").asInt()).isEqualTo(2);
        assertThat(answer.json().get("expectedVersion").asInt()).isEqualTo(1);
        assertThat(answer.json().get("detail").asText()).contains("è cambiato").contains("versione 1").contains("la 2");
        assertThat(store.version("Modena", 2022)).contains(2);
    }

    @Test
    void replacing_without_if_match_overwrites_unconditionally() throws Exception {
        var answer = api.postTsv("/api/v1/plans?replace=true", DemoData.modena2022());

        assertThat(answer.status()).isEqualTo(201);
        assertThat(store.version("Modena", 2022)).contains(2);
        // still a new reading of the stored plan: the answer says how it matched version 1
        assertThat(answer.json().get("replacement").get("storedVersion").asInt()).isEqualTo(1);
    }

    @Test
    void an_invalid_file_is_a_422_with_every_problem_and_nothing_is_stored() throws Exception {
        var answer = api.postTsv("/api/v1/plans?entity=Parma&file=parma.tsv&lang=en", BROKEN);

        assertProblem(answer, 422, "invalid-data");
        // BROKEN spoils two weights: the first area's, on line 7, and its first objective's, on line 8
        assertThat(answer.json().get("problems").size()).isEqualTo(2);
        assertThat(answer.json().get("detail").asText()).isEqualTo("The file has 2 problems; nothing was saved.");
        var problem = answer.json().get("problems").get(0);
        assertThat(problem.get("file").asText()).isEqualTo("parma.tsv");
        assertThat(problem.get("line").asInt()).isEqualTo(7);
        assertThat(answer.json().get("problems").get(1).get("line").asInt()).isEqualTo(8);
        assertThat(problem.get("field").asInt()).isEqualTo(1);
        assertThat(problem.get("message").asText()).isNotBlank();
        // the text names the field as the file heads it (the seed heads its weights «Ambito»)
        assertThat(problem.get("text").asText()).startsWith("parma.tsv, line 7, field 1 (\"Ambito\"): ");
        assertThat(store.version("Parma", 2022)).isEmpty();
    }

    @Test
    void an_upload_that_is_not_tsv_is_a_415_problem() throws Exception {
        // JSON is the other body this route takes (an empty plan); anything else is refused.
        var answer = api.send("POST", "/api/v1/plans", "application/xml", "<piano/>".getBytes(StandardCharsets.UTF_8));

        assertProblem(answer, 415, "unsupported-media-type");
    }

    @Test
    void a_body_without_a_content_type_is_taken_for_a_file_and_refused_with_415() throws Exception {
        // only a JSON body creates an empty plan; anything else is read as an alberatura, and no type is none
        var answer = api.send("POST", "/api/v1/plans", null, "x".getBytes(StandardCharsets.UTF_8));

        assertProblem(answer, 415, "unsupported-media-type");
        assertThat(answer.json().get("detail").asText())
                .isEqualTo("Il corpo deve essere un file alberatura TSV (text/tab-separated-values) o un modello XLSX del piano "
                        + "(application/vnd.openxmlformats-officedocument.spreadsheetml.sheet), non «».");
    }

    @Test
    void without_replace_a_stored_plan_is_never_overwritten_even_with_its_if_match() throws Exception {
        var withEtag = api.postTsv("/api/v1/plans", DemoData.modena2022(), "If-Match", "\"1\"");
        var saidFalse = api.postTsv("/api/v1/plans?replace=false", DemoData.modena2022());

        assertProblem(withEtag, 409, "plan-exists");
        assertThat(withEtag.json().get("currentVersion").asInt()).isEqualTo(1);
        assertProblem(saidFalse, 409, "plan-exists");
        assertThat(store.version("Modena", 2022)).contains(1);
    }

    @Test
    void a_title_without_a_year_is_told_with_the_api_parameter_not_the_command_line_option() throws Exception {
        var noYear = EditedSeeds.utf8(EditedSeeds.TEXT.replace("pianificazioneModena_2022", "pianificazioneModena"));

        var answer = api.postTsv("/api/v1/plans/preview", noYear);

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.response().body()).contains("oppure indicare il parametro year").doesNotContain("--year");
    }

    @Test
    void bad_upload_parameters_are_400_problems() throws Exception {
        assertProblem(api.postTsv("/api/v1/plans?replace=sì", DemoData.modena2022()), 400, "bad-request");
        assertProblem(api.postTsv("/api/v1/plans?year=duemila", DemoData.modena2022()), 400, "bad-request");
        assertProblem(api.postTsv("/api/v1/plans?replace=true", DemoData.modena2022(), "If-Match", "W/\"1\""),
                400, "bad-request");
    }

    @Test
    void the_preview_validates_and_summarises_without_storing() throws Exception {
        var answer = api.postTsv("/api/v1/plans/preview?entity=Ferrara", DemoData.modena2022());

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.type()).startsWith("application/json");
        assertThat(answer.json().get("entity").asText()).isEqualTo("Ferrara");
        assertThat(answer.json().get("indicators").asInt()).isEqualTo(94);
        assertThat(answer.json().get("storedVersion").isNull()).isTrue();
        assertThat(answer.json().get("warnings").isArray()).isTrue();
        assertThat(store.version("Ferrara", 2022)).isEmpty();
        assertThat(api.postTsv("/api/v1/plans/preview", DemoData.modena2022()).json().get("storedVersion").asInt())
                .isEqualTo(1);
    }

    @Test
    void the_preview_gives_each_warning_its_kind_severity_nodes_and_line() throws Exception {
        var warnings = api.postTsv("/api/v1/plans/preview", DemoData.modena2022()).json().get("warnings");

        // the seed's first warning is about a section's baseline years: no node, so no line
        var sections = warnings.get(0);
        assertThat(sections.get("kind").asText()).isEqualTo("BASELINE_YEARS_DIFFER");
        assertThat(sections.get("nodes")).isEmpty();
        assertThat(sections.get("line").isNull()).isTrue();
        // the third: areas 1 and 85 share the code "1"; the first of them is on line 7 of the file
        var duplicate = warnings.get(2);
        assertThat(duplicate.get("kind").asText()).isEqualTo("DUPLICATE_CODE");
        assertThat(duplicate.get("severity").asText()).isEqualTo("WARNING");
        assertThat(duplicate.get("nodes").toString()).isEqualTo("[1,85]");
        assertThat(duplicate.get("line").asInt()).isEqualTo(7);
        assertThat(duplicate.get("message").asText()).isEqualTo("il codice «1» compare 2 volte (ambito strategico)");
    }

    @Test
    void the_preview_reports_problems_and_content_type_like_the_upload() throws Exception {
        assertProblem(api.postTsv("/api/v1/plans/preview", BROKEN), 422, "invalid-data");
        assertProblem(api.send("POST", "/api/v1/plans/preview", null, new byte[0]), 415, "unsupported-media-type");
        assertProblem(api.postTsv("/api/v1/plans/preview?year=x", DemoData.modena2022()), 400, "bad-request");
    }

    @Test
    void deleting_answers_204_then_404() throws Exception {
        assertThat(api.delete("/api/v1/plans/Modena/2022").status()).isEqualTo(204);
        assertProblem(api.delete("/api/v1/plans/Modena/2022"), 404, "not-found");
    }

    @Test
    void deleting_with_a_stale_etag_is_refused_with_412() throws Exception {
        store.save(store.load("Modena", 2022).orElseThrow(), true, TestActors.TESTER);

        var answer = api.delete("/api/v1/plans/Modena/2022", "If-Match", "\"1\"");

        assertProblem(answer, 412, "plan-changed");
        assertThat(answer.json().get("currentVersion").asInt()).isEqualTo(2);
        assertThat(api.delete("/api/v1/plans/Modena/2022", "If-Match", "\"2\"").status()).isEqualTo(204);
    }

    @Test
    void if_match_any_replaces_a_stored_plan_but_not_a_missing_one() throws Exception {
        assertThat(api.postTsv("/api/v1/plans?replace=true", DemoData.modena2022(), "If-Match", "*").status())
                .isEqualTo(201);

        var missing = api.postTsv("/api/v1/plans?replace=true&entity=Rimini", DemoData.modena2022(), "If-Match", "*");

        assertProblem(missing, 412, "plan-changed");
        assertThat(missing.json().get("currentVersion").isNull()).isTrue();
        assertThat(store.version("Rimini", 2022)).isEmpty();
    }
}
