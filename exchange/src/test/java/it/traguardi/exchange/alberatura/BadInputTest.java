package it.traguardi.exchange.alberatura;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import it.traguardi.core.i18n.Messages;
import it.traguardi.exchange.DemoData;
import it.traguardi.exchange.ImportException;
import it.traguardi.exchange.ImportProblem;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class BadInputTest {

    private static final String SEED = new String(DemoData.modena2022(), StandardCharsets.UTF_8);
    private static final Messages IT = Messages.forLanguage("it");

    private static List<ImportProblem> problems(byte[] bytes) {
        var e = catchThrowableOfType(ImportException.class,
                () -> AlberaturaReader.read("piano.tsv", bytes, Overrides.NONE));
        assertThat(e).as("the import must be refused").isNotNull();
        return e.problems();
    }

    private static List<ImportProblem> problems(String text) {
        return problems(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String rendered(List<ImportProblem> problems) {
        return problems.getFirst().render(IT);
    }

    /** The seed with one line (1-based) replaced. */
    private static String seedWithLine(int line, String replacement) {
        var lines = SEED.split("\n", -1);
        lines[line - 1] = replacement;
        return String.join("\n", lines);
    }

    private static String seedWithLineEdited(int line, String from, String to) {
        var lines = SEED.split("\n", -1);
        assertThat(lines[line - 1]).contains(from);
        lines[line - 1] = lines[line - 1].replace(from, to);
        return String.join("\n", lines);
    }

    @Test
    void an_empty_file_is_refused() {
        assertThat(rendered(problems(new byte[0]))).isEqualTo("piano.tsv: il file è vuoto");
        assertThat(rendered(problems("\n \n"))).isEqualTo("piano.tsv: il file è vuoto");
    }

    @Test
    void a_binary_file_is_refused() {
        var bytes = new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 1, 2, 3};
        assertThat(rendered(problems(bytes))).isEqualTo("piano.tsv, riga 1: il file non è un file di testo");
    }

    @Test
    void a_utf16_file_is_refused_with_or_without_byte_order_mark() {
        assertThat(rendered(problems(SEED.getBytes(StandardCharsets.UTF_16))))
                .isEqualTo("piano.tsv: il file è in UTF-16: salvarlo come testo UTF-8");
        assertThat(rendered(problems(SEED.getBytes(StandardCharsets.UTF_16LE))))
                .contains("UTF-16");
    }

    @Test
    void a_latin1_file_is_refused_naming_the_first_line_that_is_not_utf8() {
        var problems = problems(SEED.getBytes(Charset.forName("ISO-8859-1")));
        assertThat(rendered(problems)).isEqualTo("piano.tsv, riga 7: il testo non è in UTF-8 (forse Latin-1 o"
                + " Windows-1252): salvarlo come testo UTF-8");
    }

    @Test
    void crlf_line_endings_are_read_like_lf() throws Exception {
        var crlf = SEED.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        var plan = AlberaturaReader.read("piano.tsv", crlf, Overrides.NONE).plan();
        var lf = AlberaturaReader.read("piano.tsv", DemoData.modena2022(), Overrides.NONE).plan();
        assertThat(plan).isEqualTo(lf);
    }

    @Test
    void a_year_repeated_in_the_header_is_refused_with_its_field_since_a_column_would_be_lost() {
        // line 6 holds the years: baselines 2018 2020 2021 in fields 6-8, targets 2022 2023 2024 in 9-11
        var baselines = seedWithLineEdited(6, "2018\t2020\t2021", "2021\t2021\t2021");
        var targets = seedWithLineEdited(6, "2022\t2023\t2024", "2022\t2022\t2024");

        assertThat(problems(baselines)).extracting(p -> p.render(IT)).containsExactly(
                "piano.tsv, riga 6, campo 7 («BASE LINE»): l'anno 2021 compare due volte nell'intestazione: i valori di una colonna andrebbero persi",
                "piano.tsv, riga 6, campo 8 («BASE LINE»): l'anno 2021 compare due volte nell'intestazione: i valori di una colonna andrebbero persi");
        assertThat(rendered(problems(targets))).isEqualTo(
                "piano.tsv, riga 6, campo 10 («TARGET»): l'anno 2022 compare due volte nell'intestazione: i valori di una colonna andrebbero persi");
    }

    @Test
    void a_row_with_the_wrong_number_of_fields_is_refused_with_its_line() {
        var text = seedWithLine(10, "5,00%\t301.50 - Fatturato export provinciale\t\tValore");
        assertThat(rendered(problems(text)))
                .isEqualTo("piano.tsv, riga 10: attesi 12 campi separati da tabulazione, trovati 4");
    }

    @Test
    void an_unreadable_weight_names_line_field_and_the_header_of_its_column() {
        var text = seedWithLineEdited(7, "33,33%", "33,3x%");
        // the seed's header names the weights' column «Ambito», as a user opening the file sees it
        assertThat(rendered(problems(text)))
                .isEqualTo("piano.tsv, riga 7, campo 1 («Ambito»): peso non leggibile: «33,3x%» (formato 33,33%)");
    }

    @Test
    void an_unknown_operator_names_line_and_field() {
        var text = seedWithLineEdited(10, "≥ 13.200.000.000 €", "=> 5");
        assertThat(rendered(problems(text))).isEqualTo("piano.tsv, riga 10, campo 9 («TARGET 2022»): operatore sconosciuto: «=>»"
                + " (ammessi ≥, >=, >, ≤, <=, <, =, almeno, non inferiore a, non superiore a, entro il, tra … e …)");
    }

    @Test
    void a_date_that_does_not_exist_names_line_and_field() {
        var line = 98;
        var text = seedWithLineEdited(line, "Entro 31-12-2022", "Entro 31-02-2022");
        assertThat(rendered(problems(text)))
                .isEqualTo("piano.tsv, riga " + line + ", campo 9 («TARGET 2022»): la data «31-02-2022» non esiste");
    }

    @Test
    void a_data_row_before_any_header_is_refused() {
        var text = "33,33%\t1 - Competitività delle imprese\t\t\t\t\t\t\t\t\t\t\n" + SEED;
        assertThat(rendered(problems(text)))
                .isEqualTo("piano.tsv, riga 1: riga di dati prima dell'intestazione della sezione");
    }

    @Test
    void a_plan_title_without_a_year_is_refused() {
        var text = SEED.replace("pianificazioneModena_2022", "pianificazioneModena");
        assertThat(rendered(problems(text))).isEqualTo("piano.tsv, riga 3, campo 1: il titolo non indica l'anno del"
                + " piano (atteso «…<Ente>_<Anno>», oppure indicare --year)");
    }

    @Test
    void a_title_without_a_year_is_accepted_when_the_year_is_given() throws Exception {
        var text = SEED.replace("pianificazioneModena_2022", "pianificazioneModena");
        var plan = AlberaturaReader.read("piano.tsv", text.getBytes(StandardCharsets.UTF_8),
                new Overrides("Camera di commercio di Modena", 2022)).plan();
        assertThat(plan.entity()).isEqualTo("Camera di commercio di Modena");
        assertThat(plan.year()).isEqualTo(2022);
    }

    @Test
    void every_problem_is_reported_not_only_the_first() {
        var text = seedWithLineEdited(10, "≥ 13.200.000.000 €", "=> 5");
        text = text.replace("33,34%\t301 - Internazionalizzazione", "33,3x%\t301 - Internazionalizzazione");
        assertThat(problems(text)).extracting(ImportProblem::line, ImportProblem::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(8, 1), org.assertj.core.groups.Tuple.tuple(10, 9));
    }

    @Test
    void problems_are_reported_in_english_too() {
        var text = seedWithLineEdited(7, "33,33%", "33,3x%");
        assertThat(problems(text).getFirst().render(Messages.forLanguage("en")))
                .isEqualTo("piano.tsv, line 7, field 1 (\"Ambito\"): unreadable weight: «33,3x%» (format 33,33%)");
    }
}
