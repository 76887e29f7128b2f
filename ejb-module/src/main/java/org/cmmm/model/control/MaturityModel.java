package org.cmmm.model.control;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One published version of the maturity model (GB/T 39116 structure, GB/T 39117 scoring data): everything a
 * diagnosis started with it is scored by, forever. Read by {@link ModelReader}, checked by {@link ModelValidator}.
 * Lists keep the order of the model file.
 */
public record MaturityModel(String version, LocalizedText name, LocalizedText description, List<String> standards,
                            Ratio threshold, List<AnswerOption> answerOptions, LocalizedText notInvolved,
                            List<ScoreBand> scoreBands, List<Level> levels, List<ProductionTypeName> productionTypes,
                            List<Element> elements, List<WeightTable> weights, List<Question> questions,
                            List<BasicDataField> basicData) {

    public MaturityModel {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(threshold, "threshold");
        Objects.requireNonNull(notInvolved, "notInvolved");
        standards = List.copyOf(standards);
        answerOptions = List.copyOf(answerOptions);
        scoreBands = List.copyOf(scoreBands);
        levels = List.copyOf(levels);
        productionTypes = List.copyOf(productionTypes);
        elements = List.copyOf(elements);
        weights = List.copyOf(weights);
        questions = List.copyOf(questions);
        basicData = List.copyOf(basicData);
    }

    /** All domains, in file order. */
    /** Whether a level score reaches its level (GB/T 39117: at least the threshold, 0.8). */
    public boolean reaches(Ratio levelScore) {
        return levelScore.compareTo(threshold) >= 0;
    }

    public List<Domain> domains() {
        return elements.stream().flatMap(element -> element.domains().stream()).toList();
    }

    /** All sub-domains, in file order. */
    public List<SubDomain> subDomains() {
        return allSubDomains().toList();
    }

    public Optional<SubDomain> subDomain(String code) {
        // (from the stream, without listing them: pages ask this for every question of every render)
        return allSubDomains().filter(subDomain -> subDomain.code().equals(code)).findFirst();
    }

    private Stream<SubDomain> allSubDomains() {
        return elements.stream().flatMap(element -> element.domains().stream())
                .flatMap(domain -> domain.subDomains().stream());
    }

    /** The domain a sub-domain belongs to; it decides whether the sub-domain may be tailored. */
    public Optional<Domain> domainOf(String subDomainCode) {
        return domains().stream()
                .filter(domain -> domain.subDomains().stream().anyMatch(s -> s.code().equals(subDomainCode)))
                .findFirst();
    }

    public Optional<Question> question(String id) {
        return questions.stream().filter(question -> question.id().equals(id)).findFirst();
    }

    public Optional<AnswerOption> answerOption(String code) {
        return answerOptions.stream().filter(option -> option.code().equals(code)).findFirst();
    }

    public Optional<Level> level(int number) {
        return levels.stream().filter(level -> level.number() == number).findFirst();
    }

    /** The weight table a diagnosis of this type is scored with at a level; MIXED uses DISCRETE. */
    public Optional<WeightTable> weightTable(ProductionType type, int level) {
        ProductionType weighting = type.weighting();
        return weights.stream()
                .filter(table -> table.productionType() == weighting && table.level() == level)
                .findFirst();
    }

    /**
     * The sub-domains scored at a level for a diagnosis of this type, in navigation order. A MIXED diagnosis
     * gets the DISCRETE sub-domains, since only they carry a weight for it.
     */
    public List<SubDomain> subDomainsAt(int level, ProductionType type) {
        return navigationOrder().stream().filter(subDomain -> subDomain.appliesAt(level, type)).toList();
    }

    /**
     * The questions a diagnosis of this type answers at a level, in file order: those made for its production
     * type (both types for MIXED) in a sub-domain that applies there.
     */
    public List<Question> questionsFor(int level, ProductionType type) {
        return questions.stream().filter(question -> question.level() == level && asks(question, type)).toList();
    }

    /**
     * Whether a diagnosis of this type answers a question of this model (at its level): it is made for the type and
     * its sub-domain applies there. The one rule behind {@link #questionsFor}, asked of one question without
     * listing the level's.
     */
    public boolean asks(Question question, ProductionType type) {
        return question.isAnsweredBy(type) && subDomain(question.subDomain())
                .map(subDomain -> subDomain.appliesAt(question.level(), type)).orElse(false);
    }

    /**
     * Sub-domains in the order of the answering tree: by their domain's navigation order (人员, 技术, 资源, 生产,
     * 设计, 物流, 销售, 服务), then file order. Ties between sub-domains are broken by this order everywhere.
     */
    public List<SubDomain> navigationOrder() {
        return domains().stream()
                .sorted(Comparator.comparingInt(Domain::navigationOrder))
                .flatMap(domain -> domain.subDomains().stream())
                .toList();
    }

    /** Compares sub-domain codes by {@link #navigationOrder()}; unknown codes come last. */
    public Comparator<String> byNavigationOrder() {
        List<String> order = navigationOrder().stream().map(SubDomain::code).toList();
        return Comparator.comparingInt(code -> {
            int index = order.indexOf(code);
            return index < 0 ? Integer.MAX_VALUE : index;
        });
    }

    /** The maturity level a total score gives (GB/T 39117; DOMAIN.md §2.6). */
    public Optional<ScoreBand> band(Ratio total) {
        for (int i = 0; i < scoreBands.size(); i++) {
            if (scoreBands.get(i).contains(total, i == scoreBands.size() - 1)) {
                return Optional.of(scoreBands.get(i));
            }
        }
        return Optional.empty();
    }
}
