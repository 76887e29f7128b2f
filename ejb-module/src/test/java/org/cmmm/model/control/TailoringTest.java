package org.cmmm.model.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.cmmm.platform.control.BusinessException;
import org.junit.jupiter.api.Test;

/** Only the sub-domains of tailorable domains (设计, 物流, 销售, 服务) may be tailored (GB/T 39116; DOMAIN.md §3). */
class TailoringTest {

    private final MaturityModel model = TestModelBuilder.standard().build();

    @Test
    void subDomainsOfTailorableDomainsCanBeTailored() {
        Tailoring tailoring = Tailoring.of(model, List.of("SALES", "PROCESS_DESIGN"));

        assertThat(tailoring.subDomains()).containsExactly("PROCESS_DESIGN", "SALES");
        assertThat(tailoring.isTailored("SALES")).isTrue();
        assertThat(tailoring.isTailored("LOGISTICS")).isFalse();
        assertThat(tailoring.allowsNotInvolved(model.question("L2.SALES.01").orElseThrow())).isTrue();
        assertThat(tailoring.allowsNotInvolved(model.question("L2.DATA.01").orElseThrow())).isFalse();
    }

    @Test
    void aSubDomainOfANonTailorableDomainIsRefused() {
        assertThatThrownBy(() -> Tailoring.of(model, List.of("SALES", "PRODUCTION_OPERATIONS")))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("model.tailoring.notTailorable");
                    assertThat(e.arguments()).containsExactly("PRODUCTION_OPERATIONS");
                });
    }

    @Test
    void anUnknownSubDomainIsAProgrammingError() {
        assertThatThrownBy(() -> Tailoring.of(model, List.of("MARKETING")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MARKETING");
    }

    @Test
    void noTailoringAllowsNoNotInvolvedAnswer() {
        assertThat(Tailoring.NONE.subDomains()).isEmpty();
        assertThat(Tailoring.NONE.allowsNotInvolved(model.question("L1.SALES.01").orElseThrow())).isFalse();
        assertThat(Tailoring.of(model, List.of())).isEqualTo(Tailoring.NONE);
    }
}
