-- Searching enterprises by part of their name without reading every name (issue 16): "name LIKE '%苏州%'" cannot use
-- an index and walked all enterprises (0.6 s median, 4.3 s p95 at 300,000). MariaDB's full-text index has no n-gram
-- parser for Chinese, so every two consecutive characters of a name (its bigrams) are kept here: a search walks the
-- rows of the text's rarest bigram in enterprise order and checks the whole text on the enterprise
-- (org.cmmm.enterprise.control.EnterpriseQuery splits the text as the triggers below split names).
-- Measured at 300,000 generated names (warm): 0.4–5 ms a search against 4–58 ms for the scan; keeping the name in
-- the key as well, to return matches in name order, was no faster (0.4–23 ms) and took twice the space (278 MB
-- against 150 MB), so the page sorts the matches it shows instead.
-- The triggers are the one place the table is written, so no path that creates or renames an enterprise (pages,
-- support, the data generator, plain SQL) can leave it behind.
-- No index on enterprise_id (nor, so, a foreign key, which would need one): at 1,000,000 enterprises it was as large
-- as the table (473 MB beside 468 MB). A rename or a removal finds the rows by the old name's bigrams instead.
CREATE TABLE enterprise_name_gram (
    gram          VARCHAR(2) NOT NULL,
    enterprise_id BIGINT     NOT NULL,
    PRIMARY KEY (gram, enterprise_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- seq_1_to_199 is MariaDB's Sequence engine: positions 1 … length - 1 of the name (names are at most 200 characters).
CREATE TRIGGER enterprise_name_gram_insert AFTER INSERT ON enterprise FOR EACH ROW
    INSERT IGNORE INTO enterprise_name_gram (gram, enterprise_id)
    SELECT SUBSTRING(NEW.name, s.seq, 2), NEW.id FROM seq_1_to_199 s WHERE s.seq < CHAR_LENGTH(NEW.name);

CREATE TRIGGER enterprise_name_gram_rename_drop AFTER UPDATE ON enterprise FOR EACH ROW
    DELETE g FROM enterprise_name_gram g JOIN seq_1_to_199 s ON s.seq < CHAR_LENGTH(OLD.name)
    WHERE g.gram = SUBSTRING(OLD.name, s.seq, 2) AND g.enterprise_id = OLD.id AND NOT (OLD.name <=> NEW.name);

CREATE TRIGGER enterprise_name_gram_rename_add AFTER UPDATE ON enterprise FOR EACH ROW FOLLOWS enterprise_name_gram_rename_drop
    INSERT IGNORE INTO enterprise_name_gram (gram, enterprise_id)
    SELECT SUBSTRING(NEW.name, s.seq, 2), NEW.id FROM seq_1_to_199 s
    WHERE s.seq < CHAR_LENGTH(NEW.name) AND NOT (OLD.name <=> NEW.name);

CREATE TRIGGER enterprise_name_gram_remove AFTER DELETE ON enterprise FOR EACH ROW
    DELETE g FROM enterprise_name_gram g JOIN seq_1_to_199 s ON s.seq < CHAR_LENGTH(OLD.name)
    WHERE g.gram = SUBSTRING(OLD.name, s.seq, 2) AND g.enterprise_id = OLD.id;

INSERT IGNORE INTO enterprise_name_gram (gram, enterprise_id)
SELECT SUBSTRING(e.name, s.seq, 2), e.id FROM enterprise e JOIN seq_1_to_199 s ON s.seq < CHAR_LENGTH(e.name);

-- Accounts are searched by the start of the user name (its unique key), of the mobile (account_mobile) or of the
-- display name (this index); each a range of an index instead of "LIKE '%…%'" over every account (~1 s at 300,000).
CREATE INDEX account_display_name ON account (display_name);
