package org.cmmm.report.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.cmmm.diagnosis.control.DiagnosisComparison;
import org.cmmm.diagnosis.control.DiagnosisReport;
import org.cmmm.diagnosis.entity.Diagnosis;
import org.cmmm.model.control.Answer;
import org.cmmm.model.control.MaturityModel;
import org.cmmm.model.control.ModelReader;
import org.cmmm.model.control.ProductionType;
import org.cmmm.model.control.Question;
import org.cmmm.model.control.ScoreExplanation;
import org.cmmm.model.control.ScoringEngine;
import org.cmmm.model.control.Tailoring;
import org.junit.jupiter.api.Test;

/**
 * The report benchmark (issue 14; README, "Benchmarks"): writes 1,000 reports of realistic diagnoses under the shipped
 * model (levels answered as enterprises do — 63 % stop at level 1 or 2 — with tailoring in one in five, one to four
 * earlier results, three peer groups), after 100 to warm up, and prints the median and p95 time per report and the
 * sizes. A command that prints figures, not a test of them: it fails only when a report is not written.
 *
 * <pre>mvn -B -q test -pl ejb-module -Dtest=ReportBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 *
 * Times what the report itself costs (scoring is the result page's and is done before); the boundary adds a
 * handful of key lookups.
 */
class ReportBenchmark {

    private static final int WARM_UP = 100;
    private static final int REPORTS = Integer.getInteger("benchmark.reports", 1_000);

    private final MaturityModel model = model();
    private final ScoringEngine scoring = new ScoringEngine();

    @Test
    void writeAThousandReportsAndPrintTheirTimesAndSizes() throws Exception {
        Random random = new Random(20261202L);
        List<ReportContent> contents = new ArrayList<>();
        for (int i = 0; i < WARM_UP + REPORTS; i++) {
            contents.add(content(random, i % 4 == 3 ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE));
        }
        long[] nanos = new long[REPORTS];
        long[] sizes = new long[REPORTS];
        for (int i = 0; i < WARM_UP + REPORTS; i++) {
            long started = System.nanoTime();
            byte[] pdf = ReportPages.write(contents.get(i));
            long took = System.nanoTime() - started;
            assertThat(pdf.length).isPositive();
            if (i >= WARM_UP) {
                nanos[i - WARM_UP] = took;
                sizes[i - WARM_UP] = pdf.length;
            }
        }
        Arrays.sort(nanos);
        Arrays.sort(sizes);
        System.out.printf("[benchmark] %,d reports (after %d to warm up), one thread: median %.1f ms, p95 %.1f ms, max %.1f ms;"
                        + " size average %,d bytes, max %,d bytes (bar: p95 ≤ 150 ms, ≤ 300 KB)%n", REPORTS, WARM_UP,
                nanos[REPORTS / 2] / 1e6, nanos[(int) (REPORTS * 0.95)] / 1e6, nanos[REPORTS - 1] / 1e6,
                Arrays.stream(sizes).sum() / REPORTS, sizes[REPORTS - 1]);
    }

    /** A diagnosis as enterprises answer them: levels below the last mostly satisfied, the last one mixed. */
    private ReportContent content(Random random, Locale locale) {
        ProductionType type = random.nextInt(10) < 7 ? ProductionType.DISCRETE : ProductionType.PROCESS;
        Tailoring tailoring = Tailoring.of(model, random.nextInt(5) == 0 ? List.of("LOGISTICS") : List.of());
        int last = lastLevel(random);
        LocalDateTime completed = LocalDateTime.of(2026, 11, 1, 9, 0).plusMinutes(random.nextInt(40_000));
        Map<String, String> stored = new HashMap<>();
        ScoreExplanation now = explain(random, type, tailoring, last, stored);
        ScoreExplanation before = explain(random, type, tailoring, Math.max(1, last - random.nextInt(2)), new HashMap<>());
        Diagnosis current = diagnosis(type, tailoring, completed, now);
        Diagnosis previous = diagnosis(type, tailoring, completed.minusMonths(6), before);
        DiagnosisReport report = new DiagnosisReport(current, model, now, stored, Optional.of(previous),
                Optional.of(DiagnosisComparison.of(now, before)));
        List<ReportContent.HistoryPoint> history = new ArrayList<>();
        int earlier = 1 + random.nextInt(4);
        for (int i = earlier; i >= 1; i--) {
            history.add(new ReportContent.HistoryPoint(completed.minusMonths(6L * i), before.result().total(),
                    before.result().maturityLevel()));
        }
        history.add(new ReportContent.HistoryPoint(completed, now.result().total(), now.result().maturityLevel()));
        List<ReportContent.Peer> peers = new ArrayList<>();
        for (String scope : List.of("江苏省", "同行业（34 通用设备制造业）", "同规模（小型企业）")) {
            List<BigDecimal> bySubDomain = model.navigationOrder().stream()
                    .map(subDomain -> random.nextInt(8) == 0 ? null : BigDecimal.valueOf(random.nextInt(300), 2)).toList();
            peers.add(new ReportContent.Peer(scope, BigDecimal.valueOf(50 + random.nextInt(200), 2), bySubDomain));
        }
        return new ReportContent(locale, "CMMM-20261202-" + String.format("%06d", random.nextInt(999_999)),
                new ReportContent.Enterprise("苏州市某精密机械制造有限公司", "91320505MA1XYZ1234", "江苏省 苏州市 吴中区",
                        "3411 锅炉及辅助设备制造", locale.getLanguage().equals("en") ? "Small" : "小型"),
                report, history, new ReportContent.Peers(LocalDateTime.of(2026, 12, 1, 2, 0), 5, peers),
                VerificationCode.next(), "https://cmmm.example.cn/verify/K7Q2M9XW4TP8RZ3A");
    }

    /** 23 % end at level 1, 40 % at 2, 21 % at 3, 12 % at 4, 4 % at 5 (DOMAIN.md §5, roughly). */
    private static int lastLevel(Random random) {
        int p = random.nextInt(100);
        return p < 23 ? 1 : p < 63 ? 2 : p < 84 ? 3 : p < 96 ? 4 : 5;
    }

    /** Answers levels 1 to {@code last} into {@code stored} (as the database keeps them) and scores them. */
    private ScoreExplanation explain(Random random, ProductionType type, Tailoring tailoring, int last, Map<String, String> stored) {
        Map<String, Answer> answers = new HashMap<>();
        String[] good = {"FULL", "FULL", "MOSTLY", "MOSTLY", "PARTLY"};
        String[] mixed = {"FULL", "MOSTLY", "PARTLY", "NOT", "NOT"};
        for (int level = 1; level <= last; level++) {
            for (Question question : model.questionsFor(level, type)) {
                String[] pool = level < last ? good : mixed;
                String code = tailoring.isTailored(question.subDomain()) ? Answer.NOT_INVOLVED_CODE : pool[random.nextInt(pool.length)];
                stored.put(question.id(), code);
                answers.put(question.id(), Answer.stored(code));
            }
        }
        return scoring.explain(model, type, tailoring, answers);
    }

    private Diagnosis diagnosis(ProductionType type, Tailoring tailoring, LocalDateTime completedAt, ScoreExplanation explanation) {
        Diagnosis diagnosis = new Diagnosis(42, "/320000/320500/320506/", model.version(), tailoring.subDomains(),
                completedAt.minusDays(1));
        diagnosis.submitBasicData("{}", type, completedAt.minusDays(1));
        diagnosis.complete(explanation.result().total().toString(), explanation.result().total().toBigDecimal(4),
                explanation.result().maturityLevel(), explanation.result().levelsReached(), completedAt);
        return diagnosis;
    }

    private static MaturityModel model() {
        try (InputStream in = ReportBenchmark.class.getClassLoader().getResourceAsStream("cmmm/model/CMMM-2020r2.json")) {
            return new ModelReader().read(in);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
