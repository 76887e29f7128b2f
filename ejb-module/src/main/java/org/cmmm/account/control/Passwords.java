package org.cmmm.account.control;

import org.apache.shiro.authc.credential.DefaultPasswordService;
import org.apache.shiro.authc.credential.PasswordService;

/**
 * Password hashing: argon2id with a random salt per password, in Shiro's self-describing format
 * ({@code $shiro2$argon2id$v=19$t=…,m=…,p=…$salt$hash}), so parameters can be raised later without breaking
 * stored hashes.
 */
public final class Passwords {

    private static final PasswordService SERVICE = new DefaultPasswordService();

    private Passwords() {
    }

    public static String hash(String password) {
        return SERVICE.encryptPassword(password);
    }

    public static boolean matches(String password, String hash) {
        return password != null && hash != null && SERVICE.passwordsMatch(password, hash);
    }
}
