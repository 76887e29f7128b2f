package org.cmmm.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cmmm.it.Browser;
import org.cmmm.it.DiagnosisRows;
import org.cmmm.it.PlatformDeployment;
import org.cmmm.it.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * In Chromium at 1366×768: an enterprise downloads the report of its diagnosis from the result page (and finds the
 * link in its history) and the answers as Excel; the report's pages are rendered to pictures with pdftoppm
 * (target/screenshots/report-page-N.png) to be looked at; its verification address shows the enterprise with the USCC
 * masked, and a code never issued shows "not found"; a visitor downloads the blank questionnaire from the model page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportJourneyIT {

    @RegisterExtension
    static Browser browser = new Browser();

    private static final String PASSWORD = "Report#2026";
    private static final Pattern CODE = Pattern.compile("/verify/([0-9A-Z]{16})");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PlatformDeployment.ear();
    }

    @Test
    void anEnterpriseDownloadsItsReportAndAnyoneChecksItByItsCode() throws Exception {
        DataSource database = TestData.fromTestJvm();
        TestData data = new TestData(database);
        String name = TestData.unique("报告旅程企业");
        long enterpriseId = data.enterprise(name, "320505");
        String uscc = data.text("select uscc from enterprise where id = ?", enterpriseId);
        long diagnosis = new DiagnosisRows(database).completed(enterpriseId, data.regionPath("320505"));
        String user = TestData.unique("reportjourney");
        data.account(user, PASSWORD, "ENTERPRISE", enterpriseId, null, TestData.mobile());

        browser.signIn(user, PASSWORD, "zh_CN");
        browser.open("diagnosis/index.xhtml");
        assertThat(browser.waitFor(By.id("report-" + diagnosis)).getAttribute("href")).endsWith("/report/diagnosis/" + diagnosis + ".pdf");
        browser.open("diagnosis/result.xhtml?id=" + diagnosis);
        browser.screenshot("report-result-page");
        browser.click(By.id("download-report"));
        Path pdf = Browser.downloaded("CMMM-" + uscc, ".pdf", Duration.ofSeconds(30));
        String text;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(document);
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(4);
        }
        assertThat(text).contains("智能制造能力成熟度自诊断报告", name, uscc, "各等级得分", "同类比较");
        // nothing of the request in the report: its text as read back, and its bytes
        org.cmmm.it.Leaks.check("the report's text", text, browser.driver().manage().getCookieNamed("JSESSIONID").getValue());
        browser.checkNoLeak(pdf);
        List<Path> pages = render(pdf);
        assertThat(pages).as("pages rendered by pdftoppm").isNotEmpty().allSatisfy(page -> assertThat(Files.size(page)).isPositive());

        browser.click(By.id("download-answers"));
        Path answers = Browser.downloaded("CMMM-" + uscc, "-answers.xlsx", Duration.ofSeconds(30));
        browser.checkNoLeak(answers);
        try (InputStream in = Files.newInputStream(answers); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).as("one row a question answered").isGreaterThan(20);
        }

        // the same report in English, from the result page in English
        browser.open("diagnosis/result.xhtml?id=" + diagnosis + "&lang=en");
        browser.click(By.id("download-report"));
        Thread.sleep(1_000); // the second file of the same name is saved beside the first as "… (1).pdf"
        Path english = Browser.downloaded("CMMM-" + uscc, ".pdf", Duration.ofSeconds(30));
        try (PDDocument document = Loader.loadPDF(english.toFile())) {
            String englishText = new PDFTextStripper().getText(document);
            assertThat(englishText).contains("Self-Diagnosis Report", name).doesNotContain("各等级得分");
            Matcher same = CODE.matcher(englishText);
            assertThat(same.find()).isTrue();
            assertThat(text).as("every download carries the code of the first").contains(same.group(1));
        }

        Matcher code = CODE.matcher(text);
        assertThat(code.find()).isTrue();
        browser.signOutByForgetting();
        browser.open("verify/" + code.group(1));
        assertThat(browser.waitFor(By.id("verify-enterprise")).getText()).isEqualTo(name);
        assertThat(browser.driver().findElement(By.id("verify-uscc")).getText()).isEqualTo("*".repeat(14) + uscc.substring(14));
        assertThat(browser.driver().getPageSource()).doesNotContain(uscc);
        browser.screenshot("report-verify-found");
        browser.open("verify.xhtml?code=" + code.group(1) + "&lang=en");
        assertThat(browser.waitFor(By.id("verify-found")).getText()).contains("This report was issued by this platform", name);
        browser.screenshot("report-verify-found-en");
        browser.open("verify.xhtml?lang=zh_CN");

        browser.open("verify/" + "Z".repeat(16));
        assertThat(browser.waitFor(By.id("verify-not-found")).getText()).contains("未找到");
        assertThat(browser.driver().findElements(By.id("verify-found"))).isEmpty();
        browser.screenshot("report-verify-not-found");

        browser.open("model/questionnaire.xhtml");
        browser.click(By.id("questionnaire-pdf-discrete"));
        Path blank = Browser.downloaded("CMMM-questionnaire-", "-discrete-zh.pdf", Duration.ofSeconds(60));
        try (PDDocument document = Loader.loadPDF(blank.toFile())) {
            assertThat(new PDFTextStripper().getText(document)).contains("全部满足");
        }
    }

    /** Pages 1 to 4 of the report as pictures, with pdftoppm as a reader would see them. */
    private static List<Path> render(Path pdf) throws IOException, InterruptedException {
        Path dir = Path.of(System.getProperty("it.screenshots", "target/screenshots"));
        Files.createDirectories(dir);
        Process pdftoppm = new ProcessBuilder("pdftoppm", "-r", "70", "-png", "-f", "1", "-l", "4", pdf.toString(),
                dir.resolve("report-page").toString()).redirectErrorStream(true).start();
        String output = new String(pdftoppm.getInputStream().readAllBytes());
        assertThat(pdftoppm.waitFor()).as("pdftoppm: %s", output).isZero();
        try (var files = Files.list(dir)) {
            return files.filter(file -> file.getFileName().toString().startsWith("report-page")).sorted().toList();
        }
    }
}
