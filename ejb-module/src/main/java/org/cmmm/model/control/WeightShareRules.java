package org.cmmm.model.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The three weight-share rules a credible model keeps (config/model/README.md), checked on a model with the real
 * {@link ScoringEngine}; each method names every production type and level that breaks its rule (none for a model
 * that keeps it). The validator reports them as warnings, not faults, so that an operator can still load the
 * standard's own published weight tables as a version:
 * <ol>
 * <li>no level is reached with every MANUFACTURING question at the lowest degree and everything else at the
 * highest, without tailoring or with every tailorable domain tailored;</li>
 * <li>no question of a level and type weighs more than 4 times another (a question weighs its sub-domain's
 * weight divided by the questions of that sub-domain there);</li>
 * <li>with every tailorable domain tailored (weights renormalized), the PRODUCTION domain keeps at least half
 * of a level.</li>
 * </ol>
 */
final class WeightShareRules {

    static final String MANUFACTURING = "MANUFACTURING";
    static final String PRODUCTION = "PRODUCTION";
    static final Ratio MAXIMUM_QUESTION_WEIGHT_RATIO = Ratio.of(4);
    static final Ratio MINIMUM_PRODUCTION_SHARE = Ratio.of(1, 2);

    private static final List<ProductionType> TYPES = List.of(ProductionType.DISCRETE, ProductionType.PROCESS);

    private final MaturityModel model;
    private final ScoringEngine engine = new ScoringEngine();

    WeightShareRules(MaturityModel model) {
        this.model = model;
    }

    /** Rule 1: the levels reached although every manufacturing question is answered at the lowest degree. */
    List<String> levelsReachedWithoutManufacturing() {
        Set<String> manufacturing = subDomainsOfElement(MANUFACTURING);
        List<String> violations = new ArrayList<>();
        if (manufacturing.isEmpty()) {
            return violations; // a model without the element: nothing to weigh it against
        }
        for (ProductionType type : TYPES) {
            for (int level = 1; level <= model.levels().size(); level++) {
                for (Tailoring tailoring : List.of(Tailoring.NONE, allTailorable())) {
                    LevelScore score = engine.scoreLevel(model, type, tailoring, level,
                            answers(level, type, tailoring, manufacturing, lowest(), highest()));
                    if (score.reached()) {
                        violations.add(type + " level " + level + (tailoring.subDomains().isEmpty() ? "" : " tailored")
                                + ": reached with " + score.score().toDisplay());
                    }
                }
            }
        }
        return violations;
    }

    /** Rule 2: the levels where one question outweighs another by more than 4 times. */
    List<String> questionWeightSpreads() {
        List<String> violations = new ArrayList<>();
        for (ProductionType type : TYPES) {
            for (int level = 1; level <= model.levels().size(); level++) {
                Map<String, Ratio> perQuestion = questionWeights(type, level);
                Ratio heaviest = perQuestion.values().stream().max(Comparator.naturalOrder()).orElseThrow();
                Ratio lightest = perQuestion.values().stream().min(Comparator.naturalOrder()).orElseThrow();
                Ratio spread = heaviest.divide(lightest);
                if (spread.compareTo(MAXIMUM_QUESTION_WEIGHT_RATIO) > 0) {
                    violations.add(type + " level " + level + ": a question weighs " + spread.toDisplay()
                            + " times another");
                }
            }
        }
        return violations;
    }

    /** The weight of one question of each sub-domain at a level: sub-domain weight / its questions there. */
    Map<String, Ratio> questionWeights(ProductionType type, int level) {
        WeightTable table = model.weightTable(type, level).orElseThrow();
        Map<String, Long> counts = model.questionsFor(level, type).stream()
                .collect(Collectors.groupingBy(Question::subDomain, Collectors.counting()));
        Map<String, Ratio> perQuestion = new HashMap<>();
        table.weights().forEach((subDomain, weight) ->
                perQuestion.put(subDomain, weight.divide(Ratio.of(counts.get(subDomain)))));
        return perQuestion;
    }

    /** Rule 3: the levels where production keeps less than half once every tailorable domain is tailored. */
    List<String> productionSharesBelowHalfWhenTailored() {
        Set<String> production = subDomainsOfDomain(PRODUCTION);
        List<String> violations = new ArrayList<>();
        if (production.isEmpty()) {
            return violations;
        }
        for (ProductionType type : TYPES) {
            for (int level = 1; level <= model.levels().size(); level++) {
                Ratio share = productionShareWhenTailored(type, level, production);
                if (share.compareTo(MINIMUM_PRODUCTION_SHARE) < 0) {
                    violations.add(type + " level " + level + ": production keeps " + share);
                }
            }
        }
        return violations;
    }

    /** Production's share of a level, all tailorable domains tailored: production highest, the rest lowest. */
    Ratio productionShareWhenTailored(ProductionType type, int level, Set<String> production) {
        Set<String> others = model.subDomains().stream().map(SubDomain::code)
                .filter(code -> !production.contains(code)).collect(Collectors.toSet());
        Tailoring tailoring = allTailorable();
        return engine.scoreLevel(model, type, tailoring, level,
                answers(level, type, tailoring, others, lowest(), highest())).score();
    }

    Tailoring allTailorable() {
        return Tailoring.of(model, model.domains().stream().filter(Domain::tailorable)
                .flatMap(domain -> domain.subDomains().stream()).map(SubDomain::code).toList());
    }

    Set<String> subDomainsOfElement(String element) {
        return model.elements().stream().filter(e -> e.code().equals(element))
                .flatMap(e -> e.domains().stream()).flatMap(domain -> domain.subDomains().stream())
                .map(SubDomain::code).collect(Collectors.toSet());
    }

    Set<String> subDomainsOfDomain(String domain) {
        return model.domains().stream().filter(d -> d.code().equals(domain))
                .flatMap(d -> d.subDomains().stream()).map(SubDomain::code).collect(Collectors.toSet());
    }

    /** Tailored sub-domains stay unanswered; {@code low} sub-domains get the low option, the others the high one. */
    private Map<String, Answer> answers(int level, ProductionType type, Tailoring tailoring, Set<String> low,
                                        String lowOption, String highOption) {
        Map<String, Answer> answers = new HashMap<>();
        for (Question question : model.questionsFor(level, type)) {
            if (!tailoring.isTailored(question.subDomain())) {
                answers.put(question.id(), Answer.option(low.contains(question.subDomain()) ? lowOption : highOption));
            }
        }
        return answers;
    }

    private String highest() {
        return model.answerOptions().stream().max(Comparator.comparing(AnswerOption::value)).orElseThrow().code();
    }

    private String lowest() {
        return model.answerOptions().stream().min(Comparator.comparing(AnswerOption::value)).orElseThrow().code();
    }
}
