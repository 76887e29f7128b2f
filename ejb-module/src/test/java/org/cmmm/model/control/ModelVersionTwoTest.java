package org.cmmm.model.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cmmm.model.control.ProductionType.DISCRETE;
import static org.cmmm.model.control.ProductionType.PROCESS;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Model version CMMM-2020r2 (issue 12; config/model/README.md, "Version CMMM-2020r2"): it validates, its
 * weights let production count, its answer degrees are defined, its English follows the glossary, its
 * level-3–5 evidence hints are measurable, and it scores the worked examples below. The same rule checks run
 * on CMMM-2020 and find its faults, so they can fail. The file is read from the class path (config.jar puts
 * config/model there as cmmm/model/); it is not published yet (published.txt).
 */
class ModelVersionTwoTest {

    static final String VERSION_TWO = "CMMM-2020r2.json";
    static final String VERSION_ONE = "CMMM-2020.json";

    /** A quantity: a digit, or a Chinese number with a unit (近三个月, 十张, 两次). */
    private static final Pattern QUANTITY_ZH =
            Pattern.compile("\\d|[一两二三四五六七八九十]+\\s*(个月|次|家|项|人|张|条|台|道|份|个|年|批|种|名|小时|分钟|套)");
    private static final Pattern QUANTITY_EN =
            Pattern.compile("\\d|\\b(one|two|three|four|five|six|ten|twenty)\\b");

    private final MaturityModel model = read(VERSION_TWO);
    private final MaturityModel versionOne = read(VERSION_ONE);

    @Test
    void validatesWithoutFault() {
        assertThat(model.version()).isEqualTo("CMMM-2020r2");
        assertThat(new ModelValidator().validate(model)).isEmpty();
    }

    @Test
    void keepsTheStructureOfTheFirstVersion() {
        assertThat(model.subDomains()).extracting(SubDomain::code)
                .containsExactlyElementsOf(versionOne.subDomains().stream().map(SubDomain::code).toList());
        assertThat(model.domains().stream().filter(Domain::tailorable).map(Domain::code))
                .containsExactlyInAnyOrder("DESIGN", "LOGISTICS", "SALES", "SERVICE");
        assertThat(model.threshold()).isEqualTo(versionOne.threshold());
        assertThat(model.scoreBands()).isEqualTo(versionOne.scoreBands());
    }

    @Nested
    class Weights {

        private final WeightShareRules rules = new WeightShareRules(model);

        @Test
        void everySubDomainWithQuestionsWeighsTheSameAtEachLevelAndType() {
            for (ProductionType type : List.of(DISCRETE, PROCESS)) {
                for (int level = 1; level <= 5; level++) {
                    WeightTable table = model.weightTable(type, level).orElseThrow();
                    Set<String> withQuestions = model.questionsFor(level, type).stream()
                            .map(Question::subDomain).collect(Collectors.toSet());
                    assertThat(table.weights().keySet()).as("%s level %d", type, level)
                            .containsExactlyInAnyOrderElementsOf(withQuestions);
                    assertThat(table.weights().values()).as("%s level %d", type, level)
                            .containsOnly(Ratio.of(1, withQuestions.size()));
                    assertThat(table.sum()).isEqualTo(Ratio.ONE);
                }
            }
        }

        @Test
        void noLevelIsReachedWithEveryManufacturingQuestionNotSatisfied() {
            assertThat(rules.levelsReachedWithoutManufacturing()).isEmpty();
        }

        @Test
        void noQuestionOutweighsAnotherOfItsLevelAndTypeMoreThanFourTimes() {
            assertThat(rules.questionWeightSpreads()).isEmpty();
        }

        @Test
        void productionKeepsAtLeastHalfOfALevelWhenEveryTailorableDomainIsTailored() {
            assertThat(rules.productionSharesBelowHalfWhenTailored()).isEmpty();
            // 7 production sub-domains of 13 at level 1 (no integration, no product service), of 14 at levels 2-5
            Set<String> production = rules.subDomainsOfDomain(WeightShareRules.PRODUCTION);
            assertThat(rules.productionShareWhenTailored(DISCRETE, 1, production)).isEqualTo(Ratio.of(7, 13));
            assertThat(rules.productionShareWhenTailored(PROCESS, 3, production)).isEqualTo(Ratio.of(1, 2));
        }

        @Test
        void theSameRulesFindTheFaultsOfTheFirstVersion() {
            WeightShareRules old = new WeightShareRules(versionOne);
            // level 1 DISCRETE, design, logistics, sales and service tailored: personnel, technology and resources
            // 6 × 1/8 = 3/4 of a remaining 3/4 + 7/140 = 4/5, so 15/16 = 0.94 with every production question NOT
            assertThat(old.levelsReachedWithoutManufacturing()).contains("DISCRETE level 1 tailored: reached with 0.94");
            // level 1 DISCRETE: a strategy question 1/8 / 2 = 1/16, a production-operations question 1/140 / 3
            // = 1/420: 420/16 = 26.25 times
            assertThat(old.questionWeightSpreads()).contains("DISCRETE level 1: a question weighs 26.25 times another");
            // 7 × 1/140 = 1/20 of a remaining 4/5: 1/16
            assertThat(old.productionSharesBelowHalfWhenTailored()).contains("DISCRETE level 1: production keeps 1/16");
        }

        @Test
        void theValidatorWarnsAnOperatorOfTheFirstVersionsWeightsAndNotOfTheseOnes() {
            ModelValidator validator = new ModelValidator();
            assertThat(validator.warnings(model)).isEmpty();
            assertThat(validator.warnings(versionOne))
                    .contains("Weights: a level is reached with every manufacturing question not satisfied"
                            + " (DISCRETE level 1 tailored: reached with 0.94)")
                    .contains("Weights: questions of one level weigh more than 4 times apart"
                            + " (DISCRETE level 1: a question weighs 26.25 times another)")
                    .contains("Weights: production keeps less than half of a level with every tailorable domain tailored"
                            + " (DISCRETE level 1: production keeps 1/16)");
            assertThat(validator.validate(versionOne)).as("warnings, not faults: the version still loads").isEmpty();
        }
    }

    @Test
    void everyAnswerOptionHasADefinitionInBothLanguages() {
        assertThat(model.answerOptions()).extracting(AnswerOption::code)
                .containsExactly("FULL", "MOSTLY", "PARTLY", "NOT");
        assertThat(model.answerOptions()).allSatisfy(option -> {
            assertThat(option.definition()).as(option.code()).isPresent();
            assertThat(option.definition().orElseThrow().zh()).isNotBlank();
            assertThat(option.definition().orElseThrow().en()).isNotBlank();
        });
        assertThat(versionOne.answerOptions()).allSatisfy(option -> assertThat(option.definition()).isEmpty());
    }

    @Nested
    class Glossary {

        private final ModelGlossary glossary = glossary();

        @Test
        void everyEnglishTextUsesTheGlossaryTranslationOfTheTermsItsChineseUses() {
            List<String> violations = new ArrayList<>();
            ModelGlossary.texts(model).forEach((where, text) -> violations.addAll(glossary.violations(where, text)));
            assertThat(violations).isEmpty();
        }

        @Test
        void namesEveryDomainAndSubDomainAsTheModelNamesThem() {
            assertThat(glossary.terms()).hasSizeBetween(40, 120);
            for (Domain domain : model.domains()) {
                assertName(domain.code(), domain.name());
                domain.subDomains().forEach(subDomain -> assertName(subDomain.code(), subDomain.name()));
            }
        }

        @Test
        void findsTheDriftsOfTheFirstVersion() {
            assertThat(glossary.violations("t", LocalizedText.of("关键工序的设备", "equipment of key processes")))
                    .containsExactly("t: 关键工序 → key operation missing in \"equipment of key processes\"");
            assertThat(glossary.violations("t", LocalizedText.of("关键工序的设备", "equipment of key operations")))
                    .isEmpty();
            List<String> violations = new ArrayList<>();
            ModelGlossary.texts(versionOne).forEach((where, text) -> violations.addAll(glossary.violations(where, text)));
            assertThat(violations).anySatisfy(violation ->
                    assertThat(violation).startsWith("question L2.INFORMATION_SECURITY.01 text: 网闸 → isolation gateway"));
            assertThat(violations).anySatisfy(violation ->
                    assertThat(violation).startsWith("question L1.PROCESS_DESIGN.01 text: 工艺设计 → Process design"));
        }

        private void assertName(String code, LocalizedText name) {
            assertThat(glossary.term(name.zh())).as("%s (%s) in the glossary", code, name.zh()).isPresent();
            assertThat(glossary.term(name.zh()).orElseThrow().en()).as(code).isEqualToIgnoringCase(name.en());
        }
    }

    @Nested
    class Questions {

        @Test
        void everyEvidenceHintHasOneStyle() {
            assertThat(model.questions()).allSatisfy(question -> {
                assertThat(question.explanation().zh()).as(question.id()).startsWith("证据：");
                assertThat(question.explanation().en()).as(question.id()).startsWith("Evidence: ");
            });
        }

        @Test
        void everyLevelThreeToFiveHintSaysHowMuchSatisfiesIt() {
            assertThat(model.questions().stream().filter(question -> question.level() >= 3)).allSatisfy(question -> {
                assertThat(QUANTITY_ZH.matcher(question.explanation().zh()).find()).as(question.id()).isTrue();
                assertThat(QUANTITY_EN.matcher(question.explanation().en()).find()).as(question.id()).isTrue();
            });
        }

        @Test
        void processPlantsHaveTheirOwnSafetyEnergyAndOperationsQuestionsAtLevelsOneToFour() {
            for (String subDomain : List.of("SAFETY_ENVIRONMENT", "ENERGY_MANAGEMENT", "PRODUCTION_OPERATIONS")) {
                for (int level = 1; level <= 4; level++) {
                    int at = level;
                    assertThat(model.questions()).as("%s level %d", subDomain, level).anySatisfy(question -> {
                        assertThat(question.subDomain()).isEqualTo(subDomain);
                        assertThat(question.level()).isEqualTo(at);
                        assertThat(question.productionTypes()).containsExactly(PROCESS);
                    });
                }
            }
        }

        @Test
        void questionCountsPerLevelAndType() {
            // see config/model/README.md, "Version CMMM-2020r2": 1 split, 8 process questions added
            assertThat(List.of(1, 2, 3, 4, 5).stream().map(level -> model.questionsFor(level, DISCRETE).size()))
                    .containsExactly(39, 42, 42, 42, 42);
            assertThat(List.of(1, 2, 3, 4, 5).stream().map(level -> model.questionsFor(level, PROCESS).size()))
                    .containsExactly(41, 44, 44, 44, 42);
            assertThat(model.questions()).hasSize(225);
        }
    }

    /**
     * Worked examples on CMMM-2020r2, computed by hand. Weights: 1/18 for each of the 18 sub-domains at level 1
     * (no integration, no product service), 1/20 for each of the 20 at levels 2-5, for both production types.
     * Answer values: FULL 1.0, MOSTLY 0.8, PARTLY 0.5, NOT 0.
     */
    @Nested
    class WorkedExamples {

        private final ScoringEngine engine = new ScoringEngine();

        @Test
        void allFullScoresFive() {
            // every level Σ 1/20 × 1.0 = 1 (1/18 × 18 at level 1); total 5.00 → level 5
            ScoreExplanation explanation = explain(DISCRETE, Tailoring.NONE, sheet(DISCRETE).all("FULL"));

            assertThat(levelDisplays(explanation)).containsExactly("1.00", "1.00", "1.00", "1.00", "1.00");
            assertResult(explanation, "5", "5.00", 5, 5);
        }

        @Test
        void everythingButManufacturingFullDoesNotReachLevelOne() {
            // level 1: the 6 sub-domains of personnel, technology and resources at 1.0, the 12 of manufacturing
            // at 0: 6/18 = 1/3, shown 0.33, not reached; total 1/3 < 0.8 → no level
            AnswerSheet sheet = sheet(DISCRETE).level(1, "FULL");
            for (String subDomain : manufacturing()) {
                if (!subDomain.equals("PRODUCT_SERVICE")) {
                    sheet.subDomain(1, subDomain, "NOT");
                }
            }
            ScoreExplanation explanation = explain(DISCRETE, Tailoring.NONE, sheet);

            assertResult(explanation, "1/3", "0.33", 0, 0);
        }

        @Test
        void theFirstVersionsLoopholeIsClosed() {
            // issue 12: personnel, technology, resources and logistics FULL, the rest of manufacturing NOT.
            // CMMM-2020 level 1 DISCRETE: 6 × 1/8 + 1/20 = 4/5, reached.
            // CMMM-2020r2: 7 × 1/18 = 7/18 = 0.39, not reached.
            Set<String> notSatisfied = manufacturing();
            notSatisfied.remove("LOGISTICS");
            assertThat(levelOneScore(versionOne, notSatisfied)).isEqualTo(Ratio.of(4, 5));
            assertThat(levelOneScore(model, notSatisfied)).isEqualTo(Ratio.of(7, 18));
        }

        @Test
        void oneWeakSubDomainAtLevelTwoAndAFailedLevelThree() {
            // level 1 all MOSTLY: 0.8, reached
            // level 2 all FULL, PRODUCTION_OPERATIONS (3 DISCRETE questions) NOT, PARTLY, FULL: (0 + 0.5 + 1) / 3
            //   = 1/2 → 19/20 + 1/20 × 1/2 = 39/40 = 0.975, shown 0.98, reached
            // level 3 all PARTLY: 0.5, not reached
            // total 4/5 + 39/40 + 1/2 = 91/40 = 2.275, shown 2.28 → band [1.8, 2.8) → level 2
            ScoreExplanation explanation = explain(DISCRETE, Tailoring.NONE, sheet(DISCRETE)
                    .level(1, "MOSTLY").level(2, "FULL").level(3, "PARTLY")
                    .subDomain(2, "PRODUCTION_OPERATIONS", "NOT", "PARTLY", "FULL"));

            assertThat(explanation.levels().get(1).score()).isEqualTo(Ratio.of(39, 40));
            assertThat(levelDisplays(explanation)).containsExactly("0.80", "0.98", "0.50");
            assertResult(explanation, "91/40", "2.28", 2, 2);
        }

        @Test
        void processPlantWithEveryTailorableDomainTailored() {
            // tailored: PRODUCT_DESIGN, PROCESS_DESIGN, LOGISTICS, SALES, CUSTOMER_SERVICE, PRODUCT_SERVICE
            // level 1: 13 sub-domains left, 1/13 each. All FULL, SAFETY_ENVIRONMENT (4 PROCESS questions: .01-.03
            //   and the process-only .04) FULL, FULL, NOT, NOT = 1/2 → 12/13 + 1/26 = 25/26 = 0.9615, shown 0.96
            // level 2: 14 left, 1/14 each; all MOSTLY → 0.8, reached
            // level 3: the 7 production sub-domains NOT, the other 7 FULL → 7/14 = 1/2, not reached
            // total 25/26 + 4/5 + 1/2 = (125 + 104 + 65) / 130 = 147/65 = 2.2615, shown 2.26 → level 2
            List<String> tailorable = new WeightShareRules(model).allTailorable().subDomains().stream().toList();
            AnswerSheet sheet = sheet(PROCESS).level(1, "FULL").level(2, "MOSTLY").level(3, "FULL")
                    .subDomain(1, "SAFETY_ENVIRONMENT", "FULL", "FULL", "NOT", "NOT");
            new WeightShareRules(model).subDomainsOfDomain(WeightShareRules.PRODUCTION)
                    .forEach(subDomain -> sheet.subDomain(3, subDomain, "NOT"));
            for (String subDomain : tailorable) {
                for (int level = 1; level <= 3; level++) {
                    sheet.notInvolved(level, subDomain);
                }
            }
            ScoreExplanation explanation = explain(PROCESS, Tailoring.of(model, tailorable), sheet);

            assertThat(explanation.levels().get(0).score()).isEqualTo(Ratio.of(25, 26));
            assertThat(explanation.levels().get(0).subDomain("SAFETY_ENVIRONMENT").orElseThrow().weight())
                    .isEqualTo(Ratio.of(1, 13));
            assertThat(levelDisplays(explanation)).containsExactly("0.96", "0.80", "0.50");
            assertResult(explanation, "147/65", "2.26", 2, 2);
        }

        private Ratio levelOneScore(MaturityModel scored, Set<String> notSatisfied) {
            AnswerSheet sheet = AnswerSheet.of(scored, DISCRETE).level(1, "FULL");
            scored.questionsFor(1, DISCRETE).stream().filter(question -> notSatisfied.contains(question.subDomain()))
                    .forEach(question -> sheet.question(question.id(), "NOT"));
            return engine.scoreLevel(scored, DISCRETE, Tailoring.NONE, 1, sheet.answers()).score();
        }

        private Set<String> manufacturing() {
            return new WeightShareRules(model).subDomainsOfElement(WeightShareRules.MANUFACTURING);
        }

        private AnswerSheet sheet(ProductionType type) {
            return AnswerSheet.of(model, type);
        }

        private ScoreExplanation explain(ProductionType type, Tailoring tailoring, AnswerSheet sheet) {
            return engine.explain(model, type, tailoring, sheet.answers());
        }

        private List<String> levelDisplays(ScoreExplanation explanation) {
            return explanation.levels().stream().map(LevelScore::display).toList();
        }

        private void assertResult(ScoreExplanation explanation, String exactTotal, String shownTotal,
                                  int maturityLevel, int levelsReached) {
            DiagnosisResult result = explanation.result();
            assertThat(result.total()).isEqualTo(Ratio.parse(exactTotal));
            assertThat(result.display()).isEqualTo(shownTotal);
            assertThat(result.maturityLevel()).isEqualTo(maturityLevel);
            assertThat(result.levelsReached()).isEqualTo(levelsReached);
        }
    }

    static MaturityModel read(String file) {
        try (InputStream in = resource(file)) {
            return new ModelReader().read(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static ModelGlossary glossary() {
        try (InputStream in = resource("glossary.tsv")) {
            return ModelGlossary.read(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = ModelVersionTwoTest.class.getClassLoader().getResourceAsStream("cmmm/model/" + name);
        assertThat(in).as("cmmm/model/" + name + " on the class path (config.jar)").isNotNull();
        return in;
    }
}
