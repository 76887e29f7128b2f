package org.cmmm.enterprise.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.cmmm.enterprise.control.EnterpriseQuery.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnterpriseQueryTest {

    @ParameterizedTest
    @CsvSource({
            "'', ALL",
            "'   ', ALL",
            "91350100M000100Y43, USCC",
            "' 91350100m000100y43 ', USCC",
            "913501, USCC_PREFIX",
            "9135, USCC_PREFIX",
            "91350100M000100Y4, USCC_PREFIX",
            "苏, NAME_PREFIX",
            "A, NAME_PREFIX",
            "7, NAME_PREFIX",
            "苏州, NAME_CONTAINS",
            "ABB, NAME_CONTAINS",
            "苏州1号, NAME_CONTAINS",
            "91350100M000100Y431, NAME_CONTAINS",
            "'9135 0100', NAME_CONTAINS"
    })
    void eachKindOfTextGoesToTheSearchThatHasAnIndexForIt(String typed, Kind kind) {
        assertThat(EnterpriseQuery.parse(typed).kind()).isEqualTo(kind);
    }

    @Test
    void aCodeIsSearchedUpperCaseAndStripped() {
        assertThat(EnterpriseQuery.parse(" 91350100m000100y43 ").text()).isEqualTo("91350100M000100Y43");
        assertThat(EnterpriseQuery.parse("9135ab").text()).isEqualTo("9135AB");
    }

    @Test
    void namesSplitIntoEachPairOfNeighbouringCharactersOnce() {
        assertThat(EnterpriseQuery.parse("苏州机械").grams()).containsExactly("苏州", "州机", "机械");
        assertThat(EnterpriseQuery.gramsOf("苏州苏州")).containsExactly("苏州", "州苏");
        assertThat(EnterpriseQuery.gramsOf("苏")).isEmpty();
        assertThat(EnterpriseQuery.gramsOf("")).isEmpty();
    }

    @Test
    void charactersOutsideTheBasicPlaneCountAsOneAsMariaDbCountsThem() {
        String rare = new String(Character.toChars(0x20BB7)); // 𠮷, two Java chars
        assertThat(EnterpriseQuery.gramsOf(rare + "野家")).containsExactly(rare + "野", "野家");
        assertThat(EnterpriseQuery.parse(rare).kind()).isEqualTo(Kind.NAME_PREFIX);
    }

    @Test
    void likeWildcardsTypedAreTakenLiterally() {
        assertThat(EnterpriseQuery.parse("100%_a\\b").containsPattern()).isEqualTo("%100\\%\\_a\\\\b%");
        assertThat(EnterpriseQuery.parse("苏").prefixPattern()).isEqualTo("苏%");
    }
}
