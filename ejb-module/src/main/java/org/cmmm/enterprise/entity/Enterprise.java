package org.cmmm.enterprise.entity;

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
import java.time.LocalDateTime;
import org.cmmm.enterprise.control.EnterpriseSize;
import org.cmmm.region.entity.Tenancy;
import org.eclipse.persistence.annotations.AdditionalCriteria;

/**
 * An enterprise (or a unit that is not a legal entity, created by support). Every read is filtered by the
 * tenant rule ({@link Tenancy}): an enterprise user sees only its own, a regional admin only those whose
 * region path lies under its region.
 */
@Entity
@Table(name = "enterprise")
@AdditionalCriteria(Tenancy.ENTERPRISE_CRITERIA)
@NamedQuery(name = Enterprise.BY_USCC, query = "select e from Enterprise e where e.uscc = :uscc")
@NamedQuery(name = Enterprise.BY_USCC_PREFIX, query = "select e from Enterprise e where e.uscc like :prefix escape '\\'"
        + " order by e.uscc")
@NamedQuery(name = Enterprise.BY_NAME_PREFIX, query = "select e from Enterprise e where e.name like :prefix escape '\\'"
        + " order by e.name")
@NamedQuery(name = Enterprise.ALL_BY_NAME, query = "select e from Enterprise e order by e.name")
public class Enterprise {

    public static final String BY_USCC = "Enterprise.byUscc";
    public static final String BY_USCC_PREFIX = "Enterprise.byUsccPrefix";
    public static final String BY_NAME_PREFIX = "Enterprise.byNamePrefix";
    public static final String ALL_BY_NAME = "Enterprise.allByName";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 18)
    private String uscc;

    @Column(name = "legal_entity", nullable = false)
    private boolean legalEntity = true;

    @Column(name = "parent_enterprise_id")
    private Long parentEnterpriseId;

    @Column(name = "industry_code", nullable = false, length = 5)
    private String industryCode;

    @Column(name = "region_code", nullable = false, length = 16)
    private String regionCode;

    @Column(name = "region_path", nullable = false, length = 200)
    private String regionPath;

    @Column(nullable = false, length = 200)
    private String address;

    @Column(name = "contact_person", nullable = false, length = 50)
    private String contactPerson;

    @Column(name = "contact_mobile", nullable = false, length = 11)
    private String contactMobile;

    @Column(length = 100)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private EnterpriseSize size;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Version
    private int version;

    protected Enterprise() {
        // for JPA
    }

    public Enterprise(String name, String uscc, String industryCode, String regionCode, String regionPath,
                      String address, String contactPerson, String contactMobile, String email, EnterpriseSize size,
                      LocalDateTime createdAt) {
        this.name = name;
        this.uscc = uscc;
        this.industryCode = industryCode;
        this.regionCode = regionCode;
        this.regionPath = regionPath;
        this.address = address;
        this.contactPerson = contactPerson;
        this.contactMobile = contactMobile;
        this.email = email;
        this.size = size;
        this.createdAt = createdAt;
    }

    /** A unit that is not a legal entity (no USCC of its own), optionally under a parent enterprise. */
    public static Enterprise nonLegalEntity(String name, Long parentEnterpriseId, String industryCode, String regionCode,
                                            String regionPath, String address, String contactPerson,
                                            String contactMobile, String email, EnterpriseSize size,
                                            LocalDateTime createdAt) {
        Enterprise unit = new Enterprise(name, null, industryCode, regionCode, regionPath, address, contactPerson,
                contactMobile, email, size, createdAt);
        unit.legalEntity = false;
        unit.parentEnterpriseId = parentEnterpriseId;
        return unit;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getUscc() {
        return uscc;
    }

    public boolean isLegalEntity() {
        return legalEntity;
    }

    public Long getParentEnterpriseId() {
        return parentEnterpriseId;
    }

    public String getIndustryCode() {
        return industryCode;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getRegionPath() {
        return regionPath;
    }

    public String getAddress() {
        return address;
    }

    public String getContactPerson() {
        return contactPerson;
    }

    public String getContactMobile() {
        return contactMobile;
    }

    public String getEmail() {
        return email;
    }

    public EnterpriseSize getSize() {
        return size;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public int getVersion() {
        return version;
    }

    /** What an enterprise may change itself (name and USCC only support changes). */
    public void changeContact(String address, String contactPerson, String contactMobile, String email) {
        this.address = address;
        this.contactPerson = contactPerson;
        this.contactMobile = contactMobile;
        this.email = email;
    }

    /** Support changes where the enterprise is counted: its region (the tenant path follows), industry class and size. */
    public void reclassify(String regionCode, String regionPath, String industryCode, EnterpriseSize size) {
        this.regionCode = regionCode;
        this.regionPath = regionPath;
        this.industryCode = industryCode;
        this.size = size;
    }
}
