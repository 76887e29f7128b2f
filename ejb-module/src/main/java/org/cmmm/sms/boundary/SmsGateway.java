package org.cmmm.sms.boundary;

import java.util.List;

/**
 * Sends text messages. Two adapters: {@link DevelopmentSmsGateway}, which writes the message to the server
 * log and keeps the latest ones for the development-only page /dev/sms.xhtml, and {@link HttpSmsGateway},
 * which posts to an SMS provider configured in config/platform.env. Chosen by {@code cmmm.sms.adapter};
 * the development adapter is refused in production mode.
 */
public interface SmsGateway {

    /** Sends a verification code with the configured template. Returns false when the provider refused it. */
    boolean sendCode(String mobile, String code, int validMinutes);

    /**
     * Sends the user names of the accounts on a number (manual §3.1 忘记账户名) with the configured template.
     * Returns false when the provider refused it.
     */
    boolean sendUserNames(String mobile, List<String> userNames);
}
