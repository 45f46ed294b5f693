package it.traguardi.core.formula;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardi.core.SeedFile;
import it.traguardi.core.i18n.Message;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AlgorithmReadingTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Imprese beneficiarie dei voucher + N. imprese valutate D1.1_2 + D1.1_1 + D1.1_3 | Imprese beneficiarie dei voucher + N. imprese valutate | D1.1_2 + D1.1_1 + D1.1_3
            Numero certificati / Numero richieste D2.1_32 / D1.2_2 | Numero certificati / Numero richieste | D2.1_32 / D1.2_2
            Imprese agroalimentari con certificazione D6.2.2 | Imprese agroalimentari con certificazione | D6.2.2
            Unità locali / Imprese attive (comprese unità locali) S4 / N. ImprAtt_UUUL_Tot | Unità locali / Imprese attive (comprese unità locali) | S4 / [N. ImprAtt_UUUL_Tot]
            Assessment * 1000 / Imprese iscritte D2.1_31 / 50 | Assessment * 1000 / Imprese iscritte | D2.1_31 / [50]
            Imprese in vita al terzo anno "n-3" 401.50 | Imprese in vita al terzo anno "n-3" | [401.50]
            N. linee di attività (da 1 a 4) D3.1.1+D3.2 | N. linee di attività (da 1 a 4) | D3.1.1 + D3.2
            Controlli a campione CO_C1.1.1 + CO.5 + CO.V | Controlli a campione | CO_C1.1.1 + CO.5 + CO.V
            Emissione ruolo anno (n-3) entro la data B1.1.1 | Emissione ruolo anno (n-3) entro la data | B1.1.1
            D1.1_2 * D1.1_3 | '' | D1.1_2 * D1.1_3
            """)
    void trailing_codes_joined_by_operators_are_the_formula(String text, String description, String formula) {
        var reading = AlgorithmReading.read(text);

        assertThat(reading).isInstanceOf(Reading.Derived.class);
        var derived = (Reading.Derived) reading;
        assertThat(derived.description()).isEqualTo(description);
        assertThat(derived.formulaText()).isEqualTo(formula);
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Valore esportazioni Driver Export | formula.reading.no-code
            Dichiarazioni controllate a campione (al netto del RI) Controlli Servizi | formula.reading.no-code
            Numero imprese attive al 31/12 | formula.reading.no-code
            D3.1.52 + D3.1.53 + D3.1.51 Imprese agroalimentari con certificazione D6.2.2 | formula.reading.codes-in-words
            N. controlli sui prodotti + N° ispezioni C2.3.1 + N. ispn | formula.reading.codes-in-words
            N. start-up / imprese iscritte nel Registro Imprese di Modena / 50 | formula.reading.dangling-operator
            + D1.1_2 | formula.reading.dangling-operator
            Imprese iscritte nel Registro Imprese di Modena 50 | formula.reading.numbers-only
            Rapporto tra due valori 12 / 31 | formula.reading.numbers-only
            '   ' | formula.reading.empty
            """)
    void text_that_needs_guessing_is_left_to_a_person(String text, String reason) {
        var reading = AlgorithmReading.read(text);

        assertThat(reading).isInstanceOf(Reading.NeedsPerson.class);
        assertThat(((Reading.NeedsPerson) reading).reason().key()).isEqualTo(reason);
        assertThat(((Reading.NeedsPerson) reading).text()).isEqualTo(text.strip());
    }

    @Test
    void a_dangling_operator_is_named_in_the_reason() {
        var reading = AlgorithmReading.read("N. start-up / imprese iscritte nel Registro Imprese di Modena / 50");

        assertThat(reading).isInstanceOfSatisfying(Reading.NeedsPerson.class,
                r -> assertThat(r.reason()).isEqualTo(Message.of("formula.reading.dangling-operator", "/")));
    }

    @Test
    void a_derived_formula_may_have_4000_characters_and_no_more() {
        // one code of 4000 characters is the whole formula; one more character is too long to store
        var longest = "D" + "1".repeat(3999);

        assertThat(AlgorithmReading.read("Testo " + longest)).isInstanceOfSatisfying(Reading.Derived.class,
                d -> assertThat(d.formulaText()).isEqualTo(longest));
        assertThat(AlgorithmReading.read("Testo " + longest + "1")).isInstanceOfSatisfying(Reading.NeedsPerson.class,
                r -> assertThat(r.reason()).isEqualTo(Message.of("formula.reading.too-long", 4000)));
    }

    @Test
    void every_indicator_of_the_seed_is_derived_or_left_to_a_person_with_exact_counts() {
        var readings = seedAlgorithms().map(AlgorithmReading::read).toList();

        // 94 indicator rows, each with an algorithm (SeedImportTest counts 94 indicators in the tree).
        assertThat(readings).hasSize(94);
        assertThat(readings).filteredOn(Reading.Derived.class::isInstance).hasSize(54);
        assertThat(readings).filteredOn(Reading.NeedsPerson.class::isInstance).hasSize(40);
        // The 40 by reason: 36 end in words, not codes (28 of them have no digit at all, see below; the other
        // 8 end in words after a number such as "31/12" or "5 giorni"); 3 mix codes with words ("D3.1.52 + D3.1.53
        // + D3.1.51 Imprese agroalimentari ... D6.2.2", "... C2.3.1 + N. ispn", "D2.2.1_A ImprAtt / ...");
        // 1 ends in an operator ("N. start-up costituite nell'anno / imprese iscritte ... / 50").
        assertThat(readings).filteredOn(Reading.NeedsPerson.class::isInstance)
                .extracting(r -> ((Reading.NeedsPerson) r).reason().key())
                .filteredOn("formula.reading.no-code"::equals).hasSize(36);
        assertThat(readings).filteredOn(Reading.NeedsPerson.class::isInstance)
                .extracting(r -> ((Reading.NeedsPerson) r).reason().key())
                .filteredOn("formula.reading.codes-in-words"::equals).hasSize(3);
        assertThat(readings).filteredOn(Reading.NeedsPerson.class::isInstance)
                .extracting(r -> ((Reading.NeedsPerson) r).reason().key())
                .filteredOn("formula.reading.dangling-operator"::equals).hasSize(1);
    }

    @Test
    void the_seed_algorithms_without_any_digit_are_left_to_a_person_unless_they_end_in_named_measures() {
        // Counted apart from the reader: 30 algorithms of the seed have no digit at all. Two of them (the same
        // text twice) end in the measures GG_Canc_Prot / N_Canc_Prot_Evase; the other 28 end in plain words
        // ("Valore esportazioni Driver Export", "... entro la data") and name no measure.
        var withoutDigits = seedAlgorithms().filter(a -> a.chars().noneMatch(Character::isDigit)).toList();
        var namingMeasures = withoutDigits.stream().filter(a -> a.endsWith(" GG_Canc_Prot / N_Canc_Prot_Evase")).toList();

        assertThat(withoutDigits).hasSize(30);
        assertThat(namingMeasures).hasSize(2).allSatisfy(a -> assertThat(AlgorithmReading.read(a))
                .isInstanceOfSatisfying(Reading.Derived.class,
                        d -> assertThat(d.formulaText()).isEqualTo("GG_Canc_Prot / N_Canc_Prot_Evase")));
        assertThat(withoutDigits).filteredOn(a -> !namingMeasures.contains(a)).hasSize(28)
                .allSatisfy(a -> assertThat(AlgorithmReading.read(a)).isInstanceOfSatisfying(Reading.NeedsPerson.class,
                        r -> assertThat(r.reason().key()).isEqualTo("formula.reading.no-code")));
    }

    @Test
    void the_seed_formulas_that_need_brackets_or_split_words_come_out_in_canonical_form() {
        var formulas = seedAlgorithms().map(AlgorithmReading::read)
                .flatMap(r -> r instanceof Reading.Derived d ? Stream.of(d.formulaText()) : Stream.empty())
                .toList();

        assertThat(formulas).contains("S4 / [N. ImprAtt_UUUL_Tot]", "D2.1_31 / [50]", "D4.2_1 / [50]",
                "[401.50]", "D3.1.1 + D3.2", "CO_C1.1.1 + CO.5 + CO.V", "GG_Canc_Prot / N_Canc_Prot_Evase");
        assertThat(formulas).allSatisfy(f -> assertThat(Parser.parse(f)).isInstanceOf(ParseResult.Parsed.class));
    }

    /** Field 4 of every indicator row: a row with an algorithm, outside the header lines. */
    private static Stream<String> seedAlgorithms() {
        return SeedFile.lines().stream()
                .map(line -> line.split("\t", -1))
                .filter(fields -> fields.length >= 11 && !fields[0].isEmpty() && !fields[0].equals("Ambito"))
                .map(fields -> fields[3])
                .filter(algorithm -> !algorithm.isBlank());
    }
}
