package org.cmmm.load;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.doIfOrElse;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.foreach;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

/**
 * Suite (a) of issue 16: enterprise users sign in, resume their diagnosis being answered and answer every question
 * of the open level one by one (a pause to read each), sub-domain after sub-domain; then submit the level. The first
 * level is answered "mostly" (0.8: reached, the next level opens and the user follows the link after its 3 s), the
 * next "partly" (0.5: not reached, the diagnosis ends): the user opens the result page and downloads the PDF report.
 * Bounded: {@code load.users} users (200) arriving over {@code load.rampSeconds} (60), a pause of
 * {@code load.thinkMillis} (1,000–4,000 ms, as min-max) before each answer, at most {@code load.maxSeconds} (600).
 */
public class EnterpriseUsersSimulation extends Simulation {

    private static final String ANSWER_PAGE = "/diagnosis/answer.xhtml";
    private static final String RENDER_AFTER_SAVE = "answer:progress answer:level-progress answer:messages answer:stale answer:submit-bar";

    private final int users = Integer.getInteger("load.users", 200);
    private final Duration[] think = Settings.millis("load.thinkMillis", 1_000, 4_000);

    /** The radios to answer in a page: of each question, the option of {@code value} when it is not disabled. */
    private static io.gatling.javaapi.core.CheckBuilder.MultipleFind<String> radios(String value) {
        return regex("name=\"(answer:[^\"]+:option)\" type=\"radio\" value=\"" + value + "\"(?: checked=\"checked\")? />");
    }

    /** What the user reads from a page of questions: the questions to answer and whether it is the level's last. */
    private static final io.gatling.javaapi.core.CheckBuilder[] QUESTIONS = {
        radios("PARTLY").findAll().optional().saveAs("questions"),
        radios("NOT_INVOLVED").findAll().optional().saveAs("tailored"),
        regex("<button id=\"answer:next\"[^>]*disabled").count().saveAs("last")
    };

    private final ScenarioBuilder enterpriseUsers = scenario("enterprise users answering")
            .feed(listFeeder(GeneratedUsers.answering(users)).circular())
            .exec(session -> session.set("option", "MOSTLY").set("levelOpen", true).set("levelDone", false))
            .exec(Faces.signIn("/diagnosis/index.xhtml"))
            .exec(http("diagnosis home").get("/diagnosis/index.xhtml").disableFollowRedirect().check(status().is(200)))
            .pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
            .exec(FORGET_QUESTIONS)
            .exec(Faces.open("answer page", ANSWER_PAGE + "?id=#{diagnosis}").check(QUESTIONS))
            .asLongAs("#{levelOpen}").on(answerTheLevel())
            .doIf(session -> session.contains("result")).then(
                    exec(http("result page").get("#{result}").check(status().is(200)))
                            .pause(Duration.ofSeconds(2), Duration.ofSeconds(5))
                            .exec(http("PDF report").get("/report/diagnosis/#{diagnosis}.pdf")
                                    .check(status().is(200), header("Content-Type").is("application/pdf"))));

    private static final Function<String, String> UNESCAPE = address -> address.replace("&amp;", "&");

    /**
     * Lists found on a page before are forgotten before the next is read: a page without such questions saves
     * nothing (an optional check), and the names are positional, so an old list would answer the wrong questions.
     */
    private static final ChainBuilder FORGET_QUESTIONS = exec(session ->
            session.set("questions", List.of()).set("tailored", List.of()));

    /** Every sub-domain of the open level answered, then the level submitted, and what follows. */
    private ChainBuilder answerTheLevel() {
        return asLongAs(session -> !session.getBoolean("levelDone")).on(
                        answer("questions", "#{option}"),
                        answer("tailored", "NOT_INVOLVED"),
                        doIfOrElse(session -> session.getInt("last") > 0)
                                .then(exec(session -> session.set("levelDone", true)))
                                .orElse(exec(FORGET_QUESTIONS).exec(Faces.ajax("next sub-domain", ANSWER_PAGE, "answer", "answer:next", "answer:next", "answer")
                                        .formParam("answer:next", "answer:next")
                                        .check(QUESTIONS))))
                .exec(Faces.ajax("level submit", ANSWER_PAGE, "answer", "answer:submit", "answer:submit", "answer")
                        .formParam("answer:submit", "answer:submit")
                        .check(regex("<redirect url=\"([^\"]*result.xhtml[^\"]*)\"").optional().saveAs("result"),
                                regex("<a(?=[^>]* id=\"answer:go-next\")[^>]* href=\"([^\"]+)\"").optional().saveAs("nextLevel"),
                                regex("<redirect url=\"[^\"]*result.xhtml|id=\"answer:go-next\"").exists()))
                .exec(Faces::printRefusal)
                .exitHereIfFailed()
                .exec(session -> session.set("levelDone", false).set("option", "PARTLY").set("levelOpen", !session.contains("result")))
                // the next level: the page counts 3 s down, then follows its link
                .doIf("#{levelOpen}").then(exec(FORGET_QUESTIONS)
                        .pause(Duration.ofSeconds(3))
                        .exec(Faces.open("next level page", session -> UNESCAPE.apply(session.getString("nextLevel"))).check(QUESTIONS)));
    }

    /** Saves each radio listed under {@code list} with {@code value}, one by one, with a pause to read before each. */
    private ChainBuilder answer(String list, String value) {
        return foreach("#{" + list + "}", "question").on(
                pause(think[0], think[1])
                        .exec(Faces.ajax("answer save", ANSWER_PAGE, "answer", "#{question}", "#{question}", RENDER_AFTER_SAVE)
                                .formParam("#{question}", value)
                                .formParam("jakarta.faces.behavior.event", "valueChange")
                                .formParam("jakarta.faces.partial.event", "change"))
                        .exec(Faces::printRefusal));
    }

    public EnterpriseUsersSimulation() {
        setUp(enterpriseUsers.injectOpen(rampUsers(users).during(Duration.ofSeconds(Long.getLong("load.rampSeconds", 60)))))
                .protocols(Faces.protocol())
                .maxDuration(Duration.ofSeconds(Long.getLong("load.maxSeconds", 600)))
                .assertions(global().failedRequests().count().is(0L),
                        details("answer save").responseTime().percentile(95.0).lte(30),
                        details("level submit").responseTime().percentile(95.0).lte(100),
                        details("result page").responseTime().percentile(95.0).lte(200));
    }
}
