package org.cmmm.model.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Properties of the scoring that must hold for any answers, checked over many random diagnoses with a fixed
 * seed (so a failure is reproducible): more satisfaction never scores less, tailoring one sub-domain leaves
 * the others' own scores alone, and totals stay within [0, 5].
 *
 * <p>A run whose random draw gives nothing to check (every scored answer already FULLY, every sub-domain already
 * tailored) is skipped, so each property counts the runs it really checked and fails below a floor: a change to
 * the test model or to the draws that made most runs skip would otherwise pass while checking nothing. The
 * floors sit a little below what the fixed seed gives today (stated at each), and each count is printed.
 */
class ScoringPropertiesTest {

    private static final int RUNS = 400;
    /** Floors of the cases checked (see the class comment), a little below the counts of seed 39117. */
    private static final int RAISED_FLOOR = 380;
    private static final int TAILORED_FLOOR = 380;
    private static final int LEVELS_FLOOR = 780;
    private static final List<String> OPTIONS = List.of("NOT", "PARTLY", "MOSTLY", "FULLY");
    private static final List<String> TAILORABLE =
            List.of("PRODUCT_DESIGN", "PROCESS_DESIGN", "LOGISTICS", "SALES", "CUSTOMER_SERVICE");

    private final MaturityModel model = TestModelBuilder.standard().build();
    private final ScoringEngine engine = new ScoringEngine();
    private final Random random = new Random(39117);

    @Test
    void raisingAnyAnswerNeverLowersTheSubDomainLevelOrTotalScore() {
        int checked = 0;
        for (int run = 0; run < RUNS; run++) {
            ProductionType type = randomType();
            Tailoring tailoring = randomTailoring();
            Map<String, Answer> answers = randomAnswers(tailoring);
            ScoreExplanation before = engine.explain(model, type, tailoring, answers);

            Question question = randomRaisableQuestion(before, type, tailoring, answers);
            if (question == null) {
                continue;
            }
            Map<String, Answer> raised = new HashMap<>(answers);
            int current = OPTIONS.indexOf(answers.get(question.id()).optionCode().orElseThrow());
            raised.put(question.id(), Answer.option(OPTIONS.get(current + 1 + random.nextInt(OPTIONS.size() - 1 - current))));

            LevelScore levelBefore = before.levels().get(question.level() - 1);
            LevelScore levelAfter = engine.scoreLevel(model, type, tailoring, question.level(), raised);
            String context = "run " + run + ", " + type + ", raising " + question.id();
            assertThat(levelAfter.subDomain(question.subDomain()).orElseThrow().score()).as(context)
                    .isGreaterThan(levelBefore.subDomain(question.subDomain()).orElseThrow().score());
            assertThat(levelAfter.score()).as(context).isGreaterThan(levelBefore.score());
            assertThat(engine.explain(model, type, tailoring, raised).result().total()).as(context)
                    .isGreaterThan(before.result().total());
            checked++;
        }
        // today all 400 runs have an answer below FULLY to raise
        assertCheckedAtLeast("runs with an answer raised", checked, RAISED_FLOOR);
    }

    @Test
    void tailoringASubDomainNeverChangesTheOtherSubDomainsOwnScores() {
        int checked = 0;
        for (int run = 0; run < RUNS; run++) {
            ProductionType type = randomType();
            Tailoring tailoring = randomTailoring();
            Map<String, Answer> answers = randomAnswers(tailoring);
            List<String> candidates = TAILORABLE.stream().filter(code -> !tailoring.isTailored(code)).toList();
            if (candidates.isEmpty()) {
                continue;
            }
            String extra = candidates.get(random.nextInt(candidates.size()));
            Set<String> more = new HashSet<>(tailoring.subDomains());
            more.add(extra);
            int level = 1 + random.nextInt(5);

            LevelScore before = engine.scoreLevel(model, type, tailoring, level, answers);
            LevelScore after = engine.scoreLevel(model, type, Tailoring.of(model, more), level, answers);

            assertThat(after.subDomain(extra)).isEmpty();
            for (SubDomainScore score : after.subDomains()) {
                assertThat(score.score()).as("run %d, tailoring %s, %s", run, extra, score.subDomain())
                        .isEqualTo(before.subDomain(score.subDomain()).orElseThrow().score());
            }
            // a level where no other sub-domain is left compared nothing
            if (!after.subDomains().isEmpty()) {
                checked++;
            }
        }
        // today all 400 runs compare the other sub-domains
        assertCheckedAtLeast("runs with a sub-domain tailored", checked, TAILORED_FLOOR);
    }

    @Test
    void scoresStayWithinTheirRanges() {
        int levelsChecked = 0;
        for (int run = 0; run < RUNS; run++) {
            ProductionType type = randomType();
            Tailoring tailoring = randomTailoring();
            ScoreExplanation explanation = engine.explain(model, type, tailoring, randomAnswers(tailoring));

            DiagnosisResult result = explanation.result();
            assertThat(result.total()).isBetween(Ratio.ZERO, Ratio.of(5));
            assertThat(result.maturityLevel()).isBetween(0, 5);
            assertThat(result.maturityLevel()).isLessThanOrEqualTo(result.levelsReached());
            for (LevelScore level : explanation.levels()) {
                assertThat(level.score()).isBetween(Ratio.ZERO, Ratio.ONE);
                assertThat(level.subDomains().stream().map(SubDomainScore::weight).reduce(Ratio.ZERO, Ratio::add))
                        .isEqualTo(Ratio.ONE);
                levelsChecked++;
            }
        }
        // only the levels answered are explained: today 813 level scores over the 400 runs
        assertCheckedAtLeast("level scores", levelsChecked, LEVELS_FLOOR);
    }

    /** Prints how many cases a property checked, and fails when that is below its floor. */
    private static void assertCheckedAtLeast(String what, int checked, int floor) {
        System.out.printf("ScoringPropertiesTest: %d %s checked (floor %d)%n", checked, what, floor);
        assertThat(checked).as("%s checked (floor %d)", what, floor).isGreaterThanOrEqualTo(floor);
    }

    private ProductionType randomType() {
        return ProductionType.values()[random.nextInt(ProductionType.values().length)];
    }

    private Tailoring randomTailoring() {
        List<String> tailored = TAILORABLE.stream().filter(code -> random.nextInt(4) == 0).toList();
        return Tailoring.of(model, tailored);
    }

    /**
     * An answer for every question, leaning to high satisfaction so that later levels are reached too; tailored
     * sub-domains get a mix of real answers, "not involved" and no answer.
     */
    private Map<String, Answer> randomAnswers(Tailoring tailoring) {
        Map<String, Answer> answers = new HashMap<>();
        for (Question question : model.questions()) {
            if (tailoring.isTailored(question.subDomain()) && random.nextBoolean()) {
                if (random.nextBoolean()) {
                    answers.put(question.id(), Answer.NOT_INVOLVED);
                }
                continue;
            }
            int draw = random.nextInt(10);
            String option = draw < 5 ? "FULLY" : draw < 8 ? "MOSTLY" : draw < 9 ? "PARTLY" : "NOT";
            answers.put(question.id(), Answer.option(option));
        }
        return answers;
    }

    /** A scored question below FULLY at an answered level, or null when every scored answer is FULLY. */
    private Question randomRaisableQuestion(ScoreExplanation explanation, ProductionType type, Tailoring tailoring,
                                            Map<String, Answer> answers) {
        List<Question> raisable = new ArrayList<>();
        for (LevelScore level : explanation.levels()) {
            for (Question question : model.questionsFor(level.level(), type)) {
                Answer answer = answers.get(question.id());
                if (!tailoring.isTailored(question.subDomain()) && !answer.equals(Answer.option("FULLY"))) {
                    raisable.add(question);
                }
            }
        }
        return raisable.isEmpty() ? null : raisable.get(random.nextInt(raisable.size()));
    }
}
