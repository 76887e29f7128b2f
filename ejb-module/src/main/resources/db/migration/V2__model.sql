-- Published maturity-model versions. The document is the model file exactly as published: a diagnosis is
-- scored by its version forever, so the text it was scored by is kept, and the checksum guards it.
CREATE TABLE model_version (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    version        VARCHAR(40)  NOT NULL,
    checksum       CHAR(64)     NOT NULL,
    document       LONGTEXT     NOT NULL,
    question_count INT          NOT NULL,
    imported_at    DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY model_version_version (version)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The questions of each version, so that answers can refer to them with a foreign key.
CREATE TABLE model_question (
    model_version_id BIGINT      NOT NULL,
    code             VARCHAR(60) NOT NULL,
    level            TINYINT     NOT NULL,
    sub_domain       VARCHAR(40) NOT NULL,
    PRIMARY KEY (model_version_id, code),
    KEY model_question_level (model_version_id, level, sub_domain),
    CONSTRAINT model_question_version FOREIGN KEY (model_version_id) REFERENCES model_version (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
