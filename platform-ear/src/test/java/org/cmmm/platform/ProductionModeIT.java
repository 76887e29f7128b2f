package org.cmmm.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.cmmm.it.Browser;
import org.cmmm.it.Http;
import org.cmmm.it.PlatformDeployment;
import org.cmmm.it.TestData;
import org.cmmm.it.TestServer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * The platform in production mode (every other integration test runs in development mode): it refuses to start
 * with a development adapter, naming the setting; started properly it has no /dev pages and no demo accounts,
 * even when the demo seed is asked for, and a demo account left from a trial no longer opens with the published
 * password. The test domain is restarted with production settings and, whatever
 * happens, started again as the build started it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProductionModeIT {

    @RegisterExtension
    static Browser browser = new Browser().allowingSevereRecords("production starts with development adapters are refused on purpose");

    private static final String DEMO_PASSWORD = "Zhizao#2026";

    /** An address where nothing answers: the HTTP adapters are configured, never called here. */
    private static final String NOWHERE = "http://127.0.0.1:9/";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PlatformDeployment.ear();
    }

    @Test
    void productionRefusesDevelopmentAdaptersAndHasNoDevPagesAndNoDemoAccounts() throws Exception {
        java.sql.Timestamp started = java.sql.Timestamp.valueOf(java.time.LocalDateTime.now(java.time.ZoneOffset.UTC).minusSeconds(5));
        try {
            refusesToStartWith(Map.of("CMMM_MODE", "production", "CMMM_SMS_ADAPTER", "development",
                    "CMMM_REGISTRY_ADAPTER", "http", "CMMM_REGISTRY_URL", NOWHERE), "cmmm.sms.adapter", "CMMM_SMS_ADAPTER");
            refusesToStartWith(Map.of("CMMM_MODE", "production", "CMMM_SMS_ADAPTER", "http", "CMMM_SMS_URL", NOWHERE,
                    "CMMM_REGISTRY_ADAPTER", "development"), "cmmm.registry.adapter", "CMMM_REGISTRY_ADAPTER");
            // the trial's published database password (config/platform.env), refused before the database is touched
            refusesToStartWith(Map.of("CMMM_MODE", "production", "CMMM_SMS_ADAPTER", "http", "CMMM_SMS_URL", NOWHERE,
                    "CMMM_REGISTRY_ADAPTER", "http", "CMMM_REGISTRY_URL", NOWHERE, "CMMM_DB_PASSWORD", "cmmm-dev-only"),
                    "cmmm.db.password", "CMMM_DB_PASSWORD");

            // each refusal is in the audit log, naming the setting
            TestData data = new TestData(TestData.fromTestJvm());
            for (String setting : List.of("cmmm.sms.adapter", "cmmm.registry.adapter")) {
                assertThat(data.count("select count(*) from audit_entry where action = 'platform.productionRefused'"
                        + " and actor = 'platform' and after_value like ? and at >= ?", "%" + setting + "%", started))
                        .as("audited refusal of %s", setting).isEqualTo(1);
            }

            // demo accounts left from a development trial: one with the published password, one whose owner changed it
            data.account("demo", DEMO_PASSWORD, "SUPPORT", null, null, TestData.mobile());
            data.account("demo2", "Changed#2026", "SUPPORT", null, null, TestData.mobile());

            TestServer.LogMark beforeStart = TestServer.logMark();
            TestServer.restartWith(Map.of("CMMM_MODE", "production", "CMMM_DEMO_SEED", "true",
                    "CMMM_SMS_ADAPTER", "http", "CMMM_SMS_URL", NOWHERE,
                    "CMMM_REGISTRY_ADAPTER", "http", "CMMM_REGISTRY_URL", NOWHERE));
            TestServer.waitUntilUp(Duration.ofMinutes(3));

            assertThat(Http.get("dev/sms.xhtml").statusCode()).isEqualTo(404);
            List<String> demoUsers = demoUsers();
            assertThat(demoUsers).contains("demo", "demo2", "support", "admin");
            for (String user : demoUsers.stream().filter(user -> !user.startsWith("demo")).toList()) {
                assertThat(data.count("select count(*) from account where user_name = ?", user))
                        .as("demo account %s seeded in production", user).isZero();
            }
            assertThat(data.count("select count(*) from account where user_name = 'demo' and active = false"))
                    .as("the demo account with the published password, disabled").isEqualTo(1);
            assertThat(data.count("select count(*) from account where user_name = 'demo2' and active = true"))
                    .as("an account of a demo name with its own password, left alone").isEqualTo(1);
            assertThat(TestServer.logSince(beforeStart))
                    .contains("demo account 'demo' still had the published demo password and is now disabled");
            assertThat(data.count("select count(*) from audit_entry a join account u on a.target_id = u.id"
                    + " where a.action = 'account.demo.disabled' and u.user_name = 'demo'")).isEqualTo(1);
            browser.open("account/login.xhtml?lang=zh_CN");
            browser.type(By.id("login:userName"), "demo");
            browser.type(By.id("login:password"), DEMO_PASSWORD);
            browser.click(By.id("login:submit"));
            assertThat(browser.waitFor(By.cssSelector("#login\\:messages .ui-messages-error")).getText())
                    .contains("用户名或密码不正确");
            assertThat(browser.driver().findElements(By.id("user-name"))).isEmpty();
        } finally {
            TestServer.restartAsBuilt();
        }
    }

    /** Restarts in production with these settings: the platform does not load, and the log names the setting. */
    private static void refusesToStartWith(Map<String, String> settings, String setting, String variable) throws Exception {
        TestServer.LogMark logBefore = TestServer.logMark();
        TestServer.restartWith(settings);
        String refusal = setting + " must be ";
        String log = awaitInLog(logBefore, refusal, Duration.ofMinutes(3));
        assertThat(log).contains(refusal).contains("in production mode (" + variable + " in config/platform.env)");
        // (the context root itself would show Payara's own start page; a page of the platform is not there)
        assertThat(Http.get("account/login.xhtml").statusCode()).as("a page of a platform that refused to start")
                .isEqualTo(404);
    }

    /** The log written since {@code from}, once it holds {@code text}. */
    private static String awaitInLog(TestServer.LogMark from, String text, Duration limit) throws Exception {
        Instant until = Instant.now().plus(limit);
        String written = "";
        while (Instant.now().isBefore(until)) {
            written = TestServer.logSince(from);
            if (written.contains(text)) {
                return written;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the server log did not say \"" + text + "\" within " + limit + "; it wrote:\n" + written);
    }

    /** The demo logins the run command prints (config/demo/logins.tsv). */
    private static List<String> demoUsers() throws Exception {
        return Files.readAllLines(Path.of("../config/demo/logins.tsv"), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("\t")[0])
                .toList();
    }
}
