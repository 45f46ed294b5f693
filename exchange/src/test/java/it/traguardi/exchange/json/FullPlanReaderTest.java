package it.traguardi.exchange.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.traguardi.core.i18n.Messages;
import it.traguardi.core.transfer.FullSection;
import it.traguardi.core.transfer.TransferException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The full plan reader takes a sound document and writes it back the same, and refuses every
 * hostile one with its own problems, each with its JSON path, never anything else.
 */
class FullPlanReaderTest {

    /** One area with one indicator, a measure, a value of the indicator and one of the measure, a comment. */
    static final String SOUND = """
            {
              "schema" : "traguardi.full/1",
              "entity" : "CCIAA di Modena",
              "year" : 2022,
              "exported_at" : "2026-12-05T10:00:00Z",
              "plan" : { "baseline_years" : "2021", "target_years" : "2022", "version" : 1, "last_node_key" : 4,
                "state" : "DRAFT", "revision_reason" : null, "created_at" : "2022-01-10T08:00:00Z" },
              "node_identities" : [ %s ],
              "nodes" : [ %s ],
              "baselines" : [ ], "targets" : [ ],
              "measures" : [ { "code" : "M1", "description" : "Pratiche", "unit" : "COUNT", "source" : "", "owner" : "" } ],
              "policy" : [ ], "policy_overrides" : [ ],
              "values" : [ %s ],
              "comments" : [ { "node_key" : 2, "body" : "Nota", "author" : "m.rossi", "created_at" : "2022-07-01T08:30:00.123456Z" } ],
              "period_validations" : [ ], "confirmations" : [ ], "remarks" : [ ], "assignments" : [ ],
              "versions" : [ ], "version_nodes" : [ ], "version_baselines" : [ ], "version_targets" : [ ]
            }
            """.formatted("""
            { "node_key" : 1, "kind" : "AREA", "code" : "A", "title" : "Ambito" },
                { "node_key" : 2, "kind" : "STRATEGIC_OBJECTIVE", "code" : "OS", "title" : "Obiettivo" },
                { "node_key" : 3, "kind" : "INDICATOR", "code" : "I", "title" : "Indicatore" }""", node(1, "null", "AREA")
            + ", " + node(2, "1", "STRATEGIC_OBJECTIVE") + ", " + node(3, "2", "INDICATOR"),
            value(1, "\"INDICATOR\"", "null", "3", "97.09", 2) + ", " + value(2, "\"MEASURE\"", "\"M1\"", "null", "12", 0));

    private static String node(int key, String parent, String kind) {
        return ("{ \"node_key\" : %d, \"parent_key\" : %s, \"kind\" : \"%s\", \"position\" : 0, \"code\" : \"C%d\","
                + " \"title\" : \"T\", \"weight\" : 100, \"indicator_group_weight\" : %s, \"operational_group_weight\" : %s,"
                + " \"algorithm\" : null, \"unit\" : null, \"data_source\" : null, \"owner\" : null, \"formula\" : null }")
                .formatted(key, parent, kind, key, kind.equals("STRATEGIC_OBJECTIVE") ? "100" : "null",
                        kind.equals("STRATEGIC_OBJECTIVE") ? "0" : "null");
    }

    private static String value(int id, String kind, String measure, String node, String amount, int scale) {
        return ("{ \"id\" : %d, \"target_kind\" : %s, \"measure_code\" : %s, \"node_key\" : %s, \"period_year\" : 2022,"
                + " \"period_date\" : null, \"kind\" : \"NUMBER\", \"amount\" : %s, \"amount_scale\" : %d, \"unit\" : \"COUNT\","
                + " \"date_value\" : null, \"flag\" : null, \"recorded_at\" : \"2022-12-31T10:00:00Z\","
                + " \"recorded_by\" : \"m.rossi\", \"reason\" : \"\" }").formatted(id, kind, measure, node, amount, scale);
    }

    private static List<String> problems(String document) {
        var messages = Messages.forLanguage("it");
        try {
            FullPlanReader.read(document.getBytes(StandardCharsets.UTF_8));
        } catch (TransferException e) {
            return e.problems().stream().map(p -> p.path() + ": " + messages.render(p.message())).toList();
        }
        throw new AssertionError("the document was read without a problem");
    }

    @Test
    void a_sound_document_is_read_and_written_back_as_the_same_rows() {
        var plan = FullPlanReader.read(SOUND.getBytes(StandardCharsets.UTF_8));

        assertThat(plan.entity()).isEqualTo("CCIAA di Modena");
        assertThat(plan.rows(FullSection.NODES)).hasSize(3);
        assertThat(plan.rows(FullSection.VALUES).getFirst().decimal(FullSection.VALUES, "amount")).hasValueSatisfying(
                n -> assertThat(n.toPlainString()).isEqualTo("97.09"));
        var again = FullPlanReader.read(FullPlanJson.write(plan, Instant.EPOCH).getBytes(StandardCharsets.UTF_8));
        assertThat(again).isEqualTo(plan);
    }

    @Test
    void what_is_not_json_is_one_problem_with_its_place() {
        assertThat(problems("{ \"schema\" : ")).singleElement().asString().startsWith("$: non è JSON leggibile (riga:colonna 1:");
        assertThat(problems("\u0000\u0001binary")).singleElement().asString().startsWith("$: non è JSON leggibile");
        assertThat(problems("[1, 2]")).containsExactly("$: il file è JSON ma non un'esportazione completa «traguardi.full/1»: il documento deve essere un oggetto JSON");
    }

    @Test
    void another_schema_is_refused_naming_the_one_expected() {
        assertThat(problems(SOUND.replace("traguardi.full/1", "traguardi.plan/1")))
                .containsExactly("$: il file è JSON ma non un'esportazione completa «traguardi.full/1»: il campo schema "
                        + "dice «traguardi.plan/1»");
    }

    @Test
    void a_json_of_another_kind_nesting_deeper_than_the_bound_says_what_its_schema_is_not_that_it_is_too_deep() {
        var deep = "{\"schema\": \"traguardi.plan/1\", \"areas\": [[[[[[[[[[[[1]]]]]]]]]]]]}";

        assertThat(problems(deep)).containsExactly("$: il file è JSON ma non un'esportazione completa "
                + "«traguardi.full/1»: il campo schema dice «traguardi.plan/1»");
        assertThat(problems(deep.replace("traguardi.plan/1", "traguardi.full/1"))).singleElement().asString()
                .startsWith("$: il JSON supera i limiti di lettura");
    }

    @Test
    void a_value_comment_or_parent_naming_a_node_the_plan_never_issued_is_refused_at_its_path() {
        var document = SOUND.replace("\"node_key\" : 3, \"period_year\"", "\"node_key\" : 99, \"period_year\"")
                .replace("\"node_key\" : 2, \"body\"", "\"node_key\" : 98, \"body\"")
                .replace("\"measure_code\" : \"M1\"", "\"measure_code\" : \"M9\"");

        assertThat(problems(document)).containsExactly(
                "$.values[0].node_key: 99 non è presente nel piano del file",
                "$.values[1].measure_code: la misura «M9» non è definita in measures",
                "$.comments[0].node_key: 98 non è presente nel piano del file");
    }

    @Test
    void a_key_written_twice_in_an_object_or_a_node_issued_twice_is_refused() {
        assertThat(problems(SOUND.replace("\"year\" : 2022,", "\"year\" : 2022, \"year\" : 2023,")))
                .singleElement().asString().startsWith("$: un campo è scritto due volte nello stesso oggetto (riga:colonna 4:");
        assertThat(problems(SOUND.replace("\"node_key\" : 3, \"kind\" : \"INDICATOR\", \"code\" : \"I\"",
                "\"node_key\" : 2, \"kind\" : \"INDICATOR\", \"code\" : \"I\"")))
                .contains("$.node_identities[2].node_key: chiave ripetuta: 2");
    }

    @Test
    void huge_numbers_are_refused_without_being_expanded() {
        assertThat(problems(SOUND.replace("\"amount\" : 97.09", "\"amount\" : 1e999999999")))
                .containsExactly("$.values[0].amount: numero con più di 26 cifre prima della virgola o più di 12 decimali");
        assertThat(problems(SOUND.replace("\"version\" : 1", "\"version\" : 99999999999999999999")))
                .containsExactly("$.plan.version: numero fuori dall'intervallo 0-2147483647");
        assertThat(problems(SOUND.replace("\"amount\" : 97.09", "\"amount\" : " + "9".repeat(100))))
                .singleElement().asString().startsWith("$: il JSON supera i limiti di lettura");
    }

    @Test
    void deep_nesting_is_refused_by_the_parser() {
        var deep = "{\"schema\":\"traguardi.full/1\",\"x\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";

        assertThat(problems(deep)).singleElement().asString().startsWith("$: il JSON supera i limiti di lettura");
    }

    @Test
    void fields_of_the_wrong_type_missing_or_unknown_are_each_a_problem() {
        var document = SOUND.replace("\"state\" : \"DRAFT\"", "\"state\" : \"BOZZA\"")
                .replace("\"code\" : \"M1\", \"description\" : \"Pratiche\",", "\"code\" : \"M1\",")
                .replace("\"created_at\" : \"2022-01-10T08:00:00Z\"", "\"created_at\" : \"10/01/2022\", \"extra\" : 1");

        assertThat(problems(document)).containsExactly(
                "$.plan.extra: campo non previsto dallo schema",
                "$.plan.state: valore non ammesso (ammessi: DRAFT, APPROVED, PUBLISHED, CLOSED)",
                "$.plan.created_at: atteso un istante UTC (AAAA-MM-GGThh:mm:ss.ffffffZ, al più al microsecondo)",
                "$.measures[0].description: campo mancante");
    }

    @Test
    void a_measure_unit_the_store_cannot_read_back_is_refused_at_its_path() {
        // "parsec" (or the symbol "N." in place of COUNT) was stored, and then the entity's measures no longer listed
        var document = SOUND.replace("\"unit\" : \"COUNT\", \"source\"", "\"unit\" : \"parsec\", \"source\"");

        assertThat(problems(document)).containsExactly(
                "$.measures[0].unit: valore non ammesso (ammessi: COUNT, PERCENT, DAYS, EURO, DATE, YES_NO, UNSPECIFIED)");
    }

    @Test
    void a_node_unit_the_store_cannot_read_back_is_refused_at_its_path() {
        // it was caught only when the stored tree was read back, at $.nodes, in the words of a Java exception
        var document = SOUND.replace("\"unit\" : null", "\"unit\" : \"parsec\"");

        assertThat(problems(document)).containsExactly(
                "$.nodes[0].unit: valore non ammesso (ammessi: COUNT, PERCENT, DAYS, EURO, DATE, YES_NO, UNSPECIFIED)",
                "$.nodes[1].unit: valore non ammesso (ammessi: COUNT, PERCENT, DAYS, EURO, DATE, YES_NO, UNSPECIFIED)",
                "$.nodes[2].unit: valore non ammesso (ammessi: COUNT, PERCENT, DAYS, EURO, DATE, YES_NO, UNSPECIFIED)");
    }

    @Test
    void a_text_over_the_parsers_bound_is_refused_with_its_line_and_column() {
        // the parser gives no place for this limit: the message said "a riga:colonna " and nothing after;
        // the first title is on line 8 (node_identities), its text opening at column 74
        var document = SOUND.replace("\"title\" : \"Ambito\"", "\"title\" : \"" + "T".repeat(1_000_000) + "\"");

        assertThat(problems(document)).containsExactly("$: il JSON supera i limiti di lettura (annidamento,"
                + " lunghezza di un numero o di un testo) a riga:colonna 8:74");
    }

    @Test
    void a_file_over_the_size_bound_is_refused_before_it_is_parsed() {
        var big = new byte[FullPlanReader.MAX_BYTES + 1];

        assertThatThrownBy(() -> FullPlanReader.read(big)).isInstanceOfSatisfying(TransferException.class,
                e -> assertThat(e.problems()).extracting(p -> p.message().key()).containsExactly("full.problem.size"));
    }

    @Test
    void a_full_export_is_told_from_an_alberatura_by_its_schema() {
        assertThat(FullPlanReader.recognises(SOUND.getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(FullPlanReader.recognises(("\uFEFF" + SOUND).getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(FullPlanReader.recognises("Piano\\t2022\\n".getBytes(StandardCharsets.UTF_8))).isFalse();
    }
}
