package org.cmmm.report.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cmmm.diagnosis.control.DiagnosisComparison;
import org.cmmm.diagnosis.control.DiagnosisReport;
import org.cmmm.diagnosis.entity.Diagnosis;
import org.cmmm.model.control.MaturityModel;
import org.cmmm.model.control.ModelReader;
import org.cmmm.model.control.ProductionType;
import org.cmmm.model.control.Question;
import org.cmmm.model.control.ScoreExplanation;
import org.cmmm.model.control.ScoringEngine;
import org.cmmm.model.control.Tailoring;
import org.junit.jupiter.api.Test;

/**
 * The report of a diagnosis with known answers under the shipped model CMMM-2020r2: levels 1 and 2 answered "fully"
 * everywhere, level 3 "partly" everywhere (0.5, not reached), logistics tailored; an earlier diagnosis reached level
 * 1 only. Read back as text, in both languages.
 */
class ReportPagesTest {

    private static final MaturityModel MODEL = model();
    private static final ScoringEngine ENGINE = new ScoringEngine();
    private static final Tailoring TAILORED = Tailoring.of(MODEL, List.of("LOGISTICS"));

    @Test
    void theChineseReportNamesTheEnterpriseTheTotalTheLevelAndEachLevelsScore() throws Exception {
        String text = textOf(ReportPages.write(content(Locale.SIMPLIFIED_CHINESE, peers())), "zh");
        ScoreExplanation explanation = explanation(3, "PARTLY");
        assertThat(explanation.result().maturityLevel()).isEqualTo(2);
        assertThat(text).contains("智能制造能力成熟度自诊断报告", "苏州精密机械有限公司", "91320505MA1XYZ1234", "总分  "
                        + explanation.result().display(), "成熟度等级  " + MODEL.level(2).orElseThrow().name().zh(),
                "各等级得分", "已达到", "未达到", "各能力子域得分", "能力子域雷达图", "企业不涉及的能力子域", "物流",
                "达到下一等级的差距", "历次自诊断", "与上次自诊断相比", "同类比较", "江苏省", "样本不足", "报告验证",
                "K7Q2M9XW4TP8RZ3A", "1 / ");
        for (var level : explanation.levels()) {
            assertThat(text).contains(level.display());
        }
    }

    @Test
    void theEnglishReportAndAReportWithoutStatistics() throws Exception {
        String text = textOf(ReportPages.write(content(Locale.ENGLISH, ReportContent.Peers.none(5))), "en");
        assertThat(text).contains("Self-Diagnosis Report", "Score of each level", "Not reached", "What the next level needs",
                "No statistics yet.", "Verification code").doesNotContain("各等级得分");
    }

    private static ReportContent.Peers peers() {
        List<BigDecimal> bySubDomain = MODEL.navigationOrder().stream().map(subDomain -> new BigDecimal("1.50")).toList();
        return new ReportContent.Peers(LocalDateTime.of(2026, 12, 1, 2, 0), 5, List.of(
                new ReportContent.Peer("江苏省", new BigDecimal("1.7342"), bySubDomain),
                new ReportContent.Peer("3311 金属结构制造", null, bySubDomain)));
    }

    private static ReportContent content(Locale locale, ReportContent.Peers peers) {
        Diagnosis previous = diagnosis(LocalDateTime.of(2026, 6, 1, 10, 0), explanation(2, "PARTLY"));
        Diagnosis current = diagnosis(LocalDateTime.of(2026, 11, 30, 16, 20), explanation(3, "PARTLY"));
        ScoreExplanation now = explanation(3, "PARTLY");
        ScoreExplanation before = explanation(2, "PARTLY");
        DiagnosisReport report = new DiagnosisReport(current, MODEL, now, answers(3, "PARTLY"), Optional.of(previous),
                Optional.of(DiagnosisComparison.of(now, before)));
        return new ReportContent(locale, "CMMM-20261130-000042", new ReportContent.Enterprise("苏州精密机械有限公司",
                "91320505MA1XYZ1234", "江苏省 苏州市 虎丘区", "3311 金属结构制造", locale.getLanguage().equals("en") ? "Small" : "小型"),
                report, List.of(
                        new ReportContent.HistoryPoint(previous.getCompletedAt(), before.result().total(), before.result().maturityLevel()),
                        new ReportContent.HistoryPoint(current.getCompletedAt(), now.result().total(), now.result().maturityLevel())),
                peers, "K7Q2M9XW4TP8RZ3A", "https://cmmm.example.cn/verify/K7Q2M9XW4TP8RZ3A");
    }

    /** Levels below {@code last} answered FULL, level {@code last} with {@code lastAnswer}. */
    private static Map<String, String> answers(int last, String lastAnswer) {
        Map<String, String> answers = new HashMap<>();
        for (int level = 1; level <= last; level++) {
            for (Question question : MODEL.questionsFor(level, ProductionType.DISCRETE)) {
                boolean tailored = TAILORED.isTailored(question.subDomain());
                answers.put(question.id(), tailored ? org.cmmm.model.control.Answer.NOT_INVOLVED_CODE : level < last ? "FULL" : lastAnswer);
            }
        }
        return answers;
    }

    private static ScoreExplanation explanation(int last, String lastAnswer) {
        Map<String, org.cmmm.model.control.Answer> answers = new HashMap<>();
        answers(last, lastAnswer).forEach((question, code) -> answers.put(question, org.cmmm.model.control.Answer.stored(code)));
        return ENGINE.explain(MODEL, ProductionType.DISCRETE, TAILORED, answers);
    }

    private static Diagnosis diagnosis(LocalDateTime completedAt, ScoreExplanation explanation) {
        Diagnosis diagnosis = new Diagnosis(42, "/320000/320500/320505/", MODEL.version(), Set.of("LOGISTICS"), completedAt.minusDays(1));
        diagnosis.submitBasicData("{}", ProductionType.DISCRETE, completedAt.minusDays(1));
        diagnosis.complete(explanation.result().total().toString(), explanation.result().total().toBigDecimal(4),
                explanation.result().maturityLevel(), explanation.result().levelsReached(), completedAt);
        return diagnosis;
    }

    private static String textOf(byte[] pdf, String language) throws Exception {
        Files.write(Path.of("target", "report-" + language + ".pdf"), pdf);
        assertThat(pdf.length).isLessThan(300_000);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static MaturityModel model() {
        try (InputStream in = ReportPagesTest.class.getClassLoader().getResourceAsStream("cmmm/model/CMMM-2020r2.json")) {
            return new ModelReader().read(in);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
