package org.cmmm.load;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.foreach;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;

/**
 * Suite (a) of issue 16, its first part: enterprise users sign in, open their diagnosis being answered, save the
 * answers of a sub-domain one by one with a pause to read each question, and go on to the next sub-domain.
 * Bounded: {@code load.users} users (200) arriving over {@code load.rampSeconds} (60), {@code load.pages} sub-domains
 * each (8), at most {@code load.maxSeconds} (600) in all.
 */
public class EnterpriseUsersSimulation extends Simulation {

    private static final String ANSWER_PAGE = "/diagnosis/answer.xhtml";
    /** The questions that may be answered PARTLY (a question of a tailored sub-domain has that option disabled). */
    private static final String RADIO_NAMES = "name=\"(answer:[^\"]+:option)\" type=\"radio\" value=\"PARTLY\"(?: checked=\"checked\")? />";

    private final int users = Integer.getInteger("load.users", 200);
    private final int pages = Integer.getInteger("load.pages", 8);

    private final HttpProtocolBuilder protocol = http.baseUrl(System.getProperty("load.baseUrl", "http://localhost:8080"))
            .acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
            .acceptLanguageHeader("zh-CN,zh;q=0.9")
            .acceptEncodingHeader("gzip, deflate")
            .userAgentHeader("Gatling (CMMM load test)");

    private final ScenarioBuilder enterpriseUsers = scenario("enterprise users answering")
            .feed(listFeeder(Answering.diagnoses(users)).circular())
            .exec(Faces.open("sign-in page", "/account/login.xhtml"))
            .exec(Faces.ajax("sign in", "/account/login.xhtml", "login", "login:submit", "login", "login")
                    .formParam("login:userName", "#{user}")
                    .formParam("login:password", "Benchmark#2026")
                    .formParam("login:submit", "login:submit")
                    .check(substring("<redirect url=\"/diagnosis/index.xhtml\"").exists()))
            .exec(http("diagnosis home").get("/diagnosis/index.xhtml").disableFollowRedirect().check(status().is(200)))
            .pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
            // a tailored sub-domain shown first has no question to answer PARTLY: the user goes on to the next
            .exec(session -> session.set("questions", java.util.List.of()))
            .exec(Faces.open("answer page", ANSWER_PAGE + "?id=#{diagnosis}")
                    .check(regex(RADIO_NAMES).findAll().optional().saveAs("questions")))
            .repeat(pages).on(
                    foreach("#{questions}", "question").on(
                            exec(Faces.ajax("answer save", ANSWER_PAGE, "answer", "#{question}", "#{question}",
                                    "answer:progress answer:level-progress answer:messages answer:stale answer:submit-bar")
                                    .formParam("#{question}", "PARTLY")
                                    .formParam("jakarta.faces.behavior.event", "valueChange")
                                    .formParam("jakarta.faces.partial.event", "change"))
                                    .exec(Faces::printRefusal)
                                    .pause(Duration.ofMillis(500), Duration.ofSeconds(2)))
                    // positional names: a list kept from the sub-domain before would answer the next one's questions
                    .exec(session -> session.set("questions", java.util.List.of()))
                    .exec(Faces.ajax("next sub-domain", ANSWER_PAGE, "answer", "answer:next", "answer:next", "answer")
                            .formParam("answer:next", "answer:next")
                            .check(regex(RADIO_NAMES).findAll().optional().saveAs("questions"))));

    public EnterpriseUsersSimulation() {
        setUp(enterpriseUsers.injectOpen(rampUsers(users).during(Duration.ofSeconds(Long.getLong("load.rampSeconds", 60)))))
                .protocols(protocol)
                .maxDuration(Duration.ofSeconds(Long.getLong("load.maxSeconds", 600)))
                .assertions(global().failedRequests().count().is(0L));
    }
}
