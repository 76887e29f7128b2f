package org.cmmm.enterprise.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** An entry of the industry classification GB/T 4754-2017; enterprises pick a CLASS. */
@Entity
@Table(name = "industry")
@NamedQuery(name = Industry.SEARCH_CLASSES, query = "select i from Industry i where i.level = org.cmmm.enterprise.entity.Industry.Level.CLASS"
        + " and (i.code like :prefix or i.name like :name) order by i.code")
public class Industry {

    public static final String SEARCH_CLASSES = "Industry.searchClasses";

    /** 门类 section (letter), 大类 division (2 digits), 中类 group (3), 小类 class (4). */
    public enum Level { SECTION, DIVISION, GROUP, CLASS }

    @Id
    @Column(length = 5)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "parent_code", length = 5)
    private String parentCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Level level;

    protected Industry() {
        // for JPA
    }

    public Industry(String code, String name, String parentCode, Level level) {
        this.code = code;
        this.name = name;
        this.parentCode = parentCode;
        this.level = level;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getParentCode() {
        return parentCode;
    }

    public Level getLevel() {
        return level;
    }

    /** "3311 金属结构制造": how the picker shows it. */
    public String getLabel() {
        return code + " " + name;
    }
}
