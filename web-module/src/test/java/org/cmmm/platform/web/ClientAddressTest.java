package org.cmmm.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private static final Set<String> PROXY = Set.of("10.0.0.5");

    @Test
    void withoutATrustedProxyTheConnectionIsTheClientWhateverTheHeaderSays() {
        assertThat(ClientAddress.resolve("198.51.100.7", List.of("203.0.113.9"), Set.of())).isEqualTo("198.51.100.7");
        assertThat(ClientAddress.resolve("198.51.100.7", List.of("203.0.113.9"), PROXY)).isEqualTo("198.51.100.7");
    }

    @Test
    void fromATrustedProxyTheClientIsTheLastAddressItDidNotAdd() {
        assertThat(ClientAddress.resolve("10.0.0.5", List.of("203.0.113.9"), PROXY)).isEqualTo("203.0.113.9");
        // a client that sends its own header cannot choose its address: the proxy appends the real one
        assertThat(ClientAddress.resolve("10.0.0.5", List.of("1.2.3.4, 203.0.113.9"), PROXY)).isEqualTo("203.0.113.9");
        assertThat(ClientAddress.resolve("10.0.0.5", List.of("1.2.3.4", "203.0.113.9"), PROXY)).isEqualTo("203.0.113.9");
        assertThat(ClientAddress.resolve("10.0.0.5", List.of("2001:db8::1, 10.0.0.5"), PROXY)).isEqualTo("2001:db8::1");
    }

    @Test
    void aTrustedProxyWithoutAnUsableHeaderIsTheConnection() {
        assertThat(ClientAddress.resolve("10.0.0.5", List.of(), PROXY)).isEqualTo("10.0.0.5");
        assertThat(ClientAddress.resolve("10.0.0.5", List.of("not-an-address"), PROXY)).isEqualTo("10.0.0.5");
    }

    @Test
    void theSettingIsAListOfAddresses() {
        assertThat(ClientAddress.parse(" ")).isEmpty();
        assertThat(ClientAddress.parse("10.0.0.5, 10.0.0.6")).containsExactlyInAnyOrder("10.0.0.5", "10.0.0.6");
    }
}
