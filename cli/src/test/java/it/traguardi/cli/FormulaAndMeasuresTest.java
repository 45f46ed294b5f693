package it.traguardi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The measure catalog made at import, and formulas written by a person, checked before saving. */
class FormulaAndMeasuresTest {

    @TempDir
    Path folder;
    CommandLineRun cli;

    @BeforeEach
    void importTheDemoPlan() throws Exception {
        cli = CommandLineRun.withDemoPlan(folder);
    }

    @Test
    void the_import_fills_the_catalog_with_the_measures_of_the_derived_formulas() {
        var list = cli.run("measures", "list", "--entity", "Modena");
        assertThat(list.exitCode()).isZero();
        assertThat(list.out()).contains("Misure: 69");
        assertThat(list.out()).containsPattern("D1\\.1_10\\s+N\\.\\s+Partecipanti alle iniziative di internaz");
        assertThat(list.out()).containsPattern("N\\. ImprAtt_UUUL_Tot\\s+—");
    }

    @Test
    void a_formula_with_unknown_measures_is_refused_and_nothing_changes() {
        var refused = cli.run("formula", "--entity", "Modena", "--year", "2022", "801.54", "N_Cassetto / ImprAtt");
        assertThat(refused.exitCode()).isEqualTo(65);
        assertThat(refused.err()).contains("misura sconosciuta: N_Cassetto", "misura sconosciuta: ImprAtt");
        assertThat(cli.run("check", "--entity", "Modena", "--year", "2022").out())
                .contains("«801.54 - Grado di adesione al cassetto digitale»: dall'algoritmo non si ricava");
    }

    @Test
    void a_formula_that_does_not_parse_names_the_column() {
        var refused = cli.run("formula", "--entity", "Modena", "--year", "2022", "801.54", "D1.1_10 + ");
        assertThat(refused.exitCode()).isEqualTo(65);
        assertThat(refused.err()).startsWith("colonna 11: ");
    }

    @Test
    void units_that_do_not_match_are_refused() {
        cli.run("measures", "set", "GG_X", "--entity", "Modena", "--unit", "gg");
        cli.run("measures", "set", "EUR_X", "--entity", "Modena", "--unit", "€");
        var refused = cli.run("formula", "--entity", "Modena", "--year", "2022", "801.54", "GG_X + EUR_X");
        assertThat(refused.exitCode()).isEqualTo(65);
        assertThat(refused.err()).isNotBlank();
    }

    @Test
    void a_person_completes_a_formula_and_the_indicator_is_computed_from_its_measures() throws Exception {
        assertThat(cli.run("measures", "set", "N_Cassetto", "--entity", "Modena", "--unit", "N.",
                "--description", "Imprese aderenti al cassetto digitale").exitCode()).isZero();
        assertThat(cli.run("measures", "set", "ImprAtt", "--entity", "Modena", "--unit", "N.").exitCode()).isZero();
        var saved = cli.run("formula", "--entity", "Modena", "--year", "2022", "801.54", "N_Cassetto/ImprAtt*100");
        assertThat(saved.exitCode()).as(saved.err()).isZero();
        assertThat(saved.out()).contains("salvata: N_Cassetto / ImprAtt * 100");
        cli.run("values", "set", "N_Cassetto", "2022", "7.500", "--entity", "Modena", "--year", "2022");
        cli.run("values", "set", "ImprAtt", "2022", "30.000", "--entity", "Modena", "--year", "2022");

        var indicator = CommandLineRun.find(score(), "801.54");
        assertThat(indicator.get("actual").asText()).isEqualTo("25%");
        assertThat(indicator.get("achievement").decimalValue()).isEqualByComparingTo("100.00");
        assertThat(cli.run("check", "--entity", "Modena", "--year", "2022").out())
                .doesNotContain("«801.54 - Grado di adesione al cassetto digitale»: dall'algoritmo");
    }

    @Test
    void an_empty_formula_removes_it() {
        var removed = cli.run("formula", "--entity", "Modena", "--year", "2022", "31.D1.2.4", "");
        assertThat(removed.exitCode()).isZero();
        assertThat(removed.out()).contains("rimossa");
        var json = cli.run("export", "--entity", "Modena", "--year", "2022", "--format", "json").out();
        assertThat(json).doesNotContain("\"formula\" : \"D2.1_32 / D1.2_2\"");
    }

    @Test
    void a_code_naming_two_indicators_must_be_written_as_path_or_id() {
        var refused = cli.run("formula", "--entity", "Modena", "--year", "2022", "C1.1.07", "D1.1_10");
        assertThat(refused.exitCode()).isEqualTo(65);
        assertThat(refused.err()).contains("#101", "#119");
    }

    private JsonNode score() throws Exception {
        return cli.scores("Modena", 2022);
    }
}
