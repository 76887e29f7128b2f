package org.cmmm.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.cmmm.it.Browser;
import org.cmmm.it.Http;
import org.cmmm.it.PlatformDeployment;
import org.cmmm.it.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Pages opened by an id in the URL answer "not found" (404, the localized error page) for an id that is not a
 * number, not a whole one, too large for a long, negative, or of nothing — never a 500 (issue 11, hole 5).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MalformedIdIT {

    @RegisterExtension
    static Browser browser = new Browser();

    private static final String PASSWORD = "Malformed#2026";
    private static final List<String> IDS = List.of("abc", "2.0", "9223372036854775808", "-1", "1e3", "", "%20", "999999999999");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PlatformDeployment.ear();
    }

    @Test
    void theDiagnosisPagesAnswerNotFoundToEveryMalformedId() throws Exception {
        TestData data = new TestData(TestData.fromTestJvm());
        String user = TestData.unique("malformed");
        data.account(user, PASSWORD, "ENTERPRISE", data.enterprise(TestData.unique("畸形编号"), "320505"), null, TestData.mobile());
        String session = signedInSession(user);

        for (String page : List.of("diagnosis/answer.xhtml", "diagnosis/basic-data.xhtml", "diagnosis/result.xhtml")) {
            for (String id : IDS) {
                assertNotFound(page + "?id=" + id, session);
            }
        }
    }

    @Test
    void theEnterprisePageAnswersNotFoundToEveryMalformedId() throws Exception {
        TestData data = new TestData(TestData.fromTestJvm());
        String admin = TestData.unique("malformedadmin");
        data.account(admin, PASSWORD, "REGION_ADMIN", null, "320500", TestData.mobile());
        String session = signedInSession(admin);

        for (String id : IDS) {
            assertNotFound("enterprise/view.xhtml?id=" + id, session);
        }
    }

    /** Signs in with the browser and returns its session cookie, for plain HTTP requests that see the status. */
    private static String signedInSession(String user) {
        return browser.sessionOf(user, PASSWORD);
    }

    private static void assertNotFound(String path, String session) {
        HttpResponse<String> response = Http.get(path, "Cookie", session + "; cmmm_lang=zh_CN");
        assertThat(response.statusCode()).as(path).isEqualTo(404);
        // (exception class names do appear in the PrimeFaces settings script, which maps them to the error pages)
        assertThat(response.body()).as(path).contains("页面不存在").doesNotContain("Caused by").doesNotContain("at org.");
    }
}
