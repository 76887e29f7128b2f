-- Notices (通知公告) shown on the home page. Text in both languages: notices are data, not UI strings.
CREATE TABLE notice (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    title_zh     VARCHAR(200) NOT NULL,
    title_en     VARCHAR(200) NOT NULL,
    body_zh      TEXT         NOT NULL,
    body_en      TEXT         NOT NULL,
    published_at DATETIME(6)  NOT NULL,
    version      INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY notice_published_at (published_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
