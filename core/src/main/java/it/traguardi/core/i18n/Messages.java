package it.traguardi.core.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/** Renders {@link Message}s in Italian (the default) or English from the bundles in this package. */
public final class Messages {

    public static final Locale ITALIAN = Locale.ITALIAN;
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final String BUNDLE = "it.traguardi.core.i18n.messages";
    private static final ConcurrentHashMap<String, MessageFormat> FORMATS = new ConcurrentHashMap<>();

    private final Locale locale;
    private final ResourceBundle bundle;

    public Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The language for a code such as {@code it} or {@code en}; Italian for anything else. */
    public static Messages forLanguage(String language) {
        return new Messages("en".equalsIgnoreCase(language) ? ENGLISH : ITALIAN);
    }

    public Locale locale() {
        return locale;
    }

    public String render(Message message) {
        return get(message.key(), message.args().toArray());
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no message '" + key + "' for " + locale, e);
        }
        var parsed = parsed(pattern);
        var formats = parsed.getFormatsByArgumentIndex();
        // Line numbers and years in a plain {n} are shown as written, without a thousands separator;
        // a count with a format of its own ({n,choice,...} or {n,number,...}) stays a number.
        var shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            boolean formatted = i < formats.length && formats[i] != null;
            shown[i] = switch (args[i]) {
                case Integer n when !formatted -> n.toString();
                case Long n when !formatted -> n.toString();
                case Message nested -> render(nested);
                default -> args[i];
            };
        }
        return ((MessageFormat) parsed.clone()).format(shown);
    }

    /**
     * Parsing a pattern costs more than applying it, and pages render hundreds of messages, so each
     * pattern is parsed once; MessageFormat is not thread-safe, so each use formats a copy.
     */
    private MessageFormat parsed(String pattern) {
        return FORMATS.computeIfAbsent(locale.toLanguageTag() + '\u0000' + pattern,
                k -> new MessageFormat(pattern, locale));
    }
}
