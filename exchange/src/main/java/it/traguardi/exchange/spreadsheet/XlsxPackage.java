package it.traguardi.exchange.spreadsheet;

import it.traguardi.core.i18n.Message;
import it.traguardi.exchange.ImportException;
import it.traguardi.exchange.ImportProblem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;

/**
 * The zip an XLSX is, checked before any spreadsheet reader opens it: it must be a zip, hold at most
 * {@value #MAX_ENTRIES} entries, each stored or deflated, and unpack to at most {@value #MAX_UNPACKED} bytes, counted while
 * unpacking (a zip bomb declares small sizes and unpacks to gigabytes). The same pass finds merged
 * cells, which a template has none of: a merged cell hides the cells under it, so a value typed in
 * one of them would be silently lost; and the damaged cells {@link CellScan} finds, which the reader
 * would fail on with no place or read as empty.
 */
final class XlsxPackage {

    static final int MAX_ENTRIES = 1_000;
    static final long MAX_UNPACKED = 64L * 1024 * 1024;
    private static final Pattern MERGED = Pattern.compile("mergeCell\\s+ref=\"([^\"]{1,40})\"");
    private static final Pattern SHEET = Pattern.compile("<(?:\\w+:)?sheet\\b[^>]*>");
    /** Where the pass keeps the number of shared strings, among the texts it keeps by part name. */
    private static final String STRINGS = "#sharedStrings";
    private static final Pattern RELATION = Pattern.compile("<(?:\\w+:)?Relationship\\b[^>]*>");

    private XlsxPackage() {
    }

    /** Whether the bytes begin as a zip does (an XLSX is one); a TSV or CSV never does. */
    static boolean looksLikeZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    /** Refuses a file that is no zip or too big unpacked; the problems of its cells by sheet name otherwise. */
    static Map<String, List<CellScan.Found>> check(String file, byte[] bytes) throws ImportException {
        if (!looksLikeZip(bytes)) {
            throw fail(file, Message.of("xlsx.not_zip", file));
        }
        try (var zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
            var entries = new ArrayList<ZipArchiveEntry>();
            zip.getEntries().asIterator().forEachRemaining(entries::add);
            if (entries.size() > MAX_ENTRIES) {
                throw fail(file, Message.of("xlsx.entries", entries.size(), MAX_ENTRIES));
            }
            // what spreadsheet programs write; other methods (zstd, xz, ...) need libraries Traguardi does not ship
            if (entries.stream().anyMatch(e -> e.getMethod() != ZipArchiveEntry.STORED && e.getMethod() != ZipArchiveEntry.DEFLATED)) {
                throw fail(file, Message.of("xlsx.not_zip", file));
            }
            // the shared strings first: a sheet's text cells are checked against their number
            entries.sort(Comparator.comparing(e -> !e.getName().endsWith("sharedStrings.xml")));
            var texts = new HashMap<String, String>();
            var merged = new HashMap<String, List<CellScan.Found>>();
            long budget = MAX_UNPACKED;
            for (var entry : entries) {
                budget -= unpack(file, zip, entry, budget, texts, merged);
            }
            return bySheetName(merged, texts);
        } catch (IOException | RuntimeException e) {
            throw fail(file, Message.of("xlsx.not_zip", file));
        }
    }

    /** Unpacks one entry within what is left of the budget; keeps the small XML that names the sheets. */
    private static long unpack(String file, ZipFile zip, ZipArchiveEntry entry, long budget, Map<String, String> texts,
            Map<String, List<CellScan.Found>> merged) throws IOException, ImportException {
        var name = entry.getName();
        boolean keep = name.equals("xl/workbook.xml") || name.equals("xl/_rels/workbook.xml.rels");
        boolean sheet = name.startsWith("xl/worksheets/") && name.endsWith(".xml");
        boolean strings = name.endsWith("sharedStrings.xml");
        var kept = new StringBuilder();
        var tail = new StringBuilder();
        var count = new CellScan.Count();
        var cells = new CellScan(texts.containsKey(STRINGS) ? Long.parseLong(texts.get(STRINGS)) : -1);
        long read = 0;
        try (InputStream in = zip.getInputStream(entry)) {
            var buffer = new byte[65_536];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                read += n;
                if (read > budget) {
                    throw fail(file, Message.of("xlsx.too_big", MAX_UNPACKED / (1024 * 1024)));
                }
                var chunk = new String(buffer, 0, n, StandardCharsets.ISO_8859_1);
                if (keep && kept.length() < 1_000_000) {
                    kept.append(chunk);
                } else if (sheet) {
                    mergedPart(tail, chunk);
                    cells.add(chunk);
                } else if (strings) {
                    count.add(chunk);
                }
            }
        }
        if (keep) {
            texts.put(name, new String(kept.toString().getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
        } else if (sheet) {
            var found = new ArrayList<CellScan.Found>();
            MERGED.matcher(tail).results().limit(20)
                    .forEach(r -> found.add(new CellScan.Found(r.group(1), Message.of("xlsx.merged", r.group(1)))));
            found.addAll(cells.finish());
            if (!found.isEmpty()) {
                merged.put(name, found);
            }
        } else if (strings) {
            texts.put(STRINGS, Long.toString(count.finish()));
        }
        return read;
    }

    /**
     * Keeps the part of a sheet from its {@code mergeCells} element on (it follows the rows), else
     * only the last characters, in case the element's name is split between two chunks.
     */
    private static void mergedPart(StringBuilder tail, String chunk) {
        boolean capturing = tail.indexOf("mergeCells") >= 0;
        if (capturing) {
            if (tail.length() < 100_000) {
                tail.append(chunk);
            }
            return;
        }
        tail.append(chunk);
        int at = tail.indexOf("mergeCells");
        if (at >= 0) {
            tail.delete(0, at);
        } else if (tail.length() > 16) {
            tail.delete(0, tail.length() - 16);
        }
    }

    /** The merged cells under the sheets' names, as the workbook names them (else their part names). */
    private static Map<String, List<CellScan.Found>> bySheetName(Map<String, List<CellScan.Found>> merged,
            Map<String, String> texts) {
        var targets = new HashMap<String, String>();
        RELATION.matcher(texts.getOrDefault("xl/_rels/workbook.xml.rels", "")).results().forEach(r -> {
            var id = attribute(r.group(), "Id");
            var target = attribute(r.group(), "Target");
            if (id != null && target != null) {
                var part = target.startsWith("/") ? target.substring(1) : "xl/" + target;
                targets.put(part, id);
            }
        });
        var names = new HashMap<String, String>();
        SHEET.matcher(texts.getOrDefault("xl/workbook.xml", "")).results().forEach(s -> {
            var name = attribute(s.group(), "name");
            var id = Pattern.compile("\\s\\w+:id=\"([^\"]*)\"").matcher(s.group()).results().findFirst();
            if (name != null && id.isPresent()) {
                names.put(id.get().group(1), name.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                        .replace("&quot;", "\"").replace("&apos;", "'"));
            }
        });
        var out = new LinkedHashMap<String, List<CellScan.Found>>();
        merged.forEach((part, refs) -> out.put(names.getOrDefault(targets.get(part), part), refs));
        return out;
    }

    private static String attribute(String tag, String name) {
        var m = Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(tag);
        return m.find() ? m.group(1) : null;
    }

    /**
     * The workbook of a file that passed {@link #check}, refused whole when a sheet merges cells or
     * has a damaged one (each named by its sheet, row and column).
     */
    static ReadableWorkbook open(String file, byte[] bytes) throws ImportException {
        var found = check(file, bytes);
        if (!found.isEmpty()) {
            var problems = new ArrayList<ImportProblem>();
            found.forEach((sheet, cells) -> cells.forEach(cell -> problems.add(new ImportProblem(place(file, sheet),
                    firstRow(cell.ref()), firstColumn(cell.ref()), "", ImportProblem.Columns.LETTERED, cell.message()))));
            throw new ImportException(problems);
        }
        try {
            return new ReadableWorkbook(new ByteArrayInputStream(bytes), new ReadingOptions(true, false));
        } catch (IOException | RuntimeException e) {
            throw fail(file, Message.of("xlsx.unreadable"));
        }
    }

    /** How problems name a sheet of a file: {@code piano.xlsx [Piano]}, the same in every language. */
    static String place(String file, String sheet) {
        return file + " [" + sheet + "]";
    }

    private static int firstRow(String ref) {
        var digits = ref.replaceAll("^\\$?[A-Za-z]*\\$?(\\d*).*$", "$1");
        return digits.isEmpty() || digits.length() > 7 ? 0 : Integer.parseInt(digits);
    }

    private static int firstColumn(String ref) {
        int column = 0;
        for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)) && column < 20_000; i++) {
            column = column * 26 + Character.toUpperCase(ref.charAt(i)) - 'A' + 1;
        }
        return column;
    }

    static ImportException fail(String file, Message message) {
        return new ImportException(List.of(new ImportProblem(file, 0, 0, message)));
    }
}
