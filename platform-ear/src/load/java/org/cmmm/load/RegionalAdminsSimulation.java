package org.cmmm.load;

import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CoreDsl;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Suite (b) of issue 16: regional admins of the provinces and cities with the most generated enterprises sign in,
 * open their region's dashboard (the newest statistics snapshot), drill down into a region below theirs, filter the
 * enterprise list by level and turn its page, a few rounds, then export the regions table (Excel) and the filtered
 * enterprise list (CSV). Needs a completed statistics snapshot over the generated data. Bounded: {@code load.admins}
 * admins (20) arriving over {@code load.rampSeconds} (20), {@code load.rounds} drill-downs each (3), a pause of
 * {@code load.thinkMillis} (2,000–6,000 ms) between pages, at most {@code load.maxSeconds} (600).
 */
public class RegionalAdminsSimulation extends Simulation {

    private static final String DASHBOARD = "/statistics/index.xhtml";
    private static final String HEADLINE = "id=\"headline\"";

    private final int admins = Integer.getInteger("load.admins", 20);
    private final Duration[] think = Settings.millis("load.thinkMillis", 2_000, 6_000);

    private final ScenarioBuilder regionalAdmins = scenario("regional admins browsing statistics")
            .feed(listFeeder(GeneratedUsers.regionAdmins(admins)).circular())
            .exec(Faces.signIn("/"))
            .exec(Faces.open("dashboard", DASHBOARD).check(substring(HEADLINE).exists(), children()))
            .repeat(Integer.getInteger("load.rounds", 3)).on(drillDown())
            .exec(pause())
            .exec(export("export regions (Excel)", "children-export", "xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
            .exec(pause())
            .exec(export("export enterprise list (CSV)", "list-export", "csv", "text/csv"));

    /** The dashboard of a region below, picked at random from the page's table, its list filtered and paged. */
    private ChainBuilder drillDown() {
        return exec(pause())
                .exec(Faces.open("dashboard of a region below", RegionalAdminsSimulation::aRegionBelow)
                        .check(substring(HEADLINE).exists()))
                .exec(pause())
                .exec(Faces.ajax("enterprise list by level", DASHBOARD, "list", "list:level", "list", "list:enterprises")
                        .formParam("list:level", "2")
                        .formParam("list:industry", "")
                        .formParam("list:size", "")
                        .formParam("list:region", "")
                        .formParam("jakarta.faces.behavior.event", "change")
                        .formParam("jakarta.faces.partial.event", "change"))
                .exec(pause())
                .exec(Faces.ajax("enterprise list page 2", DASHBOARD, "list", "list:enterprises", "list:enterprises", "list:enterprises")
                        .formParam("list:enterprises_pagination", "true")
                        .formParam("list:enterprises_first", "20")
                        .formParam("list:enterprises_rows", "20")
                        .formParam("list:enterprises_skipChildren", "true")
                        .formParam("list:enterprises_encodeFeature", "true")
                        .formParam("list:level", "2"));
    }

    /** A download of one of the page's tables, as its export button posts the form (not ajax). */
    private static ChainBuilder export(String name, String form, String button, String type) {
        return exec(http(name).post(DASHBOARD)
                .formParam(form, form)
                .formParam(form + ":" + button, form + ":" + button)
                .formParam("jakarta.faces.ViewState", "#{viewState}")
                .check(status().is(200), header("Content-Type").transform(value -> value.split(";")[0]).is(type),
                        header("Content-Disposition").exists()));
    }

    /** The links of the regions table (drill-down), kept to pick one. */
    private static io.gatling.javaapi.core.CheckBuilder children() {
        return regex("href=\"(" + DASHBOARD.replace(".", "\\.") + "\\?snapshot=\\d+&amp;region=\\d+)\"").findAll().saveAs("below");
    }

    private static String aRegionBelow(Session session) {
        List<String> below = session.getList("below");
        return below.get(ThreadLocalRandom.current().nextInt(below.size())).replace("&amp;", "&");
    }

    private ChainBuilder pause() {
        return CoreDsl.pause(think[0], think[1]);
    }

    public RegionalAdminsSimulation() {
        setUp(regionalAdmins.injectOpen(rampUsers(admins).during(Duration.ofSeconds(Long.getLong("load.rampSeconds", 20)))))
                .protocols(Faces.protocol())
                .maxDuration(Duration.ofSeconds(Long.getLong("load.maxSeconds", 600)))
                .assertions(global().failedRequests().count().is(0L),
                        details("dashboard").responseTime().percentile(95.0).lte(300),
                        details("dashboard of a region below").responseTime().percentile(95.0).lte(300));
    }
}
