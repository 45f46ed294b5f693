package it.traguardi.web.api;

import io.javalin.http.Context;
import it.traguardi.core.i18n.Messages;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/**
 * The language of one API request: {@code ?lang=en} or {@code ?lang=it} first, then the first
 * language of {@code Accept-Language}; Italian otherwise. Renders both the domain messages and the
 * API's own texts (bundle {@code it.traguardi.web.api.api}).
 */
record Language(Messages messages, ResourceBundle texts) {

    static Language of(Context ctx) {
        var messages = it.traguardi.web.Language.requested(ctx);
        var texts = ResourceBundle.getBundle("it.traguardi.web.api.api", messages.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Language(messages, texts);
    }

    /**
     * An API text; numbers in a plain {n} are shown as written (a year is 2022, not 2.022), while a
     * count with a format of its own ({n,choice,...}) stays a number, so that it can pick singular
     * or plural.
     */
    String text(String key, Object... args) {
        var format = new MessageFormat(texts.getString(key), messages.locale());
        var formats = format.getFormatsByArgumentIndex();
        var shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            boolean formatted = i < formats.length && formats[i] != null;
            shown[i] = args[i] instanceof Number n && !formatted ? n.toString() : args[i];
        }
        return format.format(shown);
    }
}
