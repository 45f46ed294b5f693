package it.traguardi.web.api;

import io.javalin.http.Context;
import java.util.function.Function;

/**
 * Whole-number query parameters of the API ({@code offset}, {@code limit}): absent or blank is the
 * default, a number within bounds is taken, anything else is refused with the problem the route
 * words (each route keeps its own status and text, so its answers stay as documented).
 */
final class QueryNumbers {

    private QueryNumbers() {
    }

    /**
     * The parameter {@code name} as a whole number from {@code min} to {@code max}, {@code absent}
     * when not given; otherwise the problem {@code refusal} makes of the text as written (stripped).
     */
    static int of(Context ctx, String name, int min, int max, int absent, Function<String, ProblemDetail> refusal) {
        var text = ctx.queryParam(name);
        if (text == null || text.isBlank()) {
            return absent;
        }
        try {
            var value = Integer.parseInt(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // refused below, as a number out of bounds is
        }
        throw new ProblemException(refusal.apply(text.strip()));
    }
}
