package org.cmmm.statistics.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The shape of the snapshot SQL (what it computes is proved on MariaDB by StatisticsSnapshotIT). */
class SnapshotSqlTest {

    @Test
    void aCellHasNineHeadlineMeasuresAndASumAndCountPerSubDomain() {
        assertThat(SnapshotSql.measures()).hasSize(9 + 2 * 20)
                .startsWith("registered", "diagnosed", "level_0")
                .contains("cap_sum_production_operations", "cap_n_production_operations");
    }

    @Test
    void theStatementsTakeTheParametersTheirCallersBind() {
        // province, as-of, run, province, as-of, as-of, province, as-of, run (SnapshotWriter.writeProvinceAcrossRegions)
        assertThat(SnapshotSql.insertProvince().chars().filter(c -> c == '?')).hasSize(9);
        assertThat(SnapshotSql.insertNation().chars().filter(c -> c == '?')).hasSize(1);
        // the benchmark's floor: the province conditions gone, the rest the same
        assertThat(SnapshotSql.insertAllProvincesAtOnce().chars().filter(c -> c == '?')).hasSize(6);
        assertThat(SnapshotSql.insertAllProvincesAtOnce()).doesNotContain("province_code").doesNotContain("CONCAT('/', ?");
        assertThat(SnapshotSql.deleteNation().chars().filter(c -> c == '?')).hasSize(1);
    }

    @Test
    void everyMeasureIsInsertedAndSummedOnce() {
        String province = SnapshotSql.insertProvince();
        for (String measure : SnapshotSql.measures()) {
            assertThat(province).contains("SUM(leaf." + measure + ")");
        }
        assertThat(SnapshotSql.insertNation()).contains("SUM(c.cap_n_sales)");
    }
}
