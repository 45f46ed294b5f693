package it.traguardi.web;

/** Escaping for text put into HTML; pages are built from escaped text only. */
public final class Html {

    private Html() {
    }

    public static String escape(String text) {
        var out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A whole page with the shared head and a skip link. */
    public static String page(String lang, String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"" + escape(lang) + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + escape(title) + " · Traguardi</title>"
                + "<style>body{font-family:system-ui,sans-serif;margin:0 auto;max-width:72rem;padding:1rem;"
                + "color:#1a1a1a}table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.3rem;"
                + "border-bottom:1px solid #ccc;vertical-align:top}td.num{text-align:right;white-space:nowrap}"
                + "tr.area td{font-weight:700;background:#e6ecf2}tr.os td{font-weight:600}"
                + "tr.group td{font-style:italic;color:#444}a{color:#0059b3}</style></head><body>"
                + "<main id=\"main\"><p><a href=\"/\">Traguardi</a></p>" + body + "</main></body></html>\n";
    }
}
