-- Facts kept when a level is submitted and when a diagnosis completes (issue 13), so that statistics over a
-- million enterprises read one row each instead of re-scoring some 200 answers per diagnosis.

-- Each scored sub-domain of a submitted level: the mean of its scored answers, exact (a fraction) and rounded.
-- Tailored sub-domains, and those without a scored answer, have no row (they dropped out of the level score).
CREATE TABLE diagnosis_sub_domain_score (
    diagnosis_id BIGINT        NOT NULL,
    level        TINYINT       NOT NULL,
    sub_domain   VARCHAR(40)   NOT NULL,
    score_exact  VARCHAR(100)  NOT NULL,
    score        DECIMAL(7, 4) NOT NULL,
    PRIMARY KEY (diagnosis_id, level, sub_domain),
    CONSTRAINT diagnosis_sub_domain_score_level FOREIGN KEY (diagnosis_id, level) REFERENCES diagnosis_level (diagnosis_id, level)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The capability score of each sub-domain of a completed diagnosis: the sum of its scores over the levels answered
-- (0–5, the scale of the total; DOMAIN.md §6). Tailored and inapplicable sub-domains have no row.
CREATE TABLE diagnosis_capability (
    diagnosis_id BIGINT        NOT NULL,
    sub_domain   VARCHAR(40)   NOT NULL,
    score_exact  VARCHAR(100)  NOT NULL,
    score        DECIMAL(7, 4) NOT NULL,
    PRIMARY KEY (diagnosis_id, sub_domain),
    CONSTRAINT diagnosis_capability_diagnosis FOREIGN KEY (diagnosis_id) REFERENCES diagnosis (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Each enterprise's latest valid diagnosis (its most recently completed one: what statistics count), one row per
-- enterprise, with what statistics group by copied from the enterprise as it is now. Kept current in the
-- transaction that completes a diagnosis and in the one that changes an enterprise's region, industry or size.
-- cap_* are the capability scores of the 20 sub-domains of GB/T 39116 (NULL: tailored or not applicable).
CREATE TABLE latest_valid (
    enterprise_id            BIGINT        NOT NULL,
    diagnosis_id             BIGINT        NOT NULL,
    completed_at             DATETIME(6)   NOT NULL,
    region_path              VARCHAR(200)  NOT NULL,
    region_code              VARCHAR(16)   NOT NULL,
    -- the code of every depth is in region_path ('/320000/320500/320505/': an indexed prefix for any subtree);
    -- the province's is also a column of its own, what the statistics job partitions by
    province_code            VARCHAR(16)   AS (SUBSTRING_INDEX(SUBSTRING_INDEX(region_path, '/', 2), '/', -1)) PERSISTENT,
    industry_code            VARCHAR(5)    NOT NULL,
    industry_division        VARCHAR(5)    NOT NULL,
    industry_section         VARCHAR(5)    NOT NULL,
    size                     VARCHAR(10)   NOT NULL,
    production_type          VARCHAR(10)   NOT NULL,
    model_version            VARCHAR(40)   NOT NULL,
    total_score              DECIMAL(7, 4) NOT NULL,
    maturity_level           TINYINT       NOT NULL,
    cap_organization_strategy    DECIMAL(7, 4) NULL,
    cap_personnel_skills         DECIMAL(7, 4) NULL,
    cap_data                     DECIMAL(7, 4) NULL,
    cap_integration              DECIMAL(7, 4) NULL,
    cap_information_security     DECIMAL(7, 4) NULL,
    cap_equipment                DECIMAL(7, 4) NULL,
    cap_network                  DECIMAL(7, 4) NULL,
    cap_procurement              DECIMAL(7, 4) NULL,
    cap_planning_scheduling      DECIMAL(7, 4) NULL,
    cap_production_operations    DECIMAL(7, 4) NULL,
    cap_equipment_management     DECIMAL(7, 4) NULL,
    cap_warehousing_distribution DECIMAL(7, 4) NULL,
    cap_safety_environment       DECIMAL(7, 4) NULL,
    cap_energy_management        DECIMAL(7, 4) NULL,
    cap_product_design           DECIMAL(7, 4) NULL,
    cap_process_design           DECIMAL(7, 4) NULL,
    cap_logistics                DECIMAL(7, 4) NULL,
    cap_sales                    DECIMAL(7, 4) NULL,
    cap_customer_service         DECIMAL(7, 4) NULL,
    cap_product_service          DECIMAL(7, 4) NULL,
    PRIMARY KEY (enterprise_id),
    UNIQUE KEY latest_valid_diagnosis (diagnosis_id),
    KEY latest_valid_region (region_path),
    KEY latest_valid_province (province_code, model_version),
    CONSTRAINT latest_valid_enterprise FOREIGN KEY (enterprise_id) REFERENCES enterprise (id),
    CONSTRAINT latest_valid_diagnosis FOREIGN KEY (diagnosis_id) REFERENCES diagnosis (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
