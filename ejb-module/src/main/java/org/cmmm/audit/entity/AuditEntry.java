package org.cmmm.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One action of support or an administrator: who, when, what, to what, why, and the value before and after. */
@Entity
@Table(name = "audit_entry")
@NamedQuery(name = AuditEntry.LATEST, query = "select a from AuditEntry a order by a.at desc, a.id desc")
@NamedQuery(name = AuditEntry.FOR_TARGET, query = "select a from AuditEntry a where a.targetType = :type"
        + " and a.targetId = :id order by a.at desc, a.id desc")
public class AuditEntry {

    public static final String LATEST = "AuditEntry.latest";
    public static final String FOR_TARGET = "AuditEntry.forTarget";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private LocalDateTime at;

    @Column(nullable = false, length = 32, updatable = false)
    private String actor;

    @Column(nullable = false, length = 40, updatable = false)
    private String action;

    @Column(name = "target_type", nullable = false, length = 20, updatable = false)
    private String targetType;

    @Column(name = "target_id", nullable = false, length = 40, updatable = false)
    private String targetId;

    @Column(length = 500, updatable = false)
    private String reason;

    @Column(name = "before_value", updatable = false)
    private String beforeValue;

    @Column(name = "after_value", updatable = false)
    private String afterValue;

    protected AuditEntry() {
        // for JPA
    }

    public AuditEntry(LocalDateTime at, String actor, String action, String targetType, String targetId, String reason,
                      String beforeValue, String afterValue) {
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.targetType = targetType;
        this.targetId = targetId;
        this.reason = reason;
        this.beforeValue = beforeValue;
        this.afterValue = afterValue;
    }

    public Long getId() {
        return id;
    }

    public LocalDateTime getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getTargetType() {
        return targetType;
    }

    public String getTargetId() {
        return targetId;
    }

    public String getReason() {
        return reason;
    }

    public String getBeforeValue() {
        return beforeValue;
    }

    public String getAfterValue() {
        return afterValue;
    }
}
