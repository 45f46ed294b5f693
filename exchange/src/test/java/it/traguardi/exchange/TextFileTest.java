package it.traguardi.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import it.traguardi.core.i18n.Messages;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TextFileTest {

    private static final Messages IT = Messages.forLanguage("it");
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final String EMPTY = "valori.csv: il file è vuoto";
    private static final String UTF16 = "valori.csv: il file è in UTF-16: salvarlo come testo UTF-8";

    private static String refusal(byte[] bytes) {
        var e = catchThrowableOfType(ImportException.class, () -> TextFile.lines("valori.csv", bytes));
        assertThat(e).as("the file must be refused").isNotNull();
        assertThat(e.problems()).hasSize(1);
        return e.problems().getFirst().render(IT);
    }

    private static byte[] concat(byte[]... parts) {
        var out = new ByteArrayOutputStream();
        Arrays.stream(parts).forEach(out::writeBytes);
        return out.toByteArray();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** {@code length} bytes of the letter a, with a zero byte at each of the positions given. */
    private static byte[] lettersWithZerosAt(int length, IntStream zeros) {
        var bytes = new byte[length];
        Arrays.fill(bytes, (byte) 'a');
        zeros.forEach(i -> bytes[i] = 0);
        return bytes;
    }

    @Test
    void the_lines_are_split_at_line_feeds_and_lose_the_carriage_return_of_crlf() throws Exception {
        // the last line break leaves an empty last line, as split with a negative limit does
        assertThat(TextFile.lines("valori.csv", utf8("code;period\tvalue\r\nD1;2022\nE2\r\n")))
                .containsExactly("code;period\tvalue", "D1;2022", "E2", "");
    }

    @Test
    void a_utf8_byte_order_mark_is_dropped_from_the_first_line() throws Exception {
        assertThat(TextFile.lines("valori.csv", concat(UTF8_BOM, utf8("città;2022\r\nD1"))))
                .containsExactly("città;2022", "D1");
    }

    @Test
    void a_text_that_does_not_start_with_the_whole_mark_keeps_its_first_three_bytes() throws Exception {
        assertThat(TextFile.lines("valori.csv", utf8("abc"))).containsExactly("abc");
        // two bytes of the mark and a letter are no mark, and as UTF-8 they are no text either
        assertThat(refusal(new byte[] {(byte) 0xEF, (byte) 0xBB, 'x'})).startsWith("valori.csv, riga 1: il testo non è in UTF-8");
    }

    @Test
    void a_file_holding_only_a_byte_order_mark_or_blanks_after_it_is_empty() {
        assertThat(refusal(UTF8_BOM)).isEqualTo(EMPTY);
        assertThat(refusal(concat(UTF8_BOM, utf8(" \r\n\t\n")))).isEqualTo(EMPTY);
        assertThat(refusal(new byte[0])).isEqualTo(EMPTY);
    }

    @Test
    void a_utf16_byte_order_mark_of_either_order_is_refused_even_before_text_without_zero_bytes() {
        // 中文 has no zero byte in UTF-16, so only the mark tells the file apart from broken UTF-8
        assertThat(refusal(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "中文".getBytes(StandardCharsets.UTF_16LE))))
                .isEqualTo(UTF16);
        assertThat(refusal(concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, "中文".getBytes(StandardCharsets.UTF_16BE))))
                .isEqualTo(UTF16);
        assertThat(refusal(new byte[] {(byte) 0xFF, (byte) 0xFE})).isEqualTo(UTF16);
    }

    @Test
    void utf16_without_a_mark_is_told_by_its_zero_bytes_in_either_byte_order() {
        var text = "code;period;value\nD1.1_10;2022;880\n";
        assertThat(refusal(text.getBytes(StandardCharsets.UTF_16LE))).isEqualTo(UTF16);
        assertThat(refusal(text.getBytes(StandardCharsets.UTF_16BE))).isEqualTo(UTF16);
    }

    @Test
    void zero_bytes_count_as_utf16_only_past_a_quarter_of_the_bytes_and_nearly_all_at_one_parity() {
        // 100 bytes: UTF-16 needs more than 25 zeros at one parity and fewer than 2 at the other
        var quarter = IntStream.iterate(1, i -> i < 100, i -> i + 4); // 25 zeros, all at odd offsets
        var moreThanAQuarter = IntStream.concat(IntStream.iterate(1, i -> i < 100, i -> i + 4), IntStream.of(99));
        assertThat(refusal(lettersWithZerosAt(100, quarter))).isEqualTo("valori.csv, riga 1: il file non è un file di testo");
        assertThat(refusal(lettersWithZerosAt(100, moreThanAQuarter))).isEqualTo(UTF16);
        assertThat(refusal(lettersWithZerosAt(100, IntStream.concat(IntStream.iterate(1, i -> i < 100, i -> i + 4),
                IntStream.of(99, 0))))).as("one zero out of step is still UTF-16").isEqualTo(UTF16);
        assertThat(refusal(lettersWithZerosAt(100, IntStream.concat(IntStream.iterate(1, i -> i < 100, i -> i + 4),
                IntStream.of(99, 0, 2))))).as("two zeros out of step are not").isEqualTo(
                        "valori.csv, riga 1: il file non è un file di testo");
    }

    @Test
    void a_file_of_zero_bytes_is_binary_not_utf16() {
        assertThat(refusal(new byte[100])).isEqualTo("valori.csv, riga 1: il file non è un file di testo");
    }

    @Test
    void a_binary_file_is_refused_at_the_line_of_its_first_zero_byte() {
        assertThat(refusal(concat(new byte[] {0}, utf8("abcdefghi")))).isEqualTo(
                "valori.csv, riga 1: il file non è un file di testo");
        assertThat(refusal(concat(utf8("code;period;value\nD1;2022;1\nD2;2022;"), new byte[] {0, 1, 2, 3})))
                .isEqualTo("valori.csv, riga 3: il file non è un file di testo");
    }

    @Test
    void a_file_that_is_not_utf8_is_refused_at_its_first_bad_line_even_the_last_one_without_a_line_break() {
        var latin1 = "code;period;value\nD1;2022;1\nD2;2022;città".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(refusal(latin1)).isEqualTo("valori.csv, riga 3: il testo non è in UTF-8 (forse Latin-1 o"
                + " Windows-1252): salvarlo come testo UTF-8");
        var bomThenLatin1 = concat(UTF8_BOM, "città\nD2".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(refusal(bomThenLatin1)).startsWith("valori.csv, riga 1: il testo non è in UTF-8");
    }

    @Test
    void a_control_character_other_than_tab_is_refused_with_its_line_and_column() {
        assertThat(refusal(utf8("code\tperiod\nD1;20\u00072")))
                .isEqualTo("valori.csv, riga 2: carattere di controllo non ammesso (U+0007) alla colonna 6:"
                        + " il file non è testo semplice");
        assertThat(refusal(utf8("a\rb\n"))).as("a carriage return not before a line feed")
                .isEqualTo("valori.csv, riga 1: carattere di controllo non ammesso (U+000D) alla colonna 2:"
                        + " il file non è testo semplice");
    }

    @Test
    void the_lines_cannot_be_changed_by_the_caller() throws Exception {
        List<String> lines = TextFile.lines("valori.csv", utf8("a\nb"));
        assertThat(lines).isUnmodifiable();
    }
}
