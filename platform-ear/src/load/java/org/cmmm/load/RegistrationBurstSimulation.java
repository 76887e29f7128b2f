package org.cmmm.load;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.cmmm.enterprise.control.Uscc;

/**
 * Suite (c) of issue 16, the deadline burst: {@code load.rate} new enterprises a second (50) for
 * {@code load.seconds} (60) register as the registration page has them do (region chosen level by level, an SMS
 * code sent to the mobile and typed in, the form submitted), sign in and start their first self-diagnosis. The
 * codes are read from the development SMS adapter's page (/dev/sms.xhtml?mobile=…; the platform runs in development
 * mode for load tests). Every run registers new enterprises: USCCs, mobiles and user names carry the run's start
 * second. At most {@code load.maxSeconds} (600).
 */
public class RegistrationBurstSimulation extends Simulation {

    private static final String REGISTER = "/account/register.xhtml";
    private static final String START = "/diagnosis/start.xhtml";

    /** A number unique to this run and registration: the run's start in seconds, then a counter. */
    private static final long RUN = System.currentTimeMillis() / 1000 % 100_000;
    private static final AtomicLong NEXT = new AtomicLong();

    private final ScenarioBuilder registrations = scenario("deadline burst: registration and first diagnosis")
            .feed(newEnterprises())
            .exec(Faces.open("register page", REGISTER))
            .pause(Duration.ofSeconds(2), Duration.ofSeconds(5))
            .exec(Faces.ajax("choose province", REGISTER, "register", "register:province", "register:province",
                            "register:city register:county")
                    .formParam("register:province", "320000")
                    .formParam("jakarta.faces.behavior.event", "change"))
            .exec(Faces.ajax("choose city", REGISTER, "register", "register:city", "register:city", "register:county")
                    .formParam("register:province", "320000")
                    .formParam("register:city", "320500")
                    .formParam("jakarta.faces.behavior.event", "change"))
            .pause(Duration.ofSeconds(2), Duration.ofSeconds(5))
            .exec(Faces.ajax("send SMS code", REGISTER, "register", "register:send-code", "register:send-code register:mobile",
                            "register:mobile-message register:messages")
                    .formParam("register:send-code", "register:send-code")
                    .formParam("register:mobile", "#{mobile}")
                    // the callback parameter sent=true, as PrimeFaces writes it into the XML: {&#34;sent&#34;:true}
                    .check(substring("sent&#34;:true").exists()))
            .exec(Faces::printRefusal)
            // what the user reads on the phone
            .exec(io.gatling.javaapi.http.HttpDsl.http("read SMS code (development outbox)").get("/dev/sms.xhtml?mobile=#{mobile}")
                    .check(regex("class=\"code mono\">(\\d+)<").saveAs("code")))
            .pause(Duration.ofSeconds(3), Duration.ofSeconds(8))
            .exec(Faces.ajax("register", REGISTER, "register", "register:submit", "register", "register")
                    .formParam("register:submit", "register:submit")
                    .formParam("register:userName", "#{userName}")
                    .formParam("register:password", GeneratedUsers.PASSWORD)
                    .formParam("register:passwordAgain", GeneratedUsers.PASSWORD)
                    .formParam("register:enterpriseName", "#{enterpriseName}")
                    .formParam("register:uscc", "#{uscc}")
                    .formParam("register:industry_input", "3311")
                    .formParam("register:industry_hinput", "3311")
                    .formParam("register:size", "SMALL")
                    .formParam("register:province", "320000")
                    .formParam("register:city", "320500")
                    .formParam("register:county", "320505")
                    .formParam("register:address", "苏州市虎丘区压测路 1 号")
                    .formParam("register:contactPerson", "张测试")
                    .formParam("register:email", "")
                    .formParam("register:mobile", "#{mobile}")
                    .formParam("register:smsCode", "#{code}")
                    .check(substring("<redirect url=\"/account/login.xhtml").exists()))
            .exec(Faces::printRefusal)
            .exitHereIfFailed()
            .exec(session -> session.set("user", session.getString("userName")))
            .exec(Faces.signIn("/"))
            .pause(Duration.ofSeconds(2), Duration.ofSeconds(5))
            .exec(Faces.open("start page", START))
            .pause(Duration.ofSeconds(2), Duration.ofSeconds(5))
            .exec(Faces.ajax("start diagnosis", START, "start", "start:begin", "start", "start")
                    .formParam("start:begin", "start:begin")
                    .check(regex("<redirect url=\"([^\"]*basic-data.xhtml[^\"]*)\"").saveAs("basicData")))
            .exec(Faces::printRefusal)
            .exec(io.gatling.javaapi.http.HttpDsl.http("basic-data page").get(session -> session.getString("basicData").replace("&amp;", "&"))
                    .check(io.gatling.javaapi.http.HttpDsl.status().is(200)));

    /** Endless new enterprises: user name, enterprise name, a USCC with its check character, a mobile number. */
    private static Iterator<Map<String, Object>> newEnterprises() {
        return Stream.generate(() -> {
            long number = RUN * 10_000 + NEXT.incrementAndGet(); // at most 9 digits while a run has < 10,000
            String nine = String.format("%09d", number);
            String first17 = "91320505" + nine;
            Map<String, Object> enterprise = new HashMap<>();
            enterprise.put("userName", "burst" + nine);
            enterprise.put("enterpriseName", "苏州压测" + nine + "智能装备有限公司");
            enterprise.put("uscc", first17 + Uscc.checkCharacterOf(first17));
            enterprise.put("mobile", "19" + nine);
            return enterprise;
        }).iterator();
    }

    public RegistrationBurstSimulation() {
        setUp(registrations.injectOpen(constantUsersPerSec(Integer.getInteger("load.rate", 50))
                        .during(Duration.ofSeconds(Long.getLong("load.seconds", 60)))))
                .protocols(Faces.protocol())
                .maxDuration(Duration.ofSeconds(Long.getLong("load.maxSeconds", 600)))
                .assertions(global().failedRequests().count().is(0L));
    }
}
