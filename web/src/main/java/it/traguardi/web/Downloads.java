package it.traguardi.web;

import io.javalin.http.Context;
import java.text.Normalizer;
import java.util.Locale;

/** Files the pages and the API give to download: the XLSX templates, and the rule that names them all. */
public final class Downloads {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Longest part of a file name taken from an entity's name or an objective's code. */
    private static final int PART = 80;

    private Downloads() {
    }

    /** An XLSX to save under {@code name} (a name Traguardi made, never the client's). */
    public static void xlsx(Context ctx, String name, byte[] bytes) {
        ctx.contentType(XLSX).header("Content-Disposition", "attachment; filename=\"" + name + "\"").result(bytes);
    }

    /**
     * Lower-case ASCII letters and digits with single hyphens: accents dropped, anything else a hyphen
     * (the name part of every file the application gives to download: reports, full exports).
     */
    public static String slug(String text) {
        var plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        var slug = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        var cut = slug.length() <= PART ? slug : slug.substring(0, PART).replaceAll("-+$", "");
        return cut.isEmpty() ? "piano" : cut;
    }
}
