package it.traguardi.core.formula;

import it.traguardi.core.i18n.Message;
import it.traguardi.core.value.Limits;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Lettura dell'algoritmo: splits an algorithm as written in the Integra export ("words, then codes",
 * e.g. {@code Imprese beneficiarie ... assessment D1.1_2 + D1.1_1 + D1.1_3}) into its description and
 * its formula, and only when that needs no guessing.
 *
 * <p>The text is cut into words at spaces; a word such as {@code D3.1.1+D3.2} is split at its
 * operators when every part is a code. A <em>code</em> here is a word that could be a measure code
 * and could not be an ordinary word: it starts with a letter, has only letters, digits, {@code _} and
 * {@code .}, does not end with {@code .}, and has a digit, {@code _} or {@code .} ({@code D1.1_2},
 * {@code CO.V}, {@code S4}); {@code N.} just before a code belongs to it ({@code N. ImprAtt_UUUL_Tot}).
 * Digits with dots ({@code 401.50}, {@code 50}) are codes too, at the end of the text only, when the
 * formula also has a letter code or they have a dot. The formula is the longest run at the end of the
 * form {@code code (operator code)*}. A person must decide when there is no such run (codes with spaces
 * such as {@code Controlli Servizi} look like words), when the words before it contain a code as well,
 * when an operator joins it to the words ({@code ... Modena / 50}), or when it is numbers only.
 */
public final class AlgorithmReading {

    private static final Pattern NUMBER_CODE = Pattern.compile("\\d+(\\.\\d+)*");
    private static final Pattern WORD = Pattern.compile("\\S+");
    private static final Pattern OPERATOR_SPLIT = Pattern.compile("(?<=[-+*/])|(?=[-+*/])");

    /** A word of the text and where it starts, so that the description is cut from the original. */
    private record Piece(String text, int offset) {
        boolean operator() {
            return text.length() == 1 && "+-*/".contains(text);
        }
    }

    private AlgorithmReading() {
    }

    public static Reading read(String algorithm) {
        var text = algorithm.strip();
        if (text.isEmpty()) {
            return new Reading.NeedsPerson(text, Message.of("formula.reading.empty"));
        }
        var pieces = pieces(text);
        var formula = new ArrayList<String>();
        int first = trailingFormula(pieces, formula);
        if (first < 0) {
            return new Reading.NeedsPerson(text, Message.of("formula.reading.dangling-operator",
                    pieces.get(-first - 1).text()));
        }
        var codesInWords = pieces.subList(0, first).stream().map(Piece::text)
                .filter(AlgorithmReading::letterCode).toList();
        if (!codesInWords.isEmpty()) {
            return new Reading.NeedsPerson(text, Message.of("formula.reading.codes-in-words",
                    String.join(", ", codesInWords)));
        }
        if (formula.isEmpty()) {
            return new Reading.NeedsPerson(text, Message.of("formula.reading.no-code"));
        }
        return derived(text, text.substring(0, pieces.get(first).offset()).strip(), formula);
    }

    private static Reading derived(String text, String description, List<String> formula) {
        boolean letters = formula.stream().anyMatch(AlgorithmReading::letterCode);
        if (!letters && (formula.size() > 1 || formula.getFirst().indexOf('.') < 0)) {
            return new Reading.NeedsPerson(text, Message.of("formula.reading.numbers-only", String.join(" ", formula)));
        }
        var written = formula.stream().map(p -> p.length() == 1 && "+-*/".contains(p) ? p : Printer.code(p))
                .collect(Collectors.joining(" "));
        if (written.length() > Limits.FORMULA) {
            return new Reading.NeedsPerson(text, Message.of("formula.reading.too-long", Limits.FORMULA));
        }
        return switch (Parser.parse(written)) {
            case ParseResult.Parsed parsed when Printer.print(parsed.expr()).length() > Limits.FORMULA ->
                    new Reading.NeedsPerson(text, Message.of("formula.reading.too-long", Limits.FORMULA));
            case ParseResult.Parsed parsed -> new Reading.Derived(description, parsed.expr());
            case ParseResult.Rejected rejected -> new Reading.NeedsPerson(text,
                    Message.of("formula.reading.unreadable", written));
        };
    }

    /**
     * Collects the trailing {@code code (operator code)*} into {@code formula}, in order, and returns
     * the index of its first piece ({@code pieces.size()} when there is none), or {@code -(i + 1)} when
     * the operator at index i joins the formula to a word.
     */
    private static int trailingFormula(List<Piece> pieces, List<String> formula) {
        int i = pieces.size() - 1;
        while (i >= 0) {
            var piece = pieces.get(i);
            boolean number = NUMBER_CODE.matcher(piece.text()).matches();
            if (!letterCode(piece.text()) && !number) {
                return formula.isEmpty() ? pieces.size() : -(i + 2);
            }
            boolean glued = !number && i > 0 && pieces.get(i - 1).text().equals("N.");
            formula.addFirst(glued ? "N. " + piece.text() : piece.text());
            i -= glued ? 2 : 1;
            if (i < 0 || !pieces.get(i).operator()) {
                return i + 1;
            }
            formula.addFirst(pieces.get(i).text());
            i--;
        }
        return -1;
    }

    private static List<Piece> pieces(String text) {
        var pieces = new ArrayList<Piece>();
        var words = WORD.matcher(text);
        while (words.find()) {
            var parts = OPERATOR_SPLIT.split(words.group());
            boolean split = parts.length > 1 && Arrays.stream(parts)
                    .allMatch(p -> letterCode(p) || p.length() == 1 && "+-*/".contains(p));
            if (!split) {
                pieces.add(new Piece(words.group(), words.start()));
                continue;
            }
            int offset = words.start();
            for (var part : parts) {
                pieces.add(new Piece(part, offset));
                offset += part.length();
            }
        }
        return pieces;
    }

    /** A word that is a measure code and not an ordinary word or abbreviation (see the class comment). */
    static boolean letterCode(String word) {
        return Lexer.isBareCode(word) && !word.endsWith(".")
                && word.chars().anyMatch(c -> Character.isDigit(c) || c == '_' || c == '.');
    }
}
