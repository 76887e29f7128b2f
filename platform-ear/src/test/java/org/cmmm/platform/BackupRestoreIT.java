package org.cmmm.platform;

import static java.nio.file.attribute.PosixFilePermission.OWNER_READ;
import static java.nio.file.attribute.PosixFilePermission.OWNER_WRITE;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import javax.sql.DataSource;
import org.cmmm.it.DiagnosisRows;
import org.cmmm.it.TestData;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The backup and restore commands (README, "Backup and restore"), run as an operator runs them: the run command
 * {@code config/bin/platform} itself, pointed at the integration tests' MariaDB server as an external database. A
 * database of the platform (made by the platform's own Flyway scripts, with enterprises, accounts of every role
 * and completed diagnoses) is backed up and restored under another name on the same server, and the two are
 * compared; a file that is not a complete backup of this platform is refused before anything is dropped.
 * No Payara: the commands talk to the database only, and this test uses databases of its own.
 */
class BackupRestoreIT {

    private static final String SERVER_URL = serverUrl(System.getProperty("it.db.url"));
    private static final String DB_USER = System.getProperty("it.db.user", "root");
    private static final String DB_PASSWORD = System.getProperty("it.db.password", "");
    private static final Path COMMAND = Path.of(System.getProperty("it.platform.command"));
    private static final Path WORK = Path.of(System.getProperty("it.backup.work"));
    private static final Path HOME = WORK.resolve("home");

    private static final String SOURCE = TestData.unique("cmmm_backup_source_");
    private static final String RESTORED = TestData.unique("cmmm_backup_restored_");
    private static final String OVERWRITTEN = TestData.unique("cmmm_backup_overwritten_");

    /** The diagnoses this test completed, by id, with their total scores. */
    private static final Map<Long, BigDecimal> DIAGNOSES = new LinkedHashMap<>();
    private static final List<String> USERS = new ArrayList<>();

    private static Run backupRun;
    private static Path backup;
    private static Run restoreRun;

    @BeforeAll
    static void aPlatformDatabaseBackedUpAndRestoredUnderAnotherName() throws Exception {
        deleteRecursively(WORK);
        Files.createDirectories(WORK);
        execute(server(), "create database " + SOURCE + " character set utf8mb4 collate utf8mb4_unicode_ci");
        Flyway.configure().dataSource(SERVER_URL + SOURCE, DB_USER, DB_PASSWORD).locations("classpath:db/migration")
                .failOnMissingLocations(true).load().migrate();
        DataSource source = database(SOURCE);
        referenceData(source);
        TestData data = new TestData(source);
        DiagnosisRows completed = new DiagnosisRows(source);
        String path = data.regionPath("320505");
        for (int enterprise = 1; enterprise <= 3; enterprise++) {
            long id = data.enterprise(TestData.unique("备份精密制造"), "320505");
            USERS.add(account(data, "ENTERPRISE", id, null));
            for (int diagnosis = 1; diagnosis <= enterprise; diagnosis++) {
                DIAGNOSES.put(completed.completed(id, path), new BigDecimal("1.0000"));
            }
        }
        USERS.add(account(data, "REGION_ADMIN", null, "320500"));
        USERS.add(account(data, "SUPPORT", null, null));

        backupRun = platform(SOURCE, "backup");
        Matcher written = Pattern.compile("Backup written: (\\S+) \\(").matcher(backupRun.out());
        assertThat(written.find()).as("backup output: %s", backupRun).isTrue();
        backup = Path.of(written.group(1));
        restoreRun = platform(RESTORED, "restore", backup.toString(), "--yes");
    }

    @AfterAll
    static void dropTheDatabasesOfThisTest() throws SQLException {
        for (String name : List.of(SOURCE, RESTORED, OVERWRITTEN)) {
            execute(server(), "drop database if exists " + name);
        }
    }

    @Test
    void theBackupIsAGzipOfMode600InTheBackupsFolderAndItsSizeIsShown() throws IOException {
        assertThat(backupRun.exit()).as("%s", backupRun).isZero();
        assertThat(backup.getParent()).isEqualTo(HOME.resolve("backups"));
        assertThat(backup.getFileName().toString()).matches("cmmm-\\d{8}-\\d{6}\\.sql\\.gz");
        assertThat(Files.getPosixFilePermissions(backup)).containsExactlyInAnyOrder(OWNER_READ, OWNER_WRITE);
        byte[] start = Arrays.copyOf(Files.readAllBytes(backup), 2);
        assertThat(start).containsExactly(0x1f, 0x8b);
        assertThat(backupRun.out()).contains("Backing up database '" + SOURCE + "' (external MariaDB")
                .containsPattern("\\(\\d+(\\.\\d)?[KM]?B, \\d+ tables, schema version \\d+\\)");
        assertThat(HOME.resolve("backups")).isDirectory();
    }

    @Test
    void theRestoredDatabaseHasEveryDiagnosisWithItsIdScoreLevelsAndAnswers() throws SQLException {
        assertThat(restoreRun.exit()).as("%s", restoreRun).isZero();
        assertThat(restoreRun.out()).contains("Restored database '" + RESTORED + "'")
                .contains(", 5 accounts, 3 enterprises, 6 diagnoses.");
        DataSource restored = database(RESTORED);
        Map<Long, BigDecimal> scores = new LinkedHashMap<>();
        for (String row : rows(restored, "select id, total_score from diagnosis where status = 'COMPLETED'")) {
            String[] columns = row.split("\\|");
            scores.put(Long.valueOf(columns[0]), new BigDecimal(columns[1]));
        }
        assertThat(scores).hasSize(6).containsExactlyInAnyOrderEntriesOf(DIAGNOSES);
        for (String table : List.of("diagnosis", "diagnosis_level", "diagnosis_answer")) {
            assertThat(rows(restored, "select * from " + table)).as(table)
                    .isNotEmpty()
                    .containsExactlyInAnyOrderElementsOf(rows(database(SOURCE), "select * from " + table));
        }
    }

    @Test
    void theRestoredDatabaseHasEveryAccountAndEnterpriseAsTheyWere() throws SQLException {
        assertThat(restoreRun.exit()).as("%s", restoreRun).isZero();
        DataSource restored = database(RESTORED);
        assertThat(rows(restored, "select user_name from account")).containsExactlyInAnyOrderElementsOf(USERS);
        for (String table : List.of("account", "enterprise", "region", "industry")) {
            assertThat(rows(restored, "select * from " + table)).as(table)
                    .isNotEmpty()
                    .containsExactlyInAnyOrderElementsOf(rows(database(SOURCE), "select * from " + table));
        }
        assertThat(rows(restored, "select name from enterprise")).allSatisfy(name -> assertThat(name).startsWith("备份精密制造"));
    }

    @Test
    void theRestoredDatabaseHasItsSchemaHistorySoThePlatformStartsOnItWithoutMigrating() throws SQLException {
        assertThat(restoreRun.exit()).as("%s", restoreRun).isZero();
        assertThat(rows(database(RESTORED), "select version, checksum, success from flyway_schema_history"))
                .isNotEmpty()
                .containsExactlyElementsOf(rows(database(SOURCE), "select version, checksum, success from flyway_schema_history"));
        Flyway flyway = Flyway.configure().dataSource(SERVER_URL + RESTORED, DB_USER, DB_PASSWORD)
                .locations("classpath:db/migration").load();
        assertThat(flyway.validateWithResult().validationSuccessful).isTrue();
        assertThat(flyway.info().pending()).isEmpty();
    }

    @Test
    void theRestoredDatabaseHasItsTriggersAndTheyKeepTheSearchTableUpToDate() throws SQLException {
        assertThat(restoreRun.exit()).as("%s", restoreRun).isZero();
        String triggers = "select trigger_name, event_manipulation, event_object_table from information_schema.triggers"
                + " where trigger_schema = '%s'";
        assertThat(rows(database(RESTORED), triggers.formatted(RESTORED)))
                .isNotEmpty()
                .containsExactlyInAnyOrderElementsOf(rows(database(SOURCE), triggers.formatted(SOURCE)));
        assertThat(rows(database(RESTORED), "select count(*) from enterprise_name_gram"))
                .isEqualTo(rows(database(SOURCE), "select count(*) from enterprise_name_gram"));

        // a rename, rolled back so that the other tests still compare the restored rows with the source's
        try (Connection connection = database(RESTORED).getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute("update enterprise set name = '恢复后改名' where id = (select min(id) from enterprise)");
            List<String> grams = new ArrayList<>();
            try (ResultSet result = statement.executeQuery("select gram from enterprise_name_gram"
                    + " where enterprise_id = (select min(id) from enterprise)")) {
                while (result.next()) {
                    grams.add(result.getString(1));
                }
            }
            connection.rollback();
            assertThat(grams).containsExactlyInAnyOrder("恢复", "复后", "后改", "改名");
        }
    }

    @Test
    void restoringOverADatabaseReplacesItAndKeepsWhatWasThereInABackupFirst() throws SQLException {
        execute(server(), "create database " + OVERWRITTEN);
        execute(database(OVERWRITTEN), "create table stale (note varchar(20))");
        execute(database(OVERWRITTEN), "insert into stale values ('from before')");

        Run run = platform(OVERWRITTEN, "restore", backup.toString(), "--yes");

        assertThat(run.exit()).as("%s", run).isZero();
        assertThat(rows(database(OVERWRITTEN), "select table_name from information_schema.tables where table_schema = '"
                + OVERWRITTEN + "' and table_name = 'stale'")).isEmpty();
        assertThat(rows(database(OVERWRITTEN), "select id from diagnosis")).hasSize(6);
        Matcher saved = Pattern.compile("Saving the present database '" + OVERWRITTEN + "' to (\\S+) \\.\\.\\.").matcher(run.out());
        assertThat(saved.find()).as("%s", run).isTrue();
        assertThat(Path.of(saved.group(1))).exists().hasParent(HOME.resolve("backups"));
    }

    @Test
    void aFileThatIsNotABackupOfThisPlatformIsRefusedAndNothingIsDropped() throws IOException, SQLException {
        Path foreign = gzip("foreign.sql.gz", "-- MariaDB dump 10.19  Distrib 11.4.5-MariaDB\n"
                + "CREATE TABLE `orders` (`id` int);\nINSERT INTO `orders` VALUES (1);\n-- Dump completed on 2026-12-01\n");
        Path notGzip = WORK.resolve("notes.sql.gz");
        Files.writeString(notGzip, "CREATE TABLE `flyway_schema_history` (`id` int);\n");
        Path textInGzip = gzip("text.sql.gz", "flyway_schema_history\nsome notes, not a dump\n");
        byte[] whole = Files.readAllBytes(backup);
        Path truncated = WORK.resolve("truncated.sql.gz");
        Files.write(truncated, Arrays.copyOf(whole, whole.length / 2));

        assertRefused(foreign, "is not a backup of this platform: it has no flyway_schema_history table. Nothing was changed.");
        assertRefused(notGzip, "is not a backup of this platform: not a complete gzip file");
        assertRefused(truncated, "is not a backup of this platform: not a complete gzip file");
        assertRefused(textInGzip, "is not a backup of this platform: not a mariadb-dump. Nothing was changed.");
        assertRefused(WORK.resolve("missing.sql.gz"), "no backup file");
    }

    @Test
    void withoutATerminalToConfirmAndWithoutYesTheRestoreChangesNothing() throws SQLException {
        Run run = platform(RESTORED, "restore", backup.toString());
        assertThat(run.exit()).as("%s", run).isEqualTo(1);
        assertThat(run.err()).contains("without a terminal, pass --yes. Nothing was changed.");
        assertThat(rows(database(RESTORED), "select id from diagnosis")).hasSize(6);
    }

    @Test
    void aBackupNeverOverwritesAFile() throws IOException {
        Path existing = Files.writeString(WORK.resolve("existing.sql.gz"), "keep me");
        Run run = platform(SOURCE, "backup", existing.toString());
        assertThat(run.exit()).as("%s", run).isEqualTo(1);
        assertThat(run.err()).contains(existing + " exists; a backup never overwrites a file");
        assertThat(existing).hasContent("keep me");
    }

    private static void assertRefused(Path file, String message) throws SQLException {
        Run run = platform(RESTORED, "restore", file.toString(), "--yes");
        assertThat(run.exit()).as("%s", run).isEqualTo(1);
        assertThat(run.err()).as("%s", run).contains(message);
        assertThat(run.out()).doesNotContain("Dropping");
        assertThat(rows(database(RESTORED), "select id from diagnosis")).hasSize(6);
    }

    /** What a run of the command printed. */
    private record Run(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    /**
     * Runs config/bin/platform as an operator of an external database would, with the database named in
     * CMMM_DB_URL and a CMMM_HOME of its own (so that it finds no Payara of a developer's platform). Standard input
     * is no terminal. CMMM_DB_TOOLS points at the client programs of the test database's MariaDB (empty: the PATH).
     */
    private static Run platform(String database, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(COMMAND.toString());
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(WORK.toFile());
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> name.startsWith("CMMM_"));
        environment.put("CMMM_HOME", HOME.toString());
        environment.put("CMMM_DB_EXTERNAL", "true");
        environment.put("CMMM_DB_URL", SERVER_URL + database);
        environment.put("CMMM_DB_USER", DB_USER);
        environment.put("CMMM_DB_PASSWORD", DB_PASSWORD);
        environment.put("CMMM_DB_TOOLS", System.getProperty("it.db.tools", ""));
        Path out = WORK.resolve("command.out");
        Path err = WORK.resolve("command.err");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError(command + " did not end within 2 minutes");
            }
            return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The regions and industry the test data refer to, as the start-up loaders write them from config/reference. */
    private static void referenceData(DataSource source) throws SQLException {
        execute(source, "insert into region (code, name, parent_code, level, path) values"
                + " ('320000', '江苏省', null, 'PROVINCE', '/320000/'),"
                + " ('320500', '苏州市', '320000', 'CITY', '/320000/320500/'),"
                + " ('320505', '虎丘区', '320500', 'COUNTY', '/320000/320500/320505/')");
        execute(source, "insert into industry (code, name, parent_code, level) values ('C', '制造业', null, 'SECTION'),"
                + " ('33', '金属制品业', 'C', 'DIVISION'), ('331', '结构性金属制品制造', '33', 'GROUP'),"
                + " ('3311', '金属结构制造', '331', 'CLASS')");
    }

    private static String account(TestData data, String role, Long enterpriseId, String regionCode) {
        String user = TestData.unique("backup");
        data.account(user, "Backup#2026", role, enterpriseId, regionCode, TestData.mobile());
        return user;
    }

    /** Every row of a query, its columns joined by |. */
    private static List<String> rows(DataSource database, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = database.getConnection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int column = 1; column <= columns; column++) {
                    row.append(column > 1 ? "|" : "").append(result.getString(column));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    private static void execute(DataSource database, String sql) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static DataSource server() {
        return database("");
    }

    private static DataSource database(String name) {
        try {
            org.mariadb.jdbc.MariaDbDataSource dataSource = new org.mariadb.jdbc.MariaDbDataSource();
            dataSource.setUrl(SERVER_URL + name);
            dataSource.setUser(DB_USER);
            dataSource.setPassword(DB_PASSWORD);
            return dataSource;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** jdbc:mariadb://host:port/ of the test database's URL. */
    private static String serverUrl(String databaseUrl) {
        Matcher url = Pattern.compile("(jdbc:mariadb://[^/]+/)[^?]*(\\?.*)?").matcher(databaseUrl);
        if (!url.matches()) {
            throw new IllegalStateException("it.db.url is not jdbc:mariadb://host:port/database: " + databaseUrl);
        }
        return url.group(1);
    }

    private static Path gzip(String name, String text) throws IOException {
        Path file = WORK.resolve(name);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (Stream<Path> paths = Files.walk(directory)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
