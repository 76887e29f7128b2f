-- Self-diagnoses. region_path and enterprise_id carry the tenant rule. The generated column makes "one
-- diagnosis in progress per enterprise" a unique key, so two concurrent starts cannot both succeed.
CREATE TABLE diagnosis (
    id                      BIGINT       NOT NULL AUTO_INCREMENT,
    enterprise_id           BIGINT       NOT NULL,
    region_path             VARCHAR(200) NOT NULL,
    model_version           VARCHAR(40)  NOT NULL,
    status                  VARCHAR(12)  NOT NULL,
    current_level           TINYINT      NOT NULL DEFAULT 1,
    tailoring               VARCHAR(400) NOT NULL DEFAULT '',
    production_type         VARCHAR(10)  NULL,
    basic_data              TEXT         NULL,
    started_at              DATETIME(6)  NOT NULL,
    basic_data_submitted_at DATETIME(6)  NULL,
    completed_at            DATETIME(6)  NULL,
    total_exact             VARCHAR(100) NULL,
    total_score             DECIMAL(7, 4) NULL,
    maturity_level          TINYINT      NULL,
    levels_reached          TINYINT      NULL,
    version                 INT          NOT NULL DEFAULT 0,
    in_progress_enterprise  BIGINT AS (IF(status <> 'COMPLETED', enterprise_id, NULL)) PERSISTENT,
    PRIMARY KEY (id),
    UNIQUE KEY diagnosis_one_in_progress (in_progress_enterprise),
    KEY diagnosis_enterprise_completed (enterprise_id, status, completed_at),
    KEY diagnosis_region_path (region_path),
    CONSTRAINT diagnosis_enterprise FOREIGN KEY (enterprise_id) REFERENCES enterprise (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Answers, saved as they are chosen. option_code is an answer option of the model or NOT_INVOLVED.
CREATE TABLE diagnosis_answer (
    diagnosis_id  BIGINT      NOT NULL,
    question_code VARCHAR(60) NOT NULL,
    level         TINYINT     NOT NULL,
    option_code   VARCHAR(20) NOT NULL,
    answered_at   DATETIME(6) NOT NULL,
    PRIMARY KEY (diagnosis_id, question_code),
    CONSTRAINT diagnosis_answer_diagnosis FOREIGN KEY (diagnosis_id) REFERENCES diagnosis (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Each submitted level: its exact score (a fraction), the rounded score, and whether it was reached.
CREATE TABLE diagnosis_level (
    diagnosis_id BIGINT        NOT NULL,
    level        TINYINT       NOT NULL,
    score_exact  VARCHAR(100)  NOT NULL,
    score        DECIMAL(7, 4) NOT NULL,
    reached      BOOLEAN       NOT NULL,
    submitted_at DATETIME(6)   NOT NULL,
    PRIMARY KEY (diagnosis_id, level),
    CONSTRAINT diagnosis_level_diagnosis FOREIGN KEY (diagnosis_id) REFERENCES diagnosis (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Diagnoses started per enterprise and quota month (Beijing time): counted with a conditional update, so
-- concurrent starts can never pass the limit.
CREATE TABLE diagnosis_quota (
    enterprise_id BIGINT  NOT NULL,
    month         CHAR(7) NOT NULL,
    used          INT     NOT NULL DEFAULT 0,
    PRIMARY KEY (enterprise_id, month),
    CONSTRAINT diagnosis_quota_enterprise FOREIGN KEY (enterprise_id) REFERENCES enterprise (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The latest valid (completed) diagnosis of every enterprise: what statistics count.
CREATE VIEW diagnosis_latest_valid AS
SELECT id, enterprise_id, region_path, model_version, completed_at, total_score, maturity_level
FROM (SELECT d.*, ROW_NUMBER() OVER (PARTITION BY d.enterprise_id ORDER BY d.completed_at DESC, d.id DESC) AS rank_in_enterprise
      FROM diagnosis d
      WHERE d.status = 'COMPLETED') ranked
WHERE rank_in_enterprise = 1;
