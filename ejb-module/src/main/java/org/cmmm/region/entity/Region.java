package org.cmmm.region.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A region of the tree (GB/T 2260 provinces, cities, counties, and regions support adds such as development
 * zones). {@code path} is the materialized path of codes from the province down, ending in '/'.
 */
@Entity
@Cacheable // reference data read on every list of enterprises; written only through this entity (support)
@Table(name = "region")
@NamedQuery(name = Region.CHILDREN, query = "select r from Region r where r.parentCode = :parent order by r.code")
@NamedQuery(name = Region.PROVINCES, query = "select r from Region r where r.parentCode is null order by r.code")
@NamedQuery(name = Region.SEARCH, query = "select r from Region r where r.name like :name order by r.path")
public class Region {

    public static final String CHILDREN = "Region.children";
    public static final String PROVINCES = "Region.provinces";
    public static final String SEARCH = "Region.search";

    /** Where a region stands in the tree; ZONE is a region support added (e.g. an economic development zone). */
    public enum Kind { PROVINCE, CITY, COUNTY, ZONE }

    @Id
    @Column(length = 16)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "parent_code", length = 16)
    private String parentCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Kind level;

    @Column(nullable = false, length = 200)
    private String path;

    @Column(nullable = false)
    private boolean custom;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private int version;

    protected Region() {
        // for JPA
    }

    public Region(String code, String name, String parentCode, Kind level, String path, boolean custom) {
        this.code = code;
        this.name = name;
        this.parentCode = parentCode;
        this.level = level;
        this.path = path;
        this.custom = custom;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public void rename(String newName) {
        this.name = newName;
    }

    public String getParentCode() {
        return parentCode;
    }

    public Kind getLevel() {
        return level;
    }

    public String getPath() {
        return path;
    }

    public boolean isCustom() {
        return custom;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
