package org.cmmm.model.control;

import static org.cmmm.model.control.ProductionType.DISCRETE;
import static org.cmmm.model.control.ProductionType.PROCESS;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

/**
 * Builds small maturity models for tests: the scale of the real model (five levels, four answer options, the
 * GB/T 39117 score bands, two production types, a basic-data questionnaire) around a tree, weights and
 * questions of our choosing. Not the real question bank. Its lists are open so a test can break one rule.
 */
final class TestModelBuilder {

    private String version = "TEST-1";
    private String threshold = "0.8";
    private final List<Level> levels = new ArrayList<>();
    private final List<AnswerOption> answerOptions = new ArrayList<>();
    private final List<ScoreBand> scoreBands = new ArrayList<>();
    private final List<ProductionTypeName> productionTypes = new ArrayList<>();
    private final List<ElementSpec> elements = new ArrayList<>();
    private final List<WeightTable> weights = new ArrayList<>();
    private final List<Question> questions = new ArrayList<>();
    private final List<BasicDataField> basicData = new ArrayList<>();

    private TestModelBuilder() {
        level(1, "PLANNING", "规划级", "Planning");
        level(2, "STANDARDIZED", "规范级", "Standardized");
        level(3, "INTEGRATED", "集成级", "Integrated");
        level(4, "OPTIMIZED", "优化级", "Optimized");
        level(5, "LEADING", "引领级", "Leading");
        answerOptions.add(new AnswerOption("FULLY", Ratio.parse("1.0"), text("全部满足", "Fully satisfied")));
        answerOptions.add(new AnswerOption("MOSTLY", Ratio.parse("0.8"), text("大部分满足", "Mostly satisfied")));
        answerOptions.add(new AnswerOption("PARTLY", Ratio.parse("0.5"), text("部分满足", "Partly satisfied")));
        answerOptions.add(new AnswerOption("NOT", Ratio.parse("0.0"), text("不满足", "Not satisfied")));
        String[] edges = {"0", "0.8", "1.8", "2.8", "3.8", "4.8", "5"};
        for (int band = 0; band <= 5; band++) {
            scoreBands.add(new ScoreBand(band, Ratio.parse(edges[band]), Ratio.parse(edges[band + 1])));
        }
        productionTypes.add(new ProductionTypeName(DISCRETE, text("离散型", "Discrete")));
        productionTypes.add(new ProductionTypeName(PROCESS, text("流程型", "Process")));
        basicData.add(new BasicDataField(BasicDataField.PRODUCTION_TYPE, BasicDataType.CHOICE, true, Optional.empty(),
                Optional.empty(), OptionalInt.empty(), Optional.empty(), text("生产类型", "Production type"),
                Optional.empty(), List.of(
                        new BasicDataOption("DISCRETE", text("离散型", "Discrete")),
                        new BasicDataOption("PROCESS", text("流程型", "Process")),
                        new BasicDataOption("MIXED", text("混合型", "Mixed")))));
        basicData.add(new BasicDataField("employees", BasicDataType.INTEGER, true, Optional.of(BigDecimal.ONE),
                Optional.of(new BigDecimal("1000000")), OptionalInt.empty(), Optional.of(text("人", "persons")),
                text("员工人数", "Employees"), Optional.of(text("年末从业人员数", "Employees at year end")), List.of()));
        basicData.add(new BasicDataField("remarks", BasicDataType.TEXT, false, Optional.empty(), Optional.empty(),
                OptionalInt.of(500), Optional.empty(), text("备注", "Remarks"), Optional.empty(), List.of()));
    }

    /** The scale only: no elements, weights or questions. */
    static TestModelBuilder empty() {
        return new TestModelBuilder();
    }

    /**
     * The model the scoring tests use. Navigation order: STRATEGY, DATA, PRODUCTION_OPERATIONS, PRODUCT_DESIGN,
     * PROCESS_DESIGN, LOGISTICS, SALES, CUSTOMER_SERVICE (DESIGN is listed before PRODUCTION in the file).
     * DATA applies from level 2. Every cell has two questions {@code L<n>.<SUB>.01/.02} for both types, except
     * PRODUCTION_OPERATIONS: .01 both types, .02 DISCRETE only, .03 PROCESS only.
     * <pre>
     * weights     STRATEGY DATA  PROD_OPS DESIGN×2  LOGISTICS SALES  CUSTOMER_SERVICE
     * DISCRETE 1   1/4      -     1/4      1/8 each  1/12      1/12   1/12
     * DISCRETE 2-5 1/8      1/8   1/4      1/8 each  1/12      1/12   1/12
     * PROCESS 1    1/5      -     2/5      1/10 each 1/15      1/15   1/15
     * PROCESS 2-5  0.1      0.1   0.4      0.1 each  0.1       0.05   0.05
     * </pre>
     */
    static TestModelBuilder standard() {
        TestModelBuilder model = new TestModelBuilder()
                .element("PERSONNEL", "人员", "Personnel")
                .domain("STRATEGY", "组织战略", "Organization and strategy", false, 1)
                .subDomain("STRATEGY", "组织战略", "Organization and strategy", 1, 5)
                .element("TECHNOLOGY", "技术", "Technology")
                .domain("DATA", "数据", "Data", false, 2)
                .subDomain("DATA", "数据", "Data", 2, 5)
                .element("MANUFACTURING", "制造", "Manufacturing")
                .domain("DESIGN", "设计", "Design", true, 5)
                .subDomain("PRODUCT_DESIGN", "产品设计", "Product design", 1, 5)
                .subDomain("PROCESS_DESIGN", "工艺设计", "Process design", 1, 5)
                .domain("PRODUCTION", "生产", "Production", false, 4)
                .subDomain("PRODUCTION_OPERATIONS", "生产作业", "Production operations", 1, 5)
                .domain("LOGISTICS", "物流", "Logistics", true, 6)
                .subDomain("LOGISTICS", "物流", "Logistics", 1, 5)
                .domain("SALES", "销售", "Sales", true, 7)
                .subDomain("SALES", "销售", "Sales", 1, 5)
                .domain("SERVICE", "服务", "Service", true, 8)
                .subDomain("CUSTOMER_SERVICE", "客户服务", "Customer service", 1, 5);
        model.weights(DISCRETE, 1, "STRATEGY", "1/4", "PRODUCTION_OPERATIONS", "1/4", "PRODUCT_DESIGN", "1/8",
                "PROCESS_DESIGN", "1/8", "LOGISTICS", "1/12", "SALES", "1/12", "CUSTOMER_SERVICE", "1/12");
        model.weights(PROCESS, 1, "STRATEGY", "1/5", "PRODUCTION_OPERATIONS", "2/5", "PRODUCT_DESIGN", "1/10",
                "PROCESS_DESIGN", "1/10", "LOGISTICS", "1/15", "SALES", "1/15", "CUSTOMER_SERVICE", "1/15");
        for (int level = 2; level <= 5; level++) {
            model.weights(DISCRETE, level, "STRATEGY", "1/8", "DATA", "1/8", "PRODUCTION_OPERATIONS", "1/4",
                    "PRODUCT_DESIGN", "1/8", "PROCESS_DESIGN", "1/8", "LOGISTICS", "1/12", "SALES", "1/12",
                    "CUSTOMER_SERVICE", "1/12");
            model.weights(PROCESS, level, "STRATEGY", "0.1", "DATA", "0.1", "PRODUCTION_OPERATIONS", "0.4",
                    "PRODUCT_DESIGN", "0.1", "PROCESS_DESIGN", "0.1", "LOGISTICS", "0.1", "SALES", "0.05",
                    "CUSTOMER_SERVICE", "0.05");
        }
        List<String> order = List.of("STRATEGY", "DATA", "PRODUCTION_OPERATIONS", "PRODUCT_DESIGN", "PROCESS_DESIGN",
                "LOGISTICS", "SALES", "CUSTOMER_SERVICE");
        for (int level = 1; level <= 5; level++) {
            for (String subDomain : order) {
                if (subDomain.equals("DATA") && level == 1) {
                    continue;
                }
                if (subDomain.equals("PRODUCTION_OPERATIONS")) {
                    model.question(id(level, subDomain, 1), level, subDomain, DISCRETE, PROCESS);
                    model.question(id(level, subDomain, 2), level, subDomain, DISCRETE);
                    model.question(id(level, subDomain, 3), level, subDomain, PROCESS);
                } else {
                    model.question(id(level, subDomain, 1), level, subDomain, DISCRETE, PROCESS);
                    model.question(id(level, subDomain, 2), level, subDomain, DISCRETE, PROCESS);
                }
            }
        }
        return model;
    }

    /** The model of {@code small-model.json}: STRATEGY at levels 1-5 and tailorable SALES at levels 1-2. */
    static TestModelBuilder small() {
        TestModelBuilder model = new TestModelBuilder()
                .element("PERSONNEL", "人员", "Personnel")
                .domain("STRATEGY", "组织战略", "Organization and strategy", false, 1)
                .subDomain("STRATEGY", "组织战略", "Organization and strategy", 1, 5)
                .element("MANUFACTURING", "制造", "Manufacturing")
                .domain("SALES", "销售", "Sales", true, 7)
                .subDomain("SALES", "销售", "Sales", 1, 2);
        for (int level = 1; level <= 2; level++) {
            model.weights(DISCRETE, level, "STRATEGY", "1/2", "SALES", "1/2");
            model.weights(PROCESS, level, "STRATEGY", "0.6", "SALES", "0.4");
        }
        for (int level = 3; level <= 5; level++) {
            model.weights(DISCRETE, level, "STRATEGY", "1");
            model.weights(PROCESS, level, "STRATEGY", "1");
        }
        for (int level = 1; level <= 5; level++) {
            model.question(id(level, "STRATEGY", 1), level, "STRATEGY", DISCRETE, PROCESS);
            model.question(id(level, "STRATEGY", 2), level, "STRATEGY", DISCRETE, PROCESS);
            if (level <= 2) {
                model.question(id(level, "SALES", 1), level, "SALES", DISCRETE, PROCESS);
                model.question(id(level, "SALES", 2), level, "SALES", DISCRETE, PROCESS);
            }
        }
        return model;
    }

    static String id(int level, String subDomain, int number) {
        return "L" + level + "." + subDomain + ".0" + number;
    }

    static LocalizedText text(String zh, String en) {
        return new LocalizedText(zh, en);
    }

    TestModelBuilder version(String version) {
        this.version = version;
        return this;
    }

    TestModelBuilder threshold(String threshold) {
        this.threshold = threshold;
        return this;
    }

    TestModelBuilder level(int number, String code, String zh, String en) {
        levels.add(new Level(number, code, text(zh, en), text(zh + "说明", en + " description")));
        return this;
    }

    TestModelBuilder element(String code, String zh, String en) {
        elements.add(new ElementSpec(code, text(zh, en)));
        return this;
    }

    /** Adds a domain to the last element. */
    TestModelBuilder domain(String code, String zh, String en, boolean tailorable, int navigationOrder) {
        elements.get(elements.size() - 1).domains.add(new DomainSpec(code, text(zh, en), tailorable, navigationOrder));
        return this;
    }

    /** Adds a sub-domain, for both production types at levels {@code from..to}, to the last domain. */
    TestModelBuilder subDomain(String code, String zh, String en, int from, int to) {
        List<DomainSpec> domains = elements.get(elements.size() - 1).domains;
        domains.get(domains.size() - 1).subDomains.add(new SubDomain(code, text(zh, en),
                Set.copyOf(IntStream.rangeClosed(from, to).boxed().toList()), Set.of(DISCRETE, PROCESS)));
        return this;
    }

    /** Replaces a sub-domain wherever it is, e.g. to narrow where it applies. */
    TestModelBuilder mapSubDomain(String code, UnaryOperator<SubDomain> change) {
        for (ElementSpec element : elements) {
            for (DomainSpec domain : element.domains) {
                domain.subDomains.replaceAll(subDomain -> subDomain.code().equals(code) ? change.apply(subDomain) : subDomain);
            }
        }
        return this;
    }

    /** Sets the weight table of a production type and level: code, weight, code, weight, … */
    TestModelBuilder weights(ProductionType type, int level, String... codesAndWeights) {
        Map<String, Ratio> table = new LinkedHashMap<>();
        for (int i = 0; i < codesAndWeights.length; i += 2) {
            table.put(codesAndWeights[i], Ratio.parse(codesAndWeights[i + 1]));
        }
        removeWeights(type, level);
        weights.add(new WeightTable(type, level, table));
        return this;
    }

    TestModelBuilder removeWeights(ProductionType type, int level) {
        weights.removeIf(table -> table.productionType() == type && table.level() == level);
        return this;
    }

    TestModelBuilder question(String id, int level, String subDomain, ProductionType... types) {
        questions.add(new Question(id, level, subDomain, Set.copyOf(Arrays.asList(types)),
                text("问题 " + id, "Question " + id), text("证据 " + id, "Evidence for " + id)));
        return this;
    }

    TestModelBuilder mapQuestion(String id, UnaryOperator<Question> change) {
        questions.replaceAll(question -> question.id().equals(id) ? change.apply(question) : question);
        return this;
    }

    TestModelBuilder removeQuestion(String id) {
        questions.removeIf(question -> question.id().equals(id));
        return this;
    }

    List<Level> levels() {
        return levels;
    }

    List<AnswerOption> answerOptions() {
        return answerOptions;
    }

    List<ScoreBand> scoreBands() {
        return scoreBands;
    }

    List<ProductionTypeName> productionTypes() {
        return productionTypes;
    }

    List<WeightTable> weightTables() {
        return weights;
    }

    List<Question> questions() {
        return questions;
    }

    List<BasicDataField> basicData() {
        return basicData;
    }

    MaturityModel build() {
        return new MaturityModel(version, text("测试模型", "Test model"), text("用于单元测试的小模型", "A small model for unit tests"),
                List.of("GB/T 39116-2020", "GB/T 39117-2020"), Ratio.parse(threshold), answerOptions,
                text("企业不涉及此题目", "Not involved in the enterprise"), scoreBands, levels, productionTypes,
                elements.stream().map(ElementSpec::build).toList(), weights, questions, basicData);
    }

    private static final class ElementSpec {
        final String code;
        final LocalizedText name;
        final List<DomainSpec> domains = new ArrayList<>();

        ElementSpec(String code, LocalizedText name) {
            this.code = code;
            this.name = name;
        }

        Element build() {
            return new Element(code, name, domains.stream().map(DomainSpec::build).toList());
        }
    }

    private static final class DomainSpec {
        final String code;
        final LocalizedText name;
        final boolean tailorable;
        final int navigationOrder;
        final List<SubDomain> subDomains = new ArrayList<>();

        DomainSpec(String code, LocalizedText name, boolean tailorable, int navigationOrder) {
            this.code = code;
            this.name = name;
            this.tailorable = tailorable;
            this.navigationOrder = navigationOrder;
        }

        Domain build() {
            return new Domain(code, name, tailorable, navigationOrder, subDomains);
        }
    }
}
