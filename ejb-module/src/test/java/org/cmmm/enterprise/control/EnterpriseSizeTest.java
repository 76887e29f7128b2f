package org.cmmm.enterprise.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.cmmm.platform.control.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnterpriseSizeTest {

    @ParameterizedTest(name = "{0} employees, {1} 万元 -> {2}")
    @CsvSource({
            // large: both limits reached, exactly and above
            "1000, 40000,     LARGE",
            "5000, 1000000,   LARGE",
            // one below either large limit falls to medium
            "999,  40000,     MEDIUM",
            "1000, 39999.99,  MEDIUM",
            // medium: both limits reached, exactly
            "300,  2000,      MEDIUM",
            // one below either medium limit falls to small, however large the other figure
            "299,  2000,      SMALL",
            "300,  1999.99,   SMALL",
            "299,  1000000,   SMALL",
            "5000, 1999.99,   SMALL",
            // small: both limits reached, exactly
            "20,   300,       SMALL",
            // one below either small limit is micro
            "19,   300,       MICRO",
            "20,   299.99,    MICRO",
            "19,   1000000,   MICRO",
            "5000, 299.99,    MICRO",
            "0,    0,         MICRO",
    })
    void sizeNeedsBothLowerLimits(int employees, BigDecimal revenue, EnterpriseSize expected) {
        assertThat(EnterpriseSize.classify(employees, revenue)).isEqualTo(expected);
    }

    @Test
    void revenueIsComparedByValueNotByScale() {
        assertThat(EnterpriseSize.classify(1000, new BigDecimal("40000.000"))).isEqualTo(EnterpriseSize.LARGE);
        assertThat(EnterpriseSize.classify(20, new BigDecimal("3E+2"))).isEqualTo(EnterpriseSize.SMALL);
    }

    @Test
    void negativeOrMissingFiguresAreRefusedWithAKey() {
        assertThatThrownBy(() -> EnterpriseSize.classify(-1, BigDecimal.TEN))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("enterprise.size.employeesNegative"));
        assertThatThrownBy(() -> EnterpriseSize.classify(10, null))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("enterprise.size.revenueRequired"));
        assertThatThrownBy(() -> EnterpriseSize.classify(10, new BigDecimal("-0.01")))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("enterprise.size.revenueNegative"));
    }

    @Test
    void eachSizeNamesItsMessageKey() {
        assertThat(EnterpriseSize.LARGE.messageKey()).isEqualTo("enterprise.size.large");
        assertThat(EnterpriseSize.MICRO.messageKey()).isEqualTo("enterprise.size.micro");
    }
}
