-- Regions (GB/T 2260 and regions support adds), kept as a tree with a materialized path of codes, so that
-- "a region and everything below it" is one indexed prefix match: path LIKE '/320000/320500/%'.
CREATE TABLE region (
    code        VARCHAR(16)  NOT NULL,
    name        VARCHAR(100) NOT NULL,
    parent_code VARCHAR(16)  NULL,
    level       VARCHAR(10)  NOT NULL,
    path        VARCHAR(200) NOT NULL,
    custom      BOOLEAN      NOT NULL DEFAULT FALSE,
    active      BOOLEAN      NOT NULL DEFAULT TRUE,
    version     INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (code),
    UNIQUE KEY region_path (path),
    KEY region_parent (parent_code),
    CONSTRAINT region_parent FOREIGN KEY (parent_code) REFERENCES region (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Industries (GB/T 4754-2017): sections, divisions, groups, classes; an enterprise picks a class.
CREATE TABLE industry (
    code        VARCHAR(5)   NOT NULL,
    name        VARCHAR(100) NOT NULL,
    parent_code VARCHAR(5)   NULL,
    level       VARCHAR(10)  NOT NULL,
    PRIMARY KEY (code),
    KEY industry_parent (parent_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Which version of each reference list is loaded, so that a newer file is loaded once at start-up.
CREATE TABLE reference_data (
    name      VARCHAR(40) NOT NULL,
    checksum  CHAR(64)    NOT NULL,
    loaded_at DATETIME(6) NOT NULL,
    `rows`    INT         NOT NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Enterprises. region_path is copied from the region: the tenant rule filters on it.
-- Units that are not legal entities may have no USCC; a USCC, when present, is registered once.
CREATE TABLE enterprise (
    id                   BIGINT       NOT NULL AUTO_INCREMENT,
    name                 VARCHAR(200) NOT NULL,
    uscc                 CHAR(18)     NULL,
    legal_entity         BOOLEAN      NOT NULL DEFAULT TRUE,
    parent_enterprise_id BIGINT       NULL,
    industry_code        VARCHAR(5)   NOT NULL,
    region_code          VARCHAR(16)  NOT NULL,
    region_path          VARCHAR(200) NOT NULL,
    address              VARCHAR(200) NOT NULL,
    contact_person       VARCHAR(50)  NOT NULL,
    contact_mobile       CHAR(11)     NOT NULL,
    email                VARCHAR(100) NULL,
    size                 VARCHAR(10)  NOT NULL,
    created_at           DATETIME(6)  NOT NULL,
    version              INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY enterprise_uscc (uscc),
    KEY enterprise_region_path (region_path),
    KEY enterprise_name (name),
    CONSTRAINT enterprise_industry FOREIGN KEY (industry_code) REFERENCES industry (code),
    CONSTRAINT enterprise_region FOREIGN KEY (region_code) REFERENCES region (code),
    CONSTRAINT enterprise_parent FOREIGN KEY (parent_enterprise_id) REFERENCES enterprise (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Accounts of every role. An ENTERPRISE account belongs to one enterprise; a REGION_ADMIN account to one
-- region; SUPPORT and ADMIN accounts to neither. user_name is stored lower-case.
CREATE TABLE account (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    user_name           VARCHAR(32)  NOT NULL,
    password_hash       VARCHAR(255) NOT NULL,
    role                VARCHAR(20)  NOT NULL,
    enterprise_id       BIGINT       NULL,
    region_code         VARCHAR(16)  NULL,
    display_name        VARCHAR(50)  NOT NULL,
    mobile              CHAR(11)     NOT NULL,
    active              BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_logins       INT          NOT NULL DEFAULT 0,
    first_failure_at    DATETIME(6)  NULL,
    locked_until        DATETIME(6)  NULL,
    created_at          DATETIME(6)  NOT NULL,
    password_changed_at DATETIME(6)  NOT NULL,
    version             INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY account_user_name (user_name),
    KEY account_mobile (mobile),
    KEY account_enterprise (enterprise_id),
    CONSTRAINT account_enterprise FOREIGN KEY (enterprise_id) REFERENCES enterprise (id),
    CONSTRAINT account_region FOREIGN KEY (region_code) REFERENCES region (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- SMS verification codes (registration, password reset): only a salted hash of the code is kept.
CREATE TABLE sms_code (
    id        BIGINT      NOT NULL AUTO_INCREMENT,
    purpose   VARCHAR(20) NOT NULL,
    mobile    CHAR(11)    NOT NULL,
    code_hash CHAR(64)    NOT NULL,
    salt      CHAR(32)    NOT NULL,
    issued_at DATETIME(6) NOT NULL,
    tries     INT         NOT NULL DEFAULT 0,
    used      BOOLEAN     NOT NULL DEFAULT FALSE,
    PRIMARY KEY (id),
    KEY sms_code_mobile (mobile, purpose, issued_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What support and administrators did: who, when, what, to what, why, before and after.
CREATE TABLE audit_entry (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    at           DATETIME(6)  NOT NULL,
    actor        VARCHAR(32)  NOT NULL,
    action       VARCHAR(40)  NOT NULL,
    target_type  VARCHAR(20)  NOT NULL,
    target_id    VARCHAR(40)  NOT NULL,
    reason       VARCHAR(500) NULL,
    before_value TEXT         NULL,
    after_value  TEXT         NULL,
    PRIMARY KEY (id),
    KEY audit_entry_at (at),
    KEY audit_entry_target (target_type, target_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
