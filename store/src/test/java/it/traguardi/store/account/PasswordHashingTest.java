package it.traguardi.store.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.password4j.Argon2Function;
import com.password4j.types.Argon2;
import org.junit.jupiter.api.Test;

/**
 * Argon2id with Bouncy Castle's generator, in the standard encoded form: it reads the hashes
 * password4j wrote before (the stored ones must keep verifying), and password4j reads ours.
 */
class PasswordHashingTest {

    private static final String PASSWORD = "cavallo batteria graffetta";

    @Test
    void a_hash_carries_the_owasp_parameters_in_the_standard_form() {
        var hash = PasswordHashing.hash(PASSWORD);

        // 16 bytes of salt are 22 Base64 characters without padding, 32 bytes of hash 43
        assertThat(hash).matches("\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
        assertThat(PasswordHashing.verify(PASSWORD, hash)).isTrue();
        assertThat(PasswordHashing.verify(PASSWORD + "!", hash)).isFalse();
    }

    @Test
    void two_hashes_of_one_password_differ_by_their_salt() {
        assertThat(PasswordHashing.hash(PASSWORD)).isNotEqualTo(PasswordHashing.hash(PASSWORD));
    }

    @Test
    void a_hash_made_by_password4j_as_the_old_code_made_it_still_verifies() {
        // exactly the function PasswordHashing used before: 19 MiB, 2 passes, 1 lane, 32 bytes
        var old = Argon2Function.getInstance(19456, 2, 1, 32, Argon2.ID).hash(PASSWORD).getResult();

        assertThat(PasswordHashing.verify(PASSWORD, old)).isTrue();
        assertThat(PasswordHashing.verify("sbagliata ma lunga", old)).isFalse();
    }

    @Test
    void a_hash_with_other_parameters_is_checked_with_its_own() {
        // OWASP's equivalent set with less memory and more passes, made by the other implementation
        var other = Argon2Function.getInstance(12288, 3, 1, 32, Argon2.ID).hash(PASSWORD).getResult();

        assertThat(other).startsWith("$argon2id$v=19$m=12288,t=3,p=1$");
        assertThat(PasswordHashing.verify(PASSWORD, other)).isTrue();
    }

    @Test
    void password4j_reads_the_hashes_made_now() {
        var hash = PasswordHashing.hash(PASSWORD);

        assertThat(Argon2Function.getInstanceFromHash(hash).check(PASSWORD, hash)).isTrue();
    }

    @Test
    void a_known_vector_of_the_reference_implementation_verifies() {
        // argon2 CLI (reference C code): echo -n password | argon2 somesalt -id -t 2 -m 16 -p 1 -l 32 -e
        var reference = "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc";

        assertThat(PasswordHashing.verify("password", reference)).isTrue();
        assertThat(PasswordHashing.verify("passwore", reference)).isFalse();
    }

    @Test
    void what_is_not_an_argon2id_hash_of_sound_parameters_never_verifies() {
        var good = PasswordHashing.hash(PASSWORD);
        var parts = good.split("\\$");

        assertThat(PasswordHashing.verify(PASSWORD, "")).isFalse();
        assertThat(PasswordHashing.verify(PASSWORD, good.replace("argon2id", "argon2i"))).isFalse();
        assertThat(PasswordHashing.verify(PASSWORD, good.replace("v=19", "v=16"))).isFalse();
        // a stored hash may not ask for 4 GiB or a million passes
        assertThat(PasswordHashing.verify(PASSWORD, good.replace("m=19456", "m=4194304"))).isFalse();
        assertThat(PasswordHashing.verify(PASSWORD, good.replace("t=2", "t=99"))).isFalse();
        assertThat(PasswordHashing.verify(PASSWORD, "$" + parts[1] + "$" + parts[2] + "$" + parts[3] + "$!!$" + parts[5]))
                .isFalse();
    }
}
