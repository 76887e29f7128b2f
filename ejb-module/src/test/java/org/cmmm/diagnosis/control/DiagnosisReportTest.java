package org.cmmm.diagnosis.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cmmm.diagnosis.entity.Diagnosis;
import org.cmmm.model.control.Answer;
import org.cmmm.model.control.MaturityModel;
import org.cmmm.model.control.ModelReader;
import org.cmmm.model.control.ProductionType;
import org.cmmm.model.control.Question;
import org.cmmm.model.control.ScoreExplanation;
import org.cmmm.model.control.ScoringEngine;
import org.cmmm.model.control.SubDomain;
import org.cmmm.model.control.Tailoring;
import org.junit.jupiter.api.Test;

class DiagnosisReportTest {

    @Test
    void tailoredSubDomainsAreListedInTheModelsOrderNotAlphabetically() throws Exception {
        MaturityModel model;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("cmmm/model/CMMM-2020r2.json")) {
            model = new ModelReader().read(in);
        }
        // alphabetically CUSTOMER_SERVICE, LOGISTICS, PRODUCT_DESIGN; in the model 设计 → 物流 → 服务
        Tailoring tailoring = Tailoring.of(model, List.of("CUSTOMER_SERVICE", "LOGISTICS", "PRODUCT_DESIGN"));
        Map<String, Answer> answers = new HashMap<>();
        for (Question question : model.questionsFor(1, ProductionType.DISCRETE)) {
            answers.put(question.id(), tailoring.isTailored(question.subDomain()) ? Answer.NOT_INVOLVED : Answer.stored("NOT"));
        }
        ScoreExplanation explanation = new ScoringEngine().explain(model, ProductionType.DISCRETE, tailoring, answers);
        Diagnosis diagnosis = new Diagnosis(1, "/320000/320500/320505/", model.version(), tailoring.subDomains(), LocalDateTime.now());
        DiagnosisReport report = new DiagnosisReport(diagnosis, model, explanation, Map.of(), Optional.empty(), Optional.empty());

        assertThat(report.tailored()).extracting(SubDomain::code)
                .containsExactly("PRODUCT_DESIGN", "LOGISTICS", "CUSTOMER_SERVICE");
    }
}
