package it.traguardi.web;

import it.traguardi.exchange.DemoData;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The Modena 2022 seed edited as the tests need it: corrected readings that a planning office would
 * upload again (issue 7: an area inserted above area 1, the indicator 301.51 removed) and lines
 * spoiled on purpose. Shared by the web and command-line tests (the web module's test jar), so that
 * every module edits the seed the same way. Each edit fails at once if the seed no longer has the
 * text it edits, rather than quietly returning the seed unchanged.
 */
public final class EditedSeeds {

    /** The seed as text, with its line feeds. */
    public static final String TEXT = new String(DemoData.modena2022(), StandardCharsets.UTF_8);
    private static final List<String> SEED = TEXT.lines().toList();
    /** The row of 301.51 in the seed, with its weight, code, title, algorithm, baselines and targets. */
    private static final String ROW_301_51 = SEED.stream().filter(l -> l.contains("\t301.51 - ")).findFirst().orElseThrow();
    /** The title of 301.51 in the seed. */
    public static final String TITLE_301_51 =
            "Partecipanti ai programmi di internazionalizzazione promossi dalla Camera di commercio nell'anno";

    private EditedSeeds() {
    }

    /** The seed with a new area (an OS with one indicator, 901.51) above area 1. */
    public static byte[] withAreaOnTop() {
        var lines = new ArrayList<>(SEED);
        var firstArea = lines.indexOf(lines.stream().filter(l -> l.contains("\t1 - Competitivit")).findFirst().orElseThrow());
        lines.addAll(firstArea, List.of(
                "0,00%\t9 - Ambito inserito in testa\t\t\t\t\t\t\t\t\t\t",
                "100,00%\t901 - Obiettivo nuovo\t\t\t\t\t\t\t\t\t\t",
                "100,00%\tIndicatori\t\t\t\t\t\t\t\t\t\t",
                ROW_301_51.replaceFirst("\t301\\.51 - [^\t]*", "\t901.51 - Indicatore nuovo").replaceFirst("^[^\t]*", "100,00%")));
        return bytes(lines);
    }

    /** The seed without the row of 301.51. */
    public static byte[] without301_51() {
        var lines = new ArrayList<>(SEED);
        lines.remove(ROW_301_51);
        return bytes(lines);
    }

    /** The seed with the first occurrence of {@code from} replaced by {@code to}. */
    public static String replacingFirst(String from, String to) {
        return replacingFirst(TEXT, from, to);
    }

    /** {@code text} with the first occurrence of {@code from} replaced by {@code to}; {@code from} must be there. */
    public static String replacingFirst(String text, String from, String to) {
        var at = text.indexOf(from);
        if (at < 0) {
            throw new IllegalArgumentException("the seed has no " + from);
        }
        return text.substring(0, at) + to + text.substring(at + from.length());
    }

    /** The seed with one line (1-based) replaced. */
    public static String withLine(int line, String replacement) {
        var lines = TEXT.split("\n", -1);
        lines[line - 1] = replacement;
        return String.join("\n", lines);
    }

    /**
     * The seed with {@code from} replaced by {@code to} on each of the given lines (1-based);
     * {@code from} must be there.
     */
    public static String withLinesEdited(String from, String to, int... lines) {
        var text = TEXT;
        for (int line : lines) {
            text = edited(text, line, from, to);
        }
        return text;
    }

    /** The seed with {@code from} replaced by {@code to} in one line (1-based); {@code from} must be there. */
    public static String withLineEdited(int line, String from, String to) {
        return edited(TEXT, line, from, to);
    }

    private static String edited(String text, int line, String from, String to) {
        var lines = text.split("\n", -1);
        if (!lines[line - 1].contains(from)) {
            throw new IllegalArgumentException("line " + line + " of the seed has no " + from);
        }
        lines[line - 1] = lines[line - 1].replace(from, to);
        return String.join("\n", lines);
    }

    public static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(List<String> lines) {
        return utf8(String.join("\n", lines) + "\n");
    }
}
