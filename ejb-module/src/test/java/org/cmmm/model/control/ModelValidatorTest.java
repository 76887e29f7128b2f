package org.cmmm.model.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cmmm.model.control.ProductionType.DISCRETE;
import static org.cmmm.model.control.ProductionType.MIXED;
import static org.cmmm.model.control.ProductionType.PROCESS;
import static org.cmmm.model.control.TestModelBuilder.text;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** One test per fault the validator names; each breaks one rule of a valid model. */
class ModelValidatorTest {

    private final ModelValidator validator = new ModelValidator();

    @Test
    void theTestModelsAreValid() {
        assertThat(validator.validate(TestModelBuilder.standard().build())).isEmpty();
        assertThat(validator.validate(TestModelBuilder.small().build())).isEmpty();
    }

    // weights

    @Test
    void weightsThatDoNotSumToOne() {
        // 1/12 + 1/8 + 1/4 + 1/8 + 1/8 + 3 × 1/12 = 23/24
        TestModelBuilder model = TestModelBuilder.standard().weights(DISCRETE, 3, "STRATEGY", "1/12", "DATA", "1/8",
                "PRODUCTION_OPERATIONS", "1/4", "PRODUCT_DESIGN", "1/8", "PROCESS_DESIGN", "1/8", "LOGISTICS", "1/12",
                "SALES", "1/12", "CUSTOMER_SERVICE", "1/12");

        assertThat(faults(model)).containsExactly("weights of DISCRETE level 3 sum to 23/24, not 1");
    }

    @Test
    void aWeightTableListingASubDomainThatDoesNotApplyThere() {
        // SALES applies at levels 1-2 only
        TestModelBuilder model = TestModelBuilder.small();
        model.weights(DISCRETE, 3, "STRATEGY", "1", "SALES", "0");

        assertThat(faults(model)).containsExactly(
                "weight table DISCRETE level 3 lists SALES, which does not apply at DISCRETE level 3");
    }

    @Test
    void aWeightTableListingAnUnknownSubDomain() {
        TestModelBuilder model = TestModelBuilder.small().weights(PROCESS, 4, "STRATEGY", "1", "MARKETING", "0");

        assertThat(faults(model)).containsExactly("weight table PROCESS level 4 lists unknown sub-domain MARKETING");
    }

    @Test
    void aWeightTableLackingASubDomainThatApplies() {
        TestModelBuilder model = TestModelBuilder.small().weights(PROCESS, 2, "STRATEGY", "1");

        assertThat(faults(model)).containsExactly("weight table PROCESS level 2 lacks SALES, which applies at PROCESS level 2");
    }

    @Test
    void aMissingWeightTable() {
        TestModelBuilder model = TestModelBuilder.small().removeWeights(PROCESS, 5);

        assertThat(faults(model)).containsExactly("missing weight table PROCESS level 5");
    }

    @Test
    void twoWeightTablesForOneCell() {
        TestModelBuilder model = TestModelBuilder.small();
        model.weightTables().add(model.weightTables().get(0));

        assertThat(faults(model)).containsExactly("2 weight tables for DISCRETE level 1, one is needed");
    }

    @Test
    void aWeightTableForMixedOrAnUnknownLevel() {
        TestModelBuilder model = TestModelBuilder.small();
        model.weightTables().add(new WeightTable(MIXED, 1, Map.of("STRATEGY", Ratio.ONE)));
        model.weightTables().add(new WeightTable(DISCRETE, 6, Map.of("STRATEGY", Ratio.ONE)));

        assertThat(faults(model)).containsExactly(
                "weight table MIXED level 1 is not for a model production type",
                "weight table DISCRETE level 6 is not for a level in 1..5");
    }

    @Test
    void aNegativeWeight() {
        TestModelBuilder model = TestModelBuilder.small().weights(DISCRETE, 1, "STRATEGY", "3/2", "SALES", "-1/2");

        assertThat(faults(model)).containsExactly("weight of SALES in DISCRETE level 1 is negative: -1/2");
    }

    @Test
    void aWeightTableThatLeavesNothingOnceEveryTailorableDomainIsTailored() {
        TestModelBuilder model = TestModelBuilder.small().weights(DISCRETE, 2, "STRATEGY", "0", "SALES", "1");

        assertThat(faults(model)).containsExactly("weight table DISCRETE level 2 gives no weight to a sub-domain of a"
                + " non-tailorable domain, so a diagnosis that tailors every tailorable domain has nothing to score");
    }

    // questions

    @Test
    void aQuestionInASubDomainThatDoesNotApplyAtItsLevel() {
        TestModelBuilder model = TestModelBuilder.small().question("L3.SALES.01", 3, "SALES", DISCRETE, PROCESS);

        assertThat(faults(model)).containsExactly("question L3.SALES.01 is in sub-domain SALES, which does not apply at level 3");
    }

    @Test
    void aQuestionForAProductionTypeWhereItsSubDomainDoesNotApply() {
        // SALES narrowed to DISCRETE, with PROCESS weights adjusted, keeps its two-type questions
        TestModelBuilder model = TestModelBuilder.small()
                .mapSubDomain("SALES", withTypes(DISCRETE))
                .weights(PROCESS, 1, "STRATEGY", "1").weights(PROCESS, 2, "STRATEGY", "1");

        assertThat(faults(model)).contains(
                "question L1.SALES.01 is for PROCESS, where sub-domain SALES does not apply",
                "question L2.SALES.02 is for PROCESS, where sub-domain SALES does not apply").hasSize(4);
    }

    @Test
    void aQuestionInAnUnknownSubDomain() {
        TestModelBuilder model = TestModelBuilder.small().question("L1.MARKETING.01", 1, "MARKETING", DISCRETE);

        assertThat(faults(model)).containsExactly("question L1.MARKETING.01 is in unknown sub-domain MARKETING");
    }

    @Test
    void aQuestionForNoProductionType() {
        TestModelBuilder model = TestModelBuilder.small().question("L1.STRATEGY.03", 1, "STRATEGY");

        assertThat(faults(model)).containsExactly("question L1.STRATEGY.03 applies to no production type");
    }

    @Test
    void aCellWithFewerThanTwoQuestions() {
        TestModelBuilder model = TestModelBuilder.small()
                .mapQuestion("L2.SALES.02", question -> new Question(question.id(), 2, "SALES", Set.of(DISCRETE),
                        question.text(), question.explanation()));

        assertThat(faults(model)).containsExactly(
                "PROCESS level 2 sub-domain SALES has 1 question(s), at least 2 are needed");
    }

    // translations

    @Test
    void aBlankTranslationOfAQuestionText() {
        TestModelBuilder model = TestModelBuilder.small().mapQuestion("L1.STRATEGY.01", question -> new Question(
                question.id(), 1, "STRATEGY", question.productionTypes(), text("问题", " "), question.explanation()));

        assertThat(faults(model)).containsExactly("no en translation of question L1.STRATEGY.01 text");
    }

    @Test
    void aMissingTranslationOfAQuestionExplanation() {
        TestModelBuilder model = TestModelBuilder.small().mapQuestion("L1.STRATEGY.01", question -> new Question(
                question.id(), 1, "STRATEGY", question.productionTypes(), question.text(), text(null, "Evidence")));

        assertThat(faults(model)).containsExactly("no zh translation of question L1.STRATEGY.01 explanation");
    }

    @Test
    void missingTranslationsOfNamesDescriptionsOptionsAndBasicData() {
        TestModelBuilder model = TestModelBuilder.small()
                .mapSubDomain("SALES", subDomain -> new SubDomain("SALES", text("销售", ""), subDomain.levels(),
                        subDomain.productionTypes()));
        model.levels().set(2, new Level(3, "INTEGRATED", text("集成级", "Integrated"), text("", "Integrated")));
        model.answerOptions().set(1, new AnswerOption("MOSTLY", Ratio.parse("0.8"), text("大部分满足", null)));
        BasicDataField employees = model.basicData().get(1);
        model.basicData().set(1, new BasicDataField(employees.code(), employees.type(), employees.required(),
                employees.min(), employees.max(), employees.maxLength(), Optional.of(text("", "persons")),
                text("员工人数", ""), employees.help(), employees.options()));

        assertThat(faults(model)).containsExactly(
                "no en translation of answer option MOSTLY label",
                "no zh translation of level 3 description",
                "no en translation of sub-domain SALES name",
                "no en translation of basic-data field employees label",
                "no zh translation of basic-data field employees unit");
    }

    // duplicates

    @Test
    void duplicateElementDomainAndSubDomainCodes() {
        TestModelBuilder model = TestModelBuilder.small()
                .element("PERSONNEL", "人员", "Personnel").domain("SALES", "销售", "Sales", true, 7)
                .subDomain("STRATEGY", "组织战略", "Organization and strategy", 1, 5);

        assertThat(faults(model)).contains("duplicate element code PERSONNEL", "duplicate domain code SALES",
                "duplicate sub-domain code STRATEGY");
    }

    @Test
    void aDuplicateQuestionId() {
        TestModelBuilder model = TestModelBuilder.small().question("L1.STRATEGY.01", 1, "STRATEGY", DISCRETE);

        assertThat(faults(model)).containsExactly("duplicate question id L1.STRATEGY.01");
    }

    @Test
    void aDuplicateAnswerOptionCode() {
        TestModelBuilder model = TestModelBuilder.small();
        model.answerOptions().add(new AnswerOption("PARTLY", Ratio.parse("0.3"), text("少部分满足", "Slightly")));

        assertThat(faults(model)).containsExactly("duplicate answer option code PARTLY");
    }

    @Test
    void aDuplicateBasicDataCode() {
        TestModelBuilder model = TestModelBuilder.small();
        model.basicData().add(model.basicData().get(2));

        assertThat(faults(model)).containsExactly("duplicate basic-data code remarks");
    }

    // scale

    @Test
    void levelsThatAreNotExactlyOneToFive() {
        TestModelBuilder model = TestModelBuilder.small();
        model.levels().remove(4);

        assertThat(faults(model)).containsExactly("levels are [1, 2, 3, 4], not exactly 1..5 in order");
    }

    @Test
    void scoreBandsWithAGap() {
        TestModelBuilder model = TestModelBuilder.small();
        model.scoreBands().set(2, new ScoreBand(2, Ratio.parse("1.9"), Ratio.parse("2.8")));

        assertThat(faults(model)).containsExactly("score bands do not cover [0, 5]: gap between 1.80 and 1.90");
    }

    @Test
    void scoreBandsThatOverlapOrStopShortOfFive() {
        TestModelBuilder model = TestModelBuilder.small();
        model.scoreBands().set(5, new ScoreBand(5, Ratio.parse("4.7"), Ratio.parse("4.9")));

        assertThat(faults(model)).containsExactly(
                "score bands do not cover [0, 5]: the last ends at 4.90",
                "score bands overlap between 4.70 and 4.80");
    }

    @Test
    void scoreBandsThatDoNotStartAtZero() {
        TestModelBuilder model = TestModelBuilder.small();
        model.scoreBands().set(0, new ScoreBand(0, Ratio.parse("0.1"), Ratio.parse("0.8")));

        assertThat(faults(model)).containsExactly("score bands do not cover [0, 5]: the first starts at 0.10");
    }

    @Test
    void scoreBandsForTheWrongLevels() {
        TestModelBuilder model = TestModelBuilder.small();
        model.scoreBands().set(3, new ScoreBand(4, Ratio.parse("2.8"), Ratio.parse("3.8")));

        assertThat(faults(model)).containsExactly("score bands are for levels [0, 1, 2, 4, 4, 5], not 0..5 in order");
    }

    @Test
    void aThresholdOutsideZeroToOne() {
        assertThat(faults(TestModelBuilder.small().threshold("1.2"))).containsExactly("threshold 6/5 is not within (0, 1]");
    }

    @Test
    void anAnswerOptionValueOutsideZeroToOne() {
        TestModelBuilder model = TestModelBuilder.small();
        model.answerOptions().set(0, new AnswerOption("FULLY", Ratio.parse("1.5"), text("全部满足", "Fully")));

        assertThat(faults(model)).containsExactly("answer option FULLY has value 3/2, outside [0, 1]");
    }

    @Test
    void productionTypesOtherThanDiscreteAndProcess() {
        TestModelBuilder model = TestModelBuilder.small();
        model.productionTypes().add(new ProductionTypeName(MIXED, text("混合型", "Mixed")));

        assertThat(faults(model)).containsExactly(
                "production types are [DISCRETE, PROCESS, MIXED], not DISCRETE and PROCESS (MIXED is a diagnosis choice)");
    }

    @Test
    void aSubDomainForMixedOrForNoLevel() {
        TestModelBuilder model = TestModelBuilder.small()
                .mapSubDomain("STRATEGY", withTypes(DISCRETE, PROCESS, MIXED))
                .mapSubDomain("SALES", subDomain -> new SubDomain("SALES", subDomain.name(), Set.of(),
                        subDomain.productionTypes()));

        assertThat(faults(model)).contains("sub-domain STRATEGY lists MIXED, which is not a model production type",
                "sub-domain SALES applies at no level");
    }

    // basic data

    @Test
    void aMissingProductionTypeField() {
        TestModelBuilder model = TestModelBuilder.small();
        model.basicData().remove(0);

        assertThat(faults(model)).containsExactly(
                "basic-data field productionType is missing; it decides which weights and questions apply");
    }

    @Test
    void aProductionTypeFieldWithoutMixed() {
        TestModelBuilder model = TestModelBuilder.small();
        BasicDataField field = model.basicData().get(0);
        model.basicData().set(0, new BasicDataField(field.code(), field.type(), true, field.min(), field.max(),
                field.maxLength(), field.unit(), field.label(), field.help(), field.options().subList(0, 2)));

        assertThat(faults(model)).containsExactly(
                "basic-data field productionType must be a required CHOICE of DISCRETE, PROCESS, MIXED");
    }

    @Test
    void basicDataFieldsThatCannotBeAnswered() {
        TestModelBuilder model = TestModelBuilder.small();
        model.basicData().add(field("industry", BasicDataType.CHOICE, null, null, OptionalInt.empty(),
                List.of(new BasicDataOption("C", text("制造业", "Manufacturing")))));
        model.basicData().add(field("note", BasicDataType.TEXT, null, null, OptionalInt.empty(), List.of()));
        model.basicData().add(field("revenue", BasicDataType.DECIMAL, "10", "5", OptionalInt.empty(), List.of()));
        model.basicData().add(field("digitalShare", BasicDataType.PERCENT, "0", "120", OptionalInt.empty(), List.of()));

        assertThat(faults(model)).containsExactly(
                "basic-data field industry is a CHOICE with 1 option(s), at least 2 are needed",
                "basic-data field note is TEXT without a positive maxLength",
                "basic-data field revenue has min 10 above max 5",
                "basic-data field digitalShare is PERCENT with a bound outside 0..100");
    }

    @Test
    void validateOrThrowListsEveryFault() {
        TestModelBuilder model = TestModelBuilder.small().removeWeights(PROCESS, 5).threshold("0");

        assertThatThrownBy(() -> validator.validateOrThrow(model.build()))
                .isInstanceOfSatisfying(InvalidModelException.class, e -> {
                    assertThat(e.faults()).containsExactly("threshold 0 is not within (0, 1]",
                            "missing weight table PROCESS level 5");
                    assertThat(e.getMessage()).startsWith("model TEST-1 has 2 fault(s)")
                            .contains("- missing weight table PROCESS level 5");
                });
    }

    @Test
    void validateOrThrowAcceptsAValidModelAndRefusesItWithOneRuleBroken() {
        // the same small model passes, and with one weight table removed is refused naming just that fault: the
        // call decides on the faults of validate, not on anything else about the model
        assertThatCode(() -> validator.validateOrThrow(TestModelBuilder.small().build())).doesNotThrowAnyException();

        assertThatThrownBy(() -> validator.validateOrThrow(TestModelBuilder.small().removeWeights(PROCESS, 5).build()))
                .isInstanceOf(InvalidModelException.class)
                .hasMessage("model TEST-1 has 1 fault(s):\n- missing weight table PROCESS level 5");
    }

    private List<String> faults(TestModelBuilder model) {
        return validator.validate(model.build());
    }

    private static UnaryOperator<SubDomain> withTypes(ProductionType... types) {
        return subDomain -> new SubDomain(subDomain.code(), subDomain.name(), subDomain.levels(), Set.of(types));
    }

    private static BasicDataField field(String code, BasicDataType type, String min, String max, OptionalInt maxLength,
                                        List<BasicDataOption> options) {
        return new BasicDataField(code, type, false, Optional.ofNullable(min).map(BigDecimal::new),
                Optional.ofNullable(max).map(BigDecimal::new), maxLength, Optional.empty(), text("字段", "Field"),
                Optional.empty(), options);
    }
}
