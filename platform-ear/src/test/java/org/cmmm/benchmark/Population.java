package org.cmmm.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.cmmm.account.control.Passwords;
import org.cmmm.diagnosis.control.LatestValidSql;

/**
 * Fills the platform's database with generated enterprises and their diagnoses, set-based (a handful of
 * {@code INSERT … SELECT} over MariaDB's sequence tables, hashed with a seed so that a shape always gives the same
 * rows), in the shapes of DOMAIN.md §5: enterprises skewed to Jiangsu (44.6 %), levels close to the 2022
 * distribution (63 % at most level 1, 21 % level 2, 12 % level 3, 4 % above), about three diagnoses each over two
 * years, one in ten enterprises with a diagnosis in progress, some sub-domains tailored. Every completed diagnosis
 * gets its capability scores and every enterprise its latest-valid row, as the platform keeps them.
 *
 * Each enterprise gets an ENTERPRISE account ({@code gen} + its id, password {@link #PASSWORD}) for the load tests,
 * each province and city a REGION_ADMIN account ({@code region} + its code, the same password).
 *
 * <p>What it does not write: answers, level scores and per-level sub-domain scores (statistics never read them), so
 * a generated diagnosis has no result page. Generated USCCs have the right shape and are unique, not a valid check
 * character. Names start with the shape's prefix, so a generated population is easy to tell apart.
 */
public final class Population {

    /** Province shares (DOMAIN.md §5: 44.6 % of the enterprises self-diagnosed by 2024 are in Jiangsu). */
    public static final Map<String, Double> NATIONAL = national();

    private static final int REGION_BUCKETS = 100_000;
    private static final int INDUSTRY_BUCKETS = 10_000;
    private static final int CHUNK = 50_000;

    /** The password of every generated account (user name {@code gen} + the enterprise's id), for the load tests. */
    public static final String PASSWORD = "Benchmark#2026";

    /**
     * A name as enterprises are named, from the shape's prefix and four hashes: city, trade name, line of business,
     * kind and 有限公司 (80,000 different names, so a search for a part of one finds what it would in life: 苏州 on
     * one name in twenty, 苏州华盛 on one in eight hundred).
     */
    private static final String NAME = "CONCAT(?, ELT(1 + %s %% 20, '苏州', '无锡', '常州', '南京', '杭州', '宁波', '深圳', '广州',"
            + " '青岛', '成都', '武汉', '合肥', '昆山', '江阴', '张家港', '温州', '佛山', '东莞', '烟台', '绍兴'),"
            + " ELT(1 + %s %% 40, '华盛', '恒通', '永固', '金达', '宏远', '新华', '东方', '瑞丰', '天成', '德隆', '嘉禾', '鑫源', '中联',"
            + " '海昌', '博达', '兴业', '汇丰', '利民', '长江', '明辉', '正泰', '远大', '星光', '百盛', '鼎新', '凯旋', '安泰', '富士',"
            + " '华兴', '宝钢', '亿达', '龙腾', '盛世', '通达', '九州', '合力', '佳美', '同创', '伟业', '卓越'),"
            + " ELT(1 + %s %% 20, '机械', '电子', '精密', '化工', '纺织', '汽车零部件', '新材料', '智能装备', '食品', '医药', '家具',"
            + " '电气', '模具', '塑胶', '钢结构', '光电', '环保设备', '包装', '印刷', '金属制品'),"
            + " ELT(1 + %s %% 5, '制造', '科技', '实业', '工业', '股份'), '有限公司')";

    private final DataSource database;
    private final int chunk;

    /**
     * @param enterprises how many enterprises
     * @param provinces   province code → share (need not add up to 1)
     * @param asOf        the end of the two years the diagnoses are spread over
     * @param seed        makes the rows of a shape reproducible
     * @param prefix      the start of every generated enterprise name
     */
    public record Shape(int enterprises, Map<String, Double> provinces, LocalDateTime asOf, long seed, String prefix) {
    }

    /** What was generated. */
    public record Generated(long enterprises, long firstEnterpriseId, long lastEnterpriseId, long diagnoses, long completed,
                            long capabilities, long latestValid) {
    }

    public Population(DataSource database) {
        this(database, CHUNK);
    }

    /** @param chunk how many enterprises are generated with everything that belongs to them at a time */
    public Population(DataSource database, int chunk) {
        this.database = database;
        this.chunk = chunk;
    }

    /** Told after each chunk of enterprises with everything that belongs to them. */
    @FunctionalInterface
    public interface Progress {
        void generated(int enterprises, int of);
    }

    /**
     * Generates the shape chunk by chunk (by default {@value #CHUNK} enterprises with their diagnoses, capability
     * scores and latest-valid rows a chunk): each statement then works on what the buffer pool holds, in primary-key order, and
     * the caller can show how far it is.
     */
    public Generated generate(Shape shape, Progress progress) throws SQLException {
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                // the latest-valid fill needs this plan at scale (issue 13: 25 s instead of 100 s at a million)
                statement.execute("SET SESSION optimizer_switch = 'split_materialized=off'");
            }
            long firstEnterprise = max(connection, "SELECT COALESCE(MAX(id), 0) FROM enterprise") + 1;
            String passwordHash = Passwords.hash(PASSWORD); // one hash for all: hashing a million would take hours
            regionAdmins(connection, passwordHash);
            regionBuckets(connection, shape.provinces());
            industryBuckets(connection);
            long diagnoses = 0;
            long completed = 0;
            long capabilities = 0;
            long latest = 0;
            for (int from = 1; from <= shape.enterprises(); from += chunk) {
                int to = Math.min(from + chunk - 1, shape.enterprises());
                long enterpriseBase = max(connection, "SELECT COALESCE(MAX(id), 0) FROM enterprise");
                enterprises(connection, shape, firstEnterprise - 1, from, to);
                long lastEnterprise = max(connection, "SELECT COALESCE(MAX(id), 0) FROM enterprise");
                accounts(connection, passwordHash, enterpriseBase, lastEnterprise);
                long diagnosisBase = max(connection, "SELECT COALESCE(MAX(id), 0) FROM diagnosis");
                diagnoses += diagnoses(connection, shape, enterpriseBase, lastEnterprise);
                long lastDiagnosis = max(connection, "SELECT COALESCE(MAX(id), 0) FROM diagnosis");
                completed += max(connection, "SELECT COUNT(*) FROM diagnosis WHERE id BETWEEN " + (diagnosisBase + 1) + " AND "
                        + lastDiagnosis + " AND status = 'COMPLETED'");
                capabilities += capabilities(connection, shape, diagnosisBase, lastDiagnosis);
                latest += latestValid(connection, shape, enterpriseBase, lastEnterprise, diagnosisBase, lastDiagnosis);
                progress.generated(to, shape.enterprises());
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("DROP TEMPORARY TABLE IF EXISTS gen_region_bucket");
                statement.execute("DROP TEMPORARY TABLE IF EXISTS gen_industry_bucket");
            }
            long lastEnterprise = max(connection, "SELECT COALESCE(MAX(id), 0) FROM enterprise");
            // (ids are not dense: InnoDB reserves auto-increment values for a bulk insert in batches and drops the rest)
            return new Generated(shape.enterprises(), firstEnterprise, lastEnterprise, diagnoses, completed, capabilities, latest);
        }
    }

    /** A progress bar of twenty steps with the percentage: [#####---------------]  25 %. */
    public static String bar(long done, long of) {
        int filled = (int) (20 * done / of);
        return "[" + "#".repeat(filled) + "-".repeat(20 - filled) + "] " + String.format("%3d %%", 100 * done / of);
    }

    /** Counties (and zones) of the provinces, each province's share spread evenly over its counties. */
    private static void regionBuckets(Connection connection, Map<String, Double> provinces) throws SQLException {
        Map<String, List<String[]>> counties = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT code, path FROM region WHERE path LIKE ?"
                + " AND level IN ('COUNTY', 'ZONE') AND active = TRUE ORDER BY code")) {
            for (String province : provinces.keySet()) {
                select.setString(1, "/" + province + "/%");
                List<String[]> rows = new ArrayList<>();
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        rows.add(new String[] {result.getString(1), result.getString(2)});
                    }
                }
                if (!rows.isEmpty()) {
                    counties.put(province, rows);
                }
            }
        }
        double total = counties.keySet().stream().mapToDouble(provinces::get).sum();
        List<String[]> buckets = new ArrayList<>(REGION_BUCKETS);
        for (Map.Entry<String, List<String[]>> province : counties.entrySet()) {
            int share = (int) Math.round(REGION_BUCKETS * provinces.get(province.getKey()) / total);
            for (int i = 0; i < share; i++) {
                buckets.add(province.getValue().get(i % province.getValue().size()));
            }
        }
        fill(connection, "gen_region_bucket", "code VARCHAR(16) NOT NULL, path VARCHAR(200) NOT NULL", buckets, REGION_BUCKETS);
    }

    /** Manufacturing classes (divisions 13–43), equipment and electronics weighed more, as on the national platform. */
    private static void industryBuckets(Connection connection) throws SQLException {
        Map<String, List<String>> classes = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT code FROM industry WHERE level = 'CLASS'"
                     + " AND LEFT(code, 2) BETWEEN '13' AND '43' ORDER BY code")) {
            while (result.next()) {
                classes.computeIfAbsent(result.getString(1).substring(0, 2), division -> new ArrayList<>()).add(result.getString(1));
            }
        }
        Map<String, Integer> weight = new LinkedHashMap<>();
        classes.keySet().forEach(division -> weight.put(division, List.of("34", "35", "38", "39", "26", "33").contains(division) ? 4 : 1));
        int total = weight.values().stream().mapToInt(Integer::intValue).sum();
        List<String[]> buckets = new ArrayList<>(INDUSTRY_BUCKETS);
        for (Map.Entry<String, List<String>> division : classes.entrySet()) {
            int share = INDUSTRY_BUCKETS * weight.get(division.getKey()) / total;
            for (int i = 0; i < share; i++) {
                buckets.add(new String[] {division.getValue().get(i % division.getValue().size())});
            }
        }
        fill(connection, "gen_industry_bucket", "code VARCHAR(5) NOT NULL", buckets, INDUSTRY_BUCKETS);
    }

    /** A temporary table bucket → row; the last row repeats up to {@code size} buckets (rounding). */
    private static void fill(Connection connection, String table, String columns, List<String[]> rows, int size) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP TEMPORARY TABLE IF EXISTS " + table);
            statement.execute("CREATE TEMPORARY TABLE " + table + " (bucket INT NOT NULL PRIMARY KEY, " + columns + ")");
        }
        int width = rows.get(0).length;
        String marks = "?" + ", ?".repeat(width);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table + " VALUES (" + marks + ")")) {
            for (int bucket = 0; bucket < size; bucket++) {
                String[] row = rows.get(Math.min(bucket, rows.size() - 1));
                insert.setInt(1, bucket);
                for (int i = 0; i < width; i++) {
                    insert.setString(i + 2, row[i]);
                }
                insert.addBatch();
                if (bucket % 5_000 == 4_999) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
    }

    /** Enterprises number {@code from} to {@code to} of the shape (its first has id {@code base + 1}). */
    private static void enterprises(Connection connection, Shape shape, long base, int from, int to) throws SQLException {
        String hash = "CRC32(CONCAT(" + shape.seed() + ", '%s', s.seq))";
        String size = "CASE " + hash.formatted("z") + " % 100 WHEN 0 THEN 'LARGE' ELSE CASE WHEN " + hash.formatted("z")
                + " % 100 < 15 THEN 'MEDIUM' WHEN " + hash.formatted("z") + " % 100 < 55 THEN 'SMALL' ELSE 'MICRO' END END";
        String sql = "INSERT INTO enterprise (name, uscc, legal_entity, industry_code, region_code, region_path, address,"
                + " contact_person, contact_mobile, size, created_at)"
                + " SELECT " + NAME.formatted(namePart(shape, 1), namePart(shape, 7), namePart(shape, 13), namePart(shape, 19))
                + ", CONCAT('91', LEFT(r.code, 6), LPAD(UPPER(CONV(? + s.seq, 10, 36)), 9, '0'), 'X'),"
                + " TRUE, i.code, r.code, r.path, '基准测试地址', '基准联系人', '13800000000', " + size + ","
                + " ? - INTERVAL (730 + " + hash.formatted("c") + " % 365) DAY"
                + " FROM seq_" + from + "_to_" + to + " s"
                + " JOIN gen_region_bucket r ON r.bucket = " + hash.formatted("r") + " % " + REGION_BUCKETS
                + " JOIN gen_industry_bucket i ON i.bucket = " + hash.formatted("i") + " % " + INDUSTRY_BUCKETS;
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setString(1, shape.prefix());
            insert.setLong(2, base);
            insert.setTimestamp(3, Timestamp.valueOf(shape.asOf()));
            insert.executeUpdate();
        }
    }

    /**
     * Six hex digits of one MD5 per enterprise, from {@code position}: independent parts of the name (CRC32 of texts
     * that differ in a fixed way are linearly related, and gave 54 names of 无锡恒通 where 1,250 were due).
     */
    private static String namePart(Shape shape, int position) {
        return "CONV(SUBSTRING(MD5(CONCAT(" + shape.seed() + ", 'n', s.seq)), " + position + ", 6), 16, 10)";
    }

    /**
     * A REGION_ADMIN account for every province and city that has none yet ({@code region} + its code, password
     * {@link #PASSWORD}): the regional authorities of the load tests.
     */
    private static void regionAdmins(Connection connection, String passwordHash) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT IGNORE INTO account (user_name, password_hash, role,"
                + " region_code, display_name, mobile, created_at, password_changed_at)"
                + " SELECT CONCAT('region', r.code), ?, 'REGION_ADMIN', r.code, LEFT(CONCAT(r.name, '管理员'), 50),"
                + " CONCAT('13', LPAD(CRC32(r.code) % 1000000000, 9, '0')), NOW(6), NOW(6)"
                + " FROM region r WHERE r.level IN ('PROVINCE', 'CITY') AND r.active = TRUE")) {
            insert.setString(1, passwordHash);
            insert.executeUpdate();
        }
    }

    /** An ENTERPRISE account for each enterprise with an id in (from, to]: user name gen + id, one password. */
    private static void accounts(Connection connection, String passwordHash, long from, long to) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO account (user_name, password_hash, role,"
                + " enterprise_id, display_name, mobile, created_at, password_changed_at)"
                + " SELECT CONCAT('gen', e.id), ?, 'ENTERPRISE', e.id, e.contact_person, CONCAT('15', LPAD(e.id % 1000000000, 9, '0')),"
                + " e.created_at, e.created_at FROM enterprise e WHERE e.id > ? AND e.id <= ? ORDER BY e.id")) {
            insert.setString(1, passwordHash);
            insert.setLong(2, from);
            insert.setLong(3, to);
            insert.executeUpdate();
        }
    }

    /**
     * 0–5 diagnoses an enterprise (10 % none), spread over the two years before the as-of instant, oldest first; the
     * newest of one enterprise in ten is still being answered. Levels: 23 % none, 40 % level 1, 21 % level 2,
     * 12 % level 3, 3 % level 4, 1 % level 5, a total inside the level's band. Diagnoses started more than 180 days
     * before the as-of instant used the first model version, later ones the current.
     */
    private static long diagnoses(Connection connection, Shape shape, long enterpriseBase, long lastEnterprise)
            throws SQLException {
        String h = "CRC32(CONCAT(" + shape.seed() + ", '%s', e.id, '.', s.seq))";
        String count = "(CASE WHEN CRC32(CONCAT(" + shape.seed() + ", 'k', e.id)) % 10 = 0 THEN 0"
                + " ELSE 1 + CRC32(CONCAT(" + shape.seed() + ", 'n', e.id)) % 5 END)";
        String inProgress = "(s.seq = " + count + " AND CRC32(CONCAT(" + shape.seed() + ", 'p', e.id)) % 10 = 0)";
        String level = "(CASE WHEN " + h.formatted("l") + " % 100 < 23 THEN 0 WHEN " + h.formatted("l") + " % 100 < 63 THEN 1"
                + " WHEN " + h.formatted("l") + " % 100 < 84 THEN 2 WHEN " + h.formatted("l") + " % 100 < 96 THEN 3"
                + " WHEN " + h.formatted("l") + " % 100 < 99 THEN 4 ELSE 5 END)";
        String fraction = "(" + h.formatted("f") + " % 10000) / 10000";
        String total = "ROUND(CASE " + level + " WHEN 0 THEN 0.7999 * " + fraction + " WHEN 5 THEN 4.8 + 0.2 * " + fraction
                + " ELSE " + level + " - 0.2 + 0.9999 * " + fraction + " END, 4)";
        String started = "(? - INTERVAL (730 * (" + count + " - s.seq + 1) DIV (" + count + " + 1)) DAY"
                + " - INTERVAL (" + h.formatted("t") + " % 1440) MINUTE)";
        String tailoring = "CASE " + h.formatted("x") + " % 20 WHEN 0 THEN 'LOGISTICS' WHEN 1 THEN 'LOGISTICS'"
                + " WHEN 2 THEN 'LOGISTICS' WHEN 3 THEN 'CUSTOMER_SERVICE,PRODUCT_SERVICE' ELSE '' END";
        String type = "CASE WHEN " + h.formatted("y") + " % 100 < 70 THEN 'DISCRETE' WHEN " + h.formatted("y")
                + " % 100 < 95 THEN 'PROCESS' ELSE 'MIXED' END";
        String sql = "INSERT INTO diagnosis (enterprise_id, region_path, model_version, status, current_level, tailoring,"
                + " production_type, basic_data, started_at, basic_data_submitted_at, completed_at, total_exact, total_score,"
                + " maturity_level, levels_reached)"
                + " SELECT e.id, e.region_path,"
                + " IF(" + started + " < ? - INTERVAL 180 DAY, 'CMMM-2020', 'CMMM-2020r2'),"
                + " IF(" + inProgress + ", 'ANSWERING', 'COMPLETED'),"
                + " IF(" + inProgress + ", 1, LEAST(" + level + " + 1, 5)), " + tailoring + ", " + type + ", '{}',"
                + " " + started + ", " + started + ","
                + " IF(" + inProgress + ", NULL, " + started + " + INTERVAL (10 + " + h.formatted("d") + " % 4000) MINUTE),"
                + " IF(" + inProgress + ", NULL, CAST(" + total + " AS CHAR)),"
                + " IF(" + inProgress + ", NULL, " + total + "),"
                + " IF(" + inProgress + ", NULL, " + level + "),"
                + " IF(" + inProgress + ", NULL, " + level + ")"
                + " FROM enterprise e JOIN seq_1_to_5 s ON s.seq <= " + count
                + " WHERE e.id > ? AND e.id <= ?"
                + " ORDER BY e.id, s.seq";
        // parameters: the as-of instant wherever "started" appears (8 times), once for the version cut-off, the range
        int marks = (int) sql.chars().filter(c -> c == '?').count();
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (int i = 1; i < marks - 1; i++) {
                insert.setTimestamp(i, Timestamp.valueOf(shape.asOf()));
            }
            insert.setLong(marks - 1, enterpriseBase);
            insert.setLong(marks, lastEnterprise);
            return insert.executeUpdate();
        }
    }

    /**
     * A capability score for every sub-domain a completed diagnosis did not tailor: within what the levels answered
     * allow (one point a level), around the diagnosis's total.
     */
    private static long capabilities(Connection connection, Shape shape, long diagnosisBase, long lastDiagnosis)
            throws SQLException {
        StringBuilder subDomains = new StringBuilder();
        for (String code : LatestValidSql.SUB_DOMAINS) {
            subDomains.append(subDomains.length() == 0 ? "" : " UNION ALL ").append("SELECT '").append(code).append("' AS code");
        }
        String score = capabilityScore(shape, "sd.code");
        String sql = "INSERT INTO diagnosis_capability (diagnosis_id, sub_domain, score_exact, score)"
                + " SELECT d.id, sd.code, CAST(" + score + " AS CHAR), " + score
                // diagnoses outside, in key order: the rows arrive in the order of the table's primary key
                + " FROM diagnosis d STRAIGHT_JOIN (" + subDomains + ") sd ON FIND_IN_SET(sd.code, d.tailoring) = 0"
                + " WHERE d.id > ? AND d.id <= ? AND d.status = 'COMPLETED'";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setLong(1, diagnosisBase);
            insert.setLong(2, lastDiagnosis);
            return insert.executeUpdate();
        }
    }

    /** The capability score of diagnosis {@code d} in a sub-domain (an SQL expression of its code), as generated. */
    private static String capabilityScore(Shape shape, String subDomain) {
        return "ROUND(LEAST(LEAST(d.maturity_level + 1, 5), d.total_score * (50 + CRC32(CONCAT(" + shape.seed()
                + ", d.id, " + subDomain + ")) % 100) / 100), 4)";
    }

    /**
     * Each enterprise's newest completed diagnosis ({@link LatestValidSql#NEWEST_FIRST}), its capability scores
     * computed as {@link #capabilities} wrote them (none where tailored) rather than read back from the capability
     * rows: the pivot of ~50 million rows took minutes at a million.
     */
    private static long latestValid(Connection connection, Shape shape, long enterpriseBase, long lastEnterprise,
                                    long diagnosisBase, long lastDiagnosis) throws SQLException {
        String newest = "d.id > ? AND d.id <= ? AND d.id IN (SELECT id FROM (SELECT id, ROW_NUMBER() OVER (PARTITION BY"
                + " enterprise_id ORDER BY " + LatestValidSql.NEWEST_FIRST + ") AS newest FROM diagnosis"
                + " WHERE status = 'COMPLETED' AND enterprise_id > ? AND enterprise_id <= ?) ranked WHERE newest = 1)";
        String sql = LatestValidSql.insertComputed(newest, code -> "IF(FIND_IN_SET('" + code + "', d.tailoring) = 0, "
                + capabilityScore(shape, "'" + code + "'") + ", NULL)");
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setLong(1, diagnosisBase);
            insert.setLong(2, lastDiagnosis);
            insert.setLong(3, enterpriseBase);
            insert.setLong(4, lastEnterprise);
            return insert.executeUpdate();
        }
    }

    private static long max(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static Map<String, Double> national() {
        Map<String, Double> shares = new LinkedHashMap<>();
        // Jiangsu 44.6 %; the manufacturing provinces next; every other province a little
        shares.put("320000", 44.6);
        shares.put("330000", 8.0);
        shares.put("440000", 7.0);
        shares.put("370000", 6.0);
        shares.put("340000", 4.0);
        shares.put("350000", 3.0);
        shares.put("410000", 3.0);
        shares.put("420000", 2.5);
        shares.put("430000", 2.0);
        shares.put("510000", 2.0);
        shares.put("130000", 2.0);
        shares.put("310000", 2.0);
        shares.put("120000", 1.5);
        shares.put("110000", 1.5);
        shares.put("500000", 1.2);
        shares.put("210000", 1.2);
        for (String other : List.of("140000", "150000", "220000", "230000", "360000", "450000", "460000", "520000",
                "530000", "540000", "610000", "620000", "630000", "640000", "650000")) {
            shares.put(other, 0.5);
        }
        return shares;
    }
}
