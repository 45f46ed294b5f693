package it.traguardi.exchange;

import java.util.regex.Pattern;

/**
 * The one rule by which every TSV or CSV cell Traguardi writes is made safe to open in a
 * spreadsheet, and by which its readers take the cell back (see docs/file-formats.md).
 *
 * <p>A spreadsheet takes a cell that starts with {@code = + - @} for a formula, and Excel and
 * LibreOffice let a formula call other programs or send the sheet's data away (CSV injection). A
 * code, title or algorithm is text typed by a person, or read from someone else's file, so it may
 * start that way. Such a cell is written with a leading apostrophe, which spreadsheets read as the
 * mark of a text cell, and the readers drop that one apostrophe again, so that a plan exported and
 * imported is the same plan.
 *
 * <p>Two kinds of cell keep their first character: a negative number in the Italian format (the
 * seed's {@code -20,14 gg}), which is a number and no formula, and a cell that starts with anything
 * else. A tab, CR or LF inside a cell would start a new cell or row of the file (and could put a
 * formula at the start of it), so each is written as a space; the files have no quoting to keep
 * them.
 *
 * <p>The rule is a bijection on text without tabs or line breaks: the apostrophe is added when the
 * text, past any apostrophes it already starts with, begins with a formula character, and only then
 * dropped; so a title that truly starts with {@code '=} is written {@code ''=} and read back as
 * {@code '=}, and one like {@code 'Ndrangheta} is left alone both ways.
 */
public final class SpreadsheetCell {

    /** What a spreadsheet reads as "the text that follows". */
    public static final char TEXT_MARK = '\'';

    private static final String FORMULA_STARTS = "=+-@";
    private static final Pattern LINE_BREAKING = Pattern.compile("[\\t\\r\\n]");
    /** A negative number as {@code ItalianFormat} writes it, with its unit if any. */
    private static final Pattern NEGATIVE_NUMBER =
            Pattern.compile("-(\\d{1,3}(\\.\\d{3})+|\\d+)(,\\d+)?(\\s*(N\\.|%|gg|€))?");

    private SpreadsheetCell() {
    }

    /** The cell that holds this text: one line, marked as text when it would read as a formula. */
    public static String neutralise(String text) {
        var cell = LINE_BREAKING.matcher(text).replaceAll(" ");
        return looksLikeFormula(cell) ? TEXT_MARK + cell : cell;
    }

    /** The text a cell holds, without the surrounding blanks and the text mark {@link #neutralise} added. */
    public static String restore(String cell) {
        var c = cell.strip();
        return c.length() > 1 && c.charAt(0) == TEXT_MARK && looksLikeFormula(c.substring(1)) ? c.substring(1).strip() : c;
    }

    private static boolean looksLikeFormula(String cell) {
        int i = 0;
        while (i < cell.length() && (cell.charAt(i) == TEXT_MARK || Character.isWhitespace(cell.charAt(i)))) {
            i++;
        }
        return i < cell.length() && FORMULA_STARTS.indexOf(cell.charAt(i)) >= 0
                && !NEGATIVE_NUMBER.matcher(cell.strip()).matches();
    }
}
