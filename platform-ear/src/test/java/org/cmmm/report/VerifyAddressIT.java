package org.cmmm.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.cmmm.it.Http;
import org.cmmm.it.PlatformDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The public check of a report by its address {@code /verify/{code}} (issue 25, findings 7 and 8): the lookup answers
 * after the same floor time, found or not, with a redirect to the page of its result, and waiting for it holds no
 * request thread (lookups from many addresses at once no longer stall other users); an unknown code's page is "not
 * found" with status 404; a code typed into the page is sent on to its address; the limit per client counts the
 * client a trusted proxy names. The tests stand in for a trusted proxy ({@code it.trusted.proxies}), so each test
 * names its own client addresses.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class VerifyAddressIT {

    private static final AtomicInteger CLIENTS = new AtomicInteger((int) (System.nanoTime() % 200));
    private static final String UNKNOWN = "Z".repeat(16);
    /** ReportVerification.FLOOR. */
    private static final long FLOOR_NANOS = 120_000_000L;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PlatformDeployment.ear();
    }

    /** A client address of the documentation ranges, new for each call (its own lookup limit). */
    private static String client() {
        int n = CLIENTS.incrementAndGet();
        return "198.51." + (100 + n / 250 % 50) + "." + (1 + n % 250);
    }

    /** A lookup: the redirect it answers with, then the page it leads to. */
    private static HttpResponse<String> lookUp(String code, String forwardedFor) {
        HttpResponse<String> answer = Http.get("verify/" + code, "X-Forwarded-For", forwardedFor);
        assertThat(answer.statusCode()).as("the lookup's answer").isEqualTo(302);
        String page = answer.headers().firstValue("Location").orElseThrow();
        assertThat(page).contains("/verify.xhtml?result=");
        return Http.get(page.substring(page.indexOf("verify.xhtml")), "Cookie", "cmmm_lang=zh_CN");
    }

    @Test
    void anUnknownCodeIsNotFoundWithStatus404AndThePage() {
        HttpResponse<String> page = lookUp(UNKNOWN, client());

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("id=\"verify-not-found\"").contains("verify-form").doesNotContain("verify-found\"");
    }

    @Test
    void aCodeTypedIntoThePageIsSentToItsAddress() {
        HttpResponse<String> typed = Http.get("verify.xhtml?code=" + UNKNOWN, "X-Forwarded-For", client());

        assertThat(typed.statusCode()).isEqualTo(302);
        assertThat(typed.headers().firstValue("Location").orElse("")).endsWith("/verify/" + UNKNOWN);
    }

    /**
     * Fifty lookups from fifty addresses at once. With the floor slept on the server's request threads (five), they
     * would answer five at a time, the last after ten floors (1.2 s) and every other user's request behind them; now
     * each answers no sooner than the floor and the last well before eight floors, while the home page, asked in the
     * middle of them, answers too.
     */
    @Test
    void waitingForTheFloorHoldsNoRequestThread() throws Exception {
        int lookups = 50;
        assertThat(Http.get("").statusCode()).isEqualTo(200); // the home page once, so that its first rendering is done
        ExecutorService pool = Executors.newFixedThreadPool(lookups + 1);
        try {
            List<Future<Long>> timings = new ArrayList<>();
            for (int i = 0; i < lookups; i++) {
                String address = client();
                timings.add(pool.submit(() -> {
                    long start = System.nanoTime();
                    HttpResponse<String> answer = Http.get("verify/" + UNKNOWN, "X-Forwarded-For", address);
                    assertThat(answer.statusCode()).isEqualTo(302);
                    return System.nanoTime() - start;
                }));
            }
            Thread.sleep(20); // the lookups are on their way
            Future<Long> home = pool.submit(() -> {
                long start = System.nanoTime();
                assertThat(Http.get("").statusCode()).isEqualTo(200);
                return System.nanoTime() - start;
            });
            List<Long> durations = new ArrayList<>();
            for (Future<Long> timing : timings) {
                durations.add(timing.get());
            }
            long slowest = durations.stream().max(Long::compare).orElseThrow();
            System.out.printf("Verification: %d parallel lookups took %d–%d ms; the home page, asked among them, %d ms%n", lookups,
                    durations.stream().min(Long::compare).orElseThrow() / 1_000_000, slowest / 1_000_000, home.get() / 1_000_000);
            assertThat(durations).as("every lookup answers no sooner than the floor").allSatisfy(
                    nanos -> assertThat(nanos).isGreaterThanOrEqualTo(FLOOR_NANOS));
            assertThat(slowest).as("the slowest of %d lookups (ns): not five at a time on the request threads", lookups)
                    .isLessThan(8 * FLOOR_NANOS);
        } finally {
            pool.shutdownNow();
        }
    }

    /** From a trusted proxy the limit counts the client it names: one client is stopped after 30, another is not. */
    @Test
    void theLimitCountsTheClientATrustedProxyNames() {
        String busy = client();
        for (int i = 0; i < 30; i++) {
            assertThat(lookUp(UNKNOWN, busy).statusCode()).as("lookup %d", i + 1).isEqualTo(404);
        }
        HttpResponse<String> refused = lookUp(UNKNOWN, busy);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.body()).contains("id=\"verify-too-many\"");
        assertThat(lookUp(UNKNOWN, client()).statusCode()).isEqualTo(404);
        // a client cannot choose its address: what it sends itself comes before the address the proxy adds
        assertThat(lookUp(UNKNOWN, client() + ", " + busy).statusCode()).isEqualTo(429);
    }
}
