package org.cmmm.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.cmmm.it.Browser;
import org.cmmm.it.DiagnosisRows;
import org.cmmm.it.Http;
import org.cmmm.it.PlatformDeployment;
import org.cmmm.it.TestData;
import org.cmmm.it.TestDatabase;
import org.cmmm.it.TestServer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The crash soak (issue 11): two enterprises answer questions as fast as the answering page lets them (its own ajax
 * save, one request after another, each user in its own session) while the server is killed with SIGKILL, again and
 * again ({@code it.soak.crashes}, 10 by default). After each restart every answer the page acknowledged is in the
 * database with the option last acknowledged; only the one request in flight at the kill may have been lost or kept.
 * The embedded database killed under the same load loses no acknowledged answer either, and once it is started
 * again the platform serves and saves without a restart or any step by hand.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CrashSoakIT {

    @RegisterExtension
    static Browser browser = new Browser().allowingSevereRecords("the server and its database are killed on purpose, ten times");

    private static final String PASSWORD = "Soak#2026";
    private static final int CRASHES = Integer.getInteger("it.soak.crashes", 10);
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern QUESTION = Pattern.compile("data-question=\"([^\"]+)\"(.*?)</li>", Pattern.DOTALL);
    private static final Pattern RADIO = Pattern.compile("<input[^>]*type=\"radio\"[^>]*>");
    private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)=\"([^\"]*)\"");
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PlatformDeployment.ear();
    }

    /** One enterprise answering: what the page acknowledged, and what was sent but not (yet) acknowledged. */
    private static final class Writer {
        final String user;
        final long diagnosisId;
        final Map<String, String> acknowledged = new ConcurrentHashMap<>();
        final Map<String, String> inFlight = new ConcurrentHashMap<>();
        final List<String> refusals = new ArrayList<>();
        int acknowledgedSaves;

        Writer(String user, long diagnosisId) {
            this.user = user;
            this.diagnosisId = diagnosisId;
        }
    }

    @Test
    void everyAcknowledgedAnswerSurvivesEveryKill() throws Exception {
        DataSource database = TestData.fromTestJvm();
        TestData data = new TestData(database);
        DiagnosisRows diagnoses = new DiagnosisRows(database);
        List<Writer> writers = List.of(writer(data, diagnoses), writer(data, diagnoses));

        int verified = 0;
        for (int crash = 1; crash <= CRASHES; crash++) {
            AtomicBoolean killed = new AtomicBoolean();
            List<Thread> threads = new ArrayList<>();
            for (Writer writer : writers) {
                String session = signIn(writer.user);
                Thread thread = new Thread(() -> answerUntilKilled(writer, session, killed), "soak-" + writer.user);
                thread.start();
                threads.add(thread);
            }
            Thread.sleep(4_000);
            killed.set(true);
            TestServer.crashAndStart();
            for (Thread thread : threads) {
                thread.join(Duration.ofMinutes(1).toMillis());
            }
            for (Writer writer : writers) {
                assertThat(writer.refusals).as("answers the page refused before the kill (%s)", writer.user).isEmpty();
                Map<String, String> stored = storedAnswers(database, writer.diagnosisId);
                for (Map.Entry<String, String> answer : writer.acknowledged.entrySet()) {
                    String question = answer.getKey();
                    Set<String> allowed = writer.inFlight.containsKey(question)
                            ? Set.of(answer.getValue(), writer.inFlight.get(question)) : Set.of(answer.getValue());
                    assertThat(stored.get(question)).as("crash %d: %s's answer to %s", crash, writer.user, question).isIn(allowed);
                }
                verified += writer.acknowledged.size();
                // what is stored now is what the next round's check starts from
                writer.acknowledged.clear();
                writer.acknowledged.putAll(stored);
                writer.inFlight.clear();
            }
        }
        int saves = writers.stream().mapToInt(w -> w.acknowledgedSaves).sum();
        System.out.printf("Crash soak: %d kills (SIGKILL) while answering; %d saves acknowledged, %d answers checked after the"
                + " restarts, 0 lost%n", CRASHES, saves, verified);
        assertThat(saves).as("saves acknowledged across all rounds").isGreaterThan(CRASHES * 4);
    }

    @Test
    void theEmbeddedDatabaseKilledUnderLoadIsBackWithoutAnyManualStep() throws Exception {
        Optional<ProcessHandle> embedded = TestDatabase.embedded();
        Assumptions.assumeTrue(embedded.isPresent(), "runs on the embedded database only (not with -Pexternal-db)");
        DataSource database = TestData.fromTestJvm();
        Writer writer = writer(new TestData(database), new DiagnosisRows(database));
        String session = signIn(writer.user);

        AtomicBoolean stop = new AtomicBoolean();
        Thread load = new Thread(() -> answerUntilKilled(writer, session, stop), "soak-database");
        load.start();
        Thread.sleep(3_000);
        List<String> commandLine = TestDatabase.kill(embedded.get());
        Thread.sleep(3_000);
        assertThat(Http.get("health/ready").statusCode()).as("ready without its database").isEqualTo(503);
        stop.set(true);
        load.join(Duration.ofMinutes(1).toMillis());
        TestDatabase.start(commandLine, new File(new File(System.getProperty("it.ear", "target/cmmm.ear")).getParentFile(),
                "mariadb-restarted.log"));

        // no restart of the server, no step by hand: ready again, and answering goes on where it stopped
        TestServer.waitUntilUp(Duration.ofMinutes(2));
        Map<String, String> stored = storedAnswers(database, writer.diagnosisId);
        for (Map.Entry<String, String> answer : writer.acknowledged.entrySet()) {
            Set<String> allowed = writer.inFlight.containsKey(answer.getKey())
                    ? Set.of(answer.getValue(), writer.inFlight.get(answer.getKey())) : Set.of(answer.getValue());
            assertThat(stored.get(answer.getKey())).as("answer to %s acknowledged before the database died", answer.getKey()).isIn(allowed);
        }
        int before = writer.acknowledgedSaves;
        writer.refusals.clear();
        writer.acknowledged.clear();
        writer.inFlight.clear();
        AtomicBoolean stopAgain = new AtomicBoolean();
        Thread again = new Thread(() -> answerUntilKilled(writer, session, stopAgain), "soak-database-again");
        again.start();
        Thread.sleep(3_000);
        stopAgain.set(true);
        again.join(Duration.ofMinutes(1).toMillis());
        assertThat(writer.refusals).as("saves refused once the database is back").isEmpty();
        assertThat(writer.acknowledgedSaves).as("saves acknowledged once the database is back").isGreaterThan(before);
        assertThat(storedAnswers(database, writer.diagnosisId)).containsAllEntriesOf(writer.acknowledged);
        System.out.printf("Database kill under load: %d saves acknowledged before, %d after the restart, none lost%n",
                before, writer.acknowledgedSaves - before);
    }

    private static Writer writer(TestData data, DiagnosisRows diagnoses) {
        long enterpriseId = data.enterprise(TestData.unique("断电测试"), "320505");
        String user = TestData.unique("soak");
        data.account(user, PASSWORD, "ENTERPRISE", enterpriseId, null, TestData.mobile());
        return new Writer(user, diagnoses.answering(enterpriseId, data.regionPath("320505")));
    }

    /** Opens the answering page and saves answers one after another, cycling through the options, until the kill. */
    private static void answerUntilKilled(Writer writer, String session, AtomicBoolean killed) {
        String page;
        String nonce;
        try {
            HttpResponse<String> opened = Http.get("diagnosis/answer.xhtml?id=" + writer.diagnosisId, "Cookie", session);
            page = opened.body();
            nonce = Http.scriptNonce(opened);
        } catch (RuntimeException e) {
            return;
        }
        Matcher viewState = VIEW_STATE.matcher(page);
        if (!viewState.find()) {
            writer.refusals.add("no view state on the answering page");
            return;
        }
        Map<String, List<String[]>> radios = radiosByQuestion(page);
        if (radios.isEmpty()) {
            writer.refusals.add("no question on the answering page");
            return;
        }
        List<String> questions = new ArrayList<>(radios.keySet());
        for (int turn = 0; !killed.get(); turn++) {
            String question = questions.get(turn % questions.size());
            List<String[]> options = radios.get(question);
            String[] radio = options.get((turn / questions.size()) % options.size());
            writer.inFlight.put(question, radio[1]);
            HttpResponse<String> response;
            try {
                response = CLIENT.send(HttpRequest.newBuilder(URI.create(PlatformDeployment.baseUrl() + "diagnosis/answer.xhtml"))
                        .timeout(Duration.ofSeconds(10))
                        .header("Cookie", session)
                        .header("Faces-Request", "partial/ajax")
                        .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(form(Map.of(
                                "jakarta.faces.partial.ajax", "true",
                                "jakarta.faces.source", radio[0],
                                "jakarta.faces.partial.execute", radio[0],
                                "jakarta.faces.partial.render", "answer:progress",
                                "jakarta.faces.behavior.event", "valueChange",
                                "jakarta.faces.partial.event", "change",
                                "answer", "answer",
                                radio[0], radio[1],
                                "jakarta.faces.ViewState", viewState.group(1),
                                "primefaces.nonce", nonce))))
                        .build(), HttpResponse.BodyHandlers.ofString());
            } catch (Exception killedMidRequest) {
                return; // the kill: this one was in flight and stays so
            }
            String body = response.body();
            // acknowledged: the progress it asked for came back, and no error page replaced the view (OmniFaces shows
            // the 500 page of a failed ajax request as an update of the whole view, a 200 without <error>)
            if (response.statusCode() == 200 && body.contains("id=\"answer:progress\"")
                    && !body.contains("jakarta.faces.ViewRoot") && !body.contains("<error")
                    && !body.contains("<redirect") && !body.contains("ui-messages-error")) {
                writer.acknowledged.put(question, radio[1]);
                writer.inFlight.remove(question);
                writer.acknowledgedSaves++;
            } else if (!killed.get()) {
                writer.refusals.add(response.statusCode() + " " + body.substring(0, Math.min(300, body.length())));
                return;
            }
        }
    }

    /** The radio buttons of each question on the page: {name, value}, options that may be chosen only. */
    private static Map<String, List<String[]>> radiosByQuestion(String page) {
        Map<String, List<String[]>> radios = new LinkedHashMap<>();
        Matcher question = QUESTION.matcher(page);
        while (question.find()) {
            List<String[]> options = new ArrayList<>();
            Matcher radio = RADIO.matcher(question.group(2));
            while (radio.find()) {
                Map<String, String> attributes = new HashMap<>();
                Matcher attribute = ATTRIBUTE.matcher(radio.group());
                while (attribute.find()) {
                    attributes.put(attribute.group(1), attribute.group(2));
                }
                if (!radio.group().contains("disabled") && !"NOT_INVOLVED".equals(attributes.get("value"))) {
                    options.add(new String[] {attributes.get("name"), attributes.get("value")});
                }
            }
            if (!options.isEmpty()) {
                radios.put(question.group(1), options);
            }
        }
        return radios;
    }

    private static String signIn(String user) {
        return browser.sessionOf(user, PASSWORD);
    }

    private static Map<String, String> storedAnswers(DataSource database, long diagnosisId) throws Exception {
        Map<String, String> stored = new HashMap<>();
        try (var connection = database.getConnection();
             var query = connection.prepareStatement("select question_code, option_code from diagnosis_answer where diagnosis_id = ?")) {
            query.setLong(1, diagnosisId);
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    stored.put(rows.getString(1), rows.getString(2));
                }
            }
        }
        return stored;
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
