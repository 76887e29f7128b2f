package org.cmmm.demo.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.logging.Logger;
import org.cmmm.notice.boundary.NoticeService;
import org.cmmm.notice.entity.Notice;
import org.cmmm.platform.control.RunMode;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The development seed: demo data loaded at start-up when {@code cmmm.demo.seed} is true and the platform
 * runs in development mode (never in production). Each part seeds only what is missing, so a restart or a
 * second run keeps what users changed. Later features add their demo data here; the demo logins are listed
 * in {@code config/demo/logins.tsv}, which the run command prints.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class DemoSeed {

    private static final Logger LOG = Logger.getLogger(DemoSeed.class.getName());

    @Inject
    @ConfigProperty(name = "cmmm.mode", defaultValue = "production")
    String mode;

    @Inject
    @ConfigProperty(name = "cmmm.demo.seed", defaultValue = "false")
    boolean seed;

    @EJB
    NoticeService notices;

    @PostConstruct
    void load() {
        if (!seed || !RunMode.of(mode).allowsDemoData()) {
            LOG.info("Demo seed off");
            return;
        }
        seedNotices();
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
                "每家企业每个自然月最多可新建 3 次自诊断，统计以最近一次完成的自诊断为准。",
                "Each enterprise may start at most 3 self-diagnoses per calendar month; statistics use its latest completed one.",
                now.minusDays(1)));
        LOG.info("Demo notices seeded");
    }
}
