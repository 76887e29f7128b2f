package org.cmmm.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian Chromium for one test class ({@code @RegisterExtension static Browser browser}). On a
 * failed test it saves a screenshot to target/screenshots/&lt;class&gt;-&lt;test&gt;.png. The window is a
 * 1366 px laptop screen, the size the pages are designed for.
 * <p>
 * A test fails when Chromium refused anything under the Content-Security-Policy while it ran (a script without
 * the page's nonce, an inline handler, an eval): the console says so, and the check after each test reads it. Every
 * request carries the marker header of {@link Leaks}; a page opened or waited on that shows it, or the session id,
 * fails the test, and so does such a download ({@link #checkNoLeak(Path)}).
 */
public class Browser implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, TestWatcher {

    /**
     * A warning or error of Jakarta Faces itself (Mojarra's loggers) in the server log: JSF1103, "Unable to set
     * request character encoding". (An exception a page handles, which OmniFaces logs, is not one: the crash tests
     * cause those on purpose.)
     */
    private static final java.util.regex.Pattern FACES_WARNING = java.util.regex.Pattern.compile(
            "\\[(WARNING|SEVERE)\\] \\[[^\\]]*\\] \\[jakarta\\.enterprise\\.resource\\.webcontainer\\.faces[^\\]]*\\]");

    /** WCAG 2.1 A and AA, which GB/T 37668 (information accessibility of public services) follows. */
    private static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private ChromeDriver driver;
    private TestServer.LogMark logMark;
    /** Serious and critical accessibility violations found on the pages of the current test. */
    private final List<String> inaccessible = new java.util.ArrayList<>();
    /** Pages (path without query) already checked as opened: each is checked once a test class, to save time. */
    private final java.util.Set<String> checkedPaths = new java.util.HashSet<>();
    /** How often each page's check was put off because the page changed under it (see checkIfNewPage). */
    private final java.util.Map<String, Integer> deferredChecks = new java.util.HashMap<>();
    private static final int MAX_DEFERRED_CHECKS = 3;

    @Override
    public void beforeAll(ExtensionContext context) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("it.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1366,768", "--lang=zh-CN");
        // downloads (exports) land in target/downloads, where a test opens them
        emptyDownloads();
        options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", downloads().toAbsolutePath().toString(),
                "download.prompt_for_download", false));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("it.chromedriver", "/usr/bin/chromedriver")).toFile())
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        // every request of the browser carries the marker header, which no page may ever show (Leaks)
        driver.executeCdpCommand("Network.enable", java.util.Map.of());
        driver.executeCdpCommand("Network.setExtraHTTPHeaders", java.util.Map.of("headers", java.util.Map.of(Leaks.HEADER, Leaks.MARKER)));
    }

    /** Fails when the page the browser shows carries the marker header or the browser's session id ({@link Leaks}). */
    public void checkNoLeak() {
        org.openqa.selenium.Cookie session = driver.manage().getCookieNamed("JSESSIONID");
        Leaks.check(driver.getCurrentUrl(), driver.getPageSource(), session == null ? null : session.getValue());
    }

    /** Fails when a file the browser downloaded carries the marker header or the browser's session id. */
    public void checkNoLeak(Path download) {
        org.openqa.selenium.Cookie session = driver.manage().getCookieNamed("JSESSIONID");
        Leaks.check(download, session == null ? null : session.getValue());
    }

    /** Where the browser saves what it downloads: emptied when a browser starts, so no earlier run's file is found. */
    public static Path downloads() {
        Path directory = Path.of("target", "downloads");
        try {
            java.nio.file.Files.createDirectories(directory);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return directory;
    }

    private static void emptyDownloads() {
        try (var files = java.nio.file.Files.list(downloads())) {
            for (Path file : files.toList()) {
                java.nio.file.Files.deleteIfExists(file);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The file a download of that name became, once the browser has written it whole. */
    public static Path downloaded(String prefix, String suffix, Duration limit) throws InterruptedException, java.io.IOException {
        java.time.Instant until = java.time.Instant.now().plus(limit);
        while (java.time.Instant.now().isBefore(until)) {
            try (var files = java.nio.file.Files.list(downloads())) {
                var found = files.filter(file -> file.getFileName().toString().startsWith(prefix)
                        && file.getFileName().toString().endsWith(suffix))
                        .max(java.util.Comparator.comparing(file -> file.toFile().lastModified()));
                if (found.isPresent()) {
                    return found.get();
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no download " + prefix + "…" + suffix + " within " + limit);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        System.out.printf("axe-core checked %d pages of %s: %s%n", checkedPaths.size(),
                context.getRequiredTestClass().getSimpleName(), new java.util.TreeSet<>(checkedPaths));
        if (driver != null) {
            driver.quit();
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        logMark = TestServer.logMark();
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        List<String> refused = cspViolations();
        if (!refused.isEmpty()) {
            throw new AssertionError("The Content-Security-Policy refused something on a page:\n" + String.join("\n", refused));
        }
        // (what pages opened before the first test, e.g. while signing users in, is reported with the first test)
        List<String> found = takeAccessibilityFindings();
        if (!found.isEmpty()) {
            throw new AssertionError("axe-core found serious or critical accessibility violations (WCAG 2.1 AA):\n"
                    + String.join("\n", found));
        }
        // a warning in the log must mean something: the pages of a journey log none of Faces
        List<String> warned = TestServer.logSince(logMark).lines().filter(line -> FACES_WARNING.matcher(line).find())
                // the one Faces reports after a server restart, which some journeys cause on purpose: the browser's
                // flash cookie was sealed with the previous server's key, so it is dropped (JSF1094), as it should be
                .filter(line -> !line.contains("[faces.externalcontext.flash.bad.cookie]")).toList();
        if (!warned.isEmpty()) {
            throw new AssertionError("Jakarta Faces warned in the server log during the journey:\n" + String.join("\n", warned));
        }
        // nor does the platform log an error a journey meets: a SEVERE record is a fault to look at (issue 25)
        List<String> severe = severeRecords(TestServer.logSince(logMark));
        if (!severe.isEmpty() && severeAllowedBecause == null) {
            throw new AssertionError("The server logged SEVERE records during the journey:\n" + String.join("\n", severe));
        }
    }

    /** A SEVERE record of Payara's log format: its header line and the first lines of its message. */
    private static final java.util.regex.Pattern RECORD_START = java.util.regex.Pattern.compile("(?m)^\\[\\d{4}-\\d{2}-\\d{2}T");

    static List<String> severeRecords(String log) {
        List<String> found = new java.util.ArrayList<>();
        java.util.regex.Matcher start = RECORD_START.matcher(log);
        List<Integer> starts = new java.util.ArrayList<>();
        while (start.find()) {
            starts.add(start.start());
        }
        for (int i = 0; i < starts.size(); i++) {
            String record = log.substring(starts.get(i), i + 1 < starts.size() ? starts.get(i + 1) : log.length());
            if (record.contains("] [SEVERE] [")) {
                found.add(record.lines().limit(4).collect(java.util.stream.Collectors.joining("\n")));
            }
        }
        return found;
    }

    /** Why this class's journeys may leave SEVERE records (the server is killed on purpose), or null: they may not. */
    private String severeAllowedBecause;

    /** A browser for journeys that cause server errors on purpose (killing the server), saying why. */
    public Browser allowingSevereRecords(String because) {
        this.severeAllowedBecause = because;
        return this;
    }

    /**
     * What the Content-Security-Policy refused since the last call (Chromium's console: "Refused to execute inline
     * script because it violates the following Content Security Policy directive …"); reading forgets them.
     */
    public List<String> cspViolations() {
        if (driver == null) {
            return List.of();
        }
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy") || message.contains("Content-Security-Policy"))
                .toList();
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        if (driver == null) {
            return;
        }
        try {
            Path dir = Path.of(System.getProperty("it.screenshots", "target/screenshots"));
            Files.createDirectories(dir);
            String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
            Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
            Files.writeString(dir.resolve(name + ".html"), Optional.ofNullable(driver.getPageSource()).orElse(""));
        } catch (IOException | RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens a path of the platform, e.g. "" for the home page, and checks its accessibility (once a path). */
    public void open(String path) {
        driver.get(PlatformDeployment.baseUrl() + path);
        checkNoLeak();
        String page = path.replaceAll("[?#].*", "");
        if (checkedPaths.add(page)) {
            checkAccessibility(page);
        }
    }

    /**
     * Checks the page the browser is on if its path was not checked yet in this test class: pages reached by a
     * click (the answering page after the start, a result after the last level) are checked too, once each, when a
     * test first waits on them and no ajax is running. A check the page changed under is tried at the next wait.
     */
    private void checkIfNewPage() {
        String url = driver.getCurrentUrl();
        String base = PlatformDeployment.baseUrl();
        if (url == null || !url.startsWith(base)) {
            return;
        }
        String page = url.substring(base.length()).replaceAll("[?#;].*", "");
        if (checkedPaths.contains(page) || !Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "return document.readyState === 'complete' && (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty());"))) {
            return;
        }
        try {
            List<String> found = accessibilityViolations();
            checkedPaths.add(page);
            found.forEach(violation -> inaccessible.add(page + " [" + url + "]: " + violation));
        } catch (RuntimeException pageChangedUnderTheCheck) {
            // a page that changes under the check is checked the next time it is waited on; one the check fails on
            // every time is a finding, not a page to skip
            int deferred = deferredChecks.merge(page, 1, Integer::sum);
            System.out.println("axe-core check of " + page + " deferred (" + deferred + "): " + pageChangedUnderTheCheck);
            if (deferred == MAX_DEFERRED_CHECKS) {
                checkedPaths.add(page);
                inaccessible.add(page + " [" + url + "]: axe-core could not check it " + deferred + " times: " + pageChangedUnderTheCheck);
            }
        }
    }

    /**
     * The serious and critical WCAG 2.1 AA violations axe-core finds on the page as it is now: "rule (impact):
     * help — elements".
     */
    public List<String> accessibilityViolations() {
        com.deque.html.axecore.results.Results results = new com.deque.html.axecore.selenium.AxeBuilder()
                .withTags(WCAG_AA).analyze(driver);
        return results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " — "
                        + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList())
                .toList();
    }

    /**
     * What the checks of the current test found so far, taken away (so they no longer fail the test): for the test
     * that shows the check fails on a planted violation.
     */
    public List<String> takeAccessibilityFindings() {
        List<String> found = List.copyOf(inaccessible);
        inaccessible.clear();
        return found;
    }

    /** Notes what axe-core finds on the page now; the test fails with all of it after it ran. */
    public void checkAccessibility(String what) {
        accessibilityViolations().forEach(violation -> inaccessible.add(what + " [" + driver.getCurrentUrl() + "]: " + violation));
    }

    public WebElement waitFor(By locator) {
        WebElement found = new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(locator));
        checkIfNewPage();
        checkNoLeak();
        return found;
    }

    /**
     * Clicks an element once it is clickable, finding it again when an ajax update replaced it between finding and
     * clicking (a page that polls, such as the statistics runs, redraws its table every few seconds).
     */
    public void click(By locator) {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> {
                    WebElement element = ExpectedConditions.elementToBeClickable(locator).apply(d);
                    if (element == null) {
                        return false;
                    }
                    element.click();
                    return true;
                });
    }

    /** Waits until PrimeFaces has no ajax request queued or running (e.g. the update a select's p:ajax asked for). */
    public void waitForAjax() {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return !window.PrimeFaces || (PrimeFaces.ajax.Queue.isEmpty() && (!window.jQuery || jQuery.active === 0));")));
    }

    /**
     * Types into a field, again if an ajax update replaced the field meanwhile (a cascading select re-renders
     * its form), until the field holds the text.
     */
    public void type(By locator, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> {
                    WebElement field = d.findElement(locator);
                    field.clear();
                    field.sendKeys(text);
                    return text.equals(field.getAttribute("value"));
                });
    }

    /** Forgets every cookie of the platform: the next page is seen signed out, as by a new visitor. */
    public void signOutByForgetting() {
        open("?lang=zh_CN");
        driver.manage().deleteAllCookies();
    }

    /**
     * Signs in as a new visitor and returns the session's cookie ({@code JSESSIONID=…}), for plain HTTP requests made
     * as that user; the session stays valid when the browser goes on as someone else.
     */
    public String sessionOf(String userName, String password) {
        signOutByForgetting();
        signIn(userName, password, "zh_CN");
        return "JSESSIONID=" + driver.manage().getCookieNamed("JSESSIONID").getValue();
    }

    /** {@link #sessionOf} for each user of a map (kind of user → user name), all with one password; signed out after. */
    public java.util.Map<String, String> sessionsOf(java.util.Map<String, String> users, String password) {
        java.util.Map<String, String> sessions = new java.util.LinkedHashMap<>();
        users.forEach((kind, user) -> sessions.put(kind, sessionOf(user, password)));
        signOutByForgetting();
        return sessions;
    }

    /** Signs in on the sign-in page in a language ("zh_CN" or "en") and waits until the header names the user. */
    public void signIn(String userName, String password, String lang) {
        open("account/login.xhtml?lang=" + lang);
        type(By.id("login:userName"), userName);
        type(By.id("login:password"), password);
        click(By.id("login:submit"));
        waitFor(By.id("user-name"));
    }

    /** Saves a screenshot on purpose (for the record of a journey), named by the caller. */
    public Path screenshot(String name) throws IOException {
        checkAccessibility(name); // a state worth a picture is worth a check
        Path dir = Path.of(System.getProperty("it.screenshots", "target/screenshots"));
        Files.createDirectories(dir);
        Path file = dir.resolve(name + ".png");
        Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        return file;
    }
}
