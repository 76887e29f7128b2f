package org.cmmm.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The Payara domain the integration tests run on (started by Maven before the tests), for tests that take it
 * down on purpose. It is started again with the environment Maven gives it (platform-ear/pom.xml).
 */
public final class TestServer {

    private TestServer() {
    }

    /**
     * Kills the server process outright (SIGKILL: no shutdown hook, no flush, as in a power cut), then starts
     * the domain again and waits until the platform answers.
     */
    public static void crashAndStart() throws IOException, InterruptedException {
        Path domain = Path.of(System.getProperty("it.payara.home"), "glassfish", "domains", System.getProperty("it.domain"));
        long pid = Long.parseLong(Files.readString(domain.resolve("config").resolve("pid")).strip());
        ProcessHandle server = ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("no server process " + pid));
        server.destroyForcibly();
        server.onExit().join();
        asadmin(Map.of(), "start-domain", System.getProperty("it.domain"));
        waitUntilUp(Duration.ofMinutes(3));
    }

    /**
     * Stops the domain and starts it again with these settings over the ones Maven gives it (e.g. CMMM_MODE); the
     * deployed platform loads again at the start, or fails to and says why in the server log. Returns at once
     * after the start: the caller waits for what it expects.
     */
    public static void restartWith(Map<String, String> settings) throws IOException, InterruptedException {
        asadmin(Map.of(), "stop-domain", System.getProperty("it.domain"));
        asadmin(settings, "start-domain", System.getProperty("it.domain"));
    }

    /** Starts the domain again as Maven started it (development mode) and waits until the platform answers. */
    public static void restartAsBuilt() throws IOException, InterruptedException {
        restartWith(Map.of());
        waitUntilUp(Duration.ofMinutes(3));
    }

    /** The server log of the domain. */
    public static Path serverLog() {
        return Path.of(System.getProperty("it.payara.home"), "glassfish", "domains", System.getProperty("it.domain"),
                "logs", "server.log");
    }

    /** A place in the server log: its size then, and the rotated logs that existed. */
    public record LogMark(long size, Set<Path> rotated) {
    }

    /** Where the server log ends now. */
    public static LogMark logMark() throws IOException {
        return new LogMark(Files.size(serverLog()), rotatedLogs());
    }

    /**
     * What the server wrote after the mark. Payara rotates the log when it grows past its limit (a restart late in
     * a full test run is enough): the log of the mark is then the oldest rotated file that is new since the mark,
     * and what follows it is in the newer files and the current log.
     */
    public static String logSince(LogMark mark) throws IOException {
        List<Path> files = new ArrayList<>(rotatedLogs().stream().filter(file -> !mark.rotated().contains(file)).sorted().toList());
        files.add(serverLog());
        StringBuilder written = new StringBuilder();
        for (int i = 0; i < files.size(); i++) {
            byte[] all = Files.readAllBytes(files.get(i));
            int from = i == 0 && all.length >= mark.size() ? (int) mark.size() : 0;
            written.append(new String(all, from, all.length - from, StandardCharsets.UTF_8));
        }
        return written.toString();
    }

    private static Set<Path> rotatedLogs() throws IOException {
        try (Stream<Path> files = Files.list(serverLog().getParent())) {
            return files.filter(file -> file.getFileName().toString().startsWith("server.log_")).collect(Collectors.toSet());
        }
    }

    private static void asadmin(Map<String, String> settings, String... arguments) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("it.payara.home"), "bin", "asadmin").toString());
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().putAll(Map.of(
                "CMMM_DB_URL", System.getProperty("it.db.url"),
                "CMMM_DB_USER", System.getProperty("it.db.user"),
                "CMMM_DB_PASSWORD", System.getProperty("it.db.password", ""),
                "CMMM_BATCH_DB_URL", System.getProperty("it.batch.db.url"),
                "CMMM_MODE", "development",
                "CMMM_DEMO_SEED", "false",
                "CMMM_TRUSTED_PROXIES", System.getProperty("it.trusted.proxies", "")));
        builder.environment().putAll(settings);
        int exit = builder.start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException("asadmin " + String.join(" ", arguments) + " exited with " + exit);
        }
    }

    public static void waitUntilUp(Duration limit) throws InterruptedException {
        Instant until = Instant.now().plus(limit);
        while (Instant.now().isBefore(until)) {
            try {
                // a page of the platform, not the context root: before the platform is deployed again, Payara answers
                // the root with its own start page, and its health endpoint with nothing to check
                HttpResponse<String> ready = Http.get("health/ready");
                if (ready.statusCode() == 200 && Http.get("account/login.xhtml").statusCode() == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // connection refused while the server starts
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the platform did not come back within " + limit);
    }
}
