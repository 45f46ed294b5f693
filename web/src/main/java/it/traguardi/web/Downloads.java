package it.traguardi.web;

import io.javalin.http.Context;

/** Files the pages and the API give to download: the XLSX templates. */
public final class Downloads {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Downloads() {
    }

    /** An XLSX to save under {@code name} (a name Traguardi made, never the client's). */
    public static void xlsx(Context ctx, String name, byte[] bytes) {
        ctx.contentType(XLSX).header("Content-Disposition", "attachment; filename=\"" + name + "\"").result(bytes);
    }
}
