package org.cmmm.sms.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.cmmm.sms.boundary.DevelopmentSmsGateway;
import org.junit.jupiter.api.Test;

class DevSmsBackingTest {

    private final DevelopmentSmsGateway gateway = new DevelopmentSmsGateway();

    @Test
    void withAMobileNumberThePageListsOnlyTheMessagesToIt() {
        gateway.sendCode("19900000001", "111111", 10);
        for (int i = 0; i < 60; i++) {
            gateway.sendCode("19900000002", "222222", 10); // pushes the first one out of the newest fifty
        }
        DevSmsBacking page = new DevSmsBacking();

        page.setMobile("19900000001");
        assertThat(page.getMessages()).extracting(DevelopmentSmsGateway.SentMessage::code).containsExactly("111111");

        page.setMobile(null);
        assertThat(page.getMessages()).hasSize(50).allSatisfy(message -> assertThat(message.mobile()).isEqualTo("19900000002"));

        page.setMobile("19900000009");
        assertThat(page.getMessages()).isEmpty();
    }
}
