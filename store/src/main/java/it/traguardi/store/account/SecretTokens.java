package it.traguardi.store.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Segreti casuali: the values of session cookies and API tokens, 32 random bytes in URL-safe
 * Base64, and the SHA-256 that the database keeps in their place. A random 256-bit value needs no
 * slow hash: nobody can guess it from its SHA-256, and looking it up stays one index read.
 */
public final class SecretTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int BYTES = 32;
    private static final int PASSWORD_LENGTH = 20;

    private SecretTokens() {
    }

    /** A new random secret (43 characters). */
    public static String newSecret() {
        var bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * A password for a person to type once and change: 20 characters from 57 letters and digits that
     * cannot be mistaken for one another (no 0/O, 1/l/I), about 116 bits of randomness.
     */
    public static String newPassword() {
        var alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        var out = new StringBuilder(PASSWORD_LENGTH);
        for (int i = 0; i < PASSWORD_LENGTH; i++) {
            out.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return out.toString();
    }

    /** The SHA-256 of a secret, as 64 hexadecimal digits. */
    public static String sha256(String secret) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
