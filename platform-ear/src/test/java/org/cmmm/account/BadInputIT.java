package org.cmmm.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.util.List;
import javax.sql.DataSource;
import org.cmmm.account.boundary.RegistrationService;
import org.cmmm.account.control.RegistrationForm;
import org.cmmm.enterprise.boundary.EnterpriseProfile;
import org.cmmm.enterprise.control.EnterpriseContact;
import org.cmmm.enterprise.entity.Enterprise;
import org.cmmm.it.PlatformDeployment;
import org.cmmm.it.Subjects;
import org.cmmm.it.TestData;
import org.cmmm.platform.control.BusinessException;
import org.cmmm.platform.control.Fault;
import org.cmmm.platform.control.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Input that must never be stored as typed (issue 11, hole 6): control and invisible formatting characters, text
 * over a field's length (refused with a message, never cut), a mobile number with a digit too many. Each is refused
 * at its field by the boundary, and nothing is stored.
 */
@ExtendWith(ArquillianExtension.class)
class BadInputIT {

    private static final List<String> INVISIBLE = List.of("\u0001", "\u000B", "\u001B", "\u0000", "\u202E", "\u2066", "\u200B");

    @Deployment
    static EnterpriseArchive deployment() {
        return PlatformDeployment.earWithTests(BadInputIT.class, RegistrationIT.class);
    }

    @Inject
    RegistrationService registration;

    @Inject
    EnterpriseProfile profile;

    @Resource(lookup = "java:app/jdbc/cmmm")
    DataSource dataSource;

    @Test
    void registrationRefusesEveryBadValueAtItsFieldAndStoresNothing() {
        long accountsBefore = new TestData(dataSource).count("select count(*) from account");
        List<String> fields = List.of("enterpriseName", "address", "contactPerson");
        int tried = 0;
        for (String field : fields) {
            for (String invisible : INVISIBLE) {
                assertRefusedAt(field, "form.controlCharacters", replace(valid(), field, "苏州" + invisible + "精工"));
                tried++;
            }
            assertRefusedAt(field, "form.tooLong", replace(valid(), field, "长".repeat(10_000)));
            tried++;
        }
        assertRefusedAt("userName", null, replace(valid(), "userName", "A".repeat(10_000)));
        assertRefusedAt("mobile", "account.mobile.invalid", replace(valid(), "mobile", TestData.mobile() + "1"));
        tried += 2;

        assertThat(tried).isEqualTo(fields.size() * (INVISIBLE.size() + 1) + 2);
        assertThat(new TestData(dataSource).count("select count(*) from account")).isEqualTo(accountsBefore);
    }

    @Test
    void theContactDataRefuseBadValuesAndKeepWhatWasStored() {
        TestData data = new TestData(dataSource);
        long enterpriseId = data.enterprise(TestData.unique("坏输入"), "320505");
        var user = Subjects.principal(Role.ENTERPRISE, enterpriseId, null);
        Enterprise before = Subjects.as(user, () -> profile.own());

        for (EnterpriseContact bad : List.of(
                new EnterpriseContact("苏州\u202E路", "王工", "13800138000", null),
                new EnterpriseContact("苏州路", "王\u0000工", "13800138000", null),
                new EnterpriseContact("苏州路", "王工", "138001380001", null),
                new EnterpriseContact("路".repeat(201), "王工", "13800138000", null),
                new EnterpriseContact("苏州路", "王工", "13800138000", "wang\u0001@example.com"))) {
            BusinessException refused = catchThrowableOfType(BusinessException.class,
                    () -> Subjects.as(user, () -> profile.changeContact(enterpriseId, before.getVersion(), bad)));
            assertThat(refused).as("%s", bad).isNotNull();
            assertThat(refused.faults()).as("%s", bad).allSatisfy(fault -> assertThat(fault.field()).isPresent());
        }
        assertThat(data.count("select count(*) from enterprise where id = ? and address = '测试地址' and contact_person = '测试'",
                enterpriseId)).isEqualTo(1);
    }

    private void assertRefusedAt(String field, String key, RegistrationForm form) {
        BusinessException refused = catchThrowableOfType(BusinessException.class,
                () -> Subjects.anonymous(() -> registration.register(form)));
        assertThat(refused).as("%s refused", field).isNotNull();
        assertThat(refused.faults()).as("faults of %s", field).extracting(Fault::fieldOrNull).contains(field);
        if (key != null) {
            assertThat(refused.faults()).filteredOn(f -> field.equals(f.fieldOrNull())).extracting(Fault::key).containsExactly(key);
        }
    }

    private static RegistrationForm valid() {
        return RegistrationIT.form(TestData.unique("bad"), TestData.uscc("320505"), TestData.mobile(), "123456");
    }

    private static RegistrationForm replace(RegistrationForm f, String field, String value) {
        return new RegistrationForm(
                field.equals("userName") ? value : f.userName(), f.password(), f.passwordAgain(),
                field.equals("enterpriseName") ? value : f.enterpriseName(), f.uscc(), f.industryCode(), f.regionCode(),
                field.equals("address") ? value : f.address(),
                field.equals("contactPerson") ? value : f.contactPerson(),
                field.equals("mobile") ? value : f.mobile(), f.smsCode(), f.email(), f.size());
    }
}
