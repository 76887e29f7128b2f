package org.cmmm.enterprise.boundary;

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

/** The HTTP business-registry adapter against a small HTTP server that plays the registry. */
class HttpEnterpriseRegistryTest {

    private HttpServer registry;
    private final AtomicReference<String> query = new AtomicReference<>();
    private volatile String answer = "{\"match\":true}";
    private volatile int status = 200;

    @BeforeEach
    void startRegistry() throws IOException {
        registry = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        registry.createContext("/check", exchange -> {
            query.set(exchange.getRequestURI().getRawQuery());
            byte[] body = answer.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        registry.start();
    }

    @AfterEach
    void stopRegistry() {
        registry.stop(0);
    }

    private HttpEnterpriseRegistry adapter() {
        return new HttpEnterpriseRegistry(URI.create("http://127.0.0.1:" + registry.getAddress().getPort() + "/check"),
                "token", Duration.ofSeconds(2));
    }

    @Test
    void aMatchingNameIsAMatchAndTheQueryCarriesBothValues() {
        assertThat(adapter().check("苏州示范有限公司", "91350100M000100Y43")).isEqualTo(EnterpriseRegistry.Verdict.MATCH);
        assertThat(query.get()).contains("uscc=91350100M000100Y43").contains("name=%E8%8B%8F%E5%B7%9E");
    }

    @Test
    void anotherNameIsAMismatch() {
        answer = "{\"match\":false}";
        assertThat(adapter().check("别的公司", "91350100M000100Y43")).isEqualTo(EnterpriseRegistry.Verdict.MISMATCH);
    }

    @Test
    void anErrorOrAnUnexpectedAnswerMeansUnavailableNotMismatch() {
        status = 500;
        assertThat(adapter().check("x", "91350100M000100Y43")).isEqualTo(EnterpriseRegistry.Verdict.UNAVAILABLE);
        status = 200;
        answer = "{\"unexpected\":1}";
        assertThat(adapter().check("x", "91350100M000100Y43")).isEqualTo(EnterpriseRegistry.Verdict.UNAVAILABLE);
    }

    @Test
    void theDevelopmentAdapterChecksOnlyTheCode() {
        DevelopmentEnterpriseRegistry development = new DevelopmentEnterpriseRegistry();
        assertThat(development.check("任意名称", "91350100M000100Y43")).isEqualTo(EnterpriseRegistry.Verdict.MATCH);
        assertThat(development.check("任意名称", "91350100M000100Y44")).isEqualTo(EnterpriseRegistry.Verdict.MISMATCH);
    }
}
