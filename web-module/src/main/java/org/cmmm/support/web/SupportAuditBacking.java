package org.cmmm.support.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneId;
import org.cmmm.platform.control.Clocks;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.cmmm.audit.entity.AuditEntry;
import org.cmmm.platform.web.Texts;
import org.cmmm.support.boundary.SupportService;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * State of /support/audit.xhtml: the audit log, newest first, a page at a time (the log only grows). Times
 * are stored in UTC and shown in Beijing time, the time of the platform's users.
 */
@Named
@ViewScoped
public class SupportAuditBacking implements Serializable {

    static final ZoneId BEIJING = Clocks.BEIJING;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Inject
    transient SupportService support;

    private final LazyDataModel<AuditLine> lines = new Lines();

    /** One entry as the table shows it. */
    public record AuditLine(long id, String at, String actor, String action, String target, String reason,
                            String before, String after) implements Serializable {
    }

    public LazyDataModel<AuditLine> getLines() {
        return lines;
    }

    private AuditLine lineOf(AuditEntry entry) {
        return new AuditLine(entry.getId(),
                entry.getAt().atOffset(ZoneOffset.UTC).atZoneSameInstant(BEIJING).format(TIME),
                entry.getActor(),
                Texts.text("support.audit.action." + entry.getAction()),
                Texts.text("support.audit.target." + entry.getTargetType(), entry.getTargetId()),
                entry.getReason(), entry.getBeforeValue(), entry.getAfterValue());
    }

    private class Lines extends LazyDataModel<AuditLine> {

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) support.auditLogSize();
        }

        @Override
        public List<AuditLine> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return support.auditLog(first, pageSize).stream().map(SupportAuditBacking.this::lineOf).toList();
        }

        @Override
        public String getRowKey(AuditLine line) {
            return String.valueOf(line.id());
        }

        @Override
        public AuditLine getRowData(String rowKey) {
            return getWrappedData().stream().filter(line -> String.valueOf(line.id()).equals(rowKey)).findFirst().orElse(null);
        }
    }
}
