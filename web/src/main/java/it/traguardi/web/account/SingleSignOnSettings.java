package it.traguardi.web.account;

import it.traguardi.core.i18n.Message;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Impostazioni dell'accesso unico (OpenID Connect): the identity provider's issuer, this
 * application's client id and secret there, the claim of the ID token that names the local account
 * (its login), the label of the button ("Accedi con ..."), and the scopes asked for. Given to
 * {@code serve}; {@link #problems} says what is wrong with them, each in the user's language.
 */
public record SingleSignOnSettings(URI issuer, String clientId, String clientSecret, String claim, String label,
        String scope) {

    /** The claim most providers fill with the person's user name. */
    public static final String DEFAULT_CLAIM = "preferred_username";
    /** Enough for the user name and the e-mail address most providers send. */
    public static final String DEFAULT_SCOPE = "openid profile email";
    static final int MAX_LABEL = 100;
    private static final Pattern CLAIM = Pattern.compile("[A-Za-z0-9_.:-]{1,100}");
    private static final Pattern SCOPE = Pattern.compile("[\\x21\\x23-\\x5B\\x5D-\\x7E]+( [\\x21\\x23-\\x5B\\x5D-\\x7E]+)*");
    /** Plain http only where nobody else can listen: a provider on this machine (tests, a local gateway). */
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    public SingleSignOnSettings {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(scope, "scope");
    }

    /** What is wrong with the settings, in order of the options; empty when they can be used. */
    public List<Message> problems() {
        var out = new ArrayList<Message>();
        var scheme = issuer.getScheme() == null ? "" : issuer.getScheme().toLowerCase(Locale.ROOT);
        var host = issuer.getHost() == null ? "" : issuer.getHost().toLowerCase(Locale.ROOT);
        if (!issuer.isAbsolute() || host.isEmpty() || issuer.getRawQuery() != null || issuer.getRawFragment() != null
                || !(scheme.equals("https") || scheme.equals("http") && LOOPBACK.contains(host))) {
            out.add(Message.of("oidc.settings.issuer", issuer.toString()));
        }
        if (clientId.isBlank() || clientId.length() > 200 || hasControl(clientId)) {
            out.add(Message.of("oidc.settings.client-id"));
        }
        if (clientSecret.isBlank()) {
            out.add(Message.of("oidc.settings.client-secret"));
        }
        if (!CLAIM.matcher(claim).matches()) {
            out.add(Message.of("oidc.settings.claim", claim));
        }
        if (label.isBlank() || label.length() > MAX_LABEL || hasControl(label)) {
            out.add(Message.of("oidc.settings.label", MAX_LABEL));
        }
        if (!SCOPE.matcher(scope).matches() || !List.of(scope.split(" ")).contains("openid")) {
            out.add(Message.of("oidc.settings.scope", scope));
        }
        return out;
    }

    private static boolean hasControl(String text) {
        return text.chars().anyMatch(c -> c < 0x20 || c == 0x7f);
    }

    /** Without the secret, so that the settings can be logged or shown. */
    @Override
    public String toString() {
        return "SingleSignOnSettings[issuer=" + issuer + ", clientId=" + clientId + ", claim=" + claim + ", label=" + label
                + ", scope=" + scope + "]";
    }
}
