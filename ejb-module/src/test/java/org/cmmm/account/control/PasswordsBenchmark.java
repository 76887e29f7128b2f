package org.cmmm.account.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.apache.shiro.authc.credential.DefaultPasswordService;
import org.junit.jupiter.api.Test;

/**
 * The password-hash benchmark (issue 16; BENCHMARKS.md "Password hashing"): the time of one sign-in's check (a
 * verify) with the platform's argon2id parameters and with Shiro's default, one thread, medians of 50 after 10 to
 * warm up. A command that prints figures, not a test of them: it fails only when a check answers wrongly.
 *
 * <pre>mvn -B -q test -pl ejb-module -Dtest=PasswordsBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 */
class PasswordsBenchmark {

    private static final int WARM_UP = 10;
    private static final int CHECKS = 50;

    @Test
    void timeASignInsCheckWithThePlatformsParametersAndWithShirosDefault() {
        String platform = Passwords.hash("Benchmark#2026");
        DefaultPasswordService shiro = new DefaultPasswordService();
        String shiroDefault = shiro.encryptPassword("Benchmark#2026");
        System.out.printf("Password check, one thread: platform (%s) median %.1f ms; Shiro's default (%s) median %.1f ms%n",
                parameters(platform), medianMillis(() -> Passwords.matches("Benchmark#2026", platform)),
                parameters(shiroDefault), medianMillis(() -> shiro.passwordsMatch("Benchmark#2026", shiroDefault)));
    }

    private static String parameters(String hash) {
        return hash.split("\\$")[4];
    }

    private static double medianMillis(java.util.function.BooleanSupplier check) {
        double[] millis = new double[CHECKS];
        for (int i = 0; i < WARM_UP + CHECKS; i++) {
            long started = System.nanoTime();
            assertThat(check.getAsBoolean()).isTrue();
            if (i >= WARM_UP) {
                millis[i - WARM_UP] = (System.nanoTime() - started) / 1e6;
            }
        }
        Arrays.sort(millis);
        return (millis[CHECKS / 2 - 1] + millis[CHECKS / 2]) / 2;
    }
}
