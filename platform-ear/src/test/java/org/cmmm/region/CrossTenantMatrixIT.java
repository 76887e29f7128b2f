package org.cmmm.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.cmmm.it.ApplicationSurface;
import org.cmmm.it.Browser;
import org.cmmm.it.DiagnosisRows;
import org.cmmm.it.Http;
import org.cmmm.it.PlatformDeployment;
import org.cmmm.it.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The cross-tenant matrix (issue 11): every page of the shipped web module and every GET path of its API, read from
 * the EAR (so that a new page cannot escape), opened by every kind of user — anonymous, two enterprises, the city and
 * province administrators of two provinces, support, administrator — with every id of the fixture: enterprises,
 * diagnoses (completed and in progress) and accounts. Three enterprises: Suzhou (Jiangsu), Nanjing (Jiangsu, another
 * city), Hangzhou (Zhejiang).
 *
 * <p>No answer may show the name, USCC or user name of an enterprise outside the user's tenancy; a page that takes an
 * id of a kind answers a foreign one with "not found", "forbidden" or the sign-in page, never 200; nothing answers 5xx.
 * Positive controls prove the sessions and the markers work: the owners and their administrators do see the data.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CrossTenantMatrixIT {

    @RegisterExtension
    static Browser browser = new Browser();

    private static final String PASSWORD = "Matrix#2026";

    /** The kind of id each page with an {@code id} view parameter takes; a new page with one must say its kind here. */
    private static final Map<String, String> ID_KIND = Map.of(
            "diagnosis/answer.xhtml", "diagnosis",
            "diagnosis/basic-data.xhtml", "diagnosis",
            "diagnosis/result.xhtml", "diagnosis",
            "enterprise/view.xhtml", "enterprise",
            "support/reclassify.xhtml", "enterprise");

    /**
     * Pages with a {@code region} view parameter (a region code; statistics are aggregated by region): every role
     * asks for the region of every tenant and the provinces, and may open only those its tenancy holds. Their other
     * parameter, {@code snapshot}, names a snapshot, which belongs to no tenant.
     */
    private static final Set<String> REGION_PAGES = Set.of("statistics/index.xhtml");

    /**
     * Pages with a {@code code} view parameter: the public check of a report shows the enterprise of a code to whoever
     * holds that code (80 random bits, printed on the report), by design; {@code result} names what a lookup of
     * {@code /verify/{code}} found (128 random bits, kept ten minutes). Asked with anything else — every id of the
     * matrix — it shows nobody's data.
     */
    private static final Set<String> CODE_PAGES = Set.of("verify.xhtml");

    /**
     * Pages with a {@code mobile} view parameter: the development SMS outbox (present in development mode only; in
     * production it answers 404) lists the codes sent to one number, and never an enterprise. Every role asks for the
     * mobile of every tenant; no answer may show a tenant's name, USCC or user name.
     */
    private static final Set<String> MOBILE_PAGES = Set.of("dev/sms.xhtml");

    /**
     * The application's servlets and the GET addresses each answers with a diagnosis id in them: every role asks for
     * every diagnosis, and only those whose tenancy holds it get the file. The verification link takes a code, no
     * id: it reads across regions by design and shows no more than the public page does.
     */
    private static final Map<String, List<String>> SERVLET_DOWNLOADS = Map.of(
            "report/*", List.of("report/diagnosis/{id}.pdf", "report/diagnosis/{id}.xlsx"),
            "verify/*", List.of());

    /** The regions asked for, and which roles may open each. */
    private static final Map<String, Set<String>> REGION_READERS = Map.of(
            "320500", Set.of("admin-suzhou-city", "admin-jiangsu-province", "support", "admin"),
            "320100", Set.of("admin-jiangsu-province", "support", "admin"),
            "320000", Set.of("admin-jiangsu-province", "support", "admin"),
            "330100", Set.of("admin-hangzhou-city", "admin-zhejiang-province", "support", "admin"),
            "330000", Set.of("admin-zhejiang-province", "support", "admin"));

    private record Tenant(String name, String uscc, String user, long enterpriseId, long completed, long answering,
                          long accountId, String mobile) {
        List<String> markers() {
            return List.of(name, uscc, user);
        }
    }

    private record Probe(String path, String role, String kind, long id) {
    }

    private static final Map<String, Tenant> TENANTS = new LinkedHashMap<>();
    /** Session cookie per role; anonymous has none. */
    private static final Map<String, String> SESSIONS = new LinkedHashMap<>();
    /** Which tenants (by key) each role may see. */
    private static final Map<String, Set<String>> VISIBLE = new LinkedHashMap<>();
    private static final List<Long> ACCOUNT_IDS = new ArrayList<>();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PlatformDeployment.ear();
    }

    @BeforeAll
    static void threeEnterprisesInTwoProvincesAndNineKindsOfUser() {
        DataSource database = TestData.fromTestJvm();
        TestData data = new TestData(database);
        DiagnosisRows diagnoses = new DiagnosisRows(database);
        for (String[] tenant : new String[][] {{"suzhou", "320505"}, {"nanjing", "320102"}, {"hangzhou", "330106"}}) {
            String name = TestData.unique("矩阵" + tenant[0]);
            long enterpriseId = data.enterprise(name, tenant[1]);
            String user = TestData.unique("matrix" + tenant[0]);
            String mobile = TestData.mobile();
            long accountId = data.account(user, PASSWORD, "ENTERPRISE", enterpriseId, null, mobile);
            String path = data.regionPath(tenant[1]);
            String uscc = data.text("select uscc from enterprise where id = ?", enterpriseId);
            TENANTS.put(tenant[0], new Tenant(name, uscc, user, enterpriseId, diagnoses.completed(enterpriseId, path),
                    diagnoses.answering(enterpriseId, path), accountId, mobile));
            ACCOUNT_IDS.add(accountId);
        }
        VISIBLE.put("anonymous", Set.of());
        VISIBLE.put("enterprise-suzhou", Set.of("suzhou"));
        VISIBLE.put("enterprise-hangzhou", Set.of("hangzhou"));
        VISIBLE.put("admin-suzhou-city", Set.of("suzhou"));
        VISIBLE.put("admin-jiangsu-province", Set.of("suzhou", "nanjing"));
        VISIBLE.put("admin-hangzhou-city", Set.of("hangzhou"));
        VISIBLE.put("admin-zhejiang-province", Set.of("hangzhou"));
        VISIBLE.put("support", Set.of("suzhou", "nanjing", "hangzhou"));
        VISIBLE.put("admin", Set.of("suzhou", "nanjing", "hangzhou"));

        Map<String, String> users = new LinkedHashMap<>();
        users.put("enterprise-suzhou", TENANTS.get("suzhou").user());
        users.put("enterprise-hangzhou", TENANTS.get("hangzhou").user());
        users.put("admin-suzhou-city", data.newUser("matrixstaff", PASSWORD, "REGION_ADMIN", null, "320500"));
        users.put("admin-jiangsu-province", data.newUser("matrixstaff", PASSWORD, "REGION_ADMIN", null, "320000"));
        users.put("admin-hangzhou-city", data.newUser("matrixstaff", PASSWORD, "REGION_ADMIN", null, "330100"));
        users.put("admin-zhejiang-province", data.newUser("matrixstaff", PASSWORD, "REGION_ADMIN", null, "330000"));
        users.put("support", data.newUser("matrixstaff", PASSWORD, "SUPPORT", null, null));
        users.put("admin", data.newUser("matrixstaff", PASSWORD, "ADMIN", null, null));
        SESSIONS.put("anonymous", null);
        SESSIONS.putAll(browser.sessionsOf(users, PASSWORD));
    }

    @Test
    void noPageNoApiPathAndNoIdShowsAnyoneDataOutsideTheirTenancy() throws Exception {
        ApplicationSurface surface = ApplicationSurface.ofShippedEar();
        assertThat(ID_KIND.keySet()).as("pages with an id parameter")
                .containsExactlyInAnyOrderElementsOf(surface.pages().entrySet().stream()
                        .filter(page -> page.getValue().contains("id")).map(Map.Entry::getKey).toList());
        assertThat(REGION_PAGES).as("pages with a region parameter")
                .containsExactlyInAnyOrderElementsOf(surface.pages().entrySet().stream()
                        .filter(page -> page.getValue().contains("region")).map(Map.Entry::getKey).toList());
        assertThat(surface.servlets()).as("servlets (downloads) need their addresses in this matrix")
                .containsExactlyInAnyOrderElementsOf(SERVLET_DOWNLOADS.keySet());
        assertThat(surface.pages().entrySet()).as("view parameters other than id and region need a kind in this matrix")
                .allSatisfy(page -> assertThat(page.getValue())
                        .isSubsetOf(REGION_PAGES.contains(page.getKey()) ? Set.of("region", "snapshot")
                                : CODE_PAGES.contains(page.getKey()) ? Set.of("code", "result")
                                : MOBILE_PAGES.contains(page.getKey()) ? Set.of("mobile") : Set.of("id")));
        assertThat(CODE_PAGES).as("pages with a code parameter")
                .containsExactlyInAnyOrderElementsOf(surface.pages().entrySet().stream()
                        .filter(page -> page.getValue().contains("code")).map(Map.Entry::getKey).toList());
        assertThat(MOBILE_PAGES).as("pages with a mobile parameter")
                .containsExactlyInAnyOrderElementsOf(surface.pages().entrySet().stream()
                        .filter(page -> page.getValue().contains("mobile")).map(Map.Entry::getKey).toList());

        Map<String, List<Long>> ids = new LinkedHashMap<>();
        ids.put("enterprise", TENANTS.values().stream().map(Tenant::enterpriseId).toList());
        ids.put("diagnosis", TENANTS.values().stream().flatMap(t -> List.of(t.completed(), t.answering()).stream()).toList());
        ids.put("account", ACCOUNT_IDS);

        List<Probe> probes = new ArrayList<>();
        List<String> paths = new ArrayList<>(surface.pages().keySet());
        paths.add("");
        for (String path : paths) {
            for (String role : SESSIONS.keySet()) {
                for (Map.Entry<String, List<Long>> kind : ids.entrySet()) {
                    for (long id : kind.getValue()) {
                        probes.add(new Probe(path + "?id=" + id, role, kind.getKey(), id));
                    }
                }
            }
        }
        for (String page : REGION_PAGES) {
            for (String role : SESSIONS.keySet()) {
                for (String region : REGION_READERS.keySet()) {
                    probes.add(new Probe(page + "?region=" + region, role, "region", Long.parseLong(region)));
                }
            }
        }
        for (String page : CODE_PAGES) {
            for (String role : SESSIONS.keySet()) {
                for (long id : ids.get("diagnosis")) {
                    probes.add(new Probe(page + "?code=" + id, role, "code", id));
                }
            }
        }
        for (String page : MOBILE_PAGES) {
            for (String role : SESSIONS.keySet()) {
                for (Tenant tenant : TENANTS.values()) {
                    probes.add(new Probe(page + "?mobile=" + tenant.mobile(), role, "mobile", Long.parseLong(tenant.mobile())));
                }
            }
        }
        for (String template : SERVLET_DOWNLOADS.values().stream().flatMap(List::stream).toList()) {
            for (String role : SESSIONS.keySet()) {
                for (long id : ids.get("diagnosis")) {
                    probes.add(new Probe(template.replace("{id}", String.valueOf(id)), role, "download", id));
                }
            }
        }
        for (String template : surface.getPaths()) {
            for (String role : SESSIONS.keySet()) {
                for (Map.Entry<String, List<Long>> kind : ids.entrySet()) {
                    for (long id : kind.getValue()) {
                        probes.add(new Probe(template.replaceAll("\\{[^}]+}", String.valueOf(id)), role, kind.getKey(), id));
                    }
                }
            }
        }

        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        Map<String, AtomicInteger> okByRole = new LinkedHashMap<>();
        SESSIONS.keySet().forEach(role -> okByRole.put(role, new AtomicInteger()));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (Probe probe : probes) {
                done.add(pool.submit(() -> check(probe, failures, okByRole)));
            }
            for (Future<?> each : done) {
                each.get();
            }
        } finally {
            pool.shutdown();
        }
        System.out.printf("Cross-tenant matrix: %d pages and %d GET paths x %d roles x %d ids = %d requests, %d failures%n",
                paths.size(), surface.getPaths().size(), SESSIONS.size(), ids.values().stream().mapToInt(List::size).sum(),
                probes.size(), failures.size());
        assertThat(failures).as("requests that showed foreign data, answered 5xx or opened a foreign id").isEmpty();
        okByRole.forEach((role, ok) -> assertThat(ok.get()).as("pages %s could open (its session works)", role).isPositive());
    }

    @Test
    void theOwnersAndTheirAdministratorsDoSeeTheData() {
        Tenant suzhou = TENANTS.get("suzhou");
        Tenant nanjing = TENANTS.get("nanjing");
        Tenant hangzhou = TENANTS.get("hangzhou");
        assertShows("enterprise-suzhou", "diagnosis/result.xhtml?id=" + suzhou.completed(), "result-headline");
        assertShows("enterprise-suzhou", "diagnosis/answer.xhtml?id=" + suzhou.answering(), "id=\"answer\"");
        assertShows("enterprise-hangzhou", "diagnosis/result.xhtml?id=" + hangzhou.completed(), "result-headline");
        assertShows("admin-suzhou-city", "enterprise/view.xhtml?id=" + suzhou.enterpriseId(), suzhou.name());
        assertShows("admin-suzhou-city", "diagnosis/result.xhtml?id=" + suzhou.completed(), "result-headline");
        assertShows("admin-jiangsu-province", "enterprise/view.xhtml?id=" + nanjing.enterpriseId(), nanjing.name());
        assertShows("admin-zhejiang-province", "enterprise/view.xhtml?id=" + hangzhou.enterpriseId(), hangzhou.uscc());
        assertShows("support", "enterprise/view.xhtml?id=" + hangzhou.enterpriseId(), hangzhou.name());
        assertShows("support", "support/reclassify.xhtml?id=" + suzhou.enterpriseId(), suzhou.name());
        assertShows("admin", "diagnosis/result.xhtml?id=" + nanjing.completed(), "result-headline");
        assertShows("admin-suzhou-city", "statistics/index.xhtml?region=320500", "dashboard-title");
        assertShows("admin-jiangsu-province", "statistics/index.xhtml?region=320100", "dashboard-title");
        assertShows("admin-hangzhou-city", "statistics/index.xhtml", "dashboard-title");
        assertShows("support", "statistics/index.xhtml?region=330000", "dashboard-title");
        for (String[] reader : new String[][] {{"enterprise-suzhou", "suzhou"}, {"admin-suzhou-city", "suzhou"},
                {"admin-jiangsu-province", "nanjing"}, {"support", "hangzhou"}, {"admin", "nanjing"}}) {
            long completed = TENANTS.get(reader[1]).completed();
            assertDownloads(reader[0], "report/diagnosis/" + completed + ".pdf", "%PDF-");
            assertDownloads(reader[0], "report/diagnosis/" + completed + ".xlsx", "PK");
        }
    }

    private static void assertDownloads(String role, String path, String magic) {
        HttpResponse<String> response = Http.get(path, "Cookie", SESSIONS.get(role) + "; cmmm_lang=zh_CN");
        assertThat(response.statusCode()).as("%s downloads %s", role, path).isEqualTo(200);
        assertThat(response.body()).as("%s downloads %s", role, path).startsWith(magic);
        assertThat(response.headers().firstValue("Content-Disposition").orElse("")).as("%s downloads %s", role, path)
                .contains("attachment", "CMMM-");
    }

    /** A staff account of the role (and region); returns its user name. */
    private static void check(Probe probe, List<String> failures, Map<String, AtomicInteger> okByRole) {
        String session = SESSIONS.get(probe.role());
        HttpResponse<String> response = session == null
                ? Http.get(probe.path(), "Cookie", "cmmm_lang=zh_CN")
                : Http.get(probe.path(), "Cookie", session + "; cmmm_lang=zh_CN");
        int status = response.statusCode();
        String where = probe.role() + " GET /" + probe.path() + " -> " + status;
        if (status >= 500) {
            failures.add(where + ": server error");
        }
        Set<String> visible = VISIBLE.get(probe.role());
        TENANTS.forEach((key, tenant) -> {
            if (!visible.contains(key)) {
                for (String marker : tenant.markers()) {
                    if (response.body().contains(marker)) {
                        failures.add(where + ": shows " + marker + " of " + key);
                    }
                }
            }
        });
        if (probe.kind().equals("region") && status == 200
                && !REGION_READERS.get(String.valueOf(probe.id())).contains(probe.role())) {
            failures.add(where + ": opened the figures of region " + probe.id());
        }
        if (probe.kind().equals("download") && status == 200 && !visible.contains(ownerOf(probe))) {
            failures.add(where + ": downloaded a file of diagnosis " + probe.id() + " of " + ownerOf(probe));
        }
        String page = probe.path().replaceAll("\\?.*", "");
        if (probe.kind().equals(ID_KIND.get(page)) && !visible.contains(ownerOf(probe)) && status == 200) {
            failures.add(where + ": opened the " + probe.kind() + " " + probe.id() + " of " + ownerOf(probe));
        }
        if (status == 200) {
            okByRole.get(probe.role()).incrementAndGet();
        }
    }

    private static String ownerOf(Probe probe) {
        for (Map.Entry<String, Tenant> tenant : TENANTS.entrySet()) {
            Tenant t = tenant.getValue();
            boolean owns = switch (probe.kind()) {
                case "enterprise" -> t.enterpriseId() == probe.id();
                case "diagnosis", "download", "code" -> t.completed() == probe.id() || t.answering() == probe.id();
                default -> t.accountId() == probe.id();
            };
            if (owns) {
                return tenant.getKey();
            }
        }
        throw new IllegalStateException("no owner of " + probe);
    }

    private static void assertShows(String role, String path, String text) {
        HttpResponse<String> response = Http.get(path, "Cookie", SESSIONS.get(role) + "; cmmm_lang=zh_CN");
        assertThat(response.statusCode()).as("%s opens %s", role, path).isEqualTo(200);
        assertThat(response.body()).as("%s opens %s", role, path).contains(text);
    }
}
