package it.traguardi.exchange.spreadsheet;

import it.traguardi.core.i18n.Message;
import it.traguardi.core.measure.ValueEntry;
import it.traguardi.exchange.ImportException;
import it.traguardi.exchange.ImportProblem;
import it.traguardi.exchange.TextFile;
import it.traguardi.exchange.alberatura.AlberaturaImport;
import it.traguardi.exchange.alberatura.AlberaturaReader;
import it.traguardi.exchange.json.FullPlanJson;
import it.traguardi.exchange.json.FullPlanReader;
import it.traguardi.exchange.values.ValuesCsv;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The one way every import (command line, pages, API) decides what a file it was given is, by its
 * name and its content ({@link #kind}), and reads it so: an XLSX as a template, a JSON as a full
 * export, anything else as the TSV or CSV text it should be.
 */
public final class ImportFiles {

    /** What a file is taken for. */
    public enum Kind {
        /** An XLSX template: named {@code .xlsx}, or a zip not named as text. */
        SPREADSHEET,
        /** A JSON document: named {@code .json}, or text that opens an object or a list. */
        JSON,
        /** A TSV or CSV (or whatever else, refused by the text readers as what it is). */
        TEXT
    }

    private ImportFiles() {
    }

    /** Whether the bytes are those of an XLSX (a zip) rather than of a text file. */
    public static boolean isSpreadsheet(byte[] bytes) {
        return XlsxPackage.looksLikeZip(bytes);
    }

    /**
     * What a file is: its name first, so that a file named {@code .xlsx} that is no zip is refused as
     * no XLSX (not read as text), and a zip named {@code .csv}, {@code .tsv} or {@code .txt} is refused
     * as the binary text file it claims to be; a file named otherwise by its content.
     */
    public static Kind kind(String file, byte[] bytes) {
        var name = file.strip().toLowerCase(Locale.ROOT);
        boolean text = name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".txt");
        if (name.endsWith(".xlsx") || isSpreadsheet(bytes) && !text) {
            return Kind.SPREADSHEET;
        }
        if (name.endsWith(".json") || !text && looksLikeJson(bytes)) {
            return Kind.JSON;
        }
        return Kind.TEXT;
    }

    /** Whether the text opens a JSON object or list (after a byte order mark and blanks), as no TSV or CSV does. */
    private static boolean looksLikeJson(byte[] bytes) {
        var head = new String(bytes, 0, Math.min(bytes.length, 64), StandardCharsets.UTF_8).replace("\uFEFF", "").strip();
        return head.startsWith("{") || head.startsWith("[");
    }

    /** A plan from an alberatura TSV or a plan template; a JSON is refused saying what it is. */
    public static AlberaturaImport plan(String file, byte[] bytes, it.traguardi.exchange.alberatura.Overrides overrides)
            throws ImportException {
        return switch (kind(file, bytes)) {
            case SPREADSHEET -> PlanWorkbookReader.read(file, bytes, overrides);
            case JSON -> throw new ImportException(List.of(new ImportProblem(file, 0, 0, FullPlanReader.recognises(bytes)
                    ? Message.of("import.json.full", FullPlanJson.SCHEMA) : FullPlanReader.whatItIs(bytes))));
            case TEXT -> AlberaturaReader.read(file, bytes, overrides);
        };
    }

    /**
     * How the problems of a values file's rows name the file: its name, and for a template its
     * sheet too ({@code valori.xlsx [Valori]}), as the problems of a plan template do.
     */
    public static String valuesPlace(String file, byte[] bytes) {
        return kind(file, bytes) == Kind.SPREADSHEET ? XlsxPackage.place(file, ValuesWorkbook.SHEET) : file;
    }

    /** Values from a CSV or a values template of the plan of {@code entity} and {@code year}. */
    public static ValuesCsv.Reading values(String file, byte[] bytes, String entity, int year, ValueEntry entry)
            throws ImportException {
        return switch (kind(file, bytes)) {
            case SPREADSHEET -> ValuesWorkbookReader.read(file, bytes, entity, year, entry);
            // a JSON is no values file: the CSV reader refuses its first line as no header
            case JSON, TEXT -> ValuesCsv.read(TextFile.lines(file, bytes), entry);
        };
    }
}
