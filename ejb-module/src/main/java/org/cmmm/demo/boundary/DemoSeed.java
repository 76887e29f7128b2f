package org.cmmm.demo.boundary;

import org.cmmm.platform.boundary.Allowed;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.logging.Logger;
import org.cmmm.account.control.Passwords;
import org.cmmm.audit.boundary.AuditLog;
import org.cmmm.platform.control.Role;
import org.cmmm.account.entity.Account;
import org.cmmm.diagnosis.control.MonthlyQuota;
import org.cmmm.enterprise.control.EnterpriseSize;
import org.cmmm.enterprise.control.Uscc;
import org.cmmm.enterprise.entity.Enterprise;
import org.cmmm.notice.boundary.NoticeService;
import org.cmmm.notice.entity.Notice;
import org.cmmm.platform.boundary.PlatformMode;
import org.cmmm.region.entity.Region;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The development seed: demo data loaded at start-up when {@code cmmm.demo.seed} is true and the platform
 * runs in development mode (never in production). Each part seeds only what is missing, so a restart or a
 * second run keeps what users changed. The demo logins are listed in {@code config/demo/logins.tsv}, which the
 * run command prints; keep the two in step.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigration", "RegionReferenceData", "IndustryReferenceData"})
@Allowed(system = true)
public class DemoSeed {

    private static final Logger LOG = Logger.getLogger(DemoSeed.class.getName());

    /** The one password of every demo account (it meets the password policy). */
    static final String DEMO_PASSWORD = "Zhizao#2026";

    @Inject
    PlatformMode mode;

    @Inject
    @ConfigProperty(name = "cmmm.demo.seed", defaultValue = "false")
    boolean seed;

    @EJB
    NoticeService notices;

    @PersistenceContext(unitName = "cmmm")
    EntityManager em;

    @Inject
    AuditLog audit;

    /** The user names the seed creates (config/demo/logins.tsv prints them with the published password). */
    static final List<String> DEMO_USERS = List.of("support", "admin", "suzhou", "zhejiang", "demo", "demo2");

    @PostConstruct
    void load() {
        if (!mode.isDevelopment()) {
            disableDemoAccounts();
            return;
        }
        if (!seed) {
            LOG.info("Demo seed off");
            return;
        }
        seedNotices();
        seedAccounts();
    }

    private void seedNotices() {
        if (notices.count() > 0) {
            return;
        }
        LocalDateTime now = LocalDateTime.now();
        notices.publish(new Notice(
                "平台试运行通知",
                "The platform is in trial operation",
                "智能制造能力成熟度自诊断平台现已试运行，欢迎企业注册并开展自诊断。",
                "The intelligent-manufacturing capability maturity self-diagnosis platform is open for trial use.",
                now.minusDays(2)));
        notices.publish(new Notice(
                "自诊断填报须知",
                "Before you start a self-diagnosis",
                "每家企业每个自然月最多可新建 " + MonthlyQuota.PER_MONTH + " 次自诊断，统计以最近一次完成的自诊断为准。",
                "Each enterprise may start at most " + MonthlyQuota.PER_MONTH
                        + " self-diagnoses per calendar month; statistics use its latest completed one.",
                now.minusDays(1)));
        LOG.info("Demo notices seeded");
    }

    /**
     * Production start-up: a demo account left from a development trial still opens with the published password,
     * so each one that does is disabled (an account that merely shares a demo name but has its own password is
     * left alone), and the server log and the audit log say so.
     */
    private void disableDemoAccounts() {
        for (String userName : DEMO_USERS) {
            em.createNamedQuery(Account.BY_USER_NAME, Account.class).setParameter("userName", userName).getResultStream()
                    .filter(account -> account.isActive() && Passwords.matches(DEMO_PASSWORD, account.getPasswordHash()))
                    .forEach(account -> {
                        account.deactivate();
                        audit.platformEvent(AuditLog.ACTION_DEMO_ACCOUNT_DISABLED, AuditLog.TARGET_ACCOUNT,
                                String.valueOf(account.getId()), "active=false");
                        LOG.warning(() -> "Production mode: demo account '" + userName
                                + "' still had the published demo password and is now disabled");
                    });
        }
    }

    /** One account per role, and demo enterprises in two provinces (Jiangsu and Zhejiang). */
    private void seedAccounts() {
        if (!em.createNamedQuery(Account.BY_USER_NAME, Account.class).setParameter("userName", "support")
                .getResultList().isEmpty()) {
            return;
        }
        Instant now = Instant.now();
        String hash = Passwords.hash(DEMO_PASSWORD);
        em.persist(new Account("support", hash, Role.SUPPORT, null, null, "平台技术支持", "13800000001", now));
        em.persist(new Account("admin", hash, Role.ADMIN, null, null, "平台管理员", "13800000002", now));
        em.persist(new Account("suzhou", hash, Role.REGION_ADMIN, null, "320500", "苏州市工业和信息化局", "13800000003", now));
        em.persist(new Account("zhejiang", hash, Role.REGION_ADMIN, null, "330000", "浙江省经济和信息化厅", "13800000004", now));
        Enterprise suzhou = enterprise("苏州示范精密机械有限公司", "91320505MA1D3M001", "3311", "320505",
                "苏州市虎丘区示范路 1 号", "王工", "13900000001", EnterpriseSize.MEDIUM);
        Enterprise hangzhou = enterprise("杭州示范新材料有限公司", "91330106MA2B7K002", "2651", "330106",
                "杭州市西湖区示范街 2 号", "李工", "13900000002", EnterpriseSize.SMALL);
        em.persist(new Account("demo", hash, Role.ENTERPRISE, suzhou.getId(), null, "王工", "13900000001", now));
        em.persist(new Account("demo2", hash, Role.ENTERPRISE, hangzhou.getId(), null, "李工", "13900000002", now));
        LOG.info("Demo accounts and enterprises seeded");
    }

    private Enterprise enterprise(String name, String first17, String industry, String regionCode, String address,
                                  String contact, String mobile, EnterpriseSize size) {
        Region region = em.find(Region.class, regionCode);
        Enterprise enterprise = new Enterprise(name, first17 + Uscc.checkCharacterOf(first17), industry, regionCode,
                region.getPath(), address, contact, mobile, null, size, LocalDateTime.now());
        em.persist(enterprise);
        em.flush();
        return enterprise;
    }
}
