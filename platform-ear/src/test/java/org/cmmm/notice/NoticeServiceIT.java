package org.cmmm.notice;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import javax.sql.DataSource;
import org.cmmm.it.PlatformDeployment;
import org.cmmm.it.Subjects;
import org.cmmm.notice.boundary.NoticeService;
import org.cmmm.notice.entity.Notice;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A JPA round trip through an EJB boundary on a table that Flyway created, inside the real server. */
@ExtendWith(ArquillianExtension.class)
class NoticeServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return PlatformDeployment.earWithTests(NoticeServiceIT.class);
    }

    @Inject
    NoticeService notices;

    @Resource(lookup = "java:app/jdbc/cmmm")
    DataSource dataSource;

    @Test
    void aPublishedNoticeIsStoredInTheMigratedTableAndReadBack() throws Exception {
        LocalDateTime publishedAt = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
        Notice published = Subjects.system(() -> notices.publish(new Notice("往返测试", "Round trip", "正文", "Body", publishedAt)));
        assertThat(published.getId()).isNotNull();

        Notice found = notices.find(published.getId()).orElseThrow();
        assertThat(found.title(Locale.SIMPLIFIED_CHINESE)).isEqualTo("往返测试");
        assertThat(found.title(Locale.ENGLISH)).isEqualTo("Round trip");
        assertThat(found.getPublishedAt()).isEqualTo(publishedAt);
        assertThat(notices.latest(50)).extracting(Notice::getId).contains(published.getId());

        // The row is really in MariaDB, in utf8mb4, not only in a persistence context.
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("select title_zh from notice where id = ?")) {
            select.setLong(1, published.getId());
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString(1)).isEqualTo("往返测试");
            }
        }
    }

    @Test
    void theSchemaWasMigratedByFlywayNotGeneratedByJpa() throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select success from flyway_schema_history where version = '1'");
             ResultSet row = select.executeQuery()) {
            assertThat(row.next()).as("migration V1 recorded by Flyway").isTrue();
            assertThat(row.getBoolean(1)).isTrue();
        }
    }

    @Test
    void anUnknownIdFindsNothing() {
        assertThat(notices.find(Long.MAX_VALUE)).isEmpty();
    }
}
