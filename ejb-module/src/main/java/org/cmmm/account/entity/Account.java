package org.cmmm.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.cmmm.account.control.LoginAttempts;
import org.cmmm.platform.control.Role;

/**
 * A user account. An ENTERPRISE account belongs to one enterprise, a REGION_ADMIN account to one region.
 * Times are stored in UTC. The password is only ever stored as an argon2id hash.
 */
@Entity
@Table(name = "account")
@NamedQuery(name = Account.BY_USER_NAME, query = "select a from Account a where a.userName = :userName")
@NamedQuery(name = Account.BY_MOBILE, query = "select a from Account a where a.mobile = :mobile order by a.id")
@NamedQuery(name = Account.BY_ENTERPRISE, query = "select a from Account a where a.enterpriseId = :enterpriseId order by a.id")
@NamedQuery(name = Account.BY_USER_NAME_PREFIX, query = "select a from Account a where a.userName like :prefix escape '\\'"
        + " order by a.userName")
@NamedQuery(name = Account.BY_MOBILE_PREFIX, query = "select a from Account a where a.mobile like :prefix escape '\\'"
        + " order by a.mobile")
@NamedQuery(name = Account.BY_DISPLAY_NAME_PREFIX, query = "select a from Account a where a.displayName like :prefix"
        + " escape '\\' order by a.displayName")
public class Account {

    public static final String BY_USER_NAME = "Account.byUserName";
    public static final String BY_MOBILE = "Account.byMobile";
    public static final String BY_ENTERPRISE = "Account.byEnterprise";
    public static final String BY_USER_NAME_PREFIX = "Account.byUserNamePrefix";
    public static final String BY_MOBILE_PREFIX = "Account.byMobilePrefix";
    public static final String BY_DISPLAY_NAME_PREFIX = "Account.byDisplayNamePrefix";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_name", nullable = false, length = 32, updatable = false)
    private String userName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private Role role;

    @Column(name = "enterprise_id")
    private Long enterpriseId;

    @Column(name = "region_code", length = 16)
    private String regionCode;

    @Column(name = "display_name", nullable = false, length = 50)
    private String displayName;

    @Column(nullable = false, length = 11)
    private String mobile;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "first_failure_at")
    private LocalDateTime firstFailureAt;

    @Column(name = "locked_until")
    private LocalDateTime lockedUntil;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "password_changed_at", nullable = false)
    private LocalDateTime passwordChangedAt;

    @Version
    private int version;

    protected Account() {
        // for JPA
    }

    public Account(String userName, String passwordHash, Role role, Long enterpriseId, String regionCode,
                   String displayName, String mobile, Instant now) {
        this.userName = userName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.enterpriseId = enterpriseId;
        this.regionCode = regionCode;
        this.displayName = displayName;
        this.mobile = mobile;
        this.createdAt = utc(now);
        this.passwordChangedAt = utc(now);
    }

    public Long getId() {
        return id;
    }

    public String getUserName() {
        return userName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public Long getEnterpriseId() {
        return enterpriseId;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getMobile() {
        return mobile;
    }

    public boolean isActive() {
        return active;
    }

    /** Closes the account: it can no longer sign in or reset its password. */
    public void deactivate() {
        active = false;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public void changePassword(String newHash, Instant now) {
        this.passwordHash = newHash;
        this.passwordChangedAt = utc(now);
    }

    /** The same password hashed again with the current parameters (not a password change: its date stays). */
    public void rehashPassword(String newHash) {
        this.passwordHash = newHash;
    }

    public void changeMobile(String newMobile) {
        this.mobile = newMobile;
    }

    public void changeDisplayName(String newName) {
        this.displayName = newName;
    }

    public LoginAttempts loginAttempts() {
        return new LoginAttempts(failedLogins, instant(firstFailureAt), instant(lockedUntil));
    }

    public void record(LoginAttempts attempts) {
        this.failedLogins = attempts.consecutiveFailures();
        this.firstFailureAt = utc(attempts.firstFailureAt());
        this.lockedUntil = utc(attempts.lockedUntil());
    }

    private static LocalDateTime utc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }
}
