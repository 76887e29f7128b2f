package org.cmmm.diagnosis.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.cmmm.model.control.Domain;
import org.cmmm.model.control.Element;
import org.cmmm.model.control.LocalizedText;
import org.cmmm.model.control.MaturityModel;
import org.cmmm.model.control.ProductionType;
import org.cmmm.model.control.Question;
import org.cmmm.model.control.SubDomain;

/**
 * The navigation tree of one level being answered (manual §1.4): the eight top nodes 人员, 技术, 资源, 生产, 设计,
 * 物流, 销售, 服务, then domains, sub-domains and questions, each with how many of its questions are answered.
 * <p>
 * 人员, 技术 and 资源 are elements whose domains follow below them; under 制造 each domain is a top node of its
 * own. A node whose only child carries the same name (组织战略 › 组织战略, 物流 › 物流) is shown once: the
 * standard repeats the name, the user should not have to open it twice. Sub-domains and groups without a
 * question at this level are left out.
 */
public record AnswerTree(List<Node> roots) {

    /** What a node stands for; a click on a group opens its first sub-domain, on a question its sub-domain. */
    public enum Kind { GROUP, DOMAIN, SUB_DOMAIN, QUESTION }

    /**
     * A node in depth-first order. {@code subDomain} is the sub-domain a click opens; {@code code} is the
     * element, domain, sub-domain code or the question id. A sub-domain node merged into its group or domain
     * keeps the outer kind and names the sub-domain in {@code subDomain}.
     */
    public record Node(Kind kind, String code, LocalizedText name, int depth, String subDomain,
                       long answered, int total, List<Node> children) {

        public Node {
            Objects.requireNonNull(kind, "kind");
            children = List.copyOf(children);
        }

        public boolean isDone() {
            return answered == total;
        }

        /** This node, then every node below it, depth first. */
        public List<Node> flatten() {
            List<Node> all = new ArrayList<>();
            all.add(this);
            children.forEach(child -> all.addAll(child.flatten()));
            return all;
        }

        /** Whether this node holds a sub-domain's questions itself (rather than grouping sub-domains). */
        public boolean opensQuestions() {
            return !children.isEmpty() && children.get(0).kind() == Kind.QUESTION;
        }

        Node at(int newDepth) {
            return new Node(kind, code, name, newDepth, subDomain, answered, total,
                    children.stream().map(child -> child.at(newDepth + 1)).toList());
        }
    }

    /** @param roots the top nodes, in navigation order */
    public AnswerTree {
        roots = List.copyOf(roots);
    }

    /**
     * The tree of a level for a diagnosis of a production type, with progress from its answers (question id →
     * option code; an absent or null value is unanswered).
     */
    public static AnswerTree of(MaturityModel model, int level, ProductionType type, Map<String, String> answers) {
        List<Question> questions = model.questionsFor(level, type);
        Map<Integer, Group> groups = new TreeMap<>(); // by navigation order
        for (Element element : model.elements()) {
            // an element whose domains are separate top nodes (制造) lends its domains' names to the groups
            boolean manufacturing = element.domains().stream().map(Domain::navigationOrder).distinct().count() > 1;
            for (Domain domain : element.domains()) {
                Node domainNode = domainNode(domain, level, type, questions, answers);
                if (domainNode != null) {
                    groups.computeIfAbsent(domain.navigationOrder(), order -> manufacturing
                                    ? new Group(domain.code(), domain.name(), new ArrayList<>())
                                    : new Group(element.code(), element.name(), new ArrayList<>()))
                            .children().add(domainNode);
                }
            }
        }
        // under 制造 the group is the domain itself, so merging puts its sub-domains directly below it
        return new AnswerTree(groups.values().stream()
                .map(group -> merge(withProgress(Kind.GROUP, group.code(), group.name(),
                        group.children().get(0).subDomain(), group.children())).at(0))
                .toList());
    }

    /** A top node while the tree is built: its domains are added one by one. */
    private record Group(String code, LocalizedText name, List<Node> children) {
    }

    private static Node domainNode(Domain domain, int level, ProductionType type, List<Question> questions,
                                   Map<String, String> answers) {
        List<Node> subDomains = new ArrayList<>();
        for (SubDomain subDomain : domain.subDomains()) {
            if (!subDomain.appliesAt(level, type)) {
                continue;
            }
            List<Node> questionNodes = new ArrayList<>();
            for (Question question : questions) {
                if (question.subDomain().equals(subDomain.code())) {
                    questionNodes.add(new Node(Kind.QUESTION, question.id(), question.text(), 0, subDomain.code(),
                            answers.get(question.id()) == null ? 0 : 1, 1, List.of()));
                }
            }
            if (!questionNodes.isEmpty()) {
                subDomains.add(withProgress(Kind.SUB_DOMAIN, subDomain.code(), subDomain.name(), subDomain.code(), questionNodes));
            }
        }
        return subDomains.isEmpty() ? null : merge(withProgress(Kind.DOMAIN, domain.code(), domain.name(),
                subDomains.get(0).subDomain(), subDomains));
    }

    /** Folds a single same-named child into its parent; the parent keeps its kind, the child's sub-domain. */
    private static Node merge(Node node) {
        if (node.children().size() == 1 && node.children().get(0).name().equals(node.name())) {
            Node only = node.children().get(0);
            return new Node(node.kind(), node.code(), node.name(), 0, only.subDomain(), only.answered(), only.total(), only.children());
        }
        return node;
    }

    private static Node withProgress(Kind kind, String code, LocalizedText name, String subDomain, List<Node> children) {
        long answered = children.stream().mapToLong(Node::answered).sum();
        int total = children.stream().mapToInt(Node::total).sum();
        return new Node(kind, code, name, 0, subDomain, answered, total, children);
    }

    /** Every node, depth first. */
    public List<Node> nodes() {
        return roots.stream().flatMap(root -> root.flatten().stream()).toList();
    }

    public long answered() {
        return roots.stream().mapToLong(Node::answered).sum();
    }

    public int total() {
        return roots.stream().mapToInt(Node::total).sum();
    }

    /** The sub-domains in the order the tree shows them; 上一步 / 下一步 walk this list. */
    public List<String> subDomains() {
        return nodes().stream().filter(Node::opensQuestions).map(Node::subDomain).toList();
    }

    /** The first unanswered question in tree order, if any: where answering resumes. */
    public Optional<Node> firstUnansweredQuestion() {
        return nodes().stream().filter(node -> node.kind() == Kind.QUESTION && !node.isDone()).findFirst();
    }

    /** Where answering resumes: the sub-domain of the first unanswered question, else the first one. */
    public String firstUnanswered() {
        return firstUnansweredQuestion().map(Node::subDomain)
                .orElse(subDomains().isEmpty() ? null : subDomains().get(0));
    }
}
