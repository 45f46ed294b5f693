package it.traguardi.web.api;

import io.javalin.http.Context;
import java.util.Optional;

/** The plan a request names in its path ({@code {entity}/{year}}), and its conditional headers. */
record PlanKey(String entity, int year) {

    static PlanKey of(Context ctx) {
        return new PlanKey(ctx.pathParam("entity"), year(ctx, ctx.pathParam("year")));
    }

    /** A year as the API accepts it, or a 400 problem. */
    static int year(Context ctx, String text) {
        try {
            var year = Integer.parseInt(text.trim());
            if (it.traguardi.core.value.Limits.plausibleYear(year)) {
                return year;
            }
        } catch (NumberFormatException e) {
            // refused below, with the text as given
        }
        throw new ProblemException(new ProblemDetail(400, "bad-request", ApiTexts.of(ctx).text("detail.bad-year", text)));
    }

    /** The strong ETag of a plan version: {@code "3"}. */
    static String etag(int version) {
        return "\"" + version + "\"";
    }

    /**
     * The version that {@code If-Match} requires: empty without the header; {@code *} is any stored
     * version, so it is read from the store by the caller ({@link IfMatch.Any}).
     */
    static Optional<IfMatch> ifMatch(Context ctx) {
        var header = ctx.header("If-Match");
        if (header == null) {
            return Optional.empty();
        }
        var value = header.trim();
        if (value.equals("*")) {
            return Optional.of(new IfMatch.Any());
        }
        if (value.matches("\"[1-9][0-9]{0,8}\"")) {
            return Optional.of(new IfMatch.Version(Integer.parseInt(value.substring(1, value.length() - 1))));
        }
        throw new ProblemException(new ProblemDetail(400, "bad-request", ApiTexts.of(ctx).text("detail.bad-if-match", header)));
    }

    /** What {@code If-Match} asks for: any stored version, or exactly one. */
    sealed interface IfMatch {
        record Any() implements IfMatch {
        }

        record Version(int version) implements IfMatch {
        }
    }
}
