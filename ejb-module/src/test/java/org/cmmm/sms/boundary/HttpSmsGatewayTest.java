package org.cmmm.sms.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The HTTP SMS adapter against a small HTTP server that plays the provider. */
class HttpSmsGatewayTest {

    private HttpServer provider;
    private final AtomicReference<String> body = new AtomicReference<>();
    private final AtomicReference<String> authorization = new AtomicReference<>();
    private volatile int status = 200;

    @BeforeEach
    void startProvider() throws IOException {
        provider = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        provider.createContext("/send", exchange -> {
            body.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            authorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        provider.start();
    }

    @AfterEach
    void stopProvider() {
        provider.stop(0);
    }

    private HttpSmsGateway gateway() {
        return new HttpSmsGateway(URI.create("http://127.0.0.1:" + provider.getAddress().getPort() + "/send"),
                "TPL_CODE", "TPL_NAMES", "platform", "s3cret", Duration.ofSeconds(2));
    }

    @Test
    void postsTheCodeWithTheTemplateAndCredentials() {
        assertThat(gateway().sendCode("13800138000", "246810", 5)).isTrue();
        assertThat(body.get()).contains("\"mobile\":\"13800138000\"").contains("\"template\":\"TPL_CODE\"")
                .contains("\"code\":\"246810\"").contains("\"minutes\":5");
        assertThat(authorization.get()).isEqualTo("Basic cGxhdGZvcm06czNjcmV0"); // platform:s3cret
    }

    @Test
    void postsTheUserNamesWithTheirOwnTemplate() {
        assertThat(gateway().sendUserNames("13800138000", java.util.List.of("alpha", "beta"))).isTrue();
        assertThat(body.get()).contains("\"mobile\":\"13800138000\"").contains("\"template\":\"TPL_NAMES\"")
                .contains("\"userNames\":\"alpha、beta\"").doesNotContain("\"code\"");
        assertThat(authorization.get()).isEqualTo("Basic cGxhdGZvcm06czNjcmV0");
    }

    @Test
    void aRefusalOfTheProviderIsReportedAsNotSent() {
        status = 503;
        assertThat(gateway().sendCode("13800138000", "246810", 5)).isFalse();
    }

    @Test
    void anUnreachableProviderIsReportedAsNotSent() {
        HttpSmsGateway unreachable = new HttpSmsGateway(URI.create("http://127.0.0.1:1/send"), "T", "N", null, null,
                Duration.ofSeconds(1));
        assertThat(unreachable.sendCode("13800138000", "246810", 5)).isFalse();
    }
}
