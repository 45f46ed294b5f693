package it.traguardi.cli;

import it.traguardi.core.i18n.Message;
import it.traguardi.web.account.SingleSignOnSettings;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The options of {@code serve} for single sign-on (OpenID Connect), each also read from a
 * {@code TRAGUARDI_OIDC_*} variable when not given, as {@code --db} is from {@code TRAGUARDI_DB}.
 * The client secret never comes from the arguments (they show in the process list): it is the
 * variable {@value #SECRET} or the content of the file {@code --oidc-client-secret-file}.
 */
final class SignOnOptions {

    static final String SECRET = "TRAGUARDI_OIDC_CLIENT_SECRET";

    @Option(names = "--oidc-issuer", paramLabel = "URL", defaultValue = "${env:TRAGUARDI_OIDC_ISSUER}",
            descriptionKey = "serve.oidc-issuer")
    String issuer;

    @Option(names = "--oidc-client-id", paramLabel = "ID", defaultValue = "${env:TRAGUARDI_OIDC_CLIENT_ID}",
            descriptionKey = "serve.oidc-client-id")
    String clientId;

    @Option(names = "--oidc-client-secret-file", paramLabel = "FILE",
            defaultValue = "${env:TRAGUARDI_OIDC_CLIENT_SECRET_FILE}", descriptionKey = "serve.oidc-client-secret-file")
    Path secretFile;

    @Option(names = "--oidc-claim", paramLabel = "CLAIM",
            defaultValue = "${env:TRAGUARDI_OIDC_CLAIM:-" + SingleSignOnSettings.DEFAULT_CLAIM + "}",
            descriptionKey = "serve.oidc-claim")
    String claim;

    @Option(names = "--oidc-label", paramLabel = "TESTO", defaultValue = "${env:TRAGUARDI_OIDC_LABEL}",
            descriptionKey = "serve.oidc-label")
    String label;

    @Option(names = "--oidc-scope", paramLabel = "SCOPE",
            defaultValue = "${env:TRAGUARDI_OIDC_SCOPE:-" + SingleSignOnSettings.DEFAULT_SCOPE + "}",
            descriptionKey = "serve.oidc-scope")
    String scope;

    /**
     * The settings, or empty without an issuer (no single sign-on). A missing or doubled piece, or
     * a setting the provider could not be used with, is wrong usage (64); a secret file that cannot
     * be read is bad input (65).
     */
    Optional<SingleSignOnSettings> settings(Cli cli, CommandLine commandLine, Map<String, String> environment) {
        if (issuer == null || issuer.isBlank()) {
            return Optional.empty();
        }
        var m = cli.messages();
        var variable = Optional.ofNullable(environment.get(SECRET)).filter(s -> !s.isBlank());
        if (variable.isPresent() && secretFile != null) {
            throw new CommandLine.ParameterException(commandLine, m.get("cli.serve.oidc.secret-twice"));
        }
        if (clientId == null || variable.isEmpty() && secretFile == null) {
            throw new CommandLine.ParameterException(commandLine, m.get("cli.serve.oidc.incomplete"));
        }
        var secret = variable.orElseGet(() -> read(cli, secretFile)).strip();
        var uri = issuerUri(issuer.strip()).orElseThrow(() -> new CommandLine.ParameterException(commandLine,
                m.render(Message.of("oidc.settings.issuer", issuer))));
        var settings = new SingleSignOnSettings(uri, clientId.strip(), secret, claim.strip(),
                label == null || label.isBlank() ? Optional.ofNullable(uri.getHost()).orElse("") : label.strip(), scope.strip());
        var problems = settings.problems();
        if (!problems.isEmpty()) {
            throw new CommandLine.ParameterException(commandLine,
                    String.join("; ", problems.stream().map(m::render).toList()));
        }
        return Optional.of(settings);
    }

    private static Optional<URI> issuerUri(String text) {
        try {
            return Optional.of(new URI(text));
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** The secret in the file: its text without the line break an editor adds. */
    private static String read(Cli cli, Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw DataProblem.of(cli, Message.of("cli.serve.oidc.secret-unreadable", file.toString(),
                    e.getClass().getSimpleName()));
        }
    }
}
