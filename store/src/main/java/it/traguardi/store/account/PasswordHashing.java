package it.traguardi.store.account;

import com.password4j.Argon2Function;
import com.password4j.types.Argon2;
import java.util.Objects;

/**
 * Impronta della password: Argon2id with 19 MiB of memory, 2 passes and 1 lane (the OWASP
 * minimum), a 16-byte random salt and a 32-byte hash, written in the standard
 * {@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash} form that other tools read. Checking compares
 * the hashes in constant time, and a check against {@link #DUMMY} costs what a real one costs, so
 * the time of a refusal does not tell whether the login exists.
 */
public final class PasswordHashing {

    static final int MEMORY_KIB = 19456;
    static final int ITERATIONS = 2;
    static final int PARALLELISM = 1;
    static final int HASH_BYTES = 32;
    private static final Argon2Function ARGON2ID =
            Argon2Function.getInstance(MEMORY_KIB, ITERATIONS, PARALLELISM, HASH_BYTES, Argon2.ID);

    private PasswordHashing() {
    }

    /** The encoded Argon2id hash of a password, with a fresh random salt. */
    public static String hash(String password) {
        return ARGON2ID.hash(Objects.requireNonNull(password, "password")).getResult();
    }

    /** Whether the password is the one the encoded hash was made from; false for a hash that cannot be read. */
    public static boolean verify(String password, String encoded) {
        if (!encoded.startsWith("$argon2id$")) {
            return false;
        }
        try {
            return Argon2Function.getInstanceFromHash(encoded).check(password, encoded);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Made once, of a password nobody knows: checked against when the login has no password to check. */
    static final class Dummy {
        static final String HASH = hash(SecretTokens.newSecret());

        private Dummy() {
        }
    }
}
