package it.traguardi.core.audit;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The compact JSON of an audit entry's before and after: one object of text fields, in the order
 * given, escaped as RFC 8259 requires. Written here, not with a library, because the domain has no
 * I/O dependencies and the shape is this small.
 */
public final class CompactJson {

    private CompactJson() {
    }

    /** {@code {"peso":"33,34%"}}; an empty map gives the empty text (nothing to tell). */
    public static String object(Map<String, String> fields) {
        if (fields.isEmpty()) {
            return "";
        }
        var out = new StringBuilder("{");
        fields.forEach((name, value) -> {
            if (out.length() > 1) {
                out.append(',');
            }
            quote(out, name);
            out.append(':');
            quote(out, value);
        });
        return out.append('}').toString();
    }

    private static void quote(StringBuilder out, String text) {
        out.append('"');
        text.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        out.append('"');
    }

    /**
     * The fields of a text {@link #object} wrote, in their order; the empty text gives no fields.
     * Reads only that shape: an object of text fields.
     */
    public static Map<String, String> fields(String json) {
        var out = new LinkedHashMap<String, String>();
        if (json.isEmpty()) {
            return out;
        }
        var at = new int[] {1};
        while (json.charAt(at[0]) != '}') {
            if (json.charAt(at[0]) == ',') {
                at[0]++;
            }
            var name = unquote(json, at);
            at[0]++; // the colon
            out.put(name, unquote(json, at));
        }
        return out;
    }

    /** The text of the quoted string starting at {@code at[0]}, leaving {@code at[0]} after its closing quote. */
    private static String unquote(String json, int[] at) {
        var out = new StringBuilder();
        var i = at[0] + 1;
        while (json.charAt(i) != '"') {
            var c = json.charAt(i++);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            var e = json.charAt(i++);
            switch (e) {
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    out.append((char) Integer.parseInt(json.substring(i, i + 4), 16));
                    i += 4;
                }
                default -> out.append(e);
            }
        }
        at[0] = i + 1;
        return out.toString();
    }
}
