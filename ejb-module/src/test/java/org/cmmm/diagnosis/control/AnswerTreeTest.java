package org.cmmm.diagnosis.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cmmm.diagnosis.control.AnswerTree.Kind;
import org.cmmm.diagnosis.control.AnswerTree.Node;
import org.cmmm.model.control.MaturityModel;
import org.cmmm.model.control.ModelReader;
import org.cmmm.model.control.ProductionType;
import org.cmmm.model.control.Question;
import org.junit.jupiter.api.Test;

/** The answering tree on the published model: its shape, its order and the progress on every node. */
class AnswerTreeTest {

    private static final MaturityModel MODEL = published();

    @Test
    void topNodesAreTheEightOfTheManualInOrder() {
        AnswerTree tree = AnswerTree.of(MODEL, 1, ProductionType.DISCRETE, Map.of());

        assertThat(tree.roots()).extracting(node -> node.name().zh())
                .containsExactly("人员", "技术", "资源", "生产", "设计", "物流", "销售", "服务");
        assertThat(tree.roots()).allSatisfy(root -> assertThat(root.depth()).isZero());
    }

    @Test
    void domainsSubDomainsAndQuestionsHangBelowTheirGroup() {
        AnswerTree tree = AnswerTree.of(MODEL, 2, ProductionType.DISCRETE, Map.of());

        Node personnel = root(tree, "人员");
        assertThat(personnel.children()).extracting(node -> node.name().zh()).containsExactly("组织战略", "人员技能");
        // 组织战略 is a domain with one sub-domain of the same name: shown once, its questions directly below
        Node strategy = personnel.children().get(0);
        assertThat(strategy.depth()).isEqualTo(1);
        assertThat(strategy.children()).isNotEmpty().allSatisfy(question -> {
            assertThat(question.kind()).isEqualTo(Kind.QUESTION);
            assertThat(question.depth()).isEqualTo(2);
            assertThat(question.subDomain()).isEqualTo(strategy.subDomain());
        });

        Node production = root(tree, "生产");
        assertThat(production.children()).extracting(Node::kind).containsOnly(Kind.SUB_DOMAIN);
        assertThat(production.children()).extracting(node -> node.name().zh()).contains("采购", "生产作业", "能源管理");

        Node logistics = root(tree, "物流");
        assertThat(logistics.children()).extracting(Node::kind).containsOnly(Kind.QUESTION);
    }

    @Test
    void everyQuestionOfTheLevelIsALeafExactlyOnce() {
        for (ProductionType type : ProductionType.values()) {
            for (int level = 1; level <= 5; level++) {
                AnswerTree tree = AnswerTree.of(MODEL, level, type, Map.of());
                List<String> leaves = tree.nodes().stream().filter(node -> node.kind() == Kind.QUESTION).map(Node::code).toList();
                assertThat(leaves).as("level %d %s", level, type)
                        .containsExactlyInAnyOrderElementsOf(MODEL.questionsFor(level, type).stream().map(Question::id).toList());
                assertThat(tree.total()).isEqualTo(leaves.size());
            }
        }
    }

    @Test
    void progressIsCountedOnEveryNodeAndOverall() {
        List<Question> questions = MODEL.questionsFor(3, ProductionType.PROCESS);
        Map<String, String> answers = new HashMap<>();
        for (int i = 0; i < questions.size(); i += 3) {
            answers.put(questions.get(i).id(), "FULL");
        }
        answers.put(questions.get(1).id(), null); // chosen and cleared: still unanswered

        AnswerTree tree = AnswerTree.of(MODEL, 3, ProductionType.PROCESS, answers);

        assertThat(tree.answered()).isEqualTo((questions.size() + 2) / 3);
        assertThat(tree.total()).isEqualTo(questions.size());
        for (Node node : tree.nodes()) {
            if (node.kind() == Kind.QUESTION) {
                assertThat(node.answered()).isEqualTo(answers.get(node.code()) == null ? 0 : 1);
                assertThat(node.total()).isEqualTo(1);
            } else {
                assertThat(node.answered()).as(node.code()).isEqualTo(node.children().stream().mapToLong(Node::answered).sum());
                assertThat(node.total()).as(node.code()).isEqualTo(node.children().stream().mapToInt(Node::total).sum());
            }
        }
    }

    @Test
    void subDomainOrderFollowsTheTreeAndMatchesTheModelsNavigationOrder() {
        AnswerTree tree = AnswerTree.of(MODEL, 1, ProductionType.DISCRETE, Map.of());

        assertThat(tree.subDomains()).containsExactlyElementsOf(
                MODEL.subDomainsAt(1, ProductionType.DISCRETE).stream().map(s -> s.code()).toList());
    }

    @Test
    void answeringResumesAtTheFirstSubDomainWithAnUnansweredQuestion() {
        List<String> order = AnswerTree.of(MODEL, 1, ProductionType.DISCRETE, Map.of()).subDomains();
        Map<String, String> answers = new HashMap<>();
        MODEL.questionsFor(1, ProductionType.DISCRETE).stream()
                .filter(q -> q.subDomain().equals(order.get(0)) || q.subDomain().equals(order.get(1)))
                .forEach(q -> answers.put(q.id(), "MOSTLY"));

        assertThat(AnswerTree.of(MODEL, 1, ProductionType.DISCRETE, Map.of()).firstUnanswered()).isEqualTo(order.get(0));
        AnswerTree partly = AnswerTree.of(MODEL, 1, ProductionType.DISCRETE, answers);
        assertThat(partly.firstUnanswered()).isEqualTo(order.get(2));
        assertThat(partly.firstUnansweredQuestion()).map(AnswerTree.Node::code).contains(
                MODEL.questionsFor(1, ProductionType.DISCRETE).stream().filter(q -> q.subDomain().equals(order.get(2)))
                        .findFirst().orElseThrow().id());

        MODEL.questionsFor(1, ProductionType.DISCRETE).forEach(q -> answers.put(q.id(), "FULL"));
        AnswerTree complete = AnswerTree.of(MODEL, 1, ProductionType.DISCRETE, answers);
        assertThat(complete.firstUnanswered()).isEqualTo(order.get(0));
        assertThat(complete.firstUnansweredQuestion()).isEmpty();
        assertThat(complete.roots()).allSatisfy(root -> assertThat(root.isDone()).isTrue());
    }

    @Test
    void aGroupOpensItsFirstSubDomainAndOnlyNodesOverQuestionsOpenQuestions() {
        AnswerTree tree = AnswerTree.of(MODEL, 1, ProductionType.DISCRETE, Map.of());
        Node production = root(tree, "生产");
        String firstProductionSubDomain = production.children().get(0).subDomain();

        assertThat(production.subDomain()).isEqualTo(firstProductionSubDomain);
        assertThat(production.opensQuestions()).isFalse();
        assertThat(production.children().get(0).opensQuestions()).isTrue();
        assertThat(root(tree, "物流").opensQuestions()).isTrue();
    }

    private static Node root(AnswerTree tree, String zh) {
        return tree.roots().stream().filter(node -> node.name().zh().equals(zh)).findFirst().orElseThrow();
    }

    private static MaturityModel published() {
        try (InputStream in = AnswerTreeTest.class.getClassLoader().getResourceAsStream("cmmm/model/CMMM-2020.json")) {
            return new ModelReader().read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
