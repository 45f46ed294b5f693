package it.traguardi.web.security;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Locale;

/**
 * Puts the {@link CsrfToken} into a rendered page, in one place for every template: a hidden field
 * {@value CsrfToken#FIELD} as the first child of every {@code <form method="post">} (a form added
 * later gets it without thinking of it), and a {@code <meta name="csrf-token">} in the head, from
 * which the pages' script gives htmx requests their {@value CsrfToken#HEADER} header. Forms sent
 * with GET do not get it: the token would end up in addresses, logs and histories.
 */
public final class FormTokens {

    private static final byte[] FORM = "<form".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] HEAD_END = "</head>".getBytes(StandardCharsets.US_ASCII);

    private FormTokens() {
    }

    /** The page with the token in its forms and head; the token is hexadecimal, so it needs no escaping. */
    public static byte[] insert(byte[] html, String token) {
        return insert(html, places(html), token);
    }

    /**
     * Where {@link #insert(byte[], int[], String)} puts the token in the page: first the offset of
     * the head's end ({@code -1} when none), then the offset after each POST form's opening tag. A
     * page kept to be sent again finds them once.
     */
    public static int[] places(byte[] html) {
        var out = new ArrayList<Integer>();
        int from = 0;
        var head = indexOf(html, HEAD_END, 0);
        out.add(head);
        if (head >= 0) {
            from = head;
        }
        for (var form = indexOf(html, FORM, from); form >= 0; form = indexOf(html, FORM, from)) {
            var end = tagEnd(html, form);
            if (end < 0) {
                break;
            }
            if (posts(new String(html, form, end + 1 - form, StandardCharsets.UTF_8))) {
                out.add(end + 1);
            }
            from = end + 1;
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The page with the token at the {@link #places} found in it. */
    public static byte[] insert(byte[] html, int[] places, String token) {
        var field = ("<input type=\"hidden\" name=\"" + CsrfToken.FIELD + "\" value=\"" + token + "\">")
                .getBytes(StandardCharsets.US_ASCII);
        var meta = ("<meta name=\"csrf-token\" content=\"" + token + "\">\n").getBytes(StandardCharsets.US_ASCII);
        var forms = places.length - 1;
        var out = new byte[html.length + (places[0] >= 0 ? meta.length : 0) + forms * field.length];
        int from = 0;
        int at = 0;
        for (int i = 0; i < places.length; i++) {
            var place = places[i];
            if (place < 0) {
                continue;
            }
            System.arraycopy(html, from, out, at, place - from);
            at += place - from;
            var insert = i == 0 ? meta : field;
            System.arraycopy(insert, 0, out, at, insert.length);
            at += insert.length;
            from = place;
        }
        System.arraycopy(html, from, out, at, html.length - from);
        return out;
    }

    /** A form tag sent with POST ({@code <form} followed by a space, so that {@code <formula>} is no form). */
    static boolean posts(String tag) {
        var lower = tag.toLowerCase(Locale.ROOT);
        return lower.length() > 5 && Character.isWhitespace(lower.charAt(5))
                && (lower.contains("method=\"post\"") || lower.contains("method='post'") || lower.contains("method=post"));
    }

    /**
     * Where the tag that starts at {@code start} ends: the first {@code >} outside quotes, since
     * the templates do not escape {@code >} inside an attribute ({@code data-confirm="a > b"}).
     */
    static int tagEnd(byte[] html, int start) {
        byte quote = 0;
        for (int i = start; i < html.length; i++) {
            var b = html[i];
            if (quote != 0) {
                quote = b == quote ? 0 : quote;
            } else if (b == '"' || b == '\'') {
                quote = b;
            } else if (b == '>') {
                return i;
            }
        }
        return -1;
    }

    private static int indexOf(byte[] text, byte[] wanted, int from) {
        outer:
        for (int i = from; i <= text.length - wanted.length; i++) {
            for (int j = 0; j < wanted.length; j++) {
                if (text[i + j] != wanted[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
