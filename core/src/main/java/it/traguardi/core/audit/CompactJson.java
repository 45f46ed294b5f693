package it.traguardi.core.audit;

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
}
