package it.traguardi.exchange.spreadsheet;

import it.traguardi.core.i18n.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * The cells of a sheet that the spreadsheet reader would not take as they are, found in its XML
 * while it is unpacked in chunks: a number that is no finite number ({@code NaN}, {@code INF}),
 * which the reader fails on with no place, and a shared text past the shared strings table (or no
 * index at all), which it reads as an empty cell. Both are a damaged file, refused with the cell.
 */
final class CellScan {

    /** A problem found in a cell, by its address ({@code E12}). */
    record Found(String ref, Message message) {
    }

    /** At most this many cells are reported for a sheet: the first ones say the file is damaged. */
    static final int MAX_FOUND = 20;
    private static final Pattern CELL = Pattern.compile(
            "<(?:\\w{1,20}:)?c\\s([^>]{0,300})>\\s{0,40}<(?:\\w{1,20}:)?v>([^<]{0,100})</");
    private static final Pattern REF = Pattern.compile("\\br=\"([A-Za-z]{1,3}\\d{1,7})\"");
    private static final Pattern TYPE = Pattern.compile("\\bt=\"(\\w{1,20})\"");
    private static final Pattern NUMBER = Pattern.compile("\\s*[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d{1,4})?\\s*");
    private static final Pattern INDEX = Pattern.compile("\\s*\\d{1,9}\\s*");
    /** More than the longest match, kept from one chunk to the next so that no cell is cut in two. */
    private static final int OVERLAP = 512;

    private final Chunks cells = new Chunks(CELL, this::cell);
    private final long sharedStrings;
    private final List<Found> found = new ArrayList<>();

    /** A scan of one sheet; {@code sharedStrings} is the size of the table, negative when unknown (not checked). */
    CellScan(long sharedStrings) {
        this.sharedStrings = sharedStrings;
    }

    void add(String chunk) {
        cells.add(chunk);
    }

    List<Found> finish() {
        cells.finish();
        return List.copyOf(found);
    }

    private void cell(MatchResult cell) {
        var ref = REF.matcher(cell.group(1));
        if (!ref.find() || found.size() >= MAX_FOUND) {
            return;
        }
        var type = TYPE.matcher(cell.group(1));
        var kind = type.find() ? type.group(1) : "n";
        var value = cell.group(2);
        if (kind.equals("n") && !value.isBlank() && !NUMBER.matcher(value).matches()) {
            found.add(new Found(ref.group(1), Message.of("xlsx.number", ref.group(1), value.strip())));
        } else if (kind.equals("s") && sharedStrings >= 0
                && (!INDEX.matcher(value).matches() || Long.parseLong(value.strip()) >= sharedStrings)) {
            found.add(new Found(ref.group(1), Message.of("xlsx.shared", ref.group(1), value.strip(), sharedStrings)));
        }
    }

    /** Counts the entries ({@code <si>}) of a shared strings table read in chunks. */
    static final class Count {
        private long count;
        private final Chunks entries = new Chunks(Pattern.compile("<(?:\\w{1,20}:)?si[\\s>/]"), m -> count++);

        void add(String chunk) {
            entries.add(chunk);
        }

        long finish() {
            entries.finish();
            return count;
        }
    }

    /**
     * The matches of a pattern in a text given in chunks: each is taken once, when it starts before
     * the last {@value #OVERLAP} characters, which are kept for the next chunk.
     */
    private static final class Chunks {
        private final Pattern pattern;
        private final Consumer<MatchResult> taken;
        private final StringBuilder rest = new StringBuilder();

        Chunks(Pattern pattern, Consumer<MatchResult> taken) {
            this.pattern = pattern;
            this.taken = taken;
        }

        void add(String chunk) {
            rest.append(chunk);
            scan(rest.length() - OVERLAP);
        }

        void finish() {
            scan(rest.length());
        }

        private void scan(int limit) {
            if (limit <= 0) {
                return;
            }
            var m = pattern.matcher(rest);
            int done = 0;
            while (m.find() && m.start() < limit) {
                taken.accept(m.toMatchResult());
                done = m.end();
            }
            rest.delete(0, Math.min(rest.length(), Math.max(done, limit)));
        }
    }
}
