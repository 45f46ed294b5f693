package it.traguardi.web.account;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.ClientSecretPost;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import it.traguardi.store.account.PendingSignOns.PendingSignOn;
import java.io.IOException;
import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * Accesso unico (OpenID Connect): an identity provider found by discovery at start, and the two
 * halves of the authorization code flow with PKCE (S256), state and nonce. {@link #authorization}
 * is where the browser is sent; {@link #finish} exchanges the code the browser brings back for
 * tokens and validates the ID token (signature by the provider's published keys, issuer, audience,
 * expiry, nonce) before reading the claim that names the local account. What is begun is kept by
 * the caller in the database, not here: this object holds only what discovery found.
 */
public final class SingleSignOn {

    /** Where the provider sends the browser back, on this server: register {@code https://HOST} + this with the provider. */
    public static final String RETURN_PATH = "/accesso/oidc/ritorno";
    /**
     * A provider that does not answer within this is unavailable (milliseconds), at start and at
     * each return: long enough for a busy gateway, short enough that a person is not left waiting.
     */
    static final int TIMEOUT = 10_000;
    private static final int JWKS_SIZE_LIMIT = 512 * 1024;

    private final SingleSignOnSettings settings;
    private final OIDCProviderMetadata provider;
    private final ClientAuthentication client;
    private final IDTokenValidator validator;

    private SingleSignOn(SingleSignOnSettings settings, OIDCProviderMetadata provider, IDTokenValidator validator) {
        this.settings = settings;
        this.provider = provider;
        this.validator = validator;
        var id = new ClientID(settings.clientId());
        var secret = new Secret(settings.clientSecret());
        var methods = provider.getTokenEndpointAuthMethods();
        // client_secret_basic is the default of the specification; post only when the provider offers nothing else
        this.client = methods != null && !methods.contains(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                && methods.contains(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                ? new ClientSecretPost(id, secret) : new ClientSecretBasic(id, secret);
    }

    /**
     * Reads the provider's discovery document and signing keys, and checks that it offers what
     * this flow needs.
     *
     * @throws SingleSignOnUnavailableException when it cannot be reached, names another issuer, or lacks an endpoint, the keys or PKCE S256
     */
    public static SingleSignOn discover(SingleSignOnSettings settings) throws SingleSignOnUnavailableException {
        Objects.requireNonNull(settings, "settings");
        var issuer = settings.issuer();
        OIDCProviderMetadata provider;
        try {
            // nimbus checks that the document names the same issuer as asked
            provider = OIDCProviderMetadata.resolve(new Issuer(issuer), TIMEOUT, TIMEOUT);
        } catch (GeneralException | IOException | RuntimeException e) {
            throw new SingleSignOnUnavailableException(issuer, reason(e), e);
        }
        if (provider.getAuthorizationEndpointURI() == null || provider.getTokenEndpointURI() == null
                || provider.getJWKSetURI() == null) {
            throw new SingleSignOnUnavailableException(issuer,
                    "the discovery document lacks authorization_endpoint, token_endpoint or jwks_uri", null);
        }
        var challenges = provider.getCodeChallengeMethods();
        if (challenges != null && !challenges.contains(CodeChallengeMethod.S256)) {
            throw new SingleSignOnUnavailableException(issuer, "the provider does not offer PKCE with S256", null);
        }
        return new SingleSignOn(settings, provider, validator(settings, provider));
    }

    /** The ID token's checks, with the provider's keys read once now (a provider without readable keys is unavailable). */
    private static IDTokenValidator validator(SingleSignOnSettings settings, OIDCProviderMetadata provider)
            throws SingleSignOnUnavailableException {
        try {
            JWKSource<SecurityContext> keys = JWKSourceBuilder.<SecurityContext>create(provider.getJWKSetURI().toURL(),
                    new DefaultResourceRetriever(TIMEOUT, TIMEOUT, JWKS_SIZE_LIMIT)).retrying(false).build();
            if (keys.get(new JWKSelector(new JWKMatcher.Builder().build()), null).isEmpty()) {
                throw new SingleSignOnUnavailableException(settings.issuer(), "the provider publishes no signing key", null);
            }
            var selector = new JWSVerificationKeySelector<>(new HashSet<>(algorithms(provider)), keys);
            return new IDTokenValidator(new Issuer(provider.getIssuer().getValue()), new ClientID(settings.clientId()),
                    selector, null);
        } catch (IOException | RuntimeException | com.nimbusds.jose.KeySourceException e) {
            throw new SingleSignOnUnavailableException(settings.issuer(), reason(e), e);
        }
    }

    /** The signature algorithms the provider says it signs ID tokens with; public-key ones only, RS256 when it says none. */
    private static List<JWSAlgorithm> algorithms(OIDCProviderMetadata provider) {
        var offered = provider.getIDTokenJWSAlgs();
        var usable = offered == null ? List.<JWSAlgorithm>of()
                : offered.stream().filter(JWSAlgorithm.Family.SIGNATURE::contains).toList();
        return usable.isEmpty() ? List.of(JWSAlgorithm.RS256) : usable;
    }

    /** The label of the button: "Accedi con ..." */
    public String label() {
        return settings.label();
    }

    /** The claim of the ID token that names the local account. */
    public String claim() {
        return settings.claim();
    }

    /** Where to send the browser: the provider's authorization endpoint with state, nonce and the PKCE challenge. */
    URI authorization(String state, String nonce, String codeVerifier, URI returnAddress) {
        return new AuthenticationRequest.Builder(ResponseType.CODE, Scope.parse(settings.scope()),
                new ClientID(settings.clientId()), returnAddress)
                .endpointURI(provider.getAuthorizationEndpointURI())
                .state(new State(state))
                .nonce(new Nonce(nonce))
                .codeChallenge(new CodeVerifier(codeVerifier), CodeChallengeMethod.S256)
                .build().toURI();
    }

    /** A new random nonce and PKCE code verifier, as the library makes them. */
    static String newNonce() {
        return new Nonce().getValue();
    }

    static String newCodeVerifier() {
        return new CodeVerifier().getValue();
    }

    /**
     * Exchanges the code brought back for tokens (with the PKCE verifier of the sign-in it belongs
     * to) and validates the ID token against the sign-in's nonce; on success, the claim's value.
     */
    Outcome finish(String code, PendingSignOn pending) {
        var grant = new AuthorizationCodeGrant(new AuthorizationCode(code), URI.create(pending.redirectUri()),
                new CodeVerifier(pending.codeVerifier()));
        var request = new TokenRequest.Builder(provider.getTokenEndpointURI(), client, grant).build().toHTTPRequest();
        request.setConnectTimeout(TIMEOUT);
        request.setReadTimeout(TIMEOUT);
        try {
            var response = OIDCTokenResponseParser.parse(request.send());
            if (!response.indicatesSuccess()) {
                var error = ((TokenErrorResponse) response).getErrorObject();
                return new Outcome.Failed(Failure.TOKEN_REFUSED, error.getCode() + " " + Objects.toString(error.getDescription(), ""));
            }
            if (!(response.toSuccessResponse() instanceof OIDCTokenResponse tokens) || tokens.getOIDCTokens().getIDToken() == null) {
                return new Outcome.Failed(Failure.INVALID_TOKEN, "the answer carries no ID token");
            }
            var claims = validator.validate(tokens.getOIDCTokens().getIDToken(), new Nonce(pending.nonce()));
            return claims.getClaim(settings.claim()) instanceof String value && !value.isBlank()
                    ? new Outcome.Identified(value.strip())
                    : new Outcome.Failed(Failure.MISSING_CLAIM, "no text claim " + settings.claim());
        } catch (IOException e) {
            return new Outcome.Failed(Failure.UNREACHABLE, reason(e));
        } catch (ParseException | BadJOSEException | JOSEException | RuntimeException e) {
            return new Outcome.Failed(Failure.INVALID_TOKEN, reason(e));
        }
    }

    private static String reason(Exception e) {
        var message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    /** Why a return did not identify anyone. */
    enum Failure {
        /** The token endpoint refused the code (spent, forged, or not this client's). */
        TOKEN_REFUSED,
        /** The ID token failed a check: signature, issuer, audience, expiry, nonce; or the answer could not be read. */
        INVALID_TOKEN,
        /** The ID token is sound but lacks the claim that names the local account. */
        MISSING_CLAIM,
        /** The provider did not answer. */
        UNREACHABLE
    }

    /** What a return came to: the claim's value, or why not (with the technical detail for the audit trail). */
    sealed interface Outcome {

        record Identified(String value) implements Outcome {
        }

        record Failed(Failure failure, String detail) implements Outcome {
        }
    }
}
