package it.traguardi.store.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Impronta della password: Argon2id with 19 MiB of memory, 2 passes and 1 lane (the OWASP
 * minimum), a 16-byte random salt and a 32-byte hash, written in the standard
 * {@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash} form that other tools read (salt and hash in
 * Base64 without padding). A hash is checked with the parameters it carries, so hashes made with
 * other parameters, or by password4j before Bouncy Castle's generator replaced it (twice as fast
 * on the same parameters: docs/benchmarks.md), still verify. Checking compares the hashes in
 * constant time, and a check against {@link #DUMMY} costs what a real one costs, so the time of a
 * refusal does not tell whether the login exists.
 */
public final class PasswordHashing {

    static final int MEMORY_KIB = 19456;
    static final int ITERATIONS = 2;
    static final int PARALLELISM = 1;
    static final int HASH_BYTES = 32;
    static final int SALT_BYTES = 16;
    /** What a stored hash may ask for, so that a hash written into the database cannot make a check cost minutes. */
    private static final int MAX_MEMORY_KIB = 1 << 20;
    private static final int MAX_ITERATIONS = 16;
    private static final int MAX_PARALLELISM = 16;
    private static final Pattern ENCODED = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=(\\d{1,7}),t=(\\d{1,2}),p=(\\d{1,2})\\$([A-Za-z0-9+/]{11,88})\\$([A-Za-z0-9+/]{22,88})");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder BASE64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getDecoder();

    /** One encoded hash read: its parameters, salt and hash. */
    record Encoded(int memoryKib, int iterations, int parallelism, byte[] salt, byte[] hash) {
    }

    private PasswordHashing() {
    }

    /** The encoded Argon2id hash of a password, with a fresh random salt. */
    public static String hash(String password) {
        Objects.requireNonNull(password, "password");
        var salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        var hash = argon2id(password, salt, MEMORY_KIB, ITERATIONS, PARALLELISM, HASH_BYTES);
        return "$argon2id$v=19$m=" + MEMORY_KIB + ",t=" + ITERATIONS + ",p=" + PARALLELISM + "$"
                + BASE64.encodeToString(salt) + "$" + BASE64.encodeToString(hash);
    }

    /** Whether the password is the one the encoded hash was made from; false for a hash that cannot be read. */
    public static boolean verify(String password, String encoded) {
        Objects.requireNonNull(password, "password");
        var read = read(encoded);
        if (read.isEmpty()) {
            return false;
        }
        var e = read.get();
        var again = argon2id(password, e.salt(), e.memoryKib(), e.iterations(), e.parallelism(), e.hash().length);
        return MessageDigest.isEqual(again, e.hash());
    }

    /** The parts of a standard {@code $argon2id$v=19$...} hash, within the limits this installation checks. */
    static Optional<Encoded> read(String encoded) {
        var m = ENCODED.matcher(Objects.requireNonNull(encoded, "encoded"));
        if (!m.matches()) {
            return Optional.empty();
        }
        int memory = Integer.parseInt(m.group(1));
        int iterations = Integer.parseInt(m.group(2));
        int parallelism = Integer.parseInt(m.group(3));
        if (parallelism < 1 || parallelism > MAX_PARALLELISM || iterations < 1 || iterations > MAX_ITERATIONS
                || memory < 8 * parallelism || memory > MAX_MEMORY_KIB) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Encoded(memory, iterations, parallelism, DECODE.decode(m.group(4)),
                    DECODE.decode(m.group(5))));
        } catch (IllegalArgumentException badBase64) {
            return Optional.empty();
        }
    }

    private static byte[] argon2id(String password, byte[] salt, int memoryKib, int iterations, int parallelism,
            int length) {
        var parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memoryKib)
                .withIterations(iterations)
                .withParallelism(parallelism)
                .withSalt(salt)
                .build();
        var generator = new Argon2BytesGenerator();
        generator.init(parameters);
        var out = new byte[length];
        generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
        return out;
    }

    /** Made once, of a password nobody knows: checked against when the login has no password to check. */
    static final class Dummy {
        static final String HASH = hash(SecretTokens.newSecret());

        private Dummy() {
        }
    }
}
