package org.cmmm.diagnosis.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.cmmm.model.control.BasicDataField;
import org.cmmm.model.control.BasicDataOption;
import org.cmmm.model.control.BasicDataType;
import org.cmmm.model.control.LocalizedText;
import org.cmmm.model.control.ProductionType;
import org.junit.jupiter.api.Test;

class BasicDataAnswersTest {

    private static final LocalizedText LABEL = LocalizedText.of("标签", "label");

    private static final List<BasicDataField> FIELDS = List.of(
            new BasicDataField("productionType", BasicDataType.CHOICE, true, Optional.empty(), Optional.empty(),
                    OptionalInt.empty(), Optional.empty(), LABEL, Optional.empty(), List.of(
                    new BasicDataOption("DISCRETE", LABEL), new BasicDataOption("PROCESS", LABEL), new BasicDataOption("MIXED", LABEL))),
            new BasicDataField("employees", BasicDataType.INTEGER, true, Optional.of(BigDecimal.ONE),
                    Optional.of(BigDecimal.valueOf(1_000_000)), OptionalInt.empty(), Optional.empty(), LABEL, Optional.empty(), List.of()),
            new BasicDataField("rdShare", BasicDataType.PERCENT, false, Optional.of(BigDecimal.ZERO),
                    Optional.of(BigDecimal.valueOf(100)), OptionalInt.empty(), Optional.empty(), LABEL, Optional.empty(), List.of()),
            new BasicDataField("systems", BasicDataType.MULTI_CHOICE, false, Optional.empty(), Optional.empty(),
                    OptionalInt.empty(), Optional.empty(), LABEL, Optional.empty(), List.of(
                    new BasicDataOption("ERP", LABEL), new BasicDataOption("MES", LABEL))),
            new BasicDataField("products", BasicDataType.TEXT, false, Optional.empty(), Optional.empty(),
                    OptionalInt.of(5), Optional.empty(), LABEL, Optional.empty(), List.of()));

    @Test
    void aDraftMayLeaveRequiredFieldsEmptyASubmissionMayNot() {
        assertThat(BasicDataAnswers.violations(FIELDS, Map.of(), false)).isEmpty();
        assertThat(BasicDataAnswers.violations(FIELDS, Map.of(), true))
                .containsOnlyKeys("productionType", "employees")
                .containsValue("diagnosis.basicData.required");
    }

    @Test
    void eachTypeIsChecked() {
        Map<String, String> faults = BasicDataAnswers.violations(FIELDS, Map.of(
                "productionType", "OTHER", "employees", "12.5", "rdShare", "101", "systems", "ERP,SAP", "products", "太长的产品名称"), true);
        assertThat(faults)
                .containsEntry("productionType", "diagnosis.basicData.option")
                .containsEntry("employees", "diagnosis.basicData.integer")
                .containsEntry("rdShare", "diagnosis.basicData.range")
                .containsEntry("systems", "diagnosis.basicData.option")
                .containsEntry("products", "diagnosis.basicData.tooLong");
        assertThat(BasicDataAnswers.violations(FIELDS, Map.of("employees", "many"), false))
                .containsEntry("employees", "diagnosis.basicData.number");
    }

    @Test
    void validAnswersPassAndGiveTheProductionType() {
        Map<String, String> values = Map.of("productionType", "MIXED", "employees", "120", "rdShare", "3.5", "systems", "ERP,MES");
        assertThat(BasicDataAnswers.violations(FIELDS, values, true)).isEmpty();
        assertThat(BasicDataAnswers.productionType(values)).isEqualTo(ProductionType.MIXED);
    }

    @Test
    void numbersAreStoredInTheirPlainFormAndOnlyTheModelsFieldsAreKept() {
        Map<String, String> typed = Map.of("productionType", " MIXED ", "employees", "１２０", "rdShare", "+3.50",
                "systems", "ERP,MES", "injected", "<script>");
        assertThat(BasicDataAnswers.violations(FIELDS, typed, true)).isEmpty();
        assertThat(BasicDataAnswers.normalized(FIELDS, typed)).containsExactly(
                Map.entry("productionType", "MIXED"), Map.entry("employees", "120"), Map.entry("rdShare", "3.5"),
                Map.entry("systems", "ERP,MES"));
    }

    @Test
    void exponentsGroupingAndInvisibleCharactersAreRefusedNotGuessed() {
        assertThat(BasicDataAnswers.violations(FIELDS, Map.of("employees", "1e2", "rdShare", "1,5", "products", "A\u202EB"), false))
                .containsEntry("employees", "diagnosis.basicData.number")
                .containsEntry("rdShare", "diagnosis.basicData.number")
                .containsEntry("products", "form.controlCharacters");
        assertThat(BasicDataAnswers.violations(FIELDS, Map.of("employees", "100.000"), false)).as("a whole number with zeros").isEmpty();
    }

    @Test
    void aNumberOutOfRangeIsToldTheRange() {
        List<org.cmmm.platform.control.Fault> faults = BasicDataAnswers.faults(FIELDS, Map.of("rdShare", "101", "employees", "0"), false);
        assertThat(faults).extracting(org.cmmm.platform.control.Fault::fieldOrNull, org.cmmm.platform.control.Fault::key)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("employees", "diagnosis.basicData.range"),
                        org.assertj.core.groups.Tuple.tuple("rdShare", "diagnosis.basicData.range"));
        assertThat(faults.get(0).arguments()).containsExactly("1", "1000000");
        assertThat(faults.get(1).arguments()).containsExactly("0", "100");
        assertThat(BasicDataAnswers.faults(FIELDS, Map.of("systems", "SAP"), false).get(0).arguments()).isEmpty();
    }
}
