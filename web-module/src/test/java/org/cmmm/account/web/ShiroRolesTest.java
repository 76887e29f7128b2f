package org.cmmm.account.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.shiro.config.Ini;
import org.cmmm.platform.control.Role;
import org.junit.jupiter.api.Test;

/**
 * The security configuration and the roles of the platform agree. Shiro compares role names as plain strings,
 * so a misspelt role in shiro.ini is no error anywhere: its URLs would just stay closed to everyone, and a role
 * no rule names would be let in nowhere.
 */
class ShiroRolesTest {

    /** Relative to the module, the working directory of surefire. */
    private static final Path SHIRO_INI = Path.of("src/main/webapp/WEB-INF/shiro.ini");
    private static final Pattern ANY_ROLE = Pattern.compile("\\banyRole\\[([^\\]]*)\\]");

    @Test
    void anyRoleIsTheFilterOfThePlatform() throws IOException {
        // otherwise the role lists read below would be arguments of some other filter
        assertThat(load().getSection("main").get("anyRole")).isEqualTo(AnyRoleFilter.class.getName());
    }

    @Test
    void everyRoleNamedInTheUrlRulesIsARoleAndEveryRoleIsNamed() throws IOException {
        Set<String> named = new TreeSet<>();
        for (String chain : load().getSection("urls").values()) {
            named.addAll(rolesOf(chain));
        }
        Set<String> roles = new TreeSet<>(Arrays.stream(Role.values()).map(Role::name).toList());

        assertThat(named).as("roles named in shiro.ini that are no Role").isSubsetOf(roles);
        assertThat(roles).as("roles that no rule of shiro.ini names").isSubsetOf(named);
    }

    @Test
    void theSupportPagesAreForStaffAndTheResultPageForEveryRole() throws IOException {
        // the URL rules say in names what Role.isStaff says in code; the result page is read by every role
        // (the tenant rule decides which results)
        Ini.Section urls = load().getSection("urls");
        assertThat(rolesOf(urls.get("/support/**"))).containsExactlyElementsOf(
                Arrays.stream(Role.values()).filter(Role::isStaff).map(Role::name).toList());
        assertThat(rolesOf(urls.get("/diagnosis/result.xhtml"))).containsExactlyElementsOf(
                Arrays.stream(Role.values()).map(Role::name).toList());
    }

    @Test
    void theLastRuleClosesEverythingNoRuleAboveOpens() throws IOException {
        Ini.Section urls = load().getSection("urls");
        List<Map.Entry<String, String>> rules = new ArrayList<>(urls.entrySet());
        Map.Entry<String, String> last = rules.get(rules.size() - 1);
        assertThat(last.getKey() + " = " + last.getValue()).isEqualTo("/** = unlisted");
        assertThat(load().getSection("main").get("unlisted")).isEqualTo(UnlistedFilter.class.getName());
        assertThat(rules.subList(0, rules.size() - 1)).extracting(Map.Entry::getKey).doesNotContain("/**");
    }

    /** The roles of the anyRole filters of one filter chain, in the order written. */
    private static List<String> rolesOf(String chain) {
        List<String> roles = new ArrayList<>();
        Matcher anyRole = ANY_ROLE.matcher(chain);
        while (anyRole.find()) {
            Arrays.stream(anyRole.group(1).split(",")).map(String::strip).forEach(roles::add);
        }
        return roles;
    }

    private static Ini load() throws IOException {
        Ini ini = new Ini();
        try (InputStream in = Files.newInputStream(SHIRO_INI)) {
            ini.load(in);
        }
        return ini;
    }
}
