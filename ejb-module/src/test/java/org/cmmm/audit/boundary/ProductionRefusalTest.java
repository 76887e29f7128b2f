package org.cmmm.audit.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProductionRefusalTest {

    /** Records what would be audited, or fails as a database that cannot be written would. */
    static class RecordingAuditLog extends AuditLog {
        final List<String> details = new ArrayList<>();
        final boolean broken;

        RecordingAuditLog(boolean broken) {
            this.broken = broken;
        }

        @Override
        public void platformEvent(String action, String targetType, String targetId, String detail) {
            if (broken) {
                throw new IllegalArgumentException("no audit_entry table");
            }
            details.add(action + " " + detail);
        }
    }

    @Test
    void aUsableSettingStartsAndAuditsNothing() {
        RecordingAuditLog audit = new RecordingAuditLog(false);
        ProductionRefusal.check(audit, () -> { });
        assertThat(audit.details).isEmpty();
    }

    @Test
    void aRefusalIsAuditedAndRethrownAsItWas() {
        RecordingAuditLog audit = new RecordingAuditLog(false);
        IllegalStateException refusal = new IllegalStateException("cmmm.sms.adapter must be \"http\" in production mode");
        assertThatThrownBy(() -> ProductionRefusal.check(audit, () -> { throw refusal; })).isSameAs(refusal);
        assertThat(audit.details).containsExactly(AuditLog.ACTION_PRODUCTION_REFUSED + " " + refusal.getMessage());
    }

    @Test
    void anAuditThatFailsDoesNotHideTheRefusal() {
        IllegalStateException refusal = new IllegalStateException("cmmm.registry.adapter must be \"http\" in production mode");
        assertThatThrownBy(() -> ProductionRefusal.check(new RecordingAuditLog(true), () -> { throw refusal; }))
                .isSameAs(refusal)
                .satisfies(thrown -> assertThat(thrown.getSuppressed()).singleElement()
                        .hasFieldOrPropertyWithValue("message", "no audit_entry table"));
    }
}
