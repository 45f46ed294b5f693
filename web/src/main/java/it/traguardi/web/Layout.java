package it.traguardi.web;

import io.javalin.http.Context;
import it.traguardi.core.i18n.Message;
import it.traguardi.core.i18n.Messages;
import it.traguardi.web.access.AccessGate;
import it.traguardi.web.access.Requester;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;

/**
 * What the shared page frame ({@code layout/page.jte}) needs: the language, the page title, the
 * links that show the same page in Italian and in English, and who is signed in ({@code signedInAs},
 * empty for the public) with the address that signs in and comes back to this page.
 */
public record Layout(Messages messages, String title, String italianHref, String englishHref, String signedInAs,
        String signInHref) {

    /** The frame for the current request, in the request's language. */
    public static Layout of(Context ctx, Messages messages, String title) {
        return new Layout(messages, title, sameWith(ctx, "it"), sameWith(ctx, "en"), signedInAs(ctx),
                "/accesso?dopo=" + encode(ctx.path()));
    }

    /** The login of who is signed in, empty for the public: what the frame shows of the requester. */
    public static String signedInAs(Context ctx) {
        return AccessGate.requester(ctx) instanceof Requester.Account account ? account.login() : "";
    }

    /** Whether someone is signed in. */
    public boolean signedIn() {
        return !signedInAs.isEmpty();
    }

    /** The language code for the {@code lang} attribute. */
    public String lang() {
        return messages.locale().getLanguage();
    }

    public boolean english() {
        return lang().equals("en");
    }

    /** A message in the page's language. */
    public String text(String key, Object... args) {
        return messages.get(key, args);
    }

    public String render(Message message) {
        return messages.render(message);
    }

    /** The current path and query, with {@code lang} set to the given language. */
    private static String sameWith(Context ctx, String language) {
        var parts = new ArrayList<String>();
        ctx.queryParamMap().forEach((name, values) -> {
            if (!name.equals(Language.PARAM)) {
                values.forEach(v -> parts.add(encode(name) + "=" + encode(v)));
            }
        });
        parts.add(Language.PARAM + "=" + language);
        return ctx.path() + "?" + String.join("&", parts);
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
