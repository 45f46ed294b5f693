package it.traguardi.exchange.spreadsheet;

import it.traguardi.core.measure.ValueEntry;
import it.traguardi.exchange.ImportException;
import it.traguardi.exchange.TextFile;
import it.traguardi.exchange.alberatura.AlberaturaImport;
import it.traguardi.exchange.alberatura.AlberaturaReader;
import it.traguardi.exchange.values.ValuesCsv;

/**
 * The one way every import (command line, pages, API) reads a file it was given: an XLSX, known by
 * its name or its content (a zip not named as text), is read as a template; anything else as the
 * TSV or CSV text it should be.
 */
public final class ImportFiles {

    private ImportFiles() {
    }

    /** Whether the bytes are those of an XLSX (a zip) rather than of a text file. */
    public static boolean isSpreadsheet(byte[] bytes) {
        return XlsxPackage.looksLikeZip(bytes);
    }

    /** A plan from an alberatura TSV or a plan template. */
    public static AlberaturaImport plan(String file, byte[] bytes, it.traguardi.exchange.alberatura.Overrides overrides)
            throws ImportException {
        return isXlsx(file, bytes)
                ? PlanWorkbookReader.read(file, bytes, overrides) : AlberaturaReader.read(file, bytes, overrides);
    }

    /**
     * How the problems of a values file's rows name the file: its name, and for a template its
     * sheet too ({@code valori.xlsx [Valori]}), as the problems of a plan template do.
     */
    public static String valuesPlace(String file, byte[] bytes) {
        return isXlsx(file, bytes) ? XlsxPackage.place(file, ValuesWorkbook.SHEET) : file;
    }

    /**
     * An XLSX by its name, or by its content unless its name says it is text: a zip named
     * {@code .csv}, {@code .tsv} or {@code .txt} is refused as the text file it should be (binary).
     */
    private static boolean isXlsx(String file, byte[] bytes) {
        var name = file.toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".xlsx") || isSpreadsheet(bytes) && !name.endsWith(".csv") && !name.endsWith(".tsv")
                && !name.endsWith(".txt");
    }

    /** Values from a CSV or a values template of the plan of {@code entity} and {@code year}. */
    public static ValuesCsv.Reading values(String file, byte[] bytes, String entity, int year, ValueEntry entry)
            throws ImportException {
        return isXlsx(file, bytes)
                ? ValuesWorkbookReader.read(file, bytes, entity, year, entry)
                : ValuesCsv.read(TextFile.lines(file, bytes), entry);
    }
}
