package org.cmmm.account.control;

import static org.apache.shiro.crypto.support.hashes.argon2.Argon2HashProvider.Parameters.PARAMETER_ITERATIONS;
import static org.apache.shiro.crypto.support.hashes.argon2.Argon2HashProvider.Parameters.PARAMETER_MEMORY_KIB;
import static org.apache.shiro.crypto.support.hashes.argon2.Argon2HashProvider.Parameters.PARAMETER_PARALLELISM;

import org.apache.shiro.authc.credential.DefaultPasswordService;
import org.apache.shiro.authc.credential.PasswordService;
import org.apache.shiro.crypto.hash.HashRequest;
import org.apache.shiro.lang.util.ByteSource;

/**
 * Password hashing: argon2id with a random salt per password, in Shiro's self-describing format
 * ({@code $shiro2$argon2id$v=19$t=…,m=…,p=…$salt$hash}), so parameters can change without breaking stored hashes:
 * a hash is checked with the parameters written in it.
 *
 * <p>New hashes use OWASP's argon2id minimum (19 MiB, 2 passes, 1 lane) instead of Shiro's default (64 MiB,
 * 1 pass, 4 lanes). Shiro's default took 64 MiB of Java heap a sign-in: on the platform's two cores a deadline
 * burst of sign-ins and registrations filled the 1 GB heap, and the garbage collection stalled every other
 * request (issue 16, BENCHMARKS.md "Password hashing"). The OWASP setting costs an attacker about as much per guess.
 */
public final class Passwords {

    static final int MEMORY_KIB = 19 * 1024;
    static final int ITERATIONS = 2;
    static final int PARALLELISM = 1;
    private static final String CURRENT_PREFIX = "$shiro2$argon2id$v=19$t=" + ITERATIONS + ",m=" + MEMORY_KIB + ",p=" + PARALLELISM + "$";

    private static final PasswordService SERVICE = new DefaultPasswordService() {
        @Override
        protected HashRequest createHashRequest(ByteSource plaintext) {
            return new HashRequest.Builder().setSource(plaintext).setAlgorithmName("argon2id")
                    .addParameter(PARAMETER_MEMORY_KIB, String.valueOf(MEMORY_KIB))
                    .addParameter(PARAMETER_ITERATIONS, String.valueOf(ITERATIONS))
                    .addParameter(PARAMETER_PARALLELISM, String.valueOf(PARALLELISM))
                    .build(); // (Shiro reads the parameters as text)
        }
    };

    private Passwords() {
    }

    public static String hash(String password) {
        return SERVICE.encryptPassword(password);
    }

    /**
     * Whether a stored hash was made with other parameters than new ones get: the sign-in that proves the password
     * hashes it again, so that accounts move to the current parameters one sign-in at a time.
     */
    public static boolean needsRehash(String hash) {
        return hash == null || !hash.startsWith(CURRENT_PREFIX);
    }

    public static boolean matches(String password, String hash) {
        return password != null && hash != null && SERVICE.passwordsMatch(password, hash);
    }
}
