package org.cmmm.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cmmm.diagnosis.boundary.DiagnosisResultService;
import org.cmmm.diagnosis.boundary.DiagnosisService;
import org.cmmm.diagnosis.control.DiagnosisReport;
import org.cmmm.it.DiagnosisAnswering;
import org.cmmm.it.PlatformDeployment;
import org.cmmm.it.Subjects;
import org.cmmm.it.TestData;
import org.cmmm.model.control.LevelScore;
import org.cmmm.platform.control.AccountPrincipal;
import org.cmmm.platform.control.BusinessException;
import org.cmmm.platform.control.Role;
import org.cmmm.report.boundary.Report;
import org.cmmm.report.boundary.ReportService;
import org.cmmm.report.boundary.ReportVerification;
import org.cmmm.report.boundary.VerifiedReport;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The report boundary on the real server and database: a diagnosis answered through the boundary (level 1 fully,
 * level 2 partly and not in turn, logistics tailored) gives a report whose text names the enterprise, the total, the
 * level and each level's score as the result computes them, in an embedded subset of the shipped font with vector
 * charts; the first download issues a code that every later one repeats; the public check shows that report and
 * nothing of an unknown code; and whoever may not read the result gets "not found" for the report too.
 */
@ExtendWith(ArquillianExtension.class)
class ReportIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return PlatformDeployment.earWithTests(ReportIT.class, DiagnosisAnswering.class);
    }

    @Inject
    DiagnosisService diagnoses;

    @Inject
    DiagnosisResultService results;

    @Inject
    ReportService reports;

    @Inject
    ReportVerification verification;

    @Resource(lookup = "java:app/jdbc/cmmm")
    DataSource dataSource;

    private TestData data;
    private String name;
    private long enterpriseId;
    private AccountPrincipal enterprise;

    @BeforeEach
    void anEnterpriseInSuzhou() {
        data = new TestData(dataSource);
        name = TestData.unique("报告测试");
        enterpriseId = data.enterprise(name, "320505");
        enterprise = Subjects.principal(Role.ENTERPRISE, enterpriseId, null);
    }

    @Test
    void theReportSaysWhatTheResultSaysInTheShippedFontWithVectorCharts() throws IOException {
        long id = answered();
        DiagnosisReport result = as(() -> results.report(id));
        Report report = as(() -> reports.pdf(id, Locale.SIMPLIFIED_CHINESE, "https://cmmm.example.cn"));
        String uscc = data.text("select uscc from enterprise where id = ?", enterpriseId);

        assertThat(report.fileName()).matches("CMMM-" + uscc + "-\\d{8}\\.pdf");
        assertThat(report.contentType()).isEqualTo("application/pdf");
        assertThat(report.bytes().length).isLessThan(300_000);
        try (PDDocument document = Loader.loadPDF(report.bytes())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("智能制造能力成熟度自诊断报告", name, uscc, "江苏省 苏州市", "各等级得分", "各能力子域得分",
                    "能力子域雷达图", "达到下一等级的差距", "历次自诊断", "同类比较", "报告验证",
                    "总分  " + result.totalDisplay(), "物流");
            for (LevelScore level : result.levels()) {
                assertThat(text).contains(level.display());
            }
            assertThat(text).contains(result.level().map(level -> level.name().zh()).orElse("未达到一级"));
            for (PDPage page : document.getPages()) {
                assertThat(page.getResources().getXObjectNames()).as("no bitmap on any page").isEmpty();
                for (COSName fontName : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(fontName);
                    assertThat(font).isInstanceOf(PDType0Font.class);
                    assertThat(font.getName()).as("an embedded subset of the shipped font").matches("[A-Z]{6}\\+NotoSansSC-Regular");
                }
            }
        }
    }

    @Test
    void theFirstDownloadIssuesTheCodeEveryLaterOneRepeatsAndThePublicCheckShowsOnlyTheReport() {
        long id = answered();
        String code = codeOf(as(() -> reports.pdf(id, Locale.SIMPLIFIED_CHINESE, "https://cmmm.example.cn")));
        String again = codeOf(as(() -> reports.pdf(id, Locale.ENGLISH, "https://cmmm.example.cn")));
        assertThat(again).isEqualTo(code);
        assertThat(data.count("select count(*) from report_issue where diagnosis_id = ?", id)).isEqualTo(1);

        VerifiedReport verified = Subjects.anonymous(() -> verification.lookupAcrossRegions(code.toLowerCase(Locale.ROOT), "10.1.1.1"))
                .orElseThrow();
        String uscc = data.text("select uscc from enterprise where id = ?", enterpriseId);
        assertThat(verified.enterpriseName()).isEqualTo(name);
        assertThat(verified.maskedUscc()).hasSize(18).startsWith("**************").endsWith(uscc.substring(14));
        assertThat(verified.total()).isEqualTo(as(() -> results.report(id)).totalDisplay());
        assertThat(verified.newerExists()).isFalse();

        // a later completed diagnosis: the old report says a newer one exists and keeps its own code
        long later = answered();
        assertThat(Subjects.anonymous(() -> verification.lookupAcrossRegions(code, "10.1.1.1")).orElseThrow().newerExists()).isTrue();
        assertThat(codeOf(as(() -> reports.pdf(later, Locale.SIMPLIFIED_CHINESE, "https://cmmm.example.cn")))).isNotEqualTo(code);

        // a code never issued and a string that is no code look alike: nothing
        assertThat(Subjects.anonymous(() -> verification.lookupAcrossRegions("K7Q2M9XW4TP8RZ3A", "10.1.1.1"))).isEmpty();
        assertThat(Subjects.anonymous(() -> verification.lookupAcrossRegions("' or 1=1 --", "10.1.1.1"))).isEmpty();
    }

    @Test
    void firstDownloadsAtOnceAgreeOnOneCode() throws Exception {
        long id = answered();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        java.util.List<java.util.concurrent.Future<String>> codes = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            codes.add(pool.submit(() -> {
                go.await();
                return codeOf(as(() -> reports.pdf(id, Locale.SIMPLIFIED_CHINESE, "https://cmmm.example.cn")));
            }));
        }
        go.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(120, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        java.util.Set<String> distinct = new java.util.HashSet<>();
        for (java.util.concurrent.Future<String> code : codes) {
            distinct.add(code.get());
        }
        assertThat(distinct).as("one code for six downloads at once").hasSize(1);
        assertThat(data.count("select count(*) from report_issue where diagnosis_id = ?", id)).isEqualTo(1);
    }

    @Test
    void lookupsFromOneAddressAreLimitedOthersAreNot() {
        String address = "10.2." + (System.nanoTime() % 250) + "." + (System.nanoTime() % 199);
        int allowed = 0;
        BusinessException refused = null;
        while (refused == null && allowed < 100) {
            refused = catchThrowableOfType(BusinessException.class,
                    () -> Subjects.anonymous(() -> verification.lookupAcrossRegions("0000000000000000", address)));
            if (refused == null) {
                allowed++;
            }
        }
        assertThat(allowed).as("lookups before the limit").isEqualTo(30);
        assertThat(refused.messageKey()).isEqualTo(ReportVerification.FAULT_TOO_MANY);
        assertThat(Subjects.anonymous(() -> verification.lookupAcrossRegions("0000000000000000", address + "9"))).isEmpty();
    }

    @Test
    void whoeverMayNotReadTheResultGetsNotFoundForTheReport() {
        long id = answered();
        long answering = as(() -> diagnoses.start(Set.of()));
        AccountPrincipal other = Subjects.principal(Role.ENTERPRISE, data.enterprise(TestData.unique("别家报告"), "320505"), null);
        AccountPrincipal hangzhouAdmin = Subjects.principal(Role.REGION_ADMIN, null, data.regionPath("330100"));
        AccountPrincipal suzhouAdmin = Subjects.principal(Role.REGION_ADMIN, null, data.regionPath("320500"));

        assertThat(refusedAs(other, () -> reports.pdf(id, Locale.SIMPLIFIED_CHINESE, "")).messageKey()).isEqualTo("diagnosis.notFound");
        assertThat(refusedAs(hangzhouAdmin, () -> reports.pdf(id, Locale.SIMPLIFIED_CHINESE, "")).messageKey())
                .isEqualTo("diagnosis.notFound");
        assertThat(refusedAs(enterprise, () -> reports.pdf(answering, Locale.SIMPLIFIED_CHINESE, "")).messageKey())
                .isEqualTo(DiagnosisResultService.FAULT_NOT_YET);
        assertThat(catchThrowableOfType(BusinessException.class, () -> Subjects.anonymous(() -> reports.pdf(id, Locale.ENGLISH, ""))))
                .isNotNull();
        assertThat(data.count("select count(*) from report_issue where diagnosis_id = ?", id)).as("nothing issued on refusal").isZero();
        assertThat(Subjects.as(suzhouAdmin, () -> reports.pdf(id, Locale.ENGLISH, "")).bytes()).isNotEmpty();
    }

    /** Level 1 fully satisfied, level 2 not and partly in turn (not reached), logistics tailored. */
    private long answered() {
        return new DiagnosisAnswering(diagnoses, enterprise).complete(Set.of("LOGISTICS"),
                level -> level == 1 ? DiagnosisAnswering.alternate("FULL") : DiagnosisAnswering.alternate("NOT", "PARTLY"));
    }

    /** The verification code printed in the report. */
    private static String codeOf(Report report) {
        try (PDDocument document = Loader.loadPDF(report.bytes())) {
            String text = new PDFTextStripper().getText(document);
            java.util.regex.Matcher code = java.util.regex.Pattern.compile("/verify/([0-9A-Z]{16})").matcher(text);
            assertThat(code.find()).as("the verification address in the report").isTrue();
            return code.group(1);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T as(Callable<T> work) {
        return Subjects.as(enterprise, work);
    }

    private static BusinessException refusedAs(AccountPrincipal user, Callable<?> work) {
        return catchThrowableOfType(BusinessException.class, () -> Subjects.as(user, work));
    }
}
