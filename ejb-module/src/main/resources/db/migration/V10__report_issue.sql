-- A self-diagnosis report is issued once per diagnosis (issue 14): its number and verification code are fixed the
-- first time anyone downloads it, so that every later copy of the same diagnosis carries the same code and a
-- programme office can check a printed report at /verify/{code}.
CREATE TABLE report_issue (
    diagnosis_id      BIGINT      NOT NULL PRIMARY KEY,
    number            BIGINT      NOT NULL AUTO_INCREMENT UNIQUE,
    verification_code CHAR(16)    NOT NULL,
    issued_at         DATETIME(6) NOT NULL,
    CONSTRAINT report_issue_diagnosis FOREIGN KEY (diagnosis_id) REFERENCES diagnosis (id),
    CONSTRAINT report_issue_code UNIQUE (verification_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
