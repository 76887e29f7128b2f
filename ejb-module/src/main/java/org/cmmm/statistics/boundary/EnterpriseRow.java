package org.cmmm.statistics.boundary;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** An enterprise of a region with its latest valid diagnosis, as the dashboard lists it (and exports it). */
public record EnterpriseRow(long enterpriseId, String name, String regionPath, String industryCode, String size,
                            int maturityLevel, BigDecimal totalScore, LocalDateTime completedAt, long diagnosisId) {
}
