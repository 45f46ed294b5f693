package it.traguardi.web.api;

import it.traguardi.web.TestActors;
import static org.assertj.core.api.Assertions.assertThat;

import it.traguardi.core.measure.Period;
import it.traguardi.core.measure.ValueRecord;
import it.traguardi.core.measure.ValueTarget;
import it.traguardi.core.plan.Indicator;
import it.traguardi.core.plan.Plan;
import it.traguardi.core.value.ItalianFormat;
import it.traguardi.store.ValueStore;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Editing plans over real HTTP: create, copy, edit nodes and weight groups, formula check, versions. */
class PlanEditsApiTest extends ApiTestBase {

    private static final String MODENA = "/api/v1/plans/Modena/2022";
    private static final String JSON = "application/json";

    private ApiClient.Answer json(String method, String path, String body, String... headers) throws Exception {
        return api.send(method, path, JSON, body.getBytes(StandardCharsets.UTF_8), headers);
    }

    private Plan modena() {
        return store.load("Modena", 2022).orElseThrow();
    }

    private Indicator firstIndicator() {
        return modena().indicators().findFirst().orElseThrow();
    }

    @Test
    void a_json_body_creates_an_empty_plan_with_location_and_etag() throws Exception {
        var answer = json("POST", "/api/v1/plans", "{\"entity\":\"Reggio Emilia\",\"year\":2024}");

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.header("Location")).isEqualTo("/api/v1/plans/Reggio%20Emilia/2024");
        assertThat(answer.header("ETag")).isEqualTo("\"1\"");
        var plan = store.load("Reggio Emilia", 2024).orElseThrow();
        assertThat(plan.areas()).isEmpty();
        assertThat(plan.targetYears()).containsExactly(2024, 2025, 2026);
    }

    @Test
    void creating_a_stored_plan_again_or_without_entity_is_refused() throws Exception {
        assertProblem(json("POST", "/api/v1/plans", "{\"entity\":\"Modena\",\"year\":2022}"), 409, "plan-exists");
        assertProblem(json("POST", "/api/v1/plans", "{\"year\":2022}"), 400, "bad-request");
        assertProblem(json("POST", "/api/v1/plans", "{\"entity\":\"Modena\",\"year\":\"duemila\"}"), 400, "bad-request");
        assertProblem(json("POST", "/api/v1/plans", "{not json"), 400, "bad-request");
    }

    @Test
    void a_json_body_with_more_than_entity_and_year_is_refused_and_creates_nothing() throws Exception {
        // a full export posted here would otherwise become an empty plan, its tree and values dropped
        var answer = json("POST", "/api/v1/plans",
                "{\"schema\":\"traguardi.full/1\",\"entity\":\"Carpi\",\"year\":2024,\"nodes\":[]}");

        assertProblem(answer, 400, "bad-request");
        assertThat(answer.json().path("detail").asText()).contains("campi non ammessi: schema, nodes");
        assertThat(store.load("Carpi", 2024)).isEmpty();
    }

    @Test
    void copying_a_plan_creates_next_years_plan_with_the_same_tree() throws Exception {
        var answer = json("POST", MODENA + "/copy", "");

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.header("Location")).isEqualTo("/api/v1/plans/Modena/2023");
        var copy = store.load("Modena", 2023).orElseThrow();
        assertThat(copy.indicators().count()).isEqualTo(94);
        assertThat(copy.lastIssuedId()).isEqualTo(modena().lastIssuedId());
        assertThat(copy.targetYears()).containsExactly(2023, 2024, 2025);

        assertProblem(json("POST", MODENA + "/copy", ""), 409, "plan-exists");
        assertProblem(json("POST", "/api/v1/plans/Bologna/2022/copy", ""), 404, "not-found");
    }

    @Test
    void the_copy_takes_this_years_final_actual_values_as_baselines() throws Exception {
        var indicator = firstIndicator();
        var actual = ItalianFormat.parseEntered("1.234", indicator.definition().unit());
        new ValueStore(database.dataSource()).record("Modena", 2022, List.of(new ValueRecord(
                ValueTarget.indicator(indicator.id()), new Period.Year(2022), actual, Instant.now(), ValueRecord.SYSTEM, "")), TestActors.TESTER);

        assertThat(json("POST", MODENA + "/copy", "").status()).isEqualTo(201);

        var copied = store.load("Modena", 2023).orElseThrow().indicators()
                .filter(i -> i.id().equals(indicator.id())).findFirst().orElseThrow();
        assertThat(copied.definition().baselines()).containsEntry(2022, actual);
    }

    @Test
    void the_copy_leaves_the_new_last_years_target_empty_and_its_checks_list_it() throws Exception {
        // an OS indicator planned over 2022-2024: its 2025 target is new to the copy's window
        var planned = modena().indicators().filter(i -> i.definition().targetFor(2024).isPresent())
                .findFirst().orElseThrow();

        assertThat(json("POST", MODENA + "/copy", "").status()).isEqualTo(201);

        var copied = store.load("Modena", 2023).orElseThrow().indicators()
                .filter(i -> i.id().equals(planned.id())).findFirst().orElseThrow();
        assertThat(copied.definition().targets()).containsOnlyKeys(2023, 2024);
        var findings = api.get("/api/v1/plans/Modena/2023/checks?lang=it").json().get("findings");
        var messages = new java.util.ArrayList<String>();
        findings.forEach(f -> messages.add(f.get("message").asText()));
        assertThat(messages).contains("«" + planned.label() + "» non ha un target per il 2025");
    }

    @Test
    void a_change_without_if_match_is_a_428_problem_and_changes_nothing() throws Exception {
        var id = firstIndicator().id().value();

        var answer = json("PUT", MODENA + "/nodes/" + id, "{\"title\":\"Nuovo titolo\"}");

        assertProblem(answer, 428, "precondition-required");
        assertThat(store.version("Modena", 2022)).contains(1);
    }

    @Test
    void editing_a_node_over_the_current_version_saves_it_and_answers_the_next_version() throws Exception {
        var id = firstIndicator().id();

        var answer = json("PUT", MODENA + "/nodes/" + id.value(),
                "{\"title\":\"Nuovo titolo\",\"weight\":\"12,5\",\"target.2022\":\"≥ 2.000 N.\"}", "If-Match", "\"1\"");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("ETag")).isEqualTo("\"2\"");
        var saved = modena().indicators().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
        assertThat(saved.title()).isEqualTo("Nuovo titolo");
        assertThat(saved.weight().percent()).isEqualByComparingTo("12.5");
        assertThat(saved.definition().targets().get(2022).toString()).contains("2000");
    }

    @Test
    void editing_over_a_stale_version_is_a_412_naming_the_changed_fields() throws Exception {
        var id = firstIndicator().id().value();
        var before = firstIndicator().weight();
        assertThat(json("PUT", MODENA + "/nodes/" + id, "{\"weight\":\"40\"}", "If-Match", "\"1\"").status()).isEqualTo(200);

        var answer = json("PUT", MODENA + "/nodes/" + id, "{\"title\":\"Altro\"}", "If-Match", "\"1\"");

        assertProblem(answer, 412, "plan-changed");
        assertThat(answer.json().get("currentVersion").asInt()).isEqualTo(2);
        assertThat(answer.json().get("changesKnown").asBoolean()).isTrue();
        var change = answer.json().get("changes").get(0);
        assertThat(change.get("field").asText()).isEqualTo("weight");
        assertThat(change.get("text").asText())
                .isEqualTo("Peso: " + ItalianFormat.format(before) + " → 40,00%");
        assertThat(firstIndicator().title()).isNotEqualTo("Altro");
    }

    @Test
    void invalid_fields_are_a_422_problem_listing_each_field() throws Exception {
        var id = firstIndicator().id().value();

        var answer = json("PUT", MODENA + "/nodes/" + id, "{\"weight\":\"trenta\",\"formula\":\"D1.1_2 +\"}",
                "If-Match", "\"1\"");

        assertProblem(answer, 422, "invalid-data");
        assertThat(answer.json().get("fields").get("weight")).hasSize(1);
        assertThat(answer.json().get("fields").get("formula").get(0).asText()).startsWith("colonna ");
        assertThat(store.version("Modena", 2022)).contains(1);
    }

    @Test
    void baselines_source_owner_unit_and_targets_of_every_year_are_edited_with_the_imports_notations() throws Exception {
        var id = firstIndicator().id();

        var answer = json("PUT", MODENA + "/nodes/" + id.value(), """
                {"source":"Banca dati Infocamere","owner":"Ufficio Studi","unit":"PERCENT",
                 "baseline.2019":"65%","baseline.2020":"","baseline.2021":"N/D",
                 "target.2022":">= 82,5%","target.2023":"almeno 85%","target.2024":""}""", "If-Match", "\"1\"");

        assertThat(answer.status()).isEqualTo(200);
        var d = modena().indicators().filter(i -> i.id().equals(id)).findFirst().orElseThrow().definition();
        assertThat(d.dataSource()).isEqualTo("Banca dati Infocamere");
        assertThat(d.owner()).isEqualTo("Ufficio Studi");
        assertThat(d.unit()).isEqualTo(it.traguardi.core.value.Unit.PERCENT);
        // 2018 not sent: kept; 2020 left empty: no baseline that year; N/D kept as a known gap, as the import keeps it
        assertThat(d.baselines()).containsOnlyKeys(2018, 2019, 2021)
                .containsEntry(2019, ItalianFormat.parseValue("65%")).containsEntry(2021, ItalianFormat.parseValue("N/D"));
        assertThat(d.targets()).containsOnlyKeys(2022, 2023)
                .containsEntry(2022, ItalianFormat.parseTarget(">= 82,5%"))
                .containsEntry(2023, ItalianFormat.parseTarget("almeno 85%"));
        var node = api.get(MODENA + "/nodes/" + id.value()).json().get("definition");
        assertThat(node.get("source").asText()).isEqualTo("Banca dati Infocamere");
        assertThat(node.get("owner").asText()).isEqualTo("Ufficio Studi");
        assertThat(node.get("baselines").get("2019").asText()).isEqualTo(ItalianFormat.format(ItalianFormat.parseValue("65%")));
    }

    @Test
    void a_bad_baseline_a_year_outside_the_plan_and_a_too_long_owner_are_refused_by_field_and_nothing_is_stored()
            throws Exception {
        var id = firstIndicator().id().value();
        var before = firstIndicator().definition();

        var answer = json("PUT", MODENA + "/nodes/" + id, """
                {"source":"Nuova fonte","owner":"%s","baseline.2019":"tanti","baseline.1999":"5 N.",
                 "target.2030":"≥ 5 N.","target.2023":"forse"}""".formatted("x".repeat(2001)), "If-Match", "\"1\"");

        assertProblem(answer, 422, "invalid-data");
        var fields = answer.json().get("fields");
        assertThat(fields.get("baseline.2019")).hasSize(1);
        assertThat(fields.get("target.2023")).hasSize(1);
        assertThat(fields.get("owner")).hasSize(1);
        assertThat(fields.get("baseline.1999").get(0).asText())
                .isEqualTo("Il 1999 non è un anno del piano per questo campo (anni: 2018, 2019, 2020, 2021).");
        assertThat(fields.get("target.2030").get(0).asText())
                .isEqualTo("Il 2030 non è un anno del piano per questo campo (anni: 2022, 2023, 2024).");
        assertThat(fields.has("source")).isFalse();
        assertThat(store.version("Modena", 2022)).contains(1);
        assertThat(firstIndicator().definition()).isEqualTo(before);
    }

    @Test
    void an_unknown_node_is_a_404_problem() throws Exception {
        assertProblem(json("PUT", MODENA + "/nodes/9999", "{\"title\":\"x\"}", "If-Match", "\"1\""), 404, "not-found");
        assertProblem(api.delete(MODENA + "/nodes/9999", "If-Match", "\"1\""), 404, "not-found");
    }

    @Test
    void a_weight_group_that_does_not_make_100_is_a_422_problem_and_nothing_is_saved() throws Exception {
        var answer = json("PUT", MODENA + "/groups/0/weights", "{\"weights\":[\"30\",\"30\",\"30\"]}", "If-Match", "\"1\"");

        assertProblem(answer, 422, "invalid-data");
        assertThat(answer.json().get("detail").asText()).isEqualTo("La somma dei pesi è 90,00%: deve essere 100,00%");
        assertThat(store.version("Modena", 2022)).contains(1);
    }

    @Test
    void a_weight_group_that_makes_100_is_saved_in_the_order_of_its_nodes() throws Exception {
        var answer = json("PUT", MODENA + "/groups/0/weights", "{\"weights\":[\"50\",\"25,5\",\"24,50\"]}",
                "If-Match", "\"1\"");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(modena().areas().get(1).weight().percent()).isEqualByComparingTo("25.5");
    }

    @Test
    void the_two_groups_of_a_strategic_objective_are_weighted_by_its_parts() throws Exception {
        var os = modena().strategicObjectives().findFirst().orElseThrow().id().value();

        var answer = json("PUT", MODENA + "/groups/" + os + "-parts/weights", "{\"weights\":[\"30\",\"70\"]}",
                "If-Match", "\"1\"");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(modena().strategicObjectives().findFirst().orElseThrow().operationalGroupWeight().percent())
                .isEqualByComparingTo("70");
        assertProblem(json("PUT", MODENA + "/groups/" + os + "-nothing/weights", "{\"weights\":[]}", "If-Match", "\"2\""),
                404, "not-found");
    }

    @Test
    void adding_a_node_gives_it_the_next_id_and_deleting_removes_it() throws Exception {
        var last = modena().lastIssuedId();

        var added = json("POST", MODENA + "/nodes", "{\"parent\":\"0\",\"code\":\"4\",\"title\":\"Nuovo ambito\"}",
                "If-Match", "\"1\"");

        assertThat(added.status()).isEqualTo(201);
        assertThat(added.json().get("id").asInt()).isEqualTo(last + 1);
        assertThat(modena().areas()).hasSize(4);

        var deleted = api.delete(MODENA + "/nodes/" + (last + 1), "If-Match", "\"2\"");
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.header("ETag")).isEqualTo("\"3\"");
        assertThat(modena().areas()).hasSize(3);
    }

    @Test
    void a_node_to_add_is_refused_whole_for_a_bad_weight_a_missing_title_an_unknown_group_or_no_if_match()
            throws Exception {
        var badWeight = json("POST", MODENA + "/nodes", "{\"parent\":\"0\",\"code\":\"4\",\"title\":\"X\",\"weight\":\"abc\"}",
                "If-Match", "\"1\"");
        var noTitle = json("POST", MODENA + "/nodes", "{\"parent\":\"0\",\"code\":\"4\"}", "If-Match", "\"1\"");
        var noGroup = json("POST", MODENA + "/nodes", "{\"parent\":\"zz\",\"code\":\"4\",\"title\":\"X\"}",
                "If-Match", "\"1\"");
        var noIfMatch = json("POST", MODENA + "/nodes", "{\"parent\":\"0\",\"code\":\"4\",\"title\":\"X\"}");

        assertProblem(badWeight, 422, "invalid-data");
        assertThat(badWeight.json().get("fields").get("weight").get(0).asText())
                .isEqualTo("peso non leggibile: «abc%» (formato 33,33%)");
        assertProblem(noTitle, 422, "invalid-data");
        // the plan's own rule (PlanEdits.add) refuses it, so the message is the detail, not a field's
        assertThat(noTitle.json().get("detail").asText()).isEqualTo("Il titolo è obbligatorio.");
        assertProblem(noGroup, 404, "not-found");
        assertThat(noGroup.json().get("detail").asText()).isEqualTo("Il gruppo «zz» non esiste nel piano.");
        assertProblem(noIfMatch, 428, "precondition-required");
        assertThat(modena().areas()).hasSize(3);
        assertThat(store.version("Modena", 2022)).contains(1);
    }

    @Test
    void weights_must_be_given_as_a_list_of_readable_weights() throws Exception {
        var missing = json("PUT", MODENA + "/groups/0/weights", "{}", "If-Match", "\"1\"");
        var unreadable = json("PUT", MODENA + "/groups/0/weights", "{\"weights\":[\"50\",\"x\",\"50\"]}",
                "If-Match", "\"1\"");

        assertProblem(missing, 400, "bad-request");
        assertProblem(unreadable, 422, "invalid-data");
        assertThat(unreadable.json().get("fields").get("weights").get(0).asText())
                .isEqualTo("peso non leggibile: «x%» (formato 33,33%)");
        assertThat(store.version("Modena", 2022)).contains(1);
    }

    @Test
    void if_match_any_edits_whatever_version_is_stored() throws Exception {
        var answer = json("PUT", MODENA + "/groups/0/weights", "{\"weights\":[\"50\",\"25\",\"25\"]}", "If-Match", "*");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("version").asInt()).isEqualTo(2);
        assertThat(answer.header("ETag")).isEqualTo("\"2\"");
        assertThat(modena().areas().get(0).weight().percent()).isEqualByComparingTo("50");
    }

    @Test
    void a_node_edit_needs_a_json_object_and_a_null_field_counts_as_empty() throws Exception {
        var id = firstIndicator().id().value();

        var array = json("PUT", MODENA + "/nodes/" + id, "[1]", "If-Match", "\"1\"");
        var nullTitle = json("PUT", MODENA + "/nodes/" + id, "{\"title\":null}", "If-Match", "\"1\"");
        var badId = api.delete(MODENA + "/nodes/abc", "If-Match", "\"1\"");

        assertProblem(array, 400, "bad-request");
        assertThat(array.json().get("detail").asText()).isEqualTo("Il corpo non è un oggetto JSON valido.");
        assertProblem(nullTitle, 422, "invalid-data");
        assertThat(nullTitle.json().get("fields").get("title").get(0).asText()).isEqualTo("Il titolo è obbligatorio.");
        assertProblem(badId, 404, "not-found");
        assertThat(badId.json().get("detail").asText()).isEqualTo("Il nodo abc non esiste nel piano.");
        assertThat(store.version("Modena", 2022)).contains(1);
    }

    @Test
    void a_copy_needs_a_stored_plan_and_a_free_next_year() throws Exception {
        assertProblem(json("POST", "/api/v1/plans/Bologna/2022/copy", ""), 404, "not-found");
        assertThat(json("POST", MODENA + "/copy", "").status()).isEqualTo(201);

        var again = json("POST", MODENA + "/copy", "");

        assertProblem(again, 409, "plan-exists");
        assertThat(again.json().get("detail").asText()).contains("Modena per il 2023");
        assertThat(again.json().get("currentVersion").asInt()).isEqualTo(1);
    }

    @Test
    void weights_over_a_stale_version_name_the_weight_that_changed_meanwhile() throws Exception {
        var area = modena().areas().get(1);
        assertThat(json("PUT", MODENA + "/nodes/" + area.id().value(), "{\"weight\":\"40\"}", "If-Match", "\"1\"")
                .status()).isEqualTo(200);

        var answer = json("PUT", MODENA + "/groups/0/weights", "{\"weights\":[\"50\",\"25\",\"25\"]}",
                "If-Match", "\"1\"");

        assertProblem(answer, 412, "plan-changed");
        var change = answer.json().get("changes").get(0);
        assertThat(change.get("node").asInt()).isEqualTo(area.id().value());
        assertThat(change.get("field").asText()).isEqualTo("weight");
        assertThat(modena().areas().get(1).weight().percent()).isEqualByComparingTo("40");
    }

    @Test
    void a_delete_over_a_stale_version_names_what_changed_in_the_node() throws Exception {
        var id = firstIndicator().id().value();
        assertThat(json("PUT", MODENA + "/nodes/" + id, "{\"title\":\"Cambiato\"}", "If-Match", "\"1\"").status())
                .isEqualTo(200);

        var answer = api.delete(MODENA + "/nodes/" + id, "If-Match", "\"1\"");

        assertProblem(answer, 412, "plan-changed");
        assertThat(answer.json().get("changes").get(0).get("field").asText()).isEqualTo("title");
        assertThat(modena().node(firstIndicator().id())).isPresent();
    }

    @Test
    void an_edit_of_a_node_deleted_meanwhile_is_refused_as_stale_not_as_missing() throws Exception {
        var id = firstIndicator().id().value();
        assertThat(api.delete(MODENA + "/nodes/" + id, "If-Match", "\"1\"").status()).isEqualTo(200);

        // the version is checked before the edit is tried on the plan stored now, which lacks the node
        var answer = json("PUT", MODENA + "/nodes/" + id, "{\"title\":\"Altro\"}", "If-Match", "\"1\"");

        assertProblem(answer, 412, "plan-changed");
        assertThat(answer.json().get("currentVersion").asInt()).isEqualTo(2);
    }

    @Test
    void an_edit_of_a_plan_not_stored_is_not_found() throws Exception {
        var answer = json("PUT", "/api/v1/plans/Bologna/2022/nodes/1", "{\"title\":\"x\"}", "If-Match", "\"1\"");

        assertProblem(answer, 404, "not-found");
        assertThat(answer.json().get("detail").asText()).isEqualTo("Nessun piano di Bologna per il 2022.");
    }

    @Test
    void a_formula_of_a_plan_not_stored_is_not_checked() throws Exception {
        assertProblem(json("POST", "/api/v1/plans/Bologna/2022/formula/check", "{\"formula\":\"1\"}"), 404, "not-found");
    }

    @Test
    void a_formula_is_checked_without_saving() throws Exception {
        var wrong = json("POST", MODENA + "/formula/check", "{\"formula\":\"D1.1_2 +\"}");
        var right = json("POST", MODENA + "/formula/check", "{\"formula\":\"\"}");

        assertThat(wrong.status()).isEqualTo(200);
        assertThat(wrong.json().get("valid").asBoolean()).isFalse();
        assertThat(wrong.json().get("problems").get(0).asText()).startsWith("colonna ");
        assertThat(right.json().get("valid").asBoolean()).isTrue();
        assertProblem(api.send("POST", MODENA + "/formula/check", "text/plain", "x".getBytes(StandardCharsets.UTF_8)),
                415, "unsupported-media-type");
    }
}
